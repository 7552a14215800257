package kz.ordo.tasks.entity;

/** What kind of work a task is (R-TASK-1); the template step and the card show it. */
public enum TaskKind {
    WORK, CHECK, DOCUMENT, PAYMENT, PURCHASE, VISIT
}
