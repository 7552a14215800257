package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.notifications.entity.BusinessCalendar;
import kz.ordo.shared.ClockProducer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The company's business calendar: the holidays the administrator keeps, working hours from the settings. */
@ApplicationScoped
public class Calendars {

    @PersistenceContext
    EntityManager em;

    public BusinessCalendar current() {
        @SuppressWarnings("unchecked")
        List<Object> days = em.createNativeQuery("SELECT day FROM holiday").getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        for (Object d : days) {
            holidays.add(d instanceof java.sql.Date sd ? sd.toLocalDate() : LocalDate.parse(d.toString()));
        }
        return new BusinessCalendar(holidays, time("ordo.workday.start", "09:00"), time("ordo.workday.end", "18:00"),
                ClockProducer.BUSINESS_ZONE);
    }

    private static LocalTime time(String property, String fallback) {
        try {
            return LocalTime.parse(System.getProperty(property, fallback));
        } catch (RuntimeException e) {
            return LocalTime.parse(fallback);
        }
    }
}
