package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.admin with the role ADMIN (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal("it.admin")
public class AsAdmin extends Identity {
}
