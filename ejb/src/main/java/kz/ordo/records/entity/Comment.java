package kz.ordo.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A comment on a record (R-COM-1), with the people it @mentions resolved to users. */
@Entity
@Table(name = "comment")
public class Comment extends BaseEntity {

    public static final int BODY_MAX = 10_000;
    /** {@code @login}: letters, digits, dot, dash, underscore; not preceded by a word character (e-mails). */
    /** An {@code @login} in a text; group 1 is the login as written (see {@link #loginOf}). */
    public static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([\\p{L}0-9._-]{2,64})");

    @Column(name = "owner_type", nullable = false, length = 32, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private User author;

    @Column(nullable = false, updatable = false)
    private String body;

    @ManyToMany(fetch = FetchType.LAZY)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @JoinTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> mentions = new LinkedHashSet<>();

    protected Comment() {
    }

    public Comment(RecordRef owner, User author, String body, Set<User> mentioned) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) {
            throw new BusinessException("comment.error.empty");
        }
        if (b.length() > BODY_MAX) {
            throw new BusinessException("comment.error.length", BODY_MAX);
        }
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.author = author;
        this.body = b;
        this.mentions.addAll(mentioned);
    }

    /** The logins written as {@code @login} in a text, lower-cased, in order of appearance. */
    public static Set<String> mentionedLogins(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            out.add(loginOf(m.group(1)).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The login a mention names: what was written, without the sentence's trailing dots or dashes. */
    public static String loginOf(String written) {
        String login = written;
        while (login.endsWith(".") || login.endsWith("-")) {
            login = login.substring(0, login.length() - 1);
        }
        return login;
    }

    public RecordRef owner() {
        return new RecordRef(ownerType, ownerId);
    }

    public User getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Set<User> getMentions() {
        return java.util.Collections.unmodifiableSet(mentions);
    }

    /** The {@code @login}s in the text that notified no one: no such active user, or one who cannot open the record. */
    public Set<String> getNotNotified() {
        Set<String> out = mentionedLogins(body);
        mentions.forEach(u -> out.remove(u.getLogin().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
