package kz.ordo.finance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.shared.BusinessException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A supplier or customer with its requisites (R-FIN-1), reused by invoices, contracts and requests. */
@Entity
@Table(name = "counterparty")
public class Counterparty extends kz.ordo.shared.BaseEntity implements Auditable {

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 12)
    private String bin;

    @Column(length = 34)
    private String iban;

    @Column(length = 200)
    private String bank;

    @Column(length = 11)
    private String bic;

    @Column(length = 2)
    private String kbe;

    protected Counterparty() {
    }

    public Counterparty(String name, String bin) {
        edit(name, bin, null, null, null, null);
    }

    /** Every field checked: the BIN/IIN control digit, the IBAN check digits, the BIC form, the KBE code. */
    public void edit(String newName, String newBin, String newIban, String newBank, String newBic, String newKbe) {
        String n = newName == null ? "" : newName.strip();
        if (n.length() < 2 || n.length() > 300) {
            throw new BusinessException("counterparty.error.name");
        }
        String b = newBin == null ? "" : newBin.strip();
        if (!Requisites.isBinOrIin(b)) {
            throw new BusinessException("counterparty.error.bin", b);
        }
        String i = Requisites.normalizeIban(newIban);
        if (!i.isEmpty() && !Requisites.isIban(i)) {
            throw new BusinessException("counterparty.error.iban", i);
        }
        String c = newBic == null ? "" : newBic.strip().toUpperCase(Locale.ROOT);
        if (!c.isEmpty() && !Requisites.isBic(c)) {
            throw new BusinessException("counterparty.error.bic", c);
        }
        String k = newKbe == null ? "" : newKbe.strip();
        if (!k.isEmpty() && !Requisites.isKbe(k)) {
            throw new BusinessException("counterparty.error.kbe", k);
        }
        String bankName = newBank == null || newBank.isBlank() ? null : newBank.strip();
        if (bankName != null && bankName.length() > 200) {
            throw new BusinessException("counterparty.error.bank");
        }
        name = n;
        bin = b;
        iban = i.isEmpty() ? null : i;
        bank = bankName;
        bic = c.isEmpty() ? null : c;
        kbe = k.isEmpty() ? null : k;
    }

    public String getName() {
        return name;
    }

    public String getBin() {
        return bin;
    }

    public String getIban() {
        return iban;
    }

    public String getBank() {
        return bank;
    }

    public String getBic() {
        return bic;
    }

    public String getKbe() {
        return kbe;
    }

    public String getLabel() {
        return name + " (" + bin + ")";
    }

    @Override
    public String auditType() {
        return "Counterparty";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("bin", bin);
        m.put("iban", iban);
        m.put("bank", bank);
        m.put("bic", bic);
        m.put("kbe", kbe);
        return m;
    }
}
