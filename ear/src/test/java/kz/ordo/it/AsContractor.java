package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.contractor with the role CONTRACTOR (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("CONTRACTOR")
@RunAsPrincipal("it.contractor")
public class AsContractor extends Identity {
}
