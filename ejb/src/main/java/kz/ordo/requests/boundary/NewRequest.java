package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;

import java.time.LocalDate;

/** The common fields of a new request (R-REQ-2), as entered in the form or sent to the REST API. */
public record NewRequest(RequestType type, String title, String description, Long unitId, Priority priority,
                         LocalDate deadline, Long assigneeId) {
}
