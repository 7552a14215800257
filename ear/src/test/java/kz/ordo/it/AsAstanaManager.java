package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.astana with the role MANAGER (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("MANAGER")
@RunAsPrincipal("it.astana")
public class AsAstanaManager extends Identity {
}
