package kz.ordo.notifications;

import kz.ordo.notifications.entity.BusinessCalendar;
import kz.ordo.notifications.entity.EscalationRule;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.control.Hierarchy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationRulesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final BusinessCalendar CAL = new BusinessCalendar(Set.of(LocalDate.of(2026, 12, 16)),
            LocalTime.of(9, 0), LocalTime.of(18, 0), ALMATY);

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ALMATY).toInstant();
    }

    @Test
    void sla_minutes_skip_nights_weekends_and_holidays() {
        // Friday 4 December 17:30 + 120 working minutes: 30 on Friday, 90 on Monday from 09:00
        assertEquals(at(12, 7, 10, 30), CAL.plusWorkingMinutes(at(12, 4, 17, 30), 120));
        // Saturday night counts from Monday's opening
        assertEquals(at(12, 7, 11, 0), CAL.plusWorkingMinutes(at(12, 5, 23, 0), 120));
        // Tuesday 15 December 17:00 + 120: one hour on Tuesday, Wednesday 16th is Independence Day, so Thursday 10:00
        assertEquals(at(12, 17, 10, 0), CAL.plusWorkingMinutes(at(12, 15, 17, 0), 120));
        // before opening: from 09:00
        assertEquals(at(12, 8, 11, 0), CAL.plusWorkingMinutes(at(12, 8, 6, 0), 120));
    }

    @Test
    void escalation_levels_fall_due_after_the_first_interval_and_then_every_repeat() {
        EscalationRule r = new EscalationRule(24, 8);
        assertEquals(-1, r.levelDue(Duration.ofMinutes(-1), 5));
        assertEquals(0, r.levelDue(Duration.ofHours(23), 5), "overdue: the assignee");
        assertEquals(1, r.levelDue(Duration.ofHours(24), 5), "the head");
        assertEquals(2, r.levelDue(Duration.ofHours(32), 5));
        assertEquals(3, r.levelDue(Duration.ofHours(100), 3), "no higher than the hierarchy goes");
        assertEquals(0, r.levelDue(Duration.ofHours(100), 0), "nobody above: only the assignee");
    }

    @Test
    void the_hierarchy_walks_from_a_unit_up_to_the_company() {
        assertEquals(List.of("/1/5/9/", "/1/5/", "/1/"), Hierarchy.upwards("/1/5/9/"));
        assertEquals(List.of("/1/"), Hierarchy.upwards("/1/"));
    }

    @Test
    void templates_fill_known_placeholders() {
        assertEquals("PAY-1: Оплата — ", MessageTemplate.fill("{number}: {title} — {reason}", Map.of("number", "PAY-1",
                "title", "Оплата")));
    }

    @Test
    void the_outbox_backs_off_then_gives_up_and_a_resend_starts_over() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        OutboxMessage m = new OutboxMessage(Channel.EMAIL, 1L, "a@b.kz", NotificationKind.ASSIGNED, "s", "t", null, false, t0);
        m.attemptFailed("down", t0, 1);
        assertEquals(t0.plus(Duration.ofMinutes(1)), m.getNextAttemptAt());
        m.attemptFailed("down", t0, 1);
        assertEquals(t0.plus(Duration.ofMinutes(5)), m.getNextAttemptAt());
        for (int i = 0; i < OutboxMessage.BACKOFF.size() - 1; i++) {
            m.attemptFailed("down", t0, 1);
        }
        assertEquals(OutboxStatus.FAILED, m.getStatus());
        m.resend(t0);
        assertEquals(OutboxStatus.PENDING, m.getStatus());
        assertEquals(0, m.getAttempts());
    }
}
