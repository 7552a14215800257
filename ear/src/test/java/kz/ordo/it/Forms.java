package kz.ordo.it;

import kz.ordo.platform.SampleFields;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.Currency;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Complete request forms for tests: the type's own fields filled as a person would, money for payments. */
public final class Forms {

    private Forms() {
    }

    public static NewRequest of(RequestType type, String title, Long unitId, Priority priority, LocalDate deadline,
                                Long assigneeId) {
        boolean money = type == RequestType.PAYMENT;
        return new NewRequest(type, title, "описание", unitId, priority, deadline, assigneeId, null,
                money ? new BigDecimal("125000.50") : null, money ? Currency.KZT : null,
                SampleFields.of(type, LocalDate.now()));
    }
}
