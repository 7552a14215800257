package kz.ordo.records.entity;

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

/**
 * A file attached to a record. Uploading a file with a name the record already has adds the next revision;
 * earlier revisions stay downloadable.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    public static final int NAME_MAX = 255;

    @Column(name = "owner_type", nullable = false, length = 32, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttachmentKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(name = "content_type", nullable = false, length = 128, updatable = false)
    private String contentType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false, updatable = false)
    private User uploadedBy;

    protected Attachment() {
    }

    public Attachment(RecordRef owner, String name, int revision, AttachmentKind kind, StoredFile content, User by) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.name = name;
        this.revision = revision;
        this.kind = kind == null ? AttachmentKind.OTHER : kind;
        this.sha256 = content.getSha256();
        this.size = content.getSize();
        this.contentType = content.getContentType();
        this.uploadedBy = by;
    }

    public RecordRef owner() {
        return new RecordRef(ownerType, ownerId);
    }

    public String getName() {
        return name;
    }

    public int getRevision() {
        return revision;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public User getUploadedBy() {
        return uploadedBy;
    }
}
