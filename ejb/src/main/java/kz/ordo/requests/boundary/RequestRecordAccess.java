package kz.ordo.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.records.control.RecordAccess;
import kz.ordo.records.control.RecordSummary;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.BusinessException;

/** Files, checklists and comments on a request follow the request's own access rule. */
@ApplicationScoped
public class RequestRecordAccess implements RecordAccess {

    @Inject
    RequestService requests;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    kz.ordo.approvals.control.ApprovalRules rules;

    @Override
    public String type() {
        return RequestService.TYPE;
    }

    @Override
    public void checkVisible(Long id) {
        requests.find(id);
    }

    @Override
    public void checkContributable(Long id) {
        Request r = requests.find(id);
        if (r.getStatus().isFinal()) {
            throw new BusinessException("request.error.finalStatus");
        }
    }

    @Override
    public boolean visibleTo(Long id, kz.ordo.identity.control.Caller who) {
        Request r = em.find(Request.class, id);
        return r != null && (RequestService.visible(r, new kz.ordo.identity.control.AccessScope(who))
                || RequestService.namedApprover(r, who, rules));
    }

    @Override
    public RecordSummary describe(Long id) {
        Request r = em.find(Request.class, id);
        if (r == null) {
            throw new kz.ordo.shared.NotFoundException(RequestService.TYPE, id);
        }
        return new RecordSummary(RequestService.TYPE, id, r.getNumber(), r.getTitle(), r.getDeadline(),
                r.getAuthor().getFullName(), "requests/view.xhtml?id=" + id);
    }
}
