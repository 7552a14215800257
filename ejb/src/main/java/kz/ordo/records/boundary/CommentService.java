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
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordQueries;
import kz.ordo.records.entity.Comment;
import kz.ordo.records.entity.RecordRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Comments on records (R-COM-1). {@code @login} mentions are resolved to active users who may open the record;
 * those are stored with the comment and notified. A login that names nobody, or someone who cannot open the
 * record, stays plain text and notifies no one (the link would only show them "not found", and the excerpt would
 * leak the record to them): the page tells the writer who was not notified.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class CommentService {

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
    kz.ordo.notifications.control.Notifier notifier;

    @Inject
    kz.ordo.notifications.boundary.NotificationService notifications;

    /** The message templates offered in the comment box (clarification, approval, rework), filled for the record. */
    public java.util.Map<String, String> templates(RecordRef owner) {
        return notifications.commentTemplates(owner);
    }

    public Comment add(RecordRef owner, String body) {
        access.checkVisible(owner);
        Caller caller = callers.current();
        Set<String> logins = Comment.mentionedLogins(body);
        Set<User> mentioned = new LinkedHashSet<>();
        if (!logins.isEmpty()) {
            em.createQuery("SELECT u FROM User u JOIN FETCH u.orgUnit WHERE LOWER(u.login) IN :logins AND u.status = :active",
                            User.class)
                    .setParameter("logins", logins).setParameter("active", UserStatus.ACTIVE).getResultList().stream()
                    .filter(u -> access.visibleTo(owner, Caller.of(u))).forEach(mentioned::add);
        }
        Comment c = new Comment(owner, em.find(User.class, caller.userId()), body, mentioned);
        em.persist(c);
        em.flush();
        audit.event(caller.login(), owner.type(), owner.id(), AuditAction.COMMENT_ADDED, c.getBody());
        String excerpt = c.getBody().length() > 300 ? c.getBody().substring(0, 299) + "…" : c.getBody();
        notifier.notify(kz.ordo.notifications.control.Notifier.Event.of(kz.ordo.notifications.entity.NotificationKind.MENTIONED,
                owner, c.getAuthor()).withReason(excerpt), mentioned.stream().map(User::getId).toList());
        return c;
    }

    /** A record's comments, oldest first, with their authors (one query) and mentions (one batch query). */
    public List<Comment> list(RecordRef owner) {
        access.checkVisible(owner);
        return queries.comments(owner);
    }
}
