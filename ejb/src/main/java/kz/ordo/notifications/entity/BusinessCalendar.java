package kz.ordo.notifications.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working time (R-RULE-2): Monday to Friday between the opening and closing hour, except holidays, in the
 * company's time zone. Answers when a number of working minutes after a moment runs out.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;
    private final LocalTime open;
    private final LocalTime close;
    private final ZoneId zone;

    public BusinessCalendar(Set<LocalDate> holidays, LocalTime open, LocalTime close, ZoneId zone) {
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("the working day must open before it closes");
        }
        this.holidays = Set.copyOf(holidays);
        this.open = open;
        this.close = close;
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The moment when {@code minutes} working minutes after {@code start} have passed. */
    public Instant plusWorkingMinutes(Instant start, long minutes) {
        ZonedDateTime t = start.atZone(zone);
        long left = minutes;
        while (true) {
            LocalDate d = t.toLocalDate();
            if (!isWorkingDay(d) || !t.toLocalTime().isBefore(close)) {
                t = nextOpening(d);
                continue;
            }
            if (t.toLocalTime().isBefore(open)) {
                t = d.atTime(open).atZone(zone);
            }
            long today = java.time.Duration.between(t.toLocalTime(), close).toMinutes();
            if (left <= today) {
                return t.plusMinutes(left).toInstant();
            }
            left -= today;
            t = nextOpening(d);
        }
    }

    private ZonedDateTime nextOpening(LocalDate after) {
        LocalDate d = after.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d.atTime(open).atZone(zone);
    }
}
