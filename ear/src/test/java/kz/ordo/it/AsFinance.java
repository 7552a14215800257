package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.finance with the role FINANCE (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("FINANCE")
@RunAsPrincipal("it.finance")
public class AsFinance extends Identity {
}
