package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the request list is filtered by (R-REQ-4); a null field does not filter. Department, branch and city
 * each mean "that unit and everything below it".
 */
public record RequestFilter(RequestType type, RequestStatus status, Priority priority, Long unitId, Long branchId,
                            Long cityId, Long projectId, Long authorId, Long assigneeId, LocalDate createdFrom,
                            LocalDate createdTo, boolean overdueOnly, String text) implements Serializable {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The same filter narrowed to a department (a unit and everything below it). */
    public RequestFilter withUnit(Long unit) {
        return new RequestFilter(type, status, priority, unit, branchId, cityId, projectId, authorId, assigneeId, createdFrom,
                createdTo, overdueOnly, text);
    }

    /** Whether the filter searches words or a number. */
    public boolean searches() {
        return text != null && !text.isBlank();
    }
}
