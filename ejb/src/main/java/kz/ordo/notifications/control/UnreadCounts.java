package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bell's unread count per person, kept between their pages so that a page does not ask the database for it
 * (one transaction less per page). Every change of someone's notifications in Ordo goes through {@link PushHub},
 * which forgets their count after the change commits; what changes the table from outside Ordo is seen within
 * {@link #VALID_SECONDS}. A count read while any change was committing is not kept (the stamp has moved).
 */
@ApplicationScoped
public class UnreadCounts {

    static final long VALID_SECONDS = 30;
    private static final long VALID_NANOS = TimeUnit.SECONDS.toNanos(VALID_SECONDS);
    private static final int MAX_PEOPLE = 50_000;

    private record Known(int count, long at) {
    }

    private final ConcurrentHashMap<String, Known> byLogin = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** The person's count if it is known and still valid, else null. */
    public Integer get(String login) {
        Known k = byLogin.get(key(login));
        return k == null || System.nanoTime() - k.at() > VALID_NANOS ? null : k.count();
    }

    /** Taken before reading a count from the database, handed back to {@link #put}. */
    public long stamp() {
        return changes.get();
    }

    /** Keeps a count read from the database, unless someone's notifications changed since {@code stamp}. */
    public void put(String login, int count, long stamp) {
        if (byLogin.size() >= MAX_PEOPLE) {
            long now = System.nanoTime();
            byLogin.values().removeIf(k -> now - k.at() > VALID_NANOS);
        }
        byLogin.compute(key(login), (l, old) -> changes.get() == stamp ? new Known(count, System.nanoTime()) : old);
    }

    /** The person's notifications changed: their next page reads the count again. */
    void forget(String login) {
        changes.incrementAndGet();
        byLogin.remove(key(login));
    }

    private static String key(String login) {
        return login.toLowerCase(Locale.ROOT);
    }
}
