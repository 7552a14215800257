package kz.ordo.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.time.Instant;

/** One line of a record's checklist: text, position, ticked by whom and when. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends BaseEntity {

    public static final int TEXT_MAX = 500;

    @Column(name = "owner_type", nullable = false, length = 32, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean done;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "done_by_id")
    private User doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChecklistItem() {
    }

    public ChecklistItem(RecordRef owner, int position, String text) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.position = position;
        this.text = checked(text);
    }

    static String checked(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > TEXT_MAX) {
            throw new BusinessException("checklist.error.text", TEXT_MAX);
        }
        return t;
    }

    public void tick(boolean nowDone, User by, Instant at) {
        done = nowDone;
        doneBy = nowDone ? by : null;
        doneAt = nowDone ? at : null;
    }

    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public RecordRef owner() {
        return new RecordRef(ownerType, ownerId);
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isDone() {
        return done;
    }

    public User getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
