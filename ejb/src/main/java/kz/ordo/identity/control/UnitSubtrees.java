package kz.ordo.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.shared.TransactionMemo;

import java.util.List;

/**
 * The ids of a unit and every unit below it, read from the path index: what a scope or a unit filter becomes in
 * a list's SQL. A list's page and its count (and the board's columns) filter by the same subtrees, so each is
 * read once per transaction.
 */
@ApplicationScoped
public class UnitSubtrees {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry tx;

    /** The key of a subtree read in the current transaction. */
    private record SubtreeOf(String path) {
    }

    public List<Long> idsBelow(String path) {
        return TransactionMemo.get(tx, new SubtreeOf(path), () -> List.copyOf(
                em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.path LIKE :p ESCAPE '\\'", Long.class)
                        .setParameter("p", AccessScope.subtreePattern(path)).getResultList()));
    }
}
