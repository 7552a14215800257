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
}
