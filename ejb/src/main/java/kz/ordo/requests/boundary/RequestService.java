package kz.ordo.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.requests.control.RequestNumbers;
import kz.ordo.requests.control.RequestRepository;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Requests: create, list, open. Every method applies the caller's access scope; an external contractor
 * sees only requests assigned to them and cannot create any.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class RequestService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    RequestRepository repository;

    @Inject
    RequestNumbers numbers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public long count(RequestFilter filter) {
        return repository.count(orNone(filter), callers.scope(), LocalDate.now(clock), clock.getZone());
    }

    public List<RequestRow> rows(RequestFilter filter, PageRequest page) {
        return repository.rows(orNone(filter), callers.scope(), page, LocalDate.now(clock), clock.getZone());
    }

    /** A page and the total, for the REST API. */
    public Page<RequestRow> list(RequestFilter filter, PageRequest page) {
        AccessScope scope = callers.scope();
        LocalDate today = LocalDate.now(clock);
        long total = repository.count(orNone(filter), scope, today, clock.getZone());
        List<RequestRow> rows = total <= page.first() ? List.of()
                : repository.rows(orNone(filter), scope, page, today, clock.getZone());
        return new Page<>(rows, total);
    }

    private static RequestFilter orNone(RequestFilter f) {
        return f == null ? RequestFilter.none() : f;
    }

    /** Opens a request; one outside the caller's scope is reported as not found. */
    public Request find(Long id) {
        AccessScope scope = callers.scope();
        Request r = id == null ? null : repository.findForCard(id);
        if (r == null || !scope.canSee(r.getOrgUnit(), r.getAuthor(), r.getAssignee())) {
            if (r != null) {
                SecurityLog.event("access.denied", scope.caller().login(), "Request " + id);
            }
            throw new NotFoundException("Request", id);
        }
        return r;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
            Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT})
    public Request create(NewRequest form) {
        Caller caller = callers.current();
        if (caller.isContractor()) {
            throw new BusinessException("request.error.contractorCannotCreate");
        }
        LocalDate today = LocalDate.now(clock);
        OrgUnit unit = form.unitId() == null ? null : em.find(OrgUnit.class, form.unitId());
        if (form.unitId() != null && unit == null) {
            throw new BusinessException("request.error.department");
        }
        User assignee = null;
        if (form.assigneeId() != null) {
            assignee = em.find(User.class, form.assigneeId());
            if (assignee == null || assignee.getStatus() != UserStatus.ACTIVE) {
                throw new BusinessException("request.error.assignee");
            }
        }
        if (form.type() == null) {
            throw new BusinessException("request.error.type");
        }
        User author = em.find(User.class, caller.userId());
        String number = numbers.next(form.type(), today.getYear());
        Request request = new Request(number, form.type(), author, form.title(), form.description(), unit,
                form.priority(), form.deadline(), assignee, today);
        em.persist(request);
        em.flush();
        audit.created(caller.login(), request);
        return request;
    }

}
