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
        if (tx.getTransactionKey() == null) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) tx.getResource(key);
        if (known != null) {
            return known;
        }
        T value = read.get();
        if (value != null) {
            tx.putResource(key, value);
        }
        return value;
    }
}
