package kz.ordo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Time for the domain, injected so that deadline, lockout and SLA rules can be tested without waiting. */
@ApplicationScoped
public class ClockProducer {

    /** Business time zone of the company (Kazakhstan, UTC+5 since 2024). */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Almaty");

    @Produces
    public Clock clock() {
        return Clock.system(BUSINESS_ZONE);
    }
}
