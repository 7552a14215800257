package kz.ordo.batch.digest;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.NotifySettings;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.shared.Html;
import kz.ordo.shared.Messages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Folds a person's waiting emails into one digest email (R-COM-2 "daily digest"), in their language, in one
 * transaction: the originals are marked DIGESTED with the digest written, so a restart folds nothing twice.
 */
@Named
@Dependent
public class DigestWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        for (Object o : items) {
            Long userId = (Long) o;
            List<OutboxMessage> waiting = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipientId = :u"
                            + " AND m.status = :s ORDER BY m.createdAt, m.id", OutboxMessage.class)
                    .setParameter("u", userId).setParameter("s", OutboxStatus.DIGEST)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            User u = em.find(User.class, userId);
            if (waiting.isEmpty() || u == null) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(u.getLocale());
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder("<h2>").append(Html.escape(Messages.get(locale, "digest.heading", waiting.size())))
                    .append("</h2><ul>");
            for (OutboxMessage m : waiting) {
                text.append("• ").append(m.getSubject()).append('\n').append(m.getBodyText()).append("\n\n");
                html.append("<li><strong>").append(Html.escape(m.getSubject())).append("</strong><br/>")
                        .append(m.getBodyHtml() == null ? Html.escape(m.getBodyText()) : m.getBodyHtml()).append("</li>");
                m.foldedIntoDigest();
            }
            html.append("</ul><p><a href=\"").append(Html.escape(NotifySettings.baseUrl())).append("notifications/list.xhtml\">")
                    .append(Html.escape(Messages.get(locale, "notify.open"))).append("</a></p>");
            em.persist(new OutboxMessage(Channel.EMAIL, userId, waiting.get(0).getAddress(), NotificationKind.DIGEST,
                    Messages.get(locale, "digest.subject", waiting.size()), text.toString().strip(), html.toString(), false,
                    Instant.now()));
        }
    }
}
