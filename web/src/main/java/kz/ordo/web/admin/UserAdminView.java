package kz.ordo.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.ApiTokenService;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.boundary.UserFilter;
import kz.ordo.identity.boundary.UserForm;
import kz.ordo.identity.boundary.UserService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** Users administration: list, create, edit (roles, unit), status, password reset. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    OrgUnitService units;

    @Inject
    Texts texts;

    @Inject
    ApiTokenService apiTokens;

    private PagedModel<User> model;
    private String text;
    private Role roleFilter;
    private UserStatus statusFilter;
    private List<OrgUnit> unitOptions;

    // the dialog
    private Long editId;
    private Long editVersion;
    private String login;
    private String fullName;
    private String email;
    private Long unitId;
    private Role[] roles = new Role[0];
    private java.util.List<String> skills = new java.util.ArrayList<>();
    private String phone;
    private String locale = "ru";
    private String password;
    private UserStatus status;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> users.count(filter()), page -> users.list(filter(), page), User::getId);
    }

    private UserFilter filter() {
        return new UserFilter(text, null, roleFilter, statusFilter);
    }

    public void startCreate() {
        editId = null;
        editVersion = null;
        login = null;
        fullName = null;
        email = null;
        unitId = null;
        roles = new Role[0];
        skills = new java.util.ArrayList<>();
        phone = null;
        locale = "ru";
        password = null;
        status = UserStatus.ACTIVE;
    }

    public void startEdit(Long id) {
        User u = users.find(id);
        editId = u.getId();
        editVersion = u.getVersion();
        login = u.getLogin();
        fullName = u.getFullName();
        email = u.getEmail();
        unitId = u.getOrgUnit().getId();
        roles = u.getRoles().toArray(Role[]::new);
        skills = new java.util.ArrayList<>(u.getSkills());
        phone = u.getPhone();
        locale = u.getLocale();
        password = null;
        status = u.getStatus();
    }

    public void save() {
        try {
            UserForm form = new UserForm(login, fullName, email, unitId,
                    roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(java.util.Arrays.asList(roles)), locale,
                    editId == null ? null : status, editVersion, skills, phone);
            if (editId == null) {
                users.create(form, password == null ? new char[0] : password.toCharArray());
                texts.info("admin.users.created", login);
            } else {
                // profile and status in one transaction: all of it is saved or none
                texts.info("admin.users.saved", users.update(editId, form).getLogin());
            }
            password = null;
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void resetPassword() {
        try {
            users.resetPassword(editId, password == null ? new char[0] : password.toCharArray());
            password = null;
            texts.info("admin.users.passwordReset", login);
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    /** Issues a REST API token for the user being edited and shows it once. */
    public void issueToken() {
        try {
            texts.info("admin.users.tokenIssued", login, apiTokens.issue(editId));
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public List<OrgUnit> getUnitOptions() {
        if (unitOptions == null) {
            unitOptions = units.withinCallerScope();
        }
        return unitOptions;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public UserStatus[] getAllStatuses() {
        return UserStatus.values();
    }

    public PagedModel<User> getModel() {
        return model;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public UserStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(UserStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public java.util.List<String> getSkills() {
        return skills;
    }

    public void setSkills(java.util.List<String> skills) {
        this.skills = skills;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }
}
