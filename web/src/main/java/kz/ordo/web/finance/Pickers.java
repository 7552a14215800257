package kz.ordo.web.finance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.CounterpartyService;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.PageRequest;
import kz.ordo.web.shell.Choice;
import kz.ordo.web.shell.Texts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/**
 * The autocompletes of the finance forms: counterparties by name or BIN, budget lines by item, unit or project, and
 * payment requests by number or words of the title; each asks the service for the first few matches (in SQL, in the
 * caller's scope) instead of loading every option into the page.
 */
@Named("pickers")
@RequestScoped
public class Pickers {

    static final int SUGGESTIONS = 15;

    @Inject
    CounterpartyService counterparties;

    @Inject
    BudgetService budgets;

    @Inject
    RequestService requests;

    @Inject
    Texts texts;

    @Inject
    kz.ordo.identity.boundary.OrgUnitService units;

    @Inject
    kz.ordo.identity.boundary.ProjectService projects;

    /** The roles the budget service lets read budget lines (BudgetService's @RolesAllowed): who is offered a line. */
    public static boolean seesBudget() {
        jakarta.faces.context.ExternalContext ec = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole("ADMIN") || ec.isUserInRole("HEAD") || ec.isUserInRole("FINANCE") || ec.isUserInRole("MANAGER");
    }

    public List<Choice> counterparties(String q) {
        return counterparties.search(q == null ? "" : q, new PageRequest(0, SUGGESTIONS, null, true)).stream()
                .map(Pickers::of).toList();
    }

    /** Names from the directory for a request's supplier or counterparty field (free text stays allowed). */
    public List<String> counterpartyNames(String q) {
        return counterparties.search(q == null ? "" : q, new PageRequest(0, SUGGESTIONS, null, true)).stream()
                .map(Counterparty::getName).toList();
    }

    public List<Choice> budgetLines(String q) {
        return budgets.suggest(q, SUGGESTIONS).stream().map(this::of).toList();
    }

    /** Units by their name or their parent's ("продаж", "астана"): a company's tree does not fit one dropdown. */
    public List<Choice> units(String q) {
        return units.suggest(q, SUGGESTIONS).stream().map(Pickers::of).toList();
    }

    public List<Choice> projects(String q) {
        return projects.suggest(q, SUGGESTIONS).stream().map(Pickers::of).toList();
    }

    /** "Отдел продаж · Астана, филиал": the same department name recurs in every branch. */
    public static Choice of(kz.ordo.identity.entity.OrgUnit u) {
        return u == null ? null : new Choice(u.getId(), u.getParent() == null ? u.getName()
                : u.getName() + " · " + u.getParent().getName());
    }

    public static Choice of(kz.ordo.identity.entity.Project p) {
        return p == null ? null : new Choice(p.getId(), p.getCode() + " — " + p.getName());
    }

    public List<Choice> paymentRequests(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        RequestFilter f = new RequestFilter(RequestType.PAYMENT, null, null, null, null, null, null, null, null, null, null,
                false, q);
        return requests.rows(f, new PageRequest(0, SUGGESTIONS, null, false)).stream().map(Pickers::of).toList();
    }

    static Choice of(Counterparty c) {
        return c == null ? null : new Choice(c.getId(), c.getLabel());
    }

    static Choice of(Request r) {
        return r == null ? null : new Choice(r.getId(), r.getNumber() + " — " + r.getTitle());
    }

    static Choice of(RequestRow r) {
        return new Choice(r.getId(), r.getNumber() + " — " + r.getTitle());
    }

    /** "2026-06 · Алматы продажи · Аренда · остаток 120 000,00". */
    Choice of(LineFigures l) {
        return new Choice(l.id(), lineLabel(l.month().toString().substring(0, 7) + " · " + l.unit()
                + (l.project() == null ? "" : " · " + l.project()) + " · " + l.item(), l.getRemainder()));
    }

    public String lineLabel(String name, BigDecimal remainder) {
        NumberFormat nf = NumberFormat.getNumberInstance(texts.locale());
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return name + " · " + texts.get("budget.remainder").toLowerCase(texts.locale()) + " " + nf.format(remainder);
    }
}
