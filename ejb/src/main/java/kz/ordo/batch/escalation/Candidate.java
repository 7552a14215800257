package kz.ordo.batch.escalation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open item that may need escalating: a request or task past its deadline (reason OVERDUE) or an urgent
 * request its assignee has not accepted (SLA), with the highest level already recorded (-1 for none).
 */
public record Candidate(String recordType, long id, String reason, String requestType, String priority, LocalDate deadline,
                        Instant createdAt, String unitPath, Long assigneeId, int recordedLevel) implements Serializable {
}
