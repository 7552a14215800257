package kz.ordo.approvals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.approvals.entity.ApprovalStep;
import kz.ordo.approvals.entity.Step;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin-edited approval rules (R-FIN / R-REQ approval chains): for what they apply to — invoices
 * ({@link #INVOICES}) or a request type — every rule whose threshold the amount reaches is a step; and who stands in
 * for an approver who is away (delegation).
 */
@ApplicationScoped
public class ApprovalRules {

    /** What the invoice registry's rules apply to; a request type's rules carry the type's name. */
    public static final String INVOICES = "INVOICE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The steps for an amount in KZT (null: no amount, only rules from zero apply), in position order. */
    public List<Step> chainFor(String appliesTo, BigDecimal amountKzt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rules = em.createNativeQuery("SELECT position, role, approver_id FROM approval_rule"
                        + " WHERE applies_to = ?1 AND min_amount_kzt <= ?2 ORDER BY position, id")
                .setParameter(1, appliesTo).setParameter(2, amountKzt == null ? BigDecimal.ZERO : amountKzt).getResultList();
        List<Step> chain = new ArrayList<>();
        for (Object[] r : rules) {
            User named = r[2] == null ? null : em.find(User.class, ((Number) r[2]).longValue());
            chain.add(new Step(((Number) r[0]).intValue(), (String) r[1], named, false));
        }
        return chain;
    }

    /** The chain with the over-limit approvals appended as one more position (parallel steps of these roles). */
    public static List<Step> withExtra(List<Step> chain, Role... roles) {
        int last = chain.stream().mapToInt(Step::position).max().orElse(0);
        List<Step> out = new ArrayList<>(chain);
        for (Role role : roles) {
            out.add(new Step(last + 1, role.name(), null, true));
        }
        return out;
    }

    /** Who stands in for a person today (their delegations). */
    public Set<Long> substitutes(Long userId) {
        return delegations("SELECT to_id FROM delegation WHERE from_id = ?1", userId, new LinkedHashSet<>());
    }

    /** The person and everyone they stand in for today: whose named steps they may open and decide. */
    public Set<Long> selfAndDelegators(Long userId) {
        Set<Long> out = new LinkedHashSet<>();
        out.add(userId);
        return delegations("SELECT from_id FROM delegation WHERE to_id = ?1", userId, out);
    }

    /** The other side of the person's delegations that hold today, added to {@code out}. */
    private Set<Long> delegations(String select, Long userId, Set<Long> out) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(select + " AND starts <= ?2 AND ends >= ?2")
                .setParameter(1, userId).setParameter(2, Date.valueOf(LocalDate.now(clock))).getResultList();
        ids.forEach(n -> out.add(n.longValue()));
        return out;
    }

    /**
     * Whether the caller is the one a step waits for: the named person or their substitute, or a holder of the role
     * (an administrator stands for the head) who may see the record ({@code seesRecord}).
     */
    public boolean isDecider(ApprovalStep step, Caller c, boolean seesRecord) {
        if (!step.isOpen() || c.isContractor()) {
            return false;
        }
        if (step.getApprover() != null) {
            return step.getApprover().getId().equals(c.userId()) || substitutes(step.getApprover().getId()).contains(c.userId());
        }
        Role role = Role.valueOf(step.getRole());
        return seesRecord && (c.has(role) || (role == Role.HEAD && c.has(Role.ADMIN)));
    }
}
