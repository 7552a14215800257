package kz.ordo.batch.escalation;

import java.io.Serializable;
import java.util.List;

/** The levels to record and tell now for one candidate, with the people of each level (index = level). */
public record Work(Candidate candidate, int fromLevel, int toLevel, List<List<Long>> recipientsByLevel, String reasonKey,
                   String reasonArg) implements Serializable {
}
