package kz.ordo.web.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.finance.boundary.InvoiceFilter;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.shared.ExportFormat;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;

/** The invoice registry: filters by status, period and text (number, purpose, counterparty, BIN), paged in SQL, exported. */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    @Inject
    Texts texts;

    private PagedModel<Invoice> model;
    private InvoiceStatus status;
    private LocalDate from;
    private LocalDate to;
    private String text;

    @PostConstruct
    void init() {
        model = PagedModel.paged(p -> invoices.page(filter(), p), Invoice::getId);
    }

    private InvoiceFilter filter() {
        return new InvoiceFilter(status, null, null, null, from, to, text);
    }

    public StreamedContent getExportCsv() {
        return export(ExportFormat.CSV);
    }

    public StreamedContent getExportXlsx() {
        return export(ExportFormat.XLSX);
    }

    private StreamedContent export(ExportFormat format) {
        InvoiceFilter f = filter();
        java.util.Locale locale = texts.locale();
        return kz.ordo.web.shell.Downloads.of("invoices", LocalDate.now(), format, out -> invoices.export(f, format, locale, out));
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public PagedModel<Invoice> getModel() {
        return model;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
