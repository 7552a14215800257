package kz.ordo.shared;

import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * A value read once per transaction: the first call reads it and keeps it as a resource of the current
 * transaction, later calls in the same transaction get the same object. Outside a transaction every call reads.
 * A read that throws (or gives null) keeps nothing. Keys are private records naming what was read (and for whom,
 * when that matters), so that one key type always stands for one type of value.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    public static <T> T get(TransactionSynchronizationRegistry tx, Object key, Supplier<T> read) {
        T known = known(tx, key);
        if (known != null) {
            return known;
        }
        T value = read.get();
        keep(tx, key, value);
        return value;
    }

    /** What the current transaction keeps under the key, or null (none kept, or no transaction). */
    @SuppressWarnings("unchecked")
    public static <T> T known(TransactionSynchronizationRegistry tx, Object key) {
        return tx.getTransactionKey() == null ? null : (T) tx.getResource(key);
    }

    /** Keeps a value found on the way for the rest of the current transaction; outside one, or null, nothing. */
    public static void keep(TransactionSynchronizationRegistry tx, Object key, Object value) {
        if (tx.getTransactionKey() != null && value != null) {
            tx.putResource(key, value);
        }
    }
}
