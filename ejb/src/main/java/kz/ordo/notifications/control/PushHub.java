package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the web module listens for "this person has something new" to push it to their open pages (the bell).
 * The notifier publishes only after its transaction commits, so a rolled-back action rings no bell.
 */
@ApplicationScoped
public class PushHub {

    private static final Logger LOG = Logger.getLogger(PushHub.class.getName());
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void publish(String login) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(login);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "push to " + login + " failed", e);
            }
        }
    }
}
