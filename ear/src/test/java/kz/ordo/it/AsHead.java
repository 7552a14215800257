package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.head with the role HEAD (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("HEAD")
@RunAsPrincipal("it.head")
public class AsHead extends Identity {
}
