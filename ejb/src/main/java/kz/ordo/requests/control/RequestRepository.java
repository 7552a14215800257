package kz.ordo.requests.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.PageRequest;
import kz.ordo.shared.TransactionMemo;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.ScrollableCursor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Request queries for lists: filtering, sorting and paging in SQL, restricted by the caller's access scope,
 * projected to {@link RequestRow} in one statement. Text search is PostgreSQL full-text search (Russian
 * configuration) over number, title, description and comments, served by a GIN index.
 */
@Stateless
@PermitAll
public class RequestRepository {

    /** The sortable column whose values are unique (request_number_uk): ordered by it alone. */
    private static final String UNIQUE_SORT = "number";
    /** Sortable columns: the page's sort field is looked up here, never placed into SQL as given. */
    private static final List<String> SORTABLE = List.of("number", "type", "title", "status", "priority", "deadline",
            "createdAt", "amount");
    private static final List<RequestStatus> OPEN = Arrays.stream(RequestStatus.values())
            .filter(s -> !s.isFinal()).toList();

    /** A request number typed into the search box finds exactly that request. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?i)[a-z]{2,4}-\\d{4}-\\d{1,9}");

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    kz.ordo.identity.control.UnitSubtrees subtrees;

    @jakarta.inject.Inject
    kz.ordo.approvals.control.ApprovalRules approvals;

    @Resource
    TransactionSynchronizationRegistry tx;

    /**
     * Columns of stored codes sorted by their rank, not their letters: priority by urgency (V24), status by the
     * workflow (V25). Each is an immutable SQL function of the code, indexed with the id, so a sorted page is still
     * read from an index.
     */
    private static final Map<String, String> RANKED = Map.of("priority", "request_priority_rank",
            "status", "request_status_rank");

    /** At most this many matches found by a count are kept for the page that follows it in the transaction. */
    static final int PAGE_BY_IDS = 1_000;

    /**
     * Up to this many matches (known from the count of the same transaction), a page reads all of them and sorts them
     * instead of walking a sort index until it has met a page of them: the walk's length grows as the matches thin out
     * (a manager's 1,365 urgent requests, newest first: 55,000 index entries read, 33-43 ms) while reading them is
     * bounded by their number (10 ms); with more matches the walk meets a page soon and stays the better plan.
     */
    static final int SORTED_AFTER_READING = 2_000;

    /** The key of what a filter's count found in the current transaction. */
    private record Matched(RequestFilter filter, String caller, LocalDate today) {
    }

    /** How many requests the count found (below its cap) and, when at most {@link #PAGE_BY_IDS}, their ids. */
    private record Counted(int size, List<Long> ids) {
    }

    /**
     * How many requests the filter matches, counted up to {@code cap + 1}: the database stops reading after
     * that many matches, so a count over a million rows costs what a page costs. Author and assignee are
     * compared by their foreign keys (no join).
     */
    public long count(RequestFilter filter, AccessScope scope, LocalDate today, ZoneId zone, int cap) {
        if (ownUnitFirst(filter, scope) && CappedCount.past(
                em.createQuery(ids(filter.withUnit(scope.caller().unitId()), scope, today, zone)), cap)) {
            // the caller's own unit and below is a part of what they see, read from the unit's index alone (no OR of
            // author and assignee): past the cap there is past the cap in all — an unfiltered list of a large department,
            // or one filtered to the city or branch the caller's unit lies in (a head's city: 35 -> 2 ms).
            // Not for an administrator: with no scope predicate the whole count is as cheap as this probe (a whole
            // company's "urgent" ids from one index, 53 ms of probe saved).
            // Not for a text search: reading the words' matches costs the same with or without the OR, so a unit that
            // stays under the cap would have them read twice
            return cap + 1L;
        }
        // the matches are read once, as ids up to the cap: a probe then COUNT read them twice, and with the scope's
        // OR (unit, author, assignee, types seen everywhere) each read builds the same bitmaps again — finance's
        // project filter 92 -> 40 ms per Apply; a list past the cap sends 10,001 ids instead of one (+4-6 ms)
        List<Long> matched = CappedCount.rows(em.createQuery(ids(filter, scope, today, zone)), cap);
        if (matched.size() <= cap) {
            // with at most PAGE_BY_IDS, the page of this transaction is cut from these rows instead of finding them again
            TransactionMemo.keep(tx, new Matched(filter, scope.caller().login(), today), new Counted(matched.size(),
                    matched.size() <= PAGE_BY_IDS ? List.copyOf(matched) : null));
        }
        return matched.size();
    }

