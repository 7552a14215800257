package kz.ordo.batch.digest;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.batch.KeysetReader;

import java.util.List;

/** The people with emails waiting for their digest, by id. */
@Named
@Dependent
public class DigestReader extends KeysetReader {

    @PersistenceContext
    EntityManager em;

    @Override
    protected int pageSize() {
        return 500;
    }

    @Override
    protected List<Long> page(long afterId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT recipient_id FROM outbox_message WHERE status = 'DIGEST'"
                + " AND recipient_id > ?1 ORDER BY recipient_id LIMIT " + pageSize()).setParameter(1, afterId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
