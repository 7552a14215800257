package kz.ordo.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.records.control.FileStorage;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordQueries;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.records.entity.StoredFile;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files on records: upload (a known name becomes the next revision), list, and the authorisation of a
 * download — always against the record the file belongs to.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class AttachmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordQueries queries;

    @Inject
    CallerService callers;

    @Inject
    RecordAccesses access;

    @Inject
    FileStorage storage;

    @Inject
    AuditTrail audit;

    public Attachment upload(RecordRef owner, String fileName, AttachmentKind kind, InputStream content) {
        access.checkContributable(owner);
        String name = cleanName(fileName);
        Caller caller = callers.current();
        StoredFile stored = storage.store(content, name);
        Integer last = em.createQuery("SELECT MAX(a.revision) FROM Attachment a WHERE a.ownerType = :t AND a.ownerId = :id"
                        + " AND LOWER(a.name) = :n", Integer.class)
                .setParameter("t", owner.type()).setParameter("id", owner.id()).setParameter("n", name.toLowerCase())
                .getSingleResult();
        Attachment a = new Attachment(owner, name, last == null ? 1 : last + 1, kind, stored,
                em.find(User.class, caller.userId()));
        em.persist(a);
        em.flush();
        audit.event(caller.login(), owner.type(), owner.id(), AuditAction.FILE_ADDED,
                name + " (v" + a.getRevision() + ", " + a.getKind() + ")");
        return a;
    }

    /** Every revision of every file of a record, newest first. */
    public List<Attachment> list(RecordRef owner) {
        access.checkVisible(owner);
        return queries.files(owner);
    }

    /** The kinds present among a record's files (the payment guard, R-RULE-6). */
    public Set<AttachmentKind> kinds(RecordRef owner) {
        List<AttachmentKind> kinds = em.createQuery("SELECT DISTINCT a.kind FROM Attachment a WHERE a.ownerType = :t"
                        + " AND a.ownerId = :id", AttachmentKind.class)
                .setParameter("t", owner.type()).setParameter("id", owner.id()).getResultList();
        return kinds.isEmpty() ? EnumSet.noneOf(AttachmentKind.class) : EnumSet.copyOf(kinds);
    }

    /** An attachment the caller may download: the record it belongs to must be visible to them. */
    public Attachment forDownload(Long attachmentId) {
        Attachment a = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (a == null) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        access.checkVisible(a.owner());
        return a;
    }

    public InputStream content(Attachment a) throws java.io.IOException {
        return storage.open(a.getSha256());
    }

    static String cleanName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            throw new BusinessException("file.error.name");
        }
        if (n.length() > Attachment.NAME_MAX) {
            n = n.substring(n.length() - Attachment.NAME_MAX);
        }
        return n;
    }
}
