-- Ordo data generator, step 2: 1,000,000 requests over three years (scaled), each one the application could
-- have produced: a number from its type's yearly counter, the type's required fields, a status reached by
-- allowed transitions (accepted ones have an assignee and the moment of acceptance, refused ones a reason,
-- duplicates their original, final ones the closing moment), payments with an amount and their invoice and
-- basis files, and the full-text document of the request and its comments.
CREATE FUNCTION pg_temp.comment_body(g BIGINT, k INT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT (ARRAY['Принято, беру в работу.', 'Прошу уточнить сроки поставки.', 'Счёт приложил, проверьте реквизиты.',
                  'Согласовано с руководителем отдела.', 'Жду ответа от поставщика, обещали к пятнице.',
                  'Нужен оригинал договора, скан не подходит.', 'Мастер приедет завтра с 10 до 12.',
                  'Кондиционер снова шумит после ремонта.', 'Доступ выдан, проверьте вход.', 'Макет отправил на согласование.',
                  'Сумма в счёте не совпадает с заявкой, уточните.', 'Оплата запланирована на следующую неделю.',
                  'Картридж заменили, печать в норме.', 'Справка готова, можно забрать в отделе кадров.'])[1 + pg_temp.h(g, 40 + k, 14)]
$$;
CREATE FUNCTION pg_temp.comments_text(g BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(pg_temp.comment_body(g, k), ' ' ORDER BY k) FROM generate_series(1, (g % 5)::INT) k
$$;

CREATE TEMP TABLE rq AS
SELECT g, 10000000 + g AS id, t.type, c.created, c.age, s.status, s.accepted, dp.id AS unit_id, dp.n AS dept_n,
       pg_temp.pick(dp.authors, g, 6) AS author_id,
       CASE WHEN s.accepted OR pg_temp.h(g, 7, 10) < 3 THEN pg_temp.pick(dp.executors, g, 8) END AS assignee_id,
       (ARRAY['LOW', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'URGENT', 'MEDIUM', 'LOW', 'MEDIUM', 'HIGH', 'MEDIUM'])[1 + pg_temp.h(g, 9, 12)] AS priority,
       (c.created + (1 + pg_temp.h(g, 10, 30)) * interval '1 day')::DATE AS deadline,
       CASE WHEN pg_temp.h(g, 11, 5) = 0 THEN pg_temp.pick((SELECT ids FROM projects), g, 12) END AS project_id,
       CASE WHEN t.type = 'PAYMENT' OR (t.type = 'PURCHASE' AND g % 2 = 0)
            THEN round((5000 + pg_temp.h(g, 13, 1000) ^ 2 * 2.5 + pg_temp.h(g, 14, 100000) / 100.0)::NUMERIC, 2) END AS amount
FROM generate_series(1, (SELECT requests FROM gen_size)) g
CROSS JOIN LATERAL (SELECT pg_temp.h(g, 1, 1095) AS age) a
CROSS JOIN LATERAL (SELECT a.age, date_trunc('minute', now()) - a.age * interval '1 day' - pg_temp.h(g, 2, 36000) * interval '1 second' AS created) c
CROSS JOIN LATERAL (SELECT CASE WHEN x < 25 THEN 'PAYMENT' WHEN x < 40 THEN 'PURCHASE' WHEN x < 60 THEN 'IT'
                                WHEN x < 70 THEN 'REPAIR' WHEN x < 80 THEN 'HR' WHEN x < 88 THEN 'CONTRACT'
                                WHEN x < 95 THEN 'MARKETING' ELSE 'INSTALLATION' END AS type
                    FROM (SELECT pg_temp.h(g, 3, 100) AS x) x0) t
CROSS JOIN LATERAL (SELECT CASE WHEN c.age > 45 THEN
                                    CASE WHEN x < 78 THEN 'CLOSED' WHEN x < 86 THEN 'REJECTED' WHEN x < 90 THEN 'WONT_FIX'
                                         WHEN x < 91 AND g > 1 THEN 'DUPLICATE' WHEN x < 95 THEN 'DONE'
                                         WHEN x < 98 THEN 'IN_PROGRESS' ELSE 'AWAITING' END
                                ELSE
                                    CASE WHEN x < 15 THEN 'NEW' WHEN x < 40 THEN 'IN_PROGRESS' WHEN x < 48 THEN 'ON_APPROVAL'
                                         WHEN x < 58 THEN 'AWAITING' WHEN x < 70 THEN 'DONE' WHEN x < 75 THEN 'REWORK'
                                         WHEN x < 88 THEN 'CLOSED' WHEN x < 94 THEN 'REJECTED' WHEN x < 97 THEN 'WONT_FIX'
                                         WHEN g > 1 THEN 'DUPLICATE' ELSE 'CLOSED' END
                                END AS status, pg_temp.h(g, 5, 3) > 0 AS accepted_if_refused
                    FROM (SELECT pg_temp.h(g, 4, 100) AS x) x0) s0
CROSS JOIN LATERAL (SELECT s0.status,
                           s0.status NOT IN ('NEW', 'REJECTED', 'WONT_FIX', 'DUPLICATE') OR (s0.status <> 'NEW' AND s0.accepted_if_refused) AS accepted) s
JOIN dept_people dp ON dp.n = 1 + pg_temp.h(g, 15, (SELECT n FROM dept_count));

-- the path of statuses each request went through (for its history and audit); approval for payments,
-- purchases and contracts
ANALYZE rq;
CREATE TEMP TABLE rq_path AS
SELECT r.id, p.step, p.status,
       r.created + CASE WHEN p.step = 1 THEN (1 + pg_temp.h(r.g, 16, 180)) * interval '1 minute'
                        ELSE (p.step - 1) * (1 + pg_temp.h(r.g, 17, 4)) * interval '1 day' END AS at
FROM rq r
CROSS JOIN LATERAL unnest(CASE
        WHEN NOT r.accepted THEN CASE WHEN r.status = 'NEW' THEN ARRAY[]::TEXT[] ELSE ARRAY[r.status] END
        WHEN r.type IN ('PAYMENT', 'PURCHASE', 'CONTRACT') THEN CASE r.status
            WHEN 'IN_PROGRESS' THEN ARRAY['IN_PROGRESS'] WHEN 'ON_APPROVAL' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL']
            WHEN 'AWAITING' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL', 'AWAITING']
            WHEN 'DONE' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'DONE']
            WHEN 'CLOSED' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'DONE', 'CLOSED']
            WHEN 'REWORK' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL', 'REWORK']
            ELSE ARRAY['IN_PROGRESS', r.status] END
        ELSE CASE r.status
            WHEN 'IN_PROGRESS' THEN ARRAY['IN_PROGRESS'] WHEN 'ON_APPROVAL' THEN ARRAY['IN_PROGRESS', 'ON_APPROVAL']
            WHEN 'AWAITING' THEN ARRAY['IN_PROGRESS', 'AWAITING'] WHEN 'DONE' THEN ARRAY['IN_PROGRESS', 'DONE']
            WHEN 'CLOSED' THEN ARRAY['IN_PROGRESS', 'DONE', 'CLOSED'] WHEN 'REWORK' THEN ARRAY['IN_PROGRESS', 'DONE', 'REWORK']
            ELSE ARRAY['IN_PROGRESS', r.status] END
        END) WITH ORDINALITY p(status, step);
