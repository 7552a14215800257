package kz.ordo.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;

import java.time.Instant;

/** One in-app notification (R-COM-2): for whom, about which record, its text in the recipient's language. */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private User recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private NotificationKind kind;

    @Column(name = "record_type", length = 32, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(nullable = false, length = 300, updatable = false)
    private String title;

    @Column(updatable = false)
    private String body;

    @Column(length = 500, updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(User recipient, NotificationKind kind, String recordType, Long recordId, String title, String body,
                        String link) {
        this.recipient = recipient;
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
        this.body = body;
        this.link = link;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public User getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
