package kz.ordo.approvals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;

import java.time.Instant;

/**
 * One step of an approval chain (of an invoice or a request): a role or a named person, its position (steps of one
 * position are parallel, all needed; positions follow each other), and what was decided, by whom, when, with what
 * comment.
 */
@MappedSuperclass
public abstract class ApprovalStep extends BaseEntity {

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(length = 32, updatable = false)
    private String role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_id", updatable = false)
    private User approver;

    @Column(nullable = false, updatable = false)
    private boolean extra;

    @Column(length = 16)
    private String decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private User decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String comment;

    protected ApprovalStep() {
    }

    protected ApprovalStep(Step step) {
        this.position = step.position();
        this.role = step.role();
        this.approver = step.approver();
        this.extra = step.extra();
    }

    protected void decide(boolean approved, User by, String text, Instant now) {
        decision = approved ? APPROVED : REJECTED;
        decidedBy = by;
        comment = text == null || text.isBlank() ? null : text.strip();
        decidedAt = now;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public int getPosition() {
        return position;
    }

    public String getRole() {
        return role;
    }

    public User getApprover() {
        return approver;
    }

    public boolean isExtra() {
        return extra;
    }

    public String getDecision() {
        return decision;
    }

    public User getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}
