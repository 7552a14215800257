package kz.ordo.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** File content known by its SHA-256 (R-NFR-5): the bytes sit in the file store, never in the web root. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false, length = 128)
    private String contentType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, long size, String contentType, Instant createdAt) {
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.createdAt = createdAt;
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
}
