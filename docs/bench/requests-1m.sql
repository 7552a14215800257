-- Loads 1,000,000 requests into an Ordo database that already holds the demo company (run command),
-- for measuring the request list at scale (issue 3 note; the full generator is issue 7's).
-- Spread over 3 years, all types, skewed statuses (most closed), some overdue, payments with amounts.
-- Not loaded: type-specific fields (request_field) — the list page does not read them.
-- Usage: psql -h localhost -p 55432 -U ordo -d ordo -f docs/bench/requests-1m.sql
\timing on
SET synchronous_commit = off;
CREATE TEMP TABLE units AS SELECT row_number() OVER () AS n, id FROM org_unit WHERE kind = 'DEPARTMENT';
CREATE TEMP TABLE people AS SELECT row_number() OVER () AS n, id FROM app_user;
INSERT INTO request (id, number, type, title, description, org_unit_id, priority, deadline, status, author_id,
                     assignee_id, version, created_at, updated_at, amount, currency, closed_at)
SELECT 10000000 + g,
       t.prefix || '-' || extract(year FROM c.created)::int || '-' || lpad((900000 + g)::text, 7, '0'),
       t.type,
       (ARRAY['Оплата счёта поставщику', 'Закуп канцелярии', 'Согласование договора аренды', 'Баннер для акции',
              'Доступ к 1С', 'Справка с места работы', 'Ремонт кондиционера', 'Установка видеонаблюдения',
              'Замена картриджа', 'Настройка VPN', 'Командировка в Астану', 'Оплата коммунальных услуг'])[1 + g % 12]
           || ' №' || g,
       CASE WHEN g % 3 = 0 THEN 'Подробности заявки ' || g || ': срочно согласовать с бухгалтерией' END,
       (SELECT id FROM units WHERE n = 1 + g % (SELECT count(*) FROM units)),
       (ARRAY['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'URGENT'])[1 + g % 5],
       (c.created + (1 + g % 30) * interval '1 day')::date,
       s.status,
       (SELECT id FROM people WHERE n = 1 + g % (SELECT count(*) FROM people)),
       (SELECT id FROM people WHERE n = 1 + (g / 7) % (SELECT count(*) FROM people)),
       1, c.created, c.created,
       CASE WHEN t.type = 'PAYMENT' THEN round((1000 + g % 5000000)::numeric / 7, 2) END,
       CASE WHEN t.type = 'PAYMENT' THEN 'KZT' END,
       CASE WHEN s.status IN ('CLOSED', 'REJECTED', 'WONT_FIX') THEN c.created + interval '20 days' END
FROM generate_series(1, 1000000) AS g
CROSS JOIN LATERAL (SELECT now() - (g % 1095) * interval '1 day' - (g % 86400) * interval '1 second' AS created) c
CROSS JOIN LATERAL (SELECT (ARRAY['PAYMENT', 'PURCHASE', 'CONTRACT', 'MARKETING', 'IT', 'HR', 'REPAIR', 'INSTALLATION'])[1 + g % 8] AS type) t0
CROSS JOIN LATERAL (SELECT t0.type, (ARRAY['PAY', 'PUR', 'CON', 'MKT', 'IT', 'HR', 'REP', 'INS'])[1 + g % 8] AS prefix) t
CROSS JOIN LATERAL (SELECT CASE WHEN g % 1095 > 60 THEN (ARRAY['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                                 'REJECTED', 'WONT_FIX', 'CLOSED', 'DONE'])[1 + g % 10]
                            ELSE (ARRAY['NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'DONE', 'REWORK', 'IN_PROGRESS'])[1 + g % 7]
                       END AS status) s;
ANALYZE request;
SELECT status, count(*) FROM request GROUP BY status ORDER BY 2 DESC;
