package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.manager with the role MANAGER (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("MANAGER")
@RunAsPrincipal("it.manager")
public class AsManager extends Identity {
}
