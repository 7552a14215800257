package kz.ordo.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordQueries;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/** A record's checklist: add, tick, reorder, remove; each change is on the record's history. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class ChecklistService {

    public static final int MAX_ITEMS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordQueries queries;

    @Inject
    CallerService callers;

    @Inject
    RecordAccesses access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ChecklistItem> list(RecordRef owner) {
        access.checkVisible(owner);
        return items(owner);
    }

    private List<ChecklistItem> items(RecordRef owner) {
        return queries.checklist(owner);
    }

    public ChecklistItem add(RecordRef owner, String text) {
        access.checkContributable(owner);
        List<ChecklistItem> existing = items(owner);
        if (existing.size() >= MAX_ITEMS) {
            throw new kz.ordo.shared.BusinessException("checklist.error.tooMany", MAX_ITEMS);
        }
        int next = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
        ChecklistItem item = new ChecklistItem(owner, next, text);
        em.persist(item);
        em.flush();
        log(owner, "+ " + item.getText());
        return item;
    }

    public ChecklistItem tick(Long itemId, long version, boolean done) {
        ChecklistItem item = editable(itemId, version);
        Caller caller = callers.current();
        item.tick(done, em.find(User.class, caller.userId()), clock.instant());
        log(item.owner(), (done ? "[x] " : "[ ] ") + item.getText());
        return item;
    }

    /** Moves an item one place up ({@code delta} -1) or down (+1), swapping with its neighbour. */
    public void move(Long itemId, long version, int delta) {
        ChecklistItem item = editable(itemId, version);
        List<ChecklistItem> all = items(item.owner());
        int i = all.indexOf(item);
        int j = i + Integer.signum(delta);
        if (i < 0 || j < 0 || j >= all.size()) {
            return;
        }
        for (int k = 0; k < all.size(); k++) {
            all.get(k).moveTo(k + 1);
        }
        ChecklistItem other = all.get(j);
        item.moveTo(j + 1);
        other.moveTo(i + 1);
        log(item.owner(), "↕ " + item.getText());
    }

    public void remove(Long itemId, long version) {
        ChecklistItem item = editable(itemId, version);
        em.remove(item);
        log(item.owner(), "− " + item.getText());
    }

    private ChecklistItem editable(Long itemId, long version) {
        ChecklistItem item = itemId == null ? null : em.find(ChecklistItem.class, itemId, LockModeType.OPTIMISTIC);
        if (item == null) {
            throw new NotFoundException("ChecklistItem", itemId);
        }
        access.checkContributable(item.owner());
        if (item.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return item;
    }

    private void log(RecordRef owner, String detail) {
        audit.event(callers.current().login(), owner.type(), owner.id(), AuditAction.CHECKLIST_CHANGED, detail);
    }
}
