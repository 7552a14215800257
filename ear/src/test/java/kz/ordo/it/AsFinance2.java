package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as a second finance user, it.finance2, with the role FINANCE (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("FINANCE")
@RunAsPrincipal("it.finance2")
public class AsFinance2 extends Identity {
}
