package kz.ordo.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A person who works in Ordo: roles, organisational unit, status and login security state. */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity implements Auditable {

    private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Set<String> LOCALES = Set.of("ru", "kk", "en");

    @Column(nullable = false, length = 64)
    private String login;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserStatus status = UserStatus.ACTIVE;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection
    @CollectionTable(name = "app_user_skill", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "skill", length = 40)
    private Set<String> skills = new java.util.TreeSet<>();

    @Column(nullable = false, length = 8)
    private String locale = "ru";

    /** Mobile number for WhatsApp notifications, international format (+77011234567); optional. */
    @Column(length = 20)
    private String phone;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected User() {
    }

    public User(String login, String fullName, OrgUnit orgUnit, Set<Role> roles, String passwordHash) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new BusinessException("user.error.login");
        }
        this.login = login.toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        update(fullName, null, orgUnit, roles, "ru");
    }

    /** Edits the profile fields; every rule of a valid user is checked here. */
    public void update(String newFullName, String newEmail, OrgUnit newUnit, Set<Role> newRoles, String newLocale) {
        String n = newFullName == null ? "" : newFullName.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new BusinessException("user.error.fullName");
        }
        String e = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            throw new BusinessException("user.error.email");
        }
        if (newUnit == null) {
            throw new BusinessException("user.error.unit");
        }
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("user.error.roles");
        }
        if (newRoles.contains(Role.CONTRACTOR) && newRoles.size() > 1) {
            // a contractor's narrow scope must not be widened by a second role
            throw new BusinessException("user.error.contractorAlone");
        }
        if (!LOCALES.contains(newLocale)) {
            throw new BusinessException("user.error.locale");
        }
        fullName = n;
        email = e;
        orgUnit = newUnit;
        roles = EnumSet.copyOf(newRoles);
        locale = newLocale;
    }

    /** Replaces the person's skill tags (R-SEED-7), normalised by {@link Skills}. */
    public void changeSkills(java.util.Collection<String> newSkills) {
        Set<String> s = Skills.normalizeAll(newSkills);
        skills.retainAll(s);
        skills.addAll(s);
    }

    public void changePhone(String newPhone) {
        String p = newPhone == null ? "" : newPhone.replaceAll("[\\s()-]", "");
        if (!p.isEmpty() && !p.matches("\\+[1-9]\\d{7,14}")) {
            throw new BusinessException("user.error.phone");
        }
        phone = p.isEmpty() ? null : p;
    }

    public String getPhone() {
        return phone;
    }

    public Set<String> getSkills() {
        return java.util.Collections.unmodifiableSet(skills);
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changeStatus(UserStatus newStatus) {
        if (newStatus == null) {
            throw new BusinessException("user.error.status");
        }
        status = newStatus;
        if (newStatus == UserStatus.ACTIVE) {
            failedLogins = 0;
            lockedUntil = null;
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the {@code maxAttempts}-th consecutive one locks the account. */
    public void recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> roleNames() {
        Set<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.name()));
        return names;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public UserStatus getStatus() {
        return status;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getLocale() {
        return locale;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String auditType() {
        return "User";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("login", login);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("status", status.name());
        m.put("orgUnit", orgUnit.getName());
        m.put("roles", String.join(",", roleNames()));
        m.put("locale", locale);
        m.put("phone", phone);
        m.put("skills", String.join(", ", new java.util.TreeSet<>(skills)));
        return m;
    }
}
