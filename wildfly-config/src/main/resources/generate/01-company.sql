-- Ordo data generator, step 1: the company around the demo one — 3 cities, 6 branches, 60 departments,
-- 2,000 people with roles, 30 projects — and the session's helper functions and lookup tables.
-- Every generated person signs in with the demo password (their hash is the demo manager's).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM app_user WHERE login = 'gen-head-1') THEN
        RAISE EXCEPTION 'This database already holds generated data (user gen-head-1). The generator adds to a fresh database only: stop the run command, delete ear/target/ordo-run/postgres, start it again.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE login = 'manager') THEN
        RAISE EXCEPTION 'The demo company is missing (no user "manager"): generate into the database of the run command (demo data on).';
    END IF;
END $$;

-- a deterministic pseudo-random number in [0, m) for row g and salt s
CREATE FUNCTION pg_temp.h(g BIGINT, s INT, m INT) RETURNS INT LANGUAGE sql IMMUTABLE AS
$$ SELECT (abs(hashint8(g * 1000003 + s)::BIGINT) % m)::INT $$;
CREATE FUNCTION pg_temp.pick(a ANYARRAY, g BIGINT, s INT) RETURNS ANYELEMENT LANGUAGE sql IMMUTABLE AS
$$ SELECT a[1 + pg_temp.h(g, s, cardinality(a))] $$;

CREATE TEMP SEQUENCE gen_task START 20000000;
CREATE TEMP SEQUENCE gen_id START 40000000 CACHE 1000;

CREATE TEMP TABLE gen_size AS
SELECT round(1000000 * s)::BIGINT AS requests, round(3000000 * s)::BIGINT AS tasks,
       round(200000 * s)::BIGINT AS invoices, greatest(round(10000 * s), 60)::BIGINT AS budget_lines,
       round(2000 * greatest(s, 0.05))::INT AS counterparties
FROM (SELECT current_setting('ordo.scale')::NUMERIC AS s) x;

-- the third city and four more branches
INSERT INTO org_unit (id, parent_id, kind, name, path, created_at, updated_at)
SELECT 900001, c.id, 'CITY', 'Шымкент', c.path || '900001/', now() - interval '3 years', now() - interval '3 years'
FROM org_unit c WHERE c.kind = 'COMPANY' AND c.name = 'ТОО «Ордо Демо»';
INSERT INTO org_unit (id, parent_id, kind, name, path, created_at, updated_at)
SELECT b.id, city.id, 'BRANCH', b.name, city.path || b.id || '/', now() - interval '3 years', now() - interval '3 years'
FROM (VALUES (900011, 'Алматы', 'Алматы, склад и логистика'), (900012, 'Астана', 'Астана, левый берег'),
             (900013, 'Шымкент', 'Шымкент, филиал'), (900014, 'Шымкент', 'Шымкент, сервисный центр')) b(id, city, name)
JOIN org_unit city ON city.kind = 'CITY' AND city.name = b.city;

-- departments: up to 60 in all, about ten per branch, names not repeated inside a branch
INSERT INTO org_unit (id, parent_id, kind, name, path, created_at, updated_at)
SELECT 900100 + rn, branch_id, 'DEPARTMENT', name, path || (900100 + rn) || '/', now() - interval '3 years', now() - interval '3 years'
FROM (SELECT row_number() OVER (ORDER BY k, b.id) AS rn, b.id AS branch_id, b.path, n.name
      FROM org_unit b
      CROSS JOIN unnest(ARRAY['Отдел продаж', 'Бухгалтерия', 'Отдел закупок', 'Склад', 'Сервисная служба', 'Отдел кадров',
                              'IT-поддержка', 'Отдел маркетинга', 'Юридическая служба', 'Административно-хозяйственный отдел',
                              'Логистика', 'Колл-центр']) WITH ORDINALITY n(name, k)
      WHERE b.kind = 'BRANCH'
        AND NOT EXISTS (SELECT 1 FROM org_unit d WHERE d.parent_id = b.id AND lower(d.name) = lower(n.name))) c
WHERE rn <= 60 - (SELECT count(*) FROM org_unit WHERE kind = 'DEPARTMENT');

CREATE TEMP TABLE dept AS
SELECT row_number() OVER (ORDER BY id)::INT AS n, id, parent_id AS branch_id, name FROM org_unit WHERE kind = 'DEPARTMENT';
CREATE TEMP TABLE dept_count AS SELECT count(*)::INT AS n FROM dept;

-- people: slot 0 of every department is its head, 1–2 managers, 3 finance, 4 a specialist (IT, lawyer or
-- marketing), 5 a contractor in a third of the departments, the rest executors
CREATE TEMP TABLE person0 AS
SELECT i, 1000000 + i AS id, d.id AS unit_id, d.n AS dept_n,
       CASE WHEN slot = 0 THEN 'HEAD' WHEN slot IN (1, 2) THEN 'MANAGER' WHEN slot = 3 THEN 'FINANCE'
            WHEN slot = 4 THEN (ARRAY['IT', 'LAWYER', 'MARKETING'])[1 + d.n % 3]
            WHEN slot = 5 AND d.n % 3 = 0 THEN 'CONTRACTOR' ELSE 'EXECUTOR' END AS role
FROM generate_series(1, 2000 - (SELECT count(*) FROM app_user)) i
CROSS JOIN LATERAL (SELECT (i - 1) / (SELECT n FROM dept_count) AS slot) s
JOIN dept d ON d.n = 1 + (i - 1) % (SELECT n FROM dept_count);
CREATE TEMP TABLE person AS
SELECT p.*, 'gen-' || lower(p.role) || '-' || row_number() OVER (PARTITION BY p.role ORDER BY p.i) AS login FROM person0 p;

INSERT INTO app_user (id, login, full_name, email, password_hash, status, org_unit_id, locale, phone, version, created_at, updated_at)
SELECT p.id, p.login,
       pg_temp.pick(ARRAY['Айгерим', 'Ерлан', 'Дмитрий', 'Гульнара', 'Асель', 'Тимур', 'Мадина', 'Олег', 'Жанна', 'Нурлан',
                          'Алия', 'Сергей', 'Динара', 'Арман', 'Елена', 'Бауыржан', 'Сауле', 'Андрей', 'Камила', 'Руслан'], p.i, 1)
           || ' ' ||
       pg_temp.pick(ARRAY['Сапарова', 'Омаров', 'Ким', 'Ахметова', 'Жумабаева', 'Беков', 'Нурланова', 'Петренко', 'Искакова',
                          'Касымов', 'Ли', 'Смагулов', 'Иванова', 'Сейткали', 'Абдрахманов', 'Тен', 'Мусина', 'Кузнецов',
                          'Есенова', 'Байжанов', 'Оспанова', 'Цой', 'Рахимов', 'Волкова'], p.i, 2),
       p.login || '@ordo.local',
       (SELECT password_hash FROM app_user WHERE login = 'manager'),
       CASE WHEN p.i % 150 = 0 THEN 'BLOCKED' ELSE 'ACTIVE' END,
       p.unit_id,
       CASE WHEN p.i % 25 = 0 THEN 'en' WHEN p.i % 10 = 0 THEN 'kk' ELSE 'ru' END,
       CASE WHEN p.i % 4 = 0 THEN '+7701' || lpad(p.i::TEXT, 7, '0') END,
       0, now() - interval '3 years' + (p.i % 300) * interval '1 day', now() - interval '3 years' + (p.i % 300) * interval '1 day'
FROM person p
ORDER BY p.i;
INSERT INTO app_user_role (user_id, role) SELECT id, role FROM person;

INSERT INTO project (id, code, name, active, version, created_at, updated_at)
SELECT 900500 + k, 'PRJ-' || lpad(k::TEXT, 2, '0'),
       (ARRAY['Открытие магазина', 'Ребрендинг', 'Переезд офиса', 'Внедрение CRM', 'Модернизация склада',
              'Выход на рынок', 'Обучение персонала', 'Энергосбережение', 'Видеонаблюдение', 'Новый сайт'])[1 + k % 10]
           || ' — ' || (ARRAY['Алматы', 'Астана', 'Шымкент'])[1 + k % 3] || ' ' || (2024 + k % 3),
       k % 4 <> 0, 0, now() - interval '3 years', now() - interval '3 years'
FROM generate_series(1, 30) k;

-- lookup tables for the following steps: every person with role, login and unit, and per department the
-- people who author requests, the executors, the managers and the head
CREATE TEMP TABLE staff AS
SELECT u.id, u.login, u.org_unit_id AS unit_id, d.n AS dept_n,
       (SELECT min(r.role) FROM app_user_role r WHERE r.user_id = u.id) AS role
FROM app_user u LEFT JOIN dept d ON d.id = u.org_unit_id;
CREATE TEMP TABLE dept_people AS
SELECT d.n, d.id, d.name,
       array_agg(s.id ORDER BY s.id) FILTER (WHERE s.role IN ('MANAGER', 'EXECUTOR', 'HEAD', 'FINANCE', 'IT', 'LAWYER', 'MARKETING')) AS authors,
       array_agg(s.id ORDER BY s.id) FILTER (WHERE s.role = 'EXECUTOR') AS executors,
       array_agg(s.id ORDER BY s.id) FILTER (WHERE s.role IN ('MANAGER', 'HEAD')) AS managers,
       min(s.id) FILTER (WHERE s.role = 'HEAD') AS head
FROM dept d JOIN staff s ON s.dept_n = d.n GROUP BY d.n, d.id, d.name;
UPDATE dept_people SET executors = authors WHERE executors IS NULL;
UPDATE dept_people SET managers = authors WHERE managers IS NULL;
CREATE TEMP TABLE role_people AS
SELECT r.role, array_agg(r.user_id ORDER BY r.user_id) AS ids FROM app_user_role r GROUP BY r.role;
CREATE TEMP TABLE projects AS SELECT array_agg(id ORDER BY id) AS ids FROM project WHERE active;
ANALYZE dept;
ANALYZE dept_people;
ANALYZE staff;
