package kz.ordo.finance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.records.control.RecordAccess;
import kz.ordo.records.control.RecordSummary;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;

/** Files and comments on an invoice follow the registry's access rule; a closed invoice takes no more files. */
@ApplicationScoped
public class InvoiceRecordAccess implements RecordAccess {

    @Inject
    InvoiceService invoices;

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return InvoiceService.TYPE;
    }

    @Override
    public void checkVisible(Long id) {
        invoices.find(id);
    }

    @Override
    public void checkContributable(Long id) {
        if (invoices.find(id).getStatus() == InvoiceStatus.CLOSED) {
            throw new BusinessException("invoice.error.closed");
        }
    }

    @Override
    public boolean visibleTo(Long id, kz.ordo.identity.control.Caller who) {
        Invoice i = em.find(Invoice.class, id);
        return i != null && InvoiceService.visible(i, new kz.ordo.identity.control.AccessScope(who));
    }

    @Override
    public RecordSummary describe(Long id) {
        Invoice i = em.find(Invoice.class, id);
        if (i == null) {
            throw new NotFoundException(InvoiceService.TYPE, id);
        }
        return new RecordSummary(InvoiceService.TYPE, id, i.getCounterparty().getName() + " №" + i.getNumber(),
                i.getPurpose(), i.getPaymentDue(), i.getCreatedBy().getFullName(), "finance/invoice.xhtml?id=" + id);
    }
}
