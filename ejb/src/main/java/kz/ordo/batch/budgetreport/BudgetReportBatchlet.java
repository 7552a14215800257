package kz.ordo.batch.budgetreport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.ordo.batch.JobParameters;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.NotifySettings;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.shared.ClockProducer;
import kz.ordo.shared.Html;
import kz.ordo.shared.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The nightly budget report (R-REP-3): figures of every line for the month and the year to date, the XLSX kept in
 * report_file (one per night, downloadable in the app) and an email with a short HTML summary of the top overspends
 * and the file attached, to the management list, all in one transaction: a run that fails leaves nothing, a night
 * already reported and mailed is not mailed again on a restart.
 */
@Named
@Dependent
public class BudgetReportBatchlet extends AbstractBatchlet {

    public static final String KIND = "BUDGET";

    /** The real clock: the job's {@code now} parameter picks the report's day, the emails are due at once. */
    @Inject
    java.time.Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobContext job;

    @Inject
    kz.ordo.finance.control.BudgetFigures figures;

    @Override
    @Transactional
    public String process() throws Exception {
        Instant now = JobParameters.now(job);
        LocalDate day = now.atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        @SuppressWarnings("unchecked")
        List<Object> mailed = em.createNativeQuery("SELECT mailed FROM report_file WHERE kind = ?1 AND day = ?2")
                .setParameter(1, KIND).setParameter(2, java.sql.Date.valueOf(day)).getResultList();
        if (!mailed.isEmpty() && Boolean.TRUE.equals(mailed.get(0))) {
            return "ALREADY_SENT";
        }
        List<LineFigures> month = figures.all(day.withDayOfMonth(1), day.withDayOfMonth(1));
        List<LineFigures> year = figures.all(day.withDayOfYear(1), day.withDayOfMonth(1));
        Locale ru = Messages.DEFAULT_LOCALE;
        byte[] xlsx = BudgetReportWorkbook.build(day, month, year, ru);
        String name = "budget-" + day + ".xlsx";
        em.createNativeQuery("INSERT INTO report_file (id, kind, day, file_name, content, created_at) VALUES (nextval('ordo_seq'),"
                        + " ?1, ?2, ?3, ?4, now()) ON CONFLICT (kind, day) DO UPDATE SET content = EXCLUDED.content, created_at = now()")
                .setParameter(1, KIND).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, name).setParameter(4, xlsx)
                .executeUpdate();
        Long fileId = ((Number) em.createNativeQuery("SELECT id FROM report_file WHERE kind = ?1 AND day = ?2")
                .setParameter(1, KIND).setParameter(2, java.sql.Date.valueOf(day)).getSingleResult()).longValue();
        for (User u : recipients()) {
            Locale locale = Locale.forLanguageTag(u.getLocale());
            String subject = Messages.get(locale, "report.subject", day.toString());
            StringBuilder text = new StringBuilder(Messages.get(locale, "report.top")).append('\n');
            StringBuilder html = new StringBuilder("<h2>").append(Html.escape(subject)).append("</h2><p>")
                    .append(Html.escape(Messages.get(locale, "report.top"))).append("</p><ol>");
            month.stream().filter(f -> f.getDeviation().signum() > 0)
                    .sorted(Comparator.comparing(LineFigures::getDeviation).reversed()).limit(5).forEach(f -> {
                        String line = f.unit() + " · " + f.item() + ": +" + f.getDeviation().toPlainString() + " ₸";
                        text.append("• ").append(line).append('\n');
                        html.append("<li>").append(Html.escape(line)).append("</li>");
                    });
            BigDecimal plan = month.stream().map(LineFigures::plan).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal forecast = month.stream().map(LineFigures::getForecast).reduce(BigDecimal.ZERO, BigDecimal::add);
            String totals = Messages.get(locale, "report.totals", plan.toPlainString(), forecast.toPlainString());
            text.append('\n').append(totals).append('\n').append(NotifySettings.baseUrl()).append("budgets/lines.xhtml");
            html.append("</ol><p>").append(Html.escape(totals)).append("</p>");
            em.persist(new OutboxMessage(Channel.EMAIL, u.getId(), u.getEmail(), NotificationKind.DIGEST, subject, text.toString(),
                    html.toString(), false, clock.instant()).withAttachment(fileId));
        }
        em.createNativeQuery("UPDATE report_file SET mailed = TRUE WHERE id = ?1").setParameter(1, fileId).executeUpdate();
        return "COMPLETED";
    }

    /** The management list set by the administrator; while it is empty, the active heads and finance staff. */
    private List<User> recipients() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT user_id FROM report_recipient").getResultList();
        List<User> people = ids.isEmpty()
                ? em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE r IN :roles AND u.status = :active",
                        User.class).setParameter("roles", List.of(kz.ordo.identity.entity.Role.HEAD, kz.ordo.identity.entity.Role.FINANCE))
                        .setParameter("active", kz.ordo.identity.entity.UserStatus.ACTIVE).getResultList()
                : em.createQuery("SELECT u FROM User u WHERE u.id IN :ids AND u.status = :active", User.class)
                        .setParameter("ids", ids.stream().map(Number::longValue).toList())
                        .setParameter("active", kz.ordo.identity.entity.UserStatus.ACTIVE).getResultList();
        return people.stream().filter(u -> u.getEmail() != null).toList();
    }
}
