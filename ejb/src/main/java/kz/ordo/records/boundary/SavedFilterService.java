package kz.ordo.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.records.entity.SavedFilter;
import kz.ordo.shared.NotFoundException;

import java.util.List;

/** A person's saved list filters (R-REQ-4): only ever their own. Saving an existing name replaces it. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class SavedFilterService {

    public static final int MAX_PER_LIST = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    public List<SavedFilter> mine(String list) {
        return em.createQuery("SELECT f FROM SavedFilter f WHERE f.userId = :u AND f.list = :l ORDER BY LOWER(f.name)",
                        SavedFilter.class)
                .setParameter("u", callers.current().userId()).setParameter("l", list).getResultList();
    }

    public SavedFilter save(String list, String name, String query) {
        Long me = callers.current().userId();
        SavedFilter candidate = new SavedFilter(me, list, name, query);
        List<SavedFilter> same = em.createQuery("SELECT f FROM SavedFilter f WHERE f.userId = :u AND f.list = :l"
                        + " AND LOWER(f.name) = LOWER(:n)", SavedFilter.class)
                .setParameter("u", me).setParameter("l", list).setParameter("n", candidate.getName()).getResultList();
        if (!same.isEmpty()) {
            same.get(0).replace(query);
            return same.get(0);
        }
        if (mine(list).size() >= MAX_PER_LIST) {
            throw new kz.ordo.shared.BusinessException("filter.error.tooMany", MAX_PER_LIST);
        }
        em.persist(candidate);
        return candidate;
    }

    public SavedFilter find(Long id) {
        SavedFilter f = id == null ? null : em.find(SavedFilter.class, id);
        if (f == null || !f.getUserId().equals(callers.current().userId())) {
            throw new NotFoundException("SavedFilter", id);
        }
        return f;
    }

    public void delete(Long id) {
        em.remove(find(id));
    }
}