-- nothing happens in the future: a young request's later steps are squeezed into the time it has had
UPDATE rq_path p SET at = r.created + (p.at - r.created) * (0.9 * extract(epoch FROM now() - r.created) / extract(epoch FROM mx.last - r.created))
FROM rq r, (SELECT id, max(at) AS last FROM rq_path GROUP BY id HAVING max(at) > now()) mx
WHERE r.id = p.id AND mx.id = p.id;
CREATE INDEX ON rq_path (id, step);
CREATE TEMP TABLE rq_times AS
SELECT id, min(at) FILTER (WHERE step = 1) AS first_at, max(at) AS last_at, count(*) AS steps FROM rq_path GROUP BY id;
CREATE INDEX ON rq_times (id);
ANALYZE rq;
ANALYZE rq_path;
ANALYZE rq_times;

ALTER TABLE request DISABLE TRIGGER USER;
INSERT INTO request (id, number, type, title, description, org_unit_id, priority, deadline, status, author_id, assignee_id,
                     version, created_at, updated_at, project_id, amount, currency, status_reason, duplicate_of_id,
                     accepted_at, accepted_by_id, closed_at, comment_doc, search_doc)
SELECT r.id, n.number, r.type, ti.title, de.description, r.unit_id, r.priority, r.deadline, r.status, r.author_id, r.assignee_id,
       1 + coalesce(tm.steps, 0), r.created, coalesce(tm.last_at, r.created),
       r.project_id, r.amount, CASE WHEN r.amount IS NOT NULL THEN CASE WHEN r.g % 20 = 0 THEN 'USD' WHEN r.g % 33 = 0 THEN 'RUB' ELSE 'KZT' END END,
       CASE r.status WHEN 'REJECTED' THEN 'Нет бюджета на этот квартал' WHEN 'WONT_FIX' THEN 'Неактуально, решено другим способом'
                     WHEN 'REWORK' THEN 'Не приложен акт, дополните' WHEN 'DUPLICATE' THEN 'Повторная заявка' END,
       CASE WHEN r.status = 'DUPLICATE' THEN r.id - 1 END,
       CASE WHEN r.accepted THEN tm.first_at END, CASE WHEN r.accepted THEN r.assignee_id END,
       CASE WHEN r.status IN ('CLOSED', 'REJECTED', 'WONT_FIX', 'DUPLICATE') THEN tm.last_at END,
       cd.doc,
       setweight(to_tsvector('russian', n.number || ' ' || ti.title), 'A')
           || setweight(to_tsvector('russian', coalesce(de.description, '')), 'B') || coalesce(cd.doc, ''::TSVECTOR)
