package kz.ordo.notifications.entity;

import java.time.Duration;

/**
 * When escalation levels fall due (R-RULE-3): level 0 tells the assignee the moment the item is overdue (or an
 * urgent request waits for acceptance); level 1 goes to the head after {@code firstAfterHours}; each further
 * level one step up the hierarchy every {@code repeatHours} more.
 */
public record EscalationRule(int firstAfterHours, int repeatHours) {

    public static final EscalationRule DEFAULT = new EscalationRule(24, 24);

    public EscalationRule {
        if (firstAfterHours < 0 || repeatHours < 1) {
            throw new IllegalArgumentException("escalation hours out of range");
        }
    }

    /** The highest level due after {@code late} (overdue time, or time past the SLA), capped at {@code maxLevel}. */
    public int levelDue(Duration late, int maxLevel) {
        if (late.isNegative()) {
            return -1;
        }
        long hours = late.toMinutes() / 60;
        if (hours < firstAfterHours) {
            return Math.min(0, maxLevel);
        }
        long level = 1 + (hours - firstAfterHours) / repeatHours;
        return (int) Math.min(level, maxLevel);
    }
}
