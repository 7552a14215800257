package kz.ordo.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.shared.BaseEntity;

import java.time.Instant;

/** A reminder due before a task's deadline (R-TASK-3); the notification module sends it and sets sentAt. */
@Entity
@Table(name = "task_reminder")
public class TaskReminder extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private Task task;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected TaskReminder() {
    }

    public TaskReminder(Task task, Instant remindAt) {
        this.task = task;
        this.remindAt = remindAt;
    }

    public void reschedule(Instant at) {
        remindAt = at;
        sentAt = null;
    }

    public Task getTask() {
        return task;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
