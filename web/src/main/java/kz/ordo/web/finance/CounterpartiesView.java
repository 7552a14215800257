package kz.ordo.web.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.finance.boundary.CounterpartyService;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/** The counterparty directory: search by name or BIN, a dialog to add or change one with its requisites checked. */
@Named
@ViewScoped
public class CounterpartiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CounterpartyService counterparties;

    @Inject
    Texts texts;

    private PagedModel<Counterparty> model;
    private String query;
    private Long editId;
    private Long editVersion;
    private String name;
    private String bin;
    private String iban;
    private String bank;
    private String bic;
    private String kbe;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> counterparties.count(query), p -> counterparties.search(query, p), Counterparty::getId);
    }

    public org.primefaces.model.StreamedContent getExportXlsx() {
        return export(kz.ordo.shared.ExportFormat.XLSX);
    }

    public org.primefaces.model.StreamedContent getExportCsv() {
        return export(kz.ordo.shared.ExportFormat.CSV);
    }

    private org.primefaces.model.StreamedContent export(kz.ordo.shared.ExportFormat format) {
        String q = query;
        java.util.Locale locale = texts.locale();
        return kz.ordo.web.shell.Downloads.of("counterparties", java.time.LocalDate.now(), format,
                out -> counterparties.export(q, format, locale, out));
    }

    public void startCreate() {
        editId = null;
        editVersion = null;
        name = bin = iban = bank = bic = kbe = null;
    }

    public void startEdit(Counterparty c) {
        editId = c.getId();
        editVersion = c.getVersion();
        name = c.getName();
        bin = c.getBin();
        iban = c.getIban();
        bank = c.getBank();
        bic = c.getBic();
        kbe = c.getKbe();
    }

    public void save() {
        try {
            counterparties.save(editId, editVersion, name, bin, iban, bank, bic, kbe);
            texts.info("common.saved");
            PrimeFaces.current().executeScript("PF('cpDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public PagedModel<Counterparty> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBin() {
        return bin;
    }

    public void setBin(String bin) {
        this.bin = bin;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getKbe() {
        return kbe;
    }

    public void setKbe(String kbe) {
        this.kbe = kbe;
    }
}
