package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user it.executor with the role EXECUTOR (see {@link Identity}). */
@Stateless
@PermitAll
@RunAs("EXECUTOR")
@RunAsPrincipal("it.executor")
public class AsExecutor extends Identity {
}
