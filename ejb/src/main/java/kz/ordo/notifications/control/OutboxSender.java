package kz.ordo.notifications.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Empties the outbox every ten seconds: one message after another until none is due or eight seconds have passed. A transient timer on every server: the row
 * locks of {@link OutboxDelivery} keep servers from sending the same message.
 */
@Singleton
@jakarta.annotation.security.PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final long BUDGET_NANOS = 8_000_000_000L;

    @Inject
    OutboxDelivery delivery;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "ordo-outbox")
    void tick() {
        if (NotifySettings.outboxScheduled()) {
            deliverDue();
        }
    }

    /** Delivers what is due now; returns how many messages were tried. */
    public int deliverDue() {
        long end = System.nanoTime() + BUDGET_NANOS;
        int n = 0;
        int batch;
        while (System.nanoTime() < end && (batch = delivery.deliverBatch()) > 0) {
            n += batch;
        }
        return n;
    }
}
