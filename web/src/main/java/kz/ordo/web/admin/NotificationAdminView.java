package kz.ordo.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.notifications.boundary.NotificationAdminService;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Administration of notifications: default delivery per event kind, message templates per language, the outbox
 * (failed messages with their error, re-sent on demand), holidays of the business calendar, SLA minutes per
 * request type and the escalation rules.
 */
@Named
@ViewScoped
public class NotificationAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationAdminService admin;

    @Inject
    Texts texts;

    private Map<NotificationKind, DeliveryMode> defaults;
    private List<MessageTemplate> templates;
    private Long templateId;
    private long templateVersion;
    private String templateName;
    private String subject;
    private String body;
    private OutboxStatus outboxStatus = OutboxStatus.FAILED;
    private PagedModel<OutboxMessage> outbox;
    private int year = LocalDate.now().getYear();
    private List<Object[]> holidays;
    private LocalDate holidayDay;
    private String holidayName;
    private Map<RequestType, Integer> sla;
    private List<Object[]> rules;
    private RequestType ruleType;
    private Priority rulePriority;
    private Integer ruleFirst = 24;
    private Integer ruleRepeat = 24;

    @PostConstruct
    void init() {
        outbox = new PagedModel<>(() -> admin.countOutbox(outboxStatus), p -> admin.outbox(outboxStatus, p), OutboxMessage::getId);
        reload();
    }

    private void reload() {
        defaults = admin.defaults();
        templates = admin.templates();
        holidays = admin.holidays(year);
        sla = admin.slaMinutes();
        rules = admin.escalationRules();
    }

    private void perform(Runnable r, String doneKey) {
        try {
            r.run();
            texts.info(doneKey);
        } catch (BusinessException e) {
            texts.error(e);
        } finally {
            reload();
        }
    }

    public void saveDefault(NotificationKind kind) {
        DeliveryMode mode = defaults.get(kind);
        perform(() -> admin.saveDefault(kind, mode), "common.saved");
    }

    public void editTemplate(MessageTemplate t) {
        templateId = t.getId();
        templateVersion = t.getVersion();
        templateName = t.getCode() + " / " + t.getLocale();
        subject = t.getSubject();
        body = t.getBody();
    }

    public void saveTemplate() {
        try {
            admin.saveTemplate(templateId, templateVersion, subject, body);
            texts.info("common.saved");
            org.primefaces.PrimeFaces.current().executeScript("PF('templateDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        } finally {
            reload();
        }
    }

    public void resend(Long id) {
        perform(() -> admin.resend(id), "notify.resent");
    }

    public void yearChanged() {
        reload();
    }

    public void addHoliday() {
        LocalDate d = holidayDay;
        String n = holidayName;
        perform(() -> admin.addHoliday(d, n), "common.saved");
        holidayDay = null;
        holidayName = null;
    }

    public void removeHoliday(Object day) {
        LocalDate d = day instanceof java.sql.Date sd ? sd.toLocalDate() : LocalDate.parse(day.toString());
        perform(() -> admin.removeHoliday(d), "common.saved");
    }

    public void saveSla(RequestType type) {
        Integer minutes = sla.get(type);
        perform(() -> admin.saveSla(type, minutes == null ? 0 : minutes), "common.saved");
    }

    public void saveRule() {
        RequestType t = ruleType;
        Priority p = rulePriority;
        int first = ruleFirst == null ? -1 : ruleFirst;
        int repeat = ruleRepeat == null ? 0 : ruleRepeat;
        perform(() -> admin.saveEscalationRule(t, p, first, repeat), "common.saved");
    }

    public NotificationKind[] getKinds() {
        return NotificationKind.choosable().toArray(NotificationKind[]::new);
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    public OutboxStatus[] getOutboxStatuses() {
        return OutboxStatus.values();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Map<NotificationKind, DeliveryMode> getDefaults() {
        return defaults;
    }

    public List<MessageTemplate> getTemplates() {
        return templates;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPlaceholders() {
        return String.join(" ", MessageTemplate.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
    }

    public OutboxStatus getOutboxStatus() {
        return outboxStatus;
    }

    public void setOutboxStatus(OutboxStatus outboxStatus) {
        this.outboxStatus = outboxStatus;
    }

    public PagedModel<OutboxMessage> getOutbox() {
        return outbox;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Object[]> getHolidays() {
        return holidays;
    }

    public LocalDate getHolidayDay() {
        return holidayDay;
    }

    public void setHolidayDay(LocalDate holidayDay) {
        this.holidayDay = holidayDay;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public Map<RequestType, Integer> getSla() {
        return sla;
    }

    public List<Object[]> getRules() {
        return rules;
    }

    public RequestType getRuleType() {
        return ruleType;
    }

    public void setRuleType(RequestType ruleType) {
        this.ruleType = ruleType;
    }

    public Priority getRulePriority() {
        return rulePriority;
    }

    public void setRulePriority(Priority rulePriority) {
        this.rulePriority = rulePriority;
    }

    public Integer getRuleFirst() {
        return ruleFirst;
    }

    public void setRuleFirst(Integer ruleFirst) {
        this.ruleFirst = ruleFirst;
    }

    public Integer getRuleRepeat() {
        return ruleRepeat;
    }

    public void setRuleRepeat(Integer ruleRepeat) {
        this.ruleRepeat = ruleRepeat;
    }
}
