package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the web module listens for "this person's notifications changed" to push it to their open pages (the bell).
 * Published only after the change commits, so a rolled-back action rings no bell; the person's kept unread count
 * ({@link UnreadCounts}) is forgotten first, so the bell that asks again sees the change.
 */
@ApplicationScoped
public class PushHub {

    private static final Logger LOG = Logger.getLogger(PushHub.class.getName());
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Inject
    UnreadCounts counts;

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Publishes the change of the person's notifications when the current transaction commits. */
    public void publishAfterCommit(TransactionSynchronizationRegistry tx, String login) {
        tx.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    publish(login);
                }
            }
        });
    }

    void publish(String login) {
        counts.forget(login);
        for (Consumer<String> l : listeners) {
            try {
                l.accept(login);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "push to " + login + " failed", e);
            }
        }
    }
}