    /**
     * Whether reading the caller's own unit first can tell "past the cap" for less than the count: a caller with a
     * unit they see (not a contractor, not an administrator), no text search, and a filter that names no unit or only
     * units that hold the caller's and that they do not see whole (a city or branch above it) — the count then carries
     * the scope's OR. A unit seen whole is counted without it, as cheaply as the probe.
     */
    private boolean ownUnitFirst(RequestFilter filter, AccessScope scope) {
        String own = scope.caller().unitPath();
        if (scope.caller().unitId() == null || scope.caller().isContractor() || scope.seesEverything()
                || filter.searches()) {
            return false;
        }
        for (Long id : new Long[]{filter.unitId(), filter.branchId(), filter.cityId()}) {
            OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
            if (id != null && (unit == null || own == null || !own.startsWith(unit.getPath())
                    || scope.seesAllOf(unit.getPath()))) {
                return false;
            }
        }
        return true;
    }

    /** The filter's condition within the scope over requests, selecting their ids. */
    private CriteriaQuery<Long> ids(RequestFilter filter, AccessScope scope, LocalDate today, ZoneId zone) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Request> r = cq.from(Request.class);
        return cq.select(r.get("id")).where(where(cb, cq, r, filter, scope, today, zone));
    }

    /**
     * A page of the filter's rows. When the count of the same transaction found every match (at most
     * {@link #PAGE_BY_IDS}), the page is sorted and cut from those ids by primary key: a common word with a second
     * filter, or a scope's OR of bitmaps, is then searched once per Apply, not twice.
     */
    public List<RequestRow> rows(RequestFilter filter, AccessScope scope, PageRequest page, LocalDate today, ZoneId zone) {
        Counted counted = TransactionMemo.known(tx, new Matched(filter, scope.caller().login(), today));
        if (counted != null && counted.size() == 0) {
            return List.of();
        }
        return query(filter, scope, page.sortField(), page.ascending(), today, zone, counted)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /**
     * All rows of the filter in the list's order, read through a JDBC cursor in batches (nothing is kept in
     * the persistence context: rows are projections). Close the stream when done.
     */
    public Stream<RequestRow> stream(RequestFilter filter, AccessScope scope, String sortField, boolean ascending,
                                     LocalDate today, ZoneId zone, int maxRows) {
        TypedQuery<RequestRow> q = query(filter, scope, sortField, ascending, today, zone, null).setMaxResults(maxRows);
        q.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        q.setHint(QueryHints.JDBC_FETCH_SIZE, 500);
        q.setHint(QueryHints.MAINTAIN_CACHE, HintValues.FALSE);
        ScrollableCursor cursor = (ScrollableCursor) ((jakarta.persistence.Query) q).getSingleResult();
        Iterator<RequestRow> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public RequestRow next() {
                return (RequestRow) cursor.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /**
     * The rows of the filter in the list's order; with what its count found, the rows of those ids when it kept them
     * (all the filter matched), read and sorted when they are few.
     */
    private TypedQuery<RequestRow> query(RequestFilter filter, AccessScope scope, String sortField, boolean ascending,
                                         LocalDate today, ZoneId zone, Counted counted) {
        String sort = sortField == null ? "createdAt" : sortField;
        if (!SORTABLE.contains(sort)) {
            throw new BusinessException("error.sortField", sort);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RequestRow> q = cb.createQuery(RequestRow.class);
        Root<Request> r = q.from(Request.class);
        Join<Request, OrgUnit> unit = r.join("orgUnit");
        Join<Request, User> author = r.join("author");
        Join<Request, User> assignee = r.join("assignee", JoinType.LEFT);
        Join<Request, Project> project = r.join("project", JoinType.LEFT);
        q.select(cb.construct(RequestRow.class, r.get("id"), r.get("number"), r.get("type"), r.get("title"),
                r.get("status"), r.get("priority"), r.get("deadline"), unit.get("name"), author.get("fullName"),
                assignee.get("fullName"), r.get("createdAt"), project.get("code"), r.get("amount"), r.get("currency")));
        List<Long> ids = counted == null ? null : counted.ids();
        q.where(ids != null ? r.get("id").in(ids) : where(cb, q, r, filter, scope, today, zone));
        String rank = RANKED.get(sort);
        Expression<?> key = rank != null ? cb.function(rank, Short.class, r.get(sort)) : r.get(sort);
        if (counted != null && counted.size() <= SORTED_AFTER_READING) {
            key = unindexed(cb, key);
        }
        Expression<?> id = r.get("id");
        // the id breaks ties, except for a unique column: its unique index gives the order by itself
        q.orderBy((UNIQUE_SORT.equals(sort) ? List.of(key) : List.of(key, id)).stream()
                .map(e -> ascending ? cb.asc(e) : cb.desc(e)).toList());
        return em.createQuery(q);
    }

    /** The same value in an expression no index holds (COALESCE of it with itself): ordered by it, rows are sorted. */
    private static <T> Expression<T> unindexed(CriteriaBuilder cb, Expression<T> value) {
        return cb.coalesce(value, value);
    }

    /**
     * Whether any approval chain names the person or someone they stand in for today: one index lookup; most callers
     * are named nowhere, and their list keeps its plan.
     */
    private boolean namedAnywhere(Long userId, LocalDate today) {
        return !em.createNativeQuery("SELECT 1 FROM request_approval a WHERE a.approver_id = ?1 OR a.approver_id IN"
                        + " (SELECT d.from_id FROM delegation d WHERE d.to_id = ?1 AND d.starts <= ?2 AND d.ends >= ?2) LIMIT 1")
                .setParameter(1, userId).setParameter(2, java.sql.Date.valueOf(today)).getResultList().isEmpty();
    }

    /**
     * The filter and the caller's scope over the request's own columns: units become lists of unit ids
     * (a subtree read from the org_unit path index), people are compared by foreign key. No join is needed,
     * so the planner can walk the (org_unit_id, status, type, created_at) index in the list's order.
     */
    private Predicate where(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query, Root<Request> r,
                            RequestFilter f, AccessScope scope, LocalDate today, ZoneId zone) {
        List<Predicate> ps = new ArrayList<>();
        Path<Long> unitId = r.get("orgUnitId");
        boolean unitCovered = false;
        for (Long filterUnit : new Long[]{f.unitId(), f.branchId(), f.cityId()}) {
            if (filterUnit != null) {
                OrgUnit u = em.find(OrgUnit.class, filterUnit);
                List<Long> ids = u == null ? List.of() : subtrees.idsBelow(u.getPath());
                ps.add(ids.isEmpty() ? cb.disjunction() : ids.size() == 1 ? cb.equal(unitId, ids.get(0)) : unitId.in(ids));
                unitCovered |= u != null && scope.seesAllOf(u.getPath());
            }
        }
        java.util.Set<kz.ordo.requests.entity.RequestType> everywhere = RequestWorkflow.typesSeenEverywhere(scope.caller());
        // a type the caller sees in every unit (finance: payments and purchases) needs no scope condition either
        boolean typeCovered = f.type() != null && everywhere.contains(f.type());
        if (!unitCovered && !typeCovered) {
            Predicate visible = scope.visible(cb, unitId, r.get("authorId"), r.get("assigneeId"), subtrees::idsBelow);
            if (!everywhere.isEmpty()) {
                visible = cb.or(visible, r.get("type").in(everywhere));
            }
            if (namedAnywhere(scope.caller().userId(), today)) {
                java.util.Set<Long> named = approvals.selfAndDelegators(scope.caller().userId());
                // a named approver (or whoever stands in for them) sees the requests whose chain names them
                jakarta.persistence.criteria.Subquery<Long> steps = query.subquery(Long.class);
                Root<kz.ordo.requests.entity.RequestApproval> a = steps.from(kz.ordo.requests.entity.RequestApproval.class);
                steps.select(a.get("request").get("id")).where(a.get("approver").get("id").in(named));
                visible = cb.or(visible, r.get("id").in(steps));
            }
            ps.add(visible);
        }
        if (f.type() != null) {
            ps.add(cb.equal(r.get("type"), f.type()));
        }
        if (f.status() != null) {
            ps.add(cb.equal(r.get("status"), f.status()));
        }
        if (f.priority() != null) {
            ps.add(cb.equal(r.get("priority"), f.priority()));
        }
        if (f.projectId() != null) {
            ps.add(cb.equal(r.get("project").get("id"), f.projectId()));
        }
        if (f.authorId() != null) {
            ps.add(cb.equal(r.get("authorId"), f.authorId()));
        }
        if (f.assigneeId() != null) {
            ps.add(cb.equal(r.get("assigneeId"), f.assigneeId()));
        }
        if (f.createdFrom() != null) {
            ps.add(cb.greaterThanOrEqualTo(r.get("createdAt"), f.createdFrom().atStartOfDay(zone).toInstant()));
        }
        if (f.createdTo() != null) {
            ps.add(cb.lessThan(r.get("createdAt"), f.createdTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.overdueOnly()) {
            ps.add(r.get("status").in(OPEN));
            ps.add(cb.lessThan(r.get("deadline"), today));
        }
        if (f.searches()) {
            String text = f.text().strip();
            if (text.length() > 200) {
                throw new BusinessException("requests.error.searchLength", 200);
            }
            if (NUMBER.matcher(text).matches()) {
                ps.add(cb.equal(r.get("number"), text.toUpperCase(Locale.ROOT)));
            } else {
                // compared with a constant the planner folds, not a bound TRUE, so the search index serves
                // the prepared statement's generic plan too (V19)
                ps.add(cb.equal(cb.function("ordo_fts", Boolean.class, r.get("searchDoc"), cb.literal(text)),
                        cb.function("ordo_true", Boolean.class)));
            }
        }
        return cb.and(ps.toArray(Predicate[]::new));
    }

    /** A request with its unit, author and assignee, for the card. */
    public Request findForCard(Long id) {
        List<Request> found = em.createQuery("SELECT r FROM Request r JOIN FETCH r.orgUnit JOIN FETCH r.author"
                        + " LEFT JOIN FETCH r.assignee WHERE r.id = :id", Request.class)
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

}
