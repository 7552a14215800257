package kz.ordo.notifications.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Empties the outbox every ten seconds, at most 200 messages per run. A transient timer on every server: the row
 * locks of {@link OutboxDelivery} keep servers from sending the same message.
 */
@Singleton
@jakarta.annotation.security.PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final int PER_RUN = 200;

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
        int n = 0;
        while (n < PER_RUN && delivery.deliverNext()) {
            n++;
        }
        return n;
    }
}
