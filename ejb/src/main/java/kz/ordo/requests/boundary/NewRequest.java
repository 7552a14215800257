package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.Currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A request's content as entered in the form or sent to the REST API: the common fields (R-REQ-2), money,
 * project, and the type-specific fields by key (R-REQ-1; see {@code TypeFields}).
 */
public record NewRequest(RequestType type, String title, String description, Long unitId, Priority priority,
                         LocalDate deadline, Long assigneeId, Long projectId, BigDecimal amount, Currency currency,
                         Map<String, String> fields, Long budgetLineId) {

    /** Not charged to a budget line. */
    public NewRequest(RequestType type, String title, String description, Long unitId, Priority priority,
                      LocalDate deadline, Long assigneeId, Long projectId, BigDecimal amount, Currency currency,
                      Map<String, String> fields) {
        this(type, title, description, unitId, priority, deadline, assigneeId, projectId, amount, currency, fields, null);
    }

    public NewRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The common fields only (types without required fields of their own, tests). */
    public static NewRequest common(RequestType type, String title, String description, Long unitId, Priority priority,
                                    LocalDate deadline, Long assigneeId) {
        return new NewRequest(type, title, description, unitId, priority, deadline, assigneeId, null, null, null, Map.of());
    }
}
