package kz.ordo.requests.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.requests.entity.RequestType;

/**
 * Human-readable request numbers, unique per type and year ({@code PAY-2026-000123}). One atomic
 * upsert per number: concurrent creations serialise on the counter row and never share a number; a
 * rolled-back creation gives its number back with the transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RequestNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(RequestType type, int year) {
        Number value = (Number) em.createNativeQuery(
                        "INSERT INTO request_number_counter (type, year, last_value) VALUES (?1, ?2, 1)"
                                + " ON CONFLICT (type, year) DO UPDATE SET last_value = request_number_counter.last_value + 1"
                                + " RETURNING last_value")
                .setParameter(1, type.name())
                .setParameter(2, year)
                .getSingleResult();
        return type.number(year, value.longValue());
    }
}
