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
 * Delivers due outbox messages a batch per call, in a transaction of its own: the rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers (or two timer runs) never take the same message; each is marked
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

    public static final int BATCH = 50;

    /**
     * Delivers up to {@link #BATCH} due messages in one transaction (email over one SMTP connection); returns how many
     * were tried. Outcomes that arrive after a message was outcome-marked (a batch-wide failure) are ignored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch() {
        // the due messages, locked, in one read (a read of the ids, then one find per id, was a statement per message)
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery("SELECT * FROM outbox_message WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED",
                        OutboxMessage.class)
                .setParameter(1, Timestamp.from(clock.instant())).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        java.util.Map<kz.ordo.notifications.entity.Channel, List<OutboxMessage>> byChannel = new java.util.EnumMap<>(
                kz.ordo.notifications.entity.Channel.class);
        for (OutboxMessage m : due) {
            byChannel.computeIfAbsent(m.getChannel(), k -> new java.util.ArrayList<>()).add(m);
        }
        java.util.Set<Long> decided = new java.util.HashSet<>();
        byChannel.forEach((channel, messages) -> channelOf(messages.get(0)).sendAll(messages, (m, e) -> {
            if (!decided.add(m.getId())) {
                return;
            }
            if (e == null) {
                m.delivered(clock.instant());
            } else {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                m.attemptFailed(error, clock.instant(), NotifySettings.retryScale());
                LOG.warning("outbox message " + m.getId() + " (" + m.getChannel() + ") attempt " + m.getAttempts() + " failed: "
                        + error.replaceAll("[\\r\\n]", " "));
            }
        }));
        return due.size();
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
