package kz.ordo.batch.escalation;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.batch.JobParameters;
import kz.ordo.identity.entity.Role;
import kz.ordo.notifications.control.Calendars;
import kz.ordo.notifications.control.Hierarchy;
import kz.ordo.notifications.entity.BusinessCalendar;
import kz.ordo.notifications.entity.EscalationRule;
import kz.ordo.shared.ClockProducer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which escalation levels fall due now for a candidate (R-RULE-2, R-RULE-3): overdue items by the most
 * specific escalation rule for their type and priority, counted from the end of the deadline day; urgent
 * requests by their type's SLA in working minutes of the business calendar. Level 0 is the assignee, level k the
 * k-th head above the assignee's unit (the assignee never escalates to themself). Items with nothing new are
 * filtered out.
 */
@Named
@Dependent
public class EscalationProcessor implements ItemProcessor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    JobContext job;

    @Inject
    Hierarchy hierarchy;

    @Inject
    Calendars calendars;

    private Instant now;
    private BusinessCalendar calendar;
    private Map<String, EscalationRule> rules;
    private Map<String, Integer> sla;
    private final Map<String, List<List<Long>>> heads = new HashMap<>();

    private void load() {
        now = JobParameters.now(job);
        calendar = calendars.current();
        rules = new HashMap<>();
        for (Object r : em.createNativeQuery("SELECT COALESCE(request_type, '*'), COALESCE(priority, '*'), first_after_hours,"
                + " repeat_hours FROM escalation_rule").getResultList()) {
            Object[] row = (Object[]) r;
            rules.put(row[0] + "/" + row[1], new EscalationRule(((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        sla = new HashMap<>();
        for (Object r : em.createNativeQuery("SELECT request_type, accept_minutes FROM sla_rule").getResultList()) {
            Object[] row = (Object[]) r;
            sla.put((String) row[0], ((Number) row[1]).intValue());
        }
    }

    /** The most specific rule: type and priority, then priority, then type, then the default. */
    EscalationRule rule(String type, String priority) {
        for (String key : List.of(type + "/" + priority, "*/" + priority, type + "/*", "*/*")) {
            EscalationRule r = rules.get(key);
            if (r != null) {
                return r;
            }
        }
        return EscalationRule.DEFAULT;
    }

    @Override
    public Object processItem(Object item) {
        if (now == null) {
            load();
        }
        Candidate c = (Candidate) item;
        List<List<Long>> levels = levelsFor(c);
        int maxLevel = levels.size() - 1;
        int due;
        String reasonKey;
        String reasonArg;
        ZoneId zone = ClockProducer.BUSINESS_ZONE;
        if (c.reason().equals("SLA")) {
            Instant acceptBy = calendar.plusWorkingMinutes(c.createdAt(), sla.getOrDefault(c.requestType(), 120));
            EscalationRule r = rule(c.requestType(), c.priority());
            due = now.isBefore(acceptBy) ? 0 : new EscalationRule(0, r.repeatHours()).levelDue(Duration.between(acceptBy, now),
                    maxLevel);
            due = Math.min(due, maxLevel);
            reasonKey = "escalation.reason.SLA";
            reasonArg = WHEN.format(acceptBy.atZone(zone));
        } else {
            Instant overdueSince = c.deadline().plusDays(1).atStartOfDay(zone).toInstant();
            Duration late = Duration.between(overdueSince, now);
            due = rule(c.requestType(), c.priority()).levelDue(late, maxLevel);
            reasonKey = "escalation.reason.OVERDUE";
            reasonArg = Long.toString(Math.max(0, late.toHours()));
        }
        if (due <= c.recordedLevel()) {
            return null;
        }
        return new Work(c, c.recordedLevel() + 1, due, levels, reasonKey, reasonArg);
    }

    /** Level 0: the assignee; then the heads above the assignee's unit, one list per unit that has any. */
    private List<List<Long>> levelsFor(Candidate c) {
        List<List<Long>> out = new ArrayList<>();
        out.add(c.assigneeId() == null ? List.of() : List.of(c.assigneeId()));
        if (c.unitPath() != null) {
            for (List<Long> level : heads.computeIfAbsent(c.unitPath(), p -> hierarchy.levels(Role.HEAD, p))) {
                List<Long> others = level.stream().filter(id -> !id.equals(c.assigneeId())).toList();
                if (!others.isEmpty()) {
                    out.add(others);
                }
            }
        }
        return out;
    }
}
