package kz.ordo.notifications.entity;

/** An outbox message waits (PENDING), is delivered (SENT), gave up after the last retry (FAILED), or waits
 *  for the recipient's daily digest (DIGEST) and was folded into one (DIGESTED). */
public enum OutboxStatus {
    PENDING, SENT, FAILED, DIGEST, DIGESTED
}
