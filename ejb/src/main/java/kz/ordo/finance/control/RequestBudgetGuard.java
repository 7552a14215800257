package kz.ordo.finance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.ordo.finance.entity.BudgetLine;
import kz.ordo.identity.control.Caller;
import kz.ordo.requests.control.BudgetGuard;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.BusinessException;

import java.math.BigDecimal;

/** The budget lines requests are charged to: the finance module's side of {@link BudgetGuard}. */
@ApplicationScoped
public class RequestBudgetGuard implements BudgetGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    LineHolds holds;

    @Inject
    kz.ordo.finance.boundary.BudgetService budgets;

    @Override
    public void checkChargeable(Long lineId, Caller caller) {
        try {
            budgets.find(lineId); // the budget's own access rule: the caller's units, or finance and admins
        } catch (kz.ordo.shared.NotFoundException | jakarta.ejb.EJBAccessException e) {
            throw new BusinessException("request.error.budgetLine");
        }
    }

    @Override
    public boolean exceedsRemainder(Request request) {
        BudgetLine line = em.find(BudgetLine.class, request.getBudgetLineId(), LockModeType.PESSIMISTIC_WRITE);
        BigDecimal remainder = line.getPlan().subtract(holds.held(line.getId(), null, request.getId()));
        return request.getAmount().compareTo(remainder) > 0;
    }

    @Override
    public String label(Long lineId) {
        BudgetLine line = em.find(BudgetLine.class, lineId);
        return line.getMonth().toString().substring(0, 7) + " · " + line.getOrgUnit().getName()
                + (line.getProject() == null ? "" : " · " + line.getProject().getCode()) + " · " + line.getItem();
    }

    @Override
    public BigDecimal remainder(Long lineId) {
        return em.find(BudgetLine.class, lineId).getPlan().subtract(holds.held(lineId, null, null));
    }
}
