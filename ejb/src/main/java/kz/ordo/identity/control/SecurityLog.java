package kz.ordo.identity.control;

import java.util.logging.Logger;

/**
 * Security events (logins, failures, lockouts, denials, role changes) to the {@code kz.ordo.security}
 * log. Never a password, session id or view state; CR/LF in user-supplied values is neutralised so a
 * login name cannot forge a log line.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("kz.ordo.security");

    private SecurityLog() {
    }

    public static void event(String event, String who, String detail) {
        LOG.info(() -> "event=" + event + " user=" + clean(who) + (detail == null ? "" : " detail=" + clean(detail)));
    }

    static String clean(String s) {
        if (s == null) {
            return "-";
        }
        String c = s.replace('\r', '_').replace('\n', '_');
        return c.length() > 200 ? c.substring(0, 200) : c;
    }
}
