package kz.ordo.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.identity.control.CallerService;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.Notification;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.control.PushHub;
import kz.ordo.notifications.control.UnreadCounts;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordSummary;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.PageRequest;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's own notifications (R-COM-2): the bell's unread count, the list, marking read; their delivery
 * preferences per event kind; and the comment templates (R-COM-3) filled for a record.
 */
@Stateless
@PermitAll
public class NotificationService {

    public static final int COUNT_CAP = 99;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    RecordAccesses records;

    @Inject
    Clock clock;

    @Inject
    UnreadCounts counts;

    @Inject
    PushHub push;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Resource
    SessionContext context;

    /**
     * Unread notifications of the caller, counted up to {@link #COUNT_CAP} + 1 (the bell shows "99+"). On every page:
     * the count kept since the caller's notifications last changed, without a transaction; else read and kept.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int unreadCount() {
        String login = context.getCallerPrincipal().getName(); // not through CallerService: no transaction on a hit
        Integer known = counts.get(login);
        if (known != null) {
            return known;
        }
        long stamp = counts.stamp();
        int unread = em.createQuery("SELECT n.id FROM Notification n WHERE n.recipient.id = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", callers.current().userId()).setMaxResults(COUNT_CAP + 1).getResultList().size();
        counts.put(login, unread, stamp);
        return unread;
    }

    public long count() {
        Long me = callers.current().userId();
        return CappedCount.of(em, "n", "FROM Notification n WHERE n.recipient.id = :me", q -> q.setParameter("me", me),
                CappedCount.CAP);
    }

    public List<Notification> mine(PageRequest page) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :me ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("me", callers.current().userId()).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
    }

    /** Marks one of the caller's notifications read; someone else's is "not found". Returns its link. */
    public String markRead(Long id) {
        Notification n = id == null ? null : em.find(Notification.class, id);
        if (n == null || !n.getRecipient().getId().equals(callers.current().userId())) {
            throw new NotFoundException("Notification", id);
        }
        if (n.isUnread()) {
            n.markRead(clock.instant());
            push.publishAfterCommit(tx, callers.login());
        }
        return n.getLink();
    }

    public int markAllRead() {
        int marked = em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient.id = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("me", callers.current().userId()).executeUpdate();
        if (marked > 0) {
            push.publishAfterCommit(tx, callers.login());
        }
        return marked;
    }

    /** The caller's choice for every kind: their own, else the administrator's default. */
    public List<Preference> preferences() {
        Map<NotificationKind, Preference> out = new EnumMap<>(NotificationKind.class);
        for (Object[] d : rows("SELECT kind, mode, FALSE FROM notification_default", null)) {
            put(out, d);
        }
        for (Object[] p : rows("SELECT kind, mode, digest FROM notification_preference WHERE user_id = ?1", callers.current().userId())) {
            put(out, p);
        }
        List<Preference> list = new ArrayList<>();
        for (NotificationKind k : NotificationKind.choosable()) {
            list.add(out.getOrDefault(k, new Preference(k, DeliveryMode.BOTH, false)));
        }
        return list;
    }

    public void savePreferences(List<Preference> choices) {
        Long me = callers.current().userId();
        for (Preference p : choices) {
            if (p.getKind() == null || p.getMode() == null) {
                throw new BusinessException("notify.error.preference");
            }
            em.createNativeQuery("INSERT INTO notification_preference (user_id, kind, mode, digest) VALUES (?1, ?2, ?3, ?4)"
                            + " ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode, digest = EXCLUDED.digest")
                    .setParameter(1, me).setParameter(2, p.getKind().name()).setParameter(3, p.getMode().name())
                    .setParameter(4, p.isDigest() && p.getMode().email()).executeUpdate();
        }
    }

    /** The comment templates (clarification, approval, rework) in the caller's language, filled for the record. */
    public Map<String, String> commentTemplates(RecordRef ref) {
        records.checkVisible(ref);
        RecordSummary s = records.describe(ref);
        String locale = callers.currentUser().getLocale();
        Map<String, String> values = new HashMap<>();
        values.put("number", s.number());
        values.put("title", s.title());
        values.put("deadline", s.deadline() == null ? "—" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(s.deadline()));
        values.put("author", s.author());
        values.put("actor", callers.currentUser().getFullName());
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : List.of("CLARIFY", "APPROVAL", "REWORK")) {
            List<MessageTemplate> t = em.createQuery("SELECT t FROM MessageTemplate t WHERE t.code = :c AND t.locale IN :l"
                            + " ORDER BY CASE WHEN t.locale = :own THEN 0 ELSE 1 END", MessageTemplate.class)
                    .setParameter("c", code).setParameter("l", List.of(locale, "ru")).setParameter("own", locale).getResultList();
            if (!t.isEmpty()) {
                out.put(code, MessageTemplate.fill(t.get(0).getBody(), values));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Long userId) {
        var q = em.createNativeQuery(sql);
        if (userId != null) {
            q.setParameter(1, userId);
        }
        return q.getResultList();
    }

    private static void put(Map<NotificationKind, Preference> out, Object[] r) {
        try {
            NotificationKind k = NotificationKind.valueOf((String) r[0]);
            out.put(k, new Preference(k, DeliveryMode.valueOf((String) r[1]), Boolean.TRUE.equals(r[2])));
        } catch (IllegalArgumentException ignored) {
            // a kind no longer known: not offered
        }
    }
}
