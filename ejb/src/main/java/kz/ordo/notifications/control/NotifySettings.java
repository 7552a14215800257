package kz.ordo.notifications.control;

/**
 * Settings of the notification module, each a system property with an environment variable behind it:
 * {@code ordo.baseUrl} / ORDO_BASE_URL (links in emails), {@code ordo.mail.retryScale} (1 = the real pauses of
 * {@link kz.ordo.notifications.entity.OutboxMessage#BACKOFF}), {@code ordo.whatsapp.url} / ORDO_WHATSAPP_URL and
 * {@code ordo.whatsapp.token} / ORDO_WHATSAPP_TOKEN (the WhatsApp provider; off while the URL is empty),
 * {@code ordo.jobs.scheduled} (false stops the timers from starting jobs; on-demand runs still work).
 */
public final class NotifySettings {

    private NotifySettings() {
    }

    static String value(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    public static String baseUrl() {
        String u = value("ordo.baseUrl", "ORDO_BASE_URL", "http://127.0.0.1:8080/ordo/");
        return u.endsWith("/") ? u : u + "/";
    }

    public static double retryScale() {
        try {
            return Double.parseDouble(value("ordo.mail.retryScale", "ORDO_MAIL_RETRY_SCALE", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static String whatsAppUrl() {
        return value("ordo.whatsapp.url", "ORDO_WHATSAPP_URL", null);
    }

    public static String whatsAppToken() {
        return value("ordo.whatsapp.token", "ORDO_WHATSAPP_TOKEN", "");
    }

    /** {@code ordo.outbox.scheduled=false} stops the ten-second outbox timer (tests deliver on demand). */
    public static boolean outboxScheduled() {
        return Boolean.parseBoolean(value("ordo.outbox.scheduled", "ORDO_OUTBOX_SCHEDULED", "true"));
    }

    public static boolean jobsScheduled() {
        return Boolean.parseBoolean(value("ordo.jobs.scheduled", "ORDO_JOBS_SCHEDULED", "true"));
    }
}
