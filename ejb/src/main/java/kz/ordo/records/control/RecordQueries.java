package kz.ordo.records.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.Comment;
import kz.ordo.records.entity.RecordRef;

import java.util.List;

/** What a record carries, read without an access check: the callers (the record services) check access first. */
@ApplicationScoped
public class RecordQueries {

    @PersistenceContext
    EntityManager em;

    public List<ChecklistItem> checklist(RecordRef owner) {
        return em.createQuery("SELECT c FROM ChecklistItem c WHERE c.ownerType = :t AND c.ownerId = :id"
                        + " ORDER BY c.position, c.id", ChecklistItem.class)
                .setParameter("t", owner.type()).setParameter("id", owner.id()).getResultList();
    }

    /** Every revision of every file of a record, newest first. */
    public List<Attachment> files(RecordRef owner) {
        return em.createQuery("SELECT a FROM Attachment a JOIN FETCH a.uploadedBy WHERE a.ownerType = :t"
                        + " AND a.ownerId = :id ORDER BY LOWER(a.name), a.revision DESC", Attachment.class)
                .setParameter("t", owner.type()).setParameter("id", owner.id()).getResultList();
    }

    /** A record's comments, oldest first, with their authors (one query) and mentions (one batch query). */
    public List<Comment> comments(RecordRef owner) {
        List<Comment> list = em.createQuery("SELECT c FROM Comment c JOIN FETCH c.author WHERE c.ownerType = :t"
                        + " AND c.ownerId = :id ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("t", owner.type()).setParameter("id", owner.id()).getResultList();
        list.forEach(c -> c.getMentions().size());
        return list;
    }
}
