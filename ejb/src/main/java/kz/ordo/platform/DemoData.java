package kz.ordo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.identity.control.PasswordHasher;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.control.RequestNumbers;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.identity.entity.Project;
import kz.ordo.shared.Currency;

import java.math.BigDecimal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * First start of an empty database. With {@code -Dordo.demo=true} (set only by the run command) it creates
 * a demo company with two cities, departments, one user per role and a few requests. Otherwise, if
 * {@code ORDO_ADMIN_PASSWORD} is set, it creates only the company and its first administrator
 * ({@code admin}); a production deployment never gets demo data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RequestNumbers numbers;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        long users = em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (Boolean.getBoolean("ordo.demo")) {
            createDemoCompany(System.getProperty("ordo.demo.password", "Ordo-Demo-2026"));
        } else {
            String adminPassword = System.getenv("ORDO_ADMIN_PASSWORD");
            if (adminPassword != null && !adminPassword.isBlank()) {
                OrgUnit company = unit(null, OrgUnitKind.COMPANY, envOr("ORDO_COMPANY_NAME", "Company"));
                user("admin", "Administrator", company, EnumSet.of(Role.ADMIN), adminPassword);
                LOG.info("Created the first administrator 'admin' from ORDO_ADMIN_PASSWORD");
            }
        }
    }

    private void createDemoCompany(String password) {
        OrgUnit company = unit(null, OrgUnitKind.COMPANY, "ТОО «Ордо Демо»");
        OrgUnit almaty = unit(company, OrgUnitKind.CITY, "Алматы");
        OrgUnit astana = unit(company, OrgUnitKind.CITY, "Астана");
        OrgUnit almatyOffice = unit(almaty, OrgUnitKind.BRANCH, "Алматы, центральный офис");
        OrgUnit astanaOffice = unit(astana, OrgUnitKind.BRANCH, "Астана, филиал");
        OrgUnit finance = unit(almatyOffice, OrgUnitKind.DEPARTMENT, "Финансовый отдел");
        OrgUnit it = unit(almatyOffice, OrgUnitKind.DEPARTMENT, "IT-отдел");
        OrgUnit legal = unit(almatyOffice, OrgUnitKind.DEPARTMENT, "Юридический отдел");
        OrgUnit marketing = unit(almatyOffice, OrgUnitKind.DEPARTMENT, "Отдел маркетинга");
        OrgUnit admin = unit(almatyOffice, OrgUnitKind.DEPARTMENT, "Административно-хозяйственный отдел");
        OrgUnit sales = unit(astanaOffice, OrgUnitKind.DEPARTMENT, "Отдел продаж");

        user("admin", "Администратор Системы", company, EnumSet.of(Role.ADMIN), password);
        User head = user("head", "Айгерим Сапарова", company, EnumSet.of(Role.HEAD), password);
        User manager = user("manager", "Дмитрий Ким", admin, EnumSet.of(Role.MANAGER), password);
        User executor = user("executor", "Ерлан Омаров", admin, EnumSet.of(Role.EXECUTOR), password);
        User fin = user("finance", "Гульнара Ахметова", finance, EnumSet.of(Role.FINANCE), password);
        user("lawyer", "Олег Петренко", legal, EnumSet.of(Role.LAWYER), password);
        User mkt = user("marketing", "Мадина Нурланова", marketing, EnumSet.of(Role.MARKETING), password);
        User itUser = user("itspec", "Тимур Беков", it, EnumSet.of(Role.IT), password);
        executor.changeSkills(java.util.List.of("кондиционеры", "электрика", "ворота"));
        itUser.changeSkills(java.util.List.of("1с", "сети", "принтеры"));
        User contractor = user("contractor", "ИП Сейткали (подрядчик)", admin, EnumSet.of(Role.CONTRACTOR), password);
        user("sales", "Асель Жумабаева", sales, EnumSet.of(Role.MANAGER, Role.EXECUTOR), password);

        Project office = project("OFFICE", "Содержание офисов");
        Project warehouse = project("WMS-2026", "Новый склад в Алматы");
        project("ASTANA-OPEN", "Открытие филиала в Астане");

        LocalDate today = LocalDate.now(clock);
        record Sample(RequestType type, String title, OrgUnit unit, Priority p, int days, User author, User assignee) {
        }
        List<Sample> samples = List.of(
                new Sample(RequestType.PAYMENT, "Оплата счёта за аренду офиса, ноябрь", finance, Priority.HIGH, 3, manager, fin),
                new Sample(RequestType.PURCHASE, "Закуп канцелярии на квартал", admin, Priority.MEDIUM, 10, manager, executor),
                new Sample(RequestType.IT, "Доступ к 1С для нового сотрудника", it, Priority.URGENT, 1, manager, itUser),
                new Sample(RequestType.MARKETING, "Баннер для акции в Астане", marketing, Priority.MEDIUM, 14, head, mkt),
                new Sample(RequestType.REPAIR, "Ремонт кондиционера в переговорной", admin, Priority.HIGH, 5, manager, contractor),
                new Sample(RequestType.HR, "Справка с места работы", admin, Priority.LOW, 7, executor, manager),
                new Sample(RequestType.CONTRACT, "Согласование договора с поставщиком воды", legal, Priority.MEDIUM, 20, manager, null),
                new Sample(RequestType.INSTALLATION, "Установка видеонаблюдения на складе", admin, Priority.MEDIUM, 30, head, contractor));
        for (Sample s : samples) {
            Request r = new Request(numbers.next(s.type(), today.getYear()), s.type(), s.author(), s.title(), null,
                    s.unit(), s.p(), today.plusDays(s.days()), s.assignee(), today);
            boolean money = s.type() == RequestType.PAYMENT || s.type() == RequestType.PURCHASE;
            r.describe(SampleFields.of(s.type(), today), money ? new BigDecimal("450000.00") : null,
                    money ? Currency.KZT : null, s.type() == RequestType.INSTALLATION ? warehouse : office);
            em.persist(r);
            em.flush();
            audit.created(SYSTEM, r);
        }
        for (String[] cp : new String[][]{{"ТОО «Канцтовары Алматы»", "990740000683", "KZ86125KZT5004100100", "АО «Народный банк Казахстана»", "HSBKKZKX", "17"},
                {"ТОО «КлиматСервис»", "000740000728", "DE89370400440532013000", "Deutsche Bank", "DEUTDEFF", "27"}}) {
            kz.ordo.finance.entity.Counterparty c = new kz.ordo.finance.entity.Counterparty(cp[0], cp[1]);
            c.edit(cp[0], cp[1], cp[2], cp[3], cp[4], cp[5]);
            em.persist(c);
        }
        java.time.LocalDate month = today.withDayOfMonth(1);
        for (Object[] line : new Object[][]{{admin, "Канцтовары", "1500000.00"}, {admin, "Ремонт и обслуживание", "3000000.00"},
                {it, "Оборудование и лицензии", "5000000.00"}, {marketing, "Реклама", "2500000.00"}}) {
            em.persist(new kz.ordo.finance.entity.BudgetLine(month, (OrgUnit) line[0], null, (String) line[1], fin,
                    new BigDecimal((String) line[2])));
        }
        em.flush();
        LOG.info("Demo company created (run command only)");
    }

    private Project project(String code, String name) {
        Project p = new Project(code, name);
        em.persist(p);
        em.flush();
        audit.created(SYSTEM, p);
        return p;
    }

    private OrgUnit unit(OrgUnit parent, OrgUnitKind kind, String name) {
        OrgUnit u = parent == null ? OrgUnit.root(name) : OrgUnit.under(parent, kind, name);
        em.persist(u);
        u.assignPath();
        em.flush();
        audit.created(SYSTEM, u);
        return u;
    }

    private User user(String login, String name, OrgUnit unit, Set<Role> roles, String password) {
        User u = new User(login, name, unit, roles, PasswordHasher.hash(password.toCharArray()));
        u.update(name, login + "@ordo.local", unit, roles, "ru");
        em.persist(u);
        em.flush();
        audit.created(SYSTEM, u);
        return u;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