FROM (SELECT rq.*, row_number() OVER (PARTITION BY rq.type, extract(year FROM rq.created) ORDER BY rq.created, rq.g) AS seq FROM rq) r
LEFT JOIN rq_times tm ON tm.id = r.id
JOIN dept d ON d.id = r.unit_id
LEFT JOIN request_number_counter nc ON nc.type = r.type AND nc.year = extract(year FROM r.created)
CROSS JOIN LATERAL (SELECT (CASE r.type WHEN 'PAYMENT' THEN 'PAY' WHEN 'PURCHASE' THEN 'PUR' WHEN 'CONTRACT' THEN 'CON'
                                        WHEN 'MARKETING' THEN 'MKT' WHEN 'IT' THEN 'IT' WHEN 'HR' THEN 'HR'
                                        WHEN 'REPAIR' THEN 'REP' ELSE 'INS' END) AS prefix) pf
CROSS JOIN LATERAL (SELECT pf.prefix || '-' || extract(year FROM r.created)::INT || '-' || lpad((r.seq + coalesce(nc.last_value, 0))::TEXT, 6, '0') AS number) n
CROSS JOIN LATERAL (SELECT (CASE r.type
        WHEN 'PAYMENT' THEN pg_temp.pick(ARRAY['Оплата счёта поставщику', 'Оплата аренды офиса', 'Оплата коммунальных услуг',
                                               'Оплата услуг связи', 'Предоплата за оборудование', 'Оплата рекламы'], r.g, 20)
        WHEN 'PURCHASE' THEN pg_temp.pick(ARRAY['Закуп канцелярии', 'Закуп ноутбуков', 'Закуп мебели', 'Закуп картриджей',
                                                'Закуп спецодежды', 'Закуп воды и кофе'], r.g, 20)
        WHEN 'CONTRACT' THEN pg_temp.pick(ARRAY['Согласование договора аренды', 'Договор поставки', 'Договор на обслуживание',
                                                'Дополнительное соглашение'], r.g, 20)
        WHEN 'MARKETING' THEN pg_temp.pick(ARRAY['Баннер для акции', 'Листовки к открытию', 'Пост в соцсетях', 'Наружная реклама'], r.g, 20)
        WHEN 'IT' THEN pg_temp.pick(ARRAY['Доступ к 1С', 'Настройка VPN', 'Не работает принтер', 'Новый сотрудник: учётная запись',
                                          'Сбой почты', 'Установка ПО'], r.g, 20)
        WHEN 'HR' THEN pg_temp.pick(ARRAY['Справка с места работы', 'Оформление отпуска', 'Командировка в Астану', 'Копия трудового договора'], r.g, 20)
        WHEN 'REPAIR' THEN pg_temp.pick(ARRAY['Ремонт кондиционера', 'Замена картриджа', 'Ремонт кофемашины', 'Не закрывается дверь'], r.g, 20)
        ELSE pg_temp.pick(ARRAY['Установка видеонаблюдения', 'Монтаж СКУД', 'Прокладка сети', 'Монтаж вывески'], r.g, 20)
        END) || ' №' || r.g AS title) ti
CROSS JOIN LATERAL (SELECT CASE WHEN r.g % 3 = 0 THEN 'Подробности: ' || ti.title || ', отдел «' || d.name
                                || '». Срочно согласовать с бухгалтерией.' END AS description) de
CROSS JOIN LATERAL (SELECT CASE WHEN r.g % 5 > 0 THEN to_tsvector('russian', pg_temp.comments_text(r.g)) END AS doc) cd;
ALTER TABLE request ENABLE TRIGGER USER;

