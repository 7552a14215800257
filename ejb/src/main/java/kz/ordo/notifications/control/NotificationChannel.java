package kz.ordo.notifications.control;

import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.OutboxMessage;

/**
 * A way out for outbox messages (R-COM-2, R-INT-3): email through the WildFly mail session, WhatsApp through
 * an HTTP provider. A channel throws when delivery failed; the outbox then retries.
 */
public interface NotificationChannel {

    Channel channel();

    void send(OutboxMessage message) throws Exception;

    /** Sends several, telling each one's outcome (null: delivered); a channel may share one connection for them. */
    default void sendAll(java.util.List<OutboxMessage> messages, java.util.function.BiConsumer<OutboxMessage, Exception> outcome) {
        for (OutboxMessage m : messages) {
            try {
                send(m);
                outcome.accept(m, null);
            } catch (Exception e) {
                outcome.accept(m, e);
            }
        }
    }
}
