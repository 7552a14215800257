package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;

import java.time.LocalDate;

/** What the request list is filtered by; a null field does not filter. */
public record RequestFilter(RequestType type, RequestStatus status, Priority priority, Long unitId, Long authorId,
                            Long assigneeId, LocalDate createdFrom, LocalDate createdTo, boolean overdueOnly,
                            String text) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null, null, false, null);
    }
}
