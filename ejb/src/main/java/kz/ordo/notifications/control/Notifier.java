package kz.ordo.notifications.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.notifications.boundary.Preference;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.Notification;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.records.control.RecordAccesses;
import kz.ordo.records.control.RecordSummary;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.Html;
import kz.ordo.shared.Messages;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells people about events (R-COM-2), inside the transaction of the event: an in-app notification row and,
 * by the person's choice, an email (and WhatsApp where it is on) in the outbox — or into tomorrow's digest.
 * Texts come from the message templates in the recipient's language. Nobody is told about their own action.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordAccesses records;

    @Inject
    PushHub push;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry tx;

    /**
     * What an event says beyond the record itself: who acted, the new status (a bundle key, or a level number),
     * a reason written by a person, or a reason that is a bundle key (system events).
     */
    public record Event(NotificationKind kind, RecordRef about, String actor, Long actorId, String statusKey, String reason,
                        String reasonKey) {

        public static Event of(NotificationKind kind, RecordRef about, User actor) {
            return new Event(kind, about, actor == null ? null : actor.getFullName(), actor == null ? null : actor.getId(),
                    null, null, null);
        }

        public Event withStatus(String key) {
            return new Event(kind, about, actor, actorId, key, reason, reasonKey);
        }

        public Event withReason(String text) {
            return new Event(kind, about, actor, actorId, statusKey, text, reasonKey);
        }

        public Event withReasonKey(String key) {
            return new Event(kind, about, actor, actorId, statusKey, reason, key);
        }

        public Event by(String actorName) {
            return new Event(kind, about, actorName, actorId, statusKey, reason, reasonKey);
        }
    }

    public void notify(Event event, Long... recipientIds) {
        notify(event, java.util.Arrays.asList(recipientIds));
    }

    /**
     * Tells each recipient (once, skipping the actor and anyone not active). The recipients' delivery choices are
     * read in one statement and each language's text rendered once, however many people are told.
     */
    public void notify(Event event, java.util.Collection<Long> recipientIds) {
        Set<Long> ids = new LinkedHashSet<>(recipientIds);
        ids.remove(null);
        if (event.actorId() != null) {
            ids.remove(event.actorId());
        }
        if (ids.isEmpty()) {
            return;
        }
        RecordSummary about = records.describe(event.about());
        Map<Long, Preference> prefs = preferences(ids, event.kind());
        Map<String, Text> texts = new HashMap<>();
        // the active recipients in one statement, not one find per person; told in the order they were given
        Map<Long, User> active = new HashMap<>();
        em.createQuery("SELECT u FROM User u WHERE u.id IN :ids AND u.status = :active", User.class)
                .setParameter("ids", ids).setParameter("active", UserStatus.ACTIVE).getResultList()
                .forEach(u -> active.put(u.getId(), u));
        for (Long id : ids) {
            User u = active.get(id);
            if (u != null) {
                deliver(u, event, about, prefs.get(id), texts);
            }
        }
    }

    /** An event's subject, body and link in one language. */
    private record Text(String subject, String body, String link) {
    }

    private void deliver(User to, Event event, RecordSummary about, Preference pref, Map<String, Text> texts) {
        DeliveryMode mode = pref.getMode();
        if (mode == DeliveryMode.NONE) {
            return;
        }
        Locale locale = Locale.forLanguageTag(to.getLocale());
        Text text = texts.computeIfAbsent(to.getLocale(), l -> {
            Map<String, String> values = values(about, event, locale);
            String[] rendered = render(event.kind().name(), l, values);
            return new Text(rendered[0], rendered[1], values.get("link"));
        });
        if (mode.inApp()) {
            em.persist(new Notification(to, event.kind(), about.type(), about.id(), text.subject(), text.body(), about.path()));
            push.publishAfterCommit(tx, to.getLogin());
        }
        if (mode.email() && to.getEmail() != null) {
            String html = "<p>" + Html.escape(text.body()) + "</p><p><a href=\"" + Html.escape(text.link()) + "\">"
                    + Html.escape(Messages.get(locale, "notify.open")) + "</a></p>";
            em.persist(new OutboxMessage(Channel.EMAIL, to.getId(), to.getEmail(), event.kind(), text.subject(),
                    text.body() + "\n\n" + text.link(), html, pref.isDigest(), clock.instant()));
        }
        if (mode.email() && to.getPhone() != null && NotifySettings.whatsAppUrl() != null) {
            em.persist(new OutboxMessage(Channel.WHATSAPP, to.getId(), to.getPhone(), event.kind(), text.subject(),
                    text.body() + " " + text.link(), null, false, clock.instant()));
        }
    }

    /**
     * Each person's mode and digest choice for the kind, else the administrator's default, else both: the people's
     * own choices in one statement, the default only when someone has none.
     */
    private Map<Long, Preference> preferences(Set<Long> userIds, NotificationKind kind) {
        List<Long> ids = List.copyOf(userIds);
        String marks = java.util.stream.IntStream.rangeClosed(2, ids.size() + 1).mapToObj(i -> "?" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        jakarta.persistence.Query q = em.createNativeQuery("SELECT user_id, mode, digest FROM notification_preference"
                + " WHERE kind = ?1 AND user_id IN (" + marks + ")").setParameter(1, kind.name());
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 2, ids.get(i));
        }
        Map<Long, Preference> found = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            found.put(((Number) r[0]).longValue(), new Preference(kind, DeliveryMode.valueOf((String) r[1]), Boolean.TRUE.equals(r[2])));
        }
        if (found.size() < ids.size()) {
            @SuppressWarnings("unchecked")
            List<String> def = em.createNativeQuery("SELECT mode FROM notification_default WHERE kind = ?1")
                    .setParameter(1, kind.name()).getResultList();
            Preference fallback = new Preference(kind, def.isEmpty() ? DeliveryMode.BOTH : DeliveryMode.valueOf(def.get(0)), false);
            ids.forEach(id -> found.putIfAbsent(id, fallback));
        }
        return found;
    }

    private Map<String, String> values(RecordSummary about, Event event, Locale locale) {
        Map<String, String> v = new HashMap<>();
        v.put("number", about.number());
        v.put("title", about.title());
        v.put("deadline", about.deadline() == null ? "—" : DAY.format(about.deadline()));
        v.put("author", about.author());
        v.put("actor", event.actor() == null ? Messages.get(locale, "notify.system") : event.actor());
        v.put("link", NotifySettings.baseUrl() + about.path());
        v.put("status", event.statusKey() == null ? "" : event.statusKey().matches("\\d+") ? event.statusKey()
                : Messages.get(locale, event.statusKey()));
        v.put("reason", event.reasonKey() != null ? Messages.get(locale, event.reasonKey(), event.reason())
                : event.reason() == null ? "" : event.reason());
        return v;
    }

    /** Subject and body of a template in the language, falling back to Russian. */
    String[] render(String code, String locale, Map<String, String> values) {
        List<MessageTemplate> found = em.createQuery("SELECT t FROM MessageTemplate t WHERE t.code = :c AND t.locale IN :l",
                        MessageTemplate.class)
                .setParameter("c", code).setParameter("l", List.of(locale, "ru")).getResultList();
        MessageTemplate t = found.stream().filter(x -> x.getLocale().equals(locale)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        if (t == null) {
            return new String[]{values.get("number") + ": " + values.get("title"), values.get("title")};
        }
        return new String[]{MessageTemplate.fill(t.getSubject(), values), MessageTemplate.fill(t.getBody(), values)};
    }
}