-- the type's required fields (and "required when" ones), in the formats the form stores
INSERT INTO request_field (request_id, field, value)
SELECT r.id, f.field, f.value
FROM rq r
JOIN dept d ON d.id = r.unit_id
CROSS JOIN LATERAL (VALUES
    ('PAYMENT', 'supplier', pg_temp.pick(ARRAY['ТОО «Канцтовары Алматы»', 'ТОО «КазТелеком Сервис»', 'ИП Ахметов', 'АО «Энергосбыт»', 'ТОО «Офис Плюс»'], r.g, 21)),
    ('PAYMENT', 'paymentDue', r.deadline::TEXT),
    ('PAYMENT', 'basis', 'Договор № ' || (100 + r.g % 900) || ' от ' || (r.created::DATE - 30)::TEXT),
    ('PURCHASE', 'item', pg_temp.pick(ARRAY['Бумага А4', 'Ноутбук', 'Кресло офисное', 'Картридж HP 85A', 'Вода 19 л'], r.g, 22)),
    ('PURCHASE', 'quantity', (1 + r.g % 40)::TEXT),
    ('PURCHASE', 'deliveryPlace', d.name),
    ('PURCHASE', 'forWhom', 'Сотрудники отдела'),
    ('PURCHASE', 'urgency', pg_temp.pick(ARRAY['PLANNED', 'SOON', 'IMMEDIATE'], r.g, 23)),
    ('CONTRACT', 'counterparty', pg_temp.pick(ARRAY['ТОО «Бизнес Центр Нурлы Тау»', 'ТОО «Логистик Групп»', 'АО «Банк ЦентрКредит»'], r.g, 24)),
    ('CONTRACT', 'subject', 'Предмет договора: услуги по заявке №' || r.g),
    ('MARKETING', 'marketingKind', pg_temp.pick(ARRAY['CREATIVE', 'PLACEMENT', 'TEXTS', 'DESIGN'], r.g, 25)),
    ('MARKETING', 'launchDate', r.deadline::TEXT),
    ('IT', 'itKind', CASE WHEN r.g % 7 = 0 THEN 'INCIDENT' ELSE pg_temp.pick(ARRAY['ACCESS', 'SETUP', 'INTEGRATION', 'BUG'], r.g, 26) END),
    ('IT', 'system', pg_temp.pick(ARRAY['1С:Бухгалтерия', 'Почта', 'VPN', 'Принтеры', 'CRM'], r.g, 27)),
    ('IT', 'severity', CASE WHEN r.g % 7 = 0 THEN pg_temp.pick(ARRAY['S1', 'S2', 'S3', 'S4'], r.g, 28) END),
    ('IT', 'impact', CASE WHEN r.g % 7 = 0 THEN pg_temp.pick(ARRAY['USER', 'TEAM', 'BRANCH', 'COMPANY'], r.g, 29) END),
    ('HR', 'hrKind', pg_temp.pick(ARRAY['CERTIFICATE', 'DOCUMENT', 'PAPERWORK'], r.g, 30)),
    ('HR', 'employee', 'Сотрудник №' || (r.author_id - 1000000)),
    ('REPAIR', 'equipmentModel', pg_temp.pick(ARRAY['Samsung AR12', 'HP LaserJet M404', 'DeLonghi Magnifica', 'Daikin FTXB'], r.g, 31)),
    ('REPAIR', 'serialNumber', 'SN' || lpad((r.g * 7)::TEXT, 9, '0')),
    ('REPAIR', 'symptoms', 'Не включается, слышен треск'),
    ('REPAIR', 'location', d.name || ', кабинет ' || (100 + r.g % 300)),
    ('REPAIR', 'serviceMode', CASE WHEN r.g % 2 = 0 THEN 'ON_SITE' ELSE 'CARRY_IN' END),
    ('REPAIR', 'visitSlot', CASE WHEN r.g % 2 = 0 THEN to_char(r.deadline + time '10:00', 'YYYY-MM-DD"T"HH24:MI') END),
    ('INSTALLATION', 'objectType', pg_temp.pick(ARRAY['OFFICE', 'WAREHOUSE', 'SHOP', 'HOUSE', 'OTHER'], r.g, 32)),
    ('INSTALLATION', 'area', (20 + r.g % 900)::TEXT),
    ('INSTALLATION', 'goals', 'Охрана периметра и входов'),
    ('INSTALLATION', 'desiredDate', r.deadline::TEXT)
) f(type, field, value)
WHERE f.type = r.type AND f.value IS NOT NULL;

-- payments past "send for approval" carry their invoice and basis files (the approval guard)
INSERT INTO attachment (id, owner_type, owner_id, name, revision, kind, sha256, size, content_type, uploaded_by_id,
                        version, created_at, updated_at)
SELECT nextval('gen_id'), 'Request', r.id, k.name, 1, k.kind, k.sha, k.size, 'application/pdf', r.author_id, 0, r.created, r.created
FROM rq r
CROSS JOIN (VALUES ('Счёт.pdf', 'INVOICE', current_setting('ordo.file_invoice'), current_setting('ordo.file_invoice_size')::BIGINT),
                   ('Основание.pdf', 'BASIS', current_setting('ordo.file_basis'), current_setting('ordo.file_basis_size')::BIGINT)) k(name, kind, sha, size)
WHERE r.type = 'PAYMENT' AND r.id IN (SELECT id FROM rq_path WHERE status = 'ON_APPROVAL');
