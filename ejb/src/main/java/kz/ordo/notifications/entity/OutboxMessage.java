package kz.ordo.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.ordo.shared.BaseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A message to deliver (R-INT-1, R-INT-3), written in the same transaction as the event that caused it, so a
 * rolled-back action sends nothing and a committed one is never lost. Delivery failures are retried with
 * growing pauses; after the last one the message is FAILED and shown to administrators, who can re-send it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    /** Pauses before the 2nd, 3rd, ... attempt; after the last one the message fails. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(nullable = false, length = 254, updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** A file kept in report_file that goes with the email (the nightly budget report), or null. */
    @Column(name = "attachment_id", updatable = false)
    private Long attachmentId;

    protected OutboxMessage() {
    }

    public OutboxMessage(Channel channel, Long recipientId, String address, NotificationKind kind, String subject,
                         String bodyText, String bodyHtml, boolean digest, Instant now) {
        this.channel = channel;
        this.recipientId = recipientId;
        this.address = address;
        this.kind = kind;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = digest ? OutboxStatus.DIGEST : OutboxStatus.PENDING;
        this.nextAttemptAt = now;
    }

    public OutboxMessage withAttachment(Long reportFileId) {
        this.attachmentId = reportFileId;
        return this;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public void delivered(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** A failed attempt: wait the next pause of {@link #BACKOFF}, or give up after the last one. */
    public void attemptFailed(String error, Instant now, double pauseScale) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts > BACKOFF.size()) {
            status = OutboxStatus.FAILED;
        } else {
            long millis = (long) (BACKOFF.get(attempts - 1).toMillis() * pauseScale);
            nextAttemptAt = now.plusMillis(Math.max(millis, 100));
        }
    }

    /** An administrator sends a failed message again: a fresh series of attempts. */
    public void resend(Instant now) {
        if (status == OutboxStatus.FAILED) {
            status = OutboxStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    public void foldedIntoDigest() {
        status = OutboxStatus.DIGESTED;
    }

    public Channel getChannel() {
        return channel;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getAddress() {
        return address;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
