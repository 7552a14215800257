package kz.ordo.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.ordo.identity.control.SecurityLog;

import java.io.IOException;
import java.util.UUID;

/**
 * For every response: security headers, a correlation id (shown on the error page and in the log instead
 * of a stack trace), and the absolute session lifetime (the idle timeout is in web.xml).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CORRELATION_ID = "ordo.correlationId";
    /** A session ends after 12 hours whatever the activity (ASVS 7.3.2). */
    static final long ABSOLUTE_SESSION_MILLIS = Long.getLong("ordo.session.absoluteMinutes", 720L) * 60_000L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        req.setAttribute(CORRELATION_ID, UUID.randomUUID().toString().substring(0, 8));
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("X-Frame-Options", "SAMEORIGIN");
        res.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        HttpSession session = req.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_SESSION_MILLIS) {
            SecurityLog.event("session.expired.absolute", req.getRemoteUser(), null);
            session.invalidate();
            req.logout();
            res.sendRedirect(req.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(req, res);
    }
}
