package kz.ordo.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template (R-COM-3) for one code and language: the email of an event kind, or a comment template
 * (CLARIFY, APPROVAL, REWORK). Only the known placeholders are accepted, and braces must pair up.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate extends BaseEntity implements Auditable {

    public static final Set<String> PLACEHOLDERS = Set.of("number", "title", "deadline", "link", "author", "actor", "status",
            "reason");
    public static final Set<String> COMMENT_CODES = Set.of("CLARIFY", "APPROVAL", "REWORK");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @Column(nullable = false, length = 24, updatable = false)
    private String code;

    @Column(nullable = false, length = 8, updatable = false)
    private String locale;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected MessageTemplate() {
    }

    public void edit(String newSubject, String newBody) {
        String s = newSubject == null ? "" : newSubject.strip();
        String b = newBody == null ? "" : newBody.strip();
        if (s.isEmpty() || s.length() > 300) {
            throw new BusinessException("template.error.subject", 300);
        }
        if (b.isEmpty() || b.length() > 5000) {
            throw new BusinessException("template.error.body", 5000);
        }
        check(s);
        check(b);
        subject = s;
        body = b;
    }

    /** Refuses unknown placeholders and unpaired braces, naming the first wrong one. */
    static void check(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new BusinessException("template.error.placeholder", "{" + m.group(1) + "}",
                        String.join(", ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList()));
            }
            rest.append(text, last, m.start());
            last = m.end();
        }
        rest.append(text.substring(last));
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            throw new BusinessException("template.error.braces");
        }
    }

    /** The text with each known placeholder replaced by its value (empty when absent). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String getCode() {
        return code;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    @Override
    public String auditType() {
        return "MessageTemplate";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("locale", locale);
        m.put("subject", subject);
        m.put("body", body);
        return m;
    }
}
