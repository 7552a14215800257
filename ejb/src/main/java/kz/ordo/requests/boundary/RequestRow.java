package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the request list, read in a single query (no entities, no lazy loads per row). */
public record RequestRow(Long id, String number, RequestType type, String title, RequestStatus status,
                         Priority priority, LocalDate deadline, String unitName, String authorName,
                         String assigneeName, Instant createdAt) {

    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !status.isFinal();
    }
}
