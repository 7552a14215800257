package kz.ordo.notifications.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.notifications.entity.OutboxMessage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers one due outbox message per call, in a transaction of its own: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers (or two timer runs) never take the same message; it is marked
 * sent in the transaction that sent it, or gets its next attempt time.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    @Inject
    Clock clock;

    /** Delivers the next due message; false when none is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNext() {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM outbox_message WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(clock.instant())).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage m = em.find(OutboxMessage.class, due.get(0).longValue());
        try {
            channelOf(m).send(m);
            m.delivered(clock.instant());
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            m.attemptFailed(error, clock.instant(), NotifySettings.retryScale());
            LOG.warning("outbox message " + m.getId() + " (" + m.getChannel() + ") attempt " + m.getAttempts() + " failed: "
                    + error.replaceAll("[\\r\\n]", " "));
        }
        return true;
    }

    private NotificationChannel channelOf(OutboxMessage m) {
        for (NotificationChannel c : channels) {
            if (c.channel() == m.getChannel()) {
                return c;
            }
        }
        throw new IllegalStateException("no channel " + m.getChannel());
    }
}
