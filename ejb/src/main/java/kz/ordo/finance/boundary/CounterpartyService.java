package kz.ordo.finance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.PageRequest;

import java.util.List;
import java.util.Map;

/** The counterparty directory (R-FIN-1): requisites checked, one card per BIN/IIN, found by name or BIN. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE, Role.Names.MANAGER, Role.Names.LAWYER})
public class CounterpartyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    private static String pattern(String q) {
        return kz.ordo.identity.control.AccessScope.containsPattern(q);
    }

    public long count(String q) {
        return CappedCount.of(em, "c", "FROM Counterparty c WHERE LOWER(c.name) LIKE :q ESCAPE '\\' OR c.bin LIKE :q ESCAPE '\\'",
                query -> query.setParameter("q", pattern(q)), CappedCount.CAP);
    }

    public List<Counterparty> search(String q, PageRequest page) {
        return em.createQuery("SELECT c FROM Counterparty c WHERE LOWER(c.name) LIKE :q ESCAPE '\\' OR c.bin LIKE :q ESCAPE '\\'"
                        + " ORDER BY c.name, c.id", Counterparty.class)
                .setParameter("q", pattern(q)).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** The directory (or the part matching {@code q}) as XLSX or CSV, streamed, at most 100,000 rows (R-FIN-5). */
    public long export(String q, kz.ordo.shared.ExportFormat format, java.util.Locale locale, java.io.OutputStream out)
            throws java.io.IOException {
        List<kz.ordo.shared.TableExport.Column<Counterparty>> cols = List.of(
                new kz.ordo.shared.TableExport.Column<>("counterparty.name", Counterparty::getName),
                new kz.ordo.shared.TableExport.Column<>("counterparty.bin", Counterparty::getBin),
                new kz.ordo.shared.TableExport.Column<>("counterparty.iban", Counterparty::getIban),
                new kz.ordo.shared.TableExport.Column<>("counterparty.bank", Counterparty::getBank),
                new kz.ordo.shared.TableExport.Column<>("counterparty.bic", Counterparty::getBic),
                new kz.ordo.shared.TableExport.Column<>("counterparty.kbe", Counterparty::getKbe));
        java.util.stream.Stream<Counterparty> rows = em.createQuery("SELECT c FROM Counterparty c WHERE LOWER(c.name) LIKE :q"
                        + " ESCAPE '\\' OR c.bin LIKE :q ESCAPE '\\' ORDER BY c.name, c.id", Counterparty.class)
                .setParameter("q", pattern(q)).setMaxResults(100_000).getResultStream();
        return kz.ordo.shared.TableExport.write(rows, cols, format, "menu.counterparties", false, locale,
                kz.ordo.shared.ClockProducer.BUSINESS_ZONE, out);
    }

    public Counterparty find(Long id) {
        Counterparty c = id == null ? null : em.find(Counterparty.class, id);
        if (c == null) {
            throw new NotFoundException("Counterparty", id);
        }
        return c;
    }

    /** Creates (id null) or changes a counterparty; a BIN/IIN already on file is refused with its name. */
    public Counterparty save(Long id, Long version, String name, String bin, String iban, String bank, String bic, String kbe) {
        String login = callers.login();
        List<Counterparty> same = em.createQuery("SELECT c FROM Counterparty c WHERE c.bin = :b", Counterparty.class)
                .setParameter("b", bin == null ? "" : bin.strip()).getResultList();
        if (!same.isEmpty() && !same.get(0).getId().equals(id)) {
            throw new BusinessException("counterparty.error.binTaken", same.get(0).getName());
        }
        if (id == null) {
            Counterparty c = new Counterparty(name, bin);
            c.edit(name, bin, iban, bank, bic, kbe);
            em.persist(c);
            em.flush();
            audit.created(login, c);
            return c;
        }
        Counterparty c = find(id);
        if (version == null || c.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = c.auditState();
        c.edit(name, bin, iban, bank, bic, kbe);
        em.flush();
        audit.changed(login, c, before, AuditAction.UPDATE);
        return c;
    }
}
