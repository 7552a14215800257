package kz.ordo.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.identity.boundary.PeopleService;
import kz.ordo.identity.boundary.Person;
import kz.ordo.identity.entity.Role;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Approval rules (who approves invoices from which amount) and the caller's substitute while away. */
@Named
@ViewScoped
public class FinanceSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    @Inject
    PeopleService people;

    @Inject
    Texts texts;

    private BigDecimal minAmount = BigDecimal.ZERO;
    private Integer position = 1;
    private Role role = Role.FINANCE;
    private String appliesTo = kz.ordo.approvals.control.ApprovalRules.INVOICES;
    private Person ruleApprover;
    private Person substitute;
    private LocalDate starts = LocalDate.now();
    private LocalDate ends = LocalDate.now().plusDays(7);

    private void perform(Runnable r) {
        try {
            r.run();
            texts.info("common.saved");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void addRule() {
        BigDecimal m = minAmount;
        int p = position == null ? 0 : position;
        Person named = ruleApprover;
        Role ro = named == null ? role : null;
        String to = appliesTo;
        perform(() -> invoices.addApprovalRule(to, m, p, ro, named == null ? null : named.getId()));
        ruleApprover = null;
    }

    /** What a rule may apply to: the invoice registry, or one request type. */
    public List<String> getAppliesToOptions() {
        List<String> out = new java.util.ArrayList<>();
        out.add(kz.ordo.approvals.control.ApprovalRules.INVOICES);
        for (kz.ordo.requests.entity.RequestType t : kz.ordo.requests.entity.RequestType.values()) {
            out.add(t.name());
        }
        return out;
    }

    /** "Счета" or the request type's name, for the rules table and the picker. */
    public String appliesToLabel(String code) {
        return kz.ordo.approvals.control.ApprovalRules.INVOICES.equals(code) ? texts.get("approval.appliesTo.INVOICE")
                : texts.get("request.type." + code);
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public Person getRuleApprover() {
        return ruleApprover;
    }

    public void setRuleApprover(Person ruleApprover) {
        this.ruleApprover = ruleApprover;
    }

    public void removeRule(Object id) {
        perform(() -> invoices.removeApprovalRule(((Number) id).longValue()));
    }

    public void delegate() {
        Long to = substitute == null ? null : substitute.getId();
        LocalDate s = starts;
        LocalDate e = ends;
        perform(() -> invoices.delegate(to, s, e));
        substitute = null;
    }

    public List<Person> suggestPeople(String query) {
        return people.suggest(query);
    }

    public List<Object[]> getRules() {
        return invoices.approvalRules();
    }

    public List<Object[]> getDelegations() {
        return invoices.myDelegations();
    }

    public Role[] getRoles() {
        return new Role[]{Role.FINANCE, Role.HEAD, Role.LAWYER, Role.MANAGER};
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Person getSubstitute() {
        return substitute;
    }

    public void setSubstitute(Person substitute) {
        this.substitute = substitute;
    }

    public LocalDate getStarts() {
        return starts;
    }

    public void setStarts(LocalDate starts) {
        this.starts = starts;
    }

    public LocalDate getEnds() {
        return ends;
    }

    public void setEnds(LocalDate ends) {
        this.ends = ends;
    }
}
