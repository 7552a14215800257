-- Ordo data generator, step 5: finance. 2,000 counterparties with valid BIN (control digit), KZ IBAN
-- (mod 97), BIC and KBE; 10,000 budget lines (month × department × expense item, some per project, owned by
-- the department head); 200,000 invoices (scaled) on those lines, in statuses that follow their age, with
-- the approval chain the rules give (finance; the head from 1,000,000 KZT; the head's extra approval when the
-- line's remainder was exceeded, counted in registration order), decisions and files. Plans are set around
-- what the lines really spent, so some lines are over and some under.
CREATE FUNCTION pg_temp.bin_check(s TEXT) RETURNS INT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c1 <> 10 THEN c1 ELSE c2 END
    FROM (SELECT (SELECT sum(substr(s, i, 1)::INT * i) FROM generate_series(1, 11) i) % 11 AS c1,
                 (SELECT sum(substr(s, i, 1)::INT * (ARRAY[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])[i]) FROM generate_series(1, 11) i) % 11 AS c2) x
$$;
CREATE TEMP TABLE cp AS
SELECT row_number() OVER (ORDER BY k) AS rn, c.*
FROM (SELECT k, b.bin11 || pg_temp.bin_check(b.bin11) AS bin, bank.code, bank.bic, bank.name AS bank,
             lpad((k * 7919 % 10000000000000)::TEXT, 13, '0') AS account
      FROM generate_series(1, 30000) k
      CROSS JOIN LATERAL (SELECT lpad((10 + k % 14)::TEXT, 2, '0') || lpad((1 + k % 12)::TEXT, 2, '0') || '4'
                                 || lpad((k * 37 % 1000000)::TEXT, 6, '0') AS bin11) b
      CROSS JOIN LATERAL (SELECT (ARRAY['601', '722', '998', '826', '914'])[1 + k % 5] AS code,
                                 (ARRAY['HSBKKZKX', 'CASPKZKA', 'TSESKZKA', 'KCJBKZKX', 'SHBKKZKA'])[1 + k % 5] AS bic,
                                 (ARRAY['АО «Народный Банк Казахстана»', 'АО «Kaspi Bank»', 'АО «First Heartland Jusan Bank»',
                                        'АО «Банк ЦентрКредит»', 'АО «Шинхан Банк Казахстан»'])[1 + k % 5] AS name) bank
      WHERE pg_temp.bin_check(b.bin11) <> 10) c;
DELETE FROM cp WHERE rn > (SELECT counterparties FROM gen_size);
INSERT INTO counterparty (id, name, bin, iban, bank, bic, kbe, version, created_at, updated_at)
SELECT 900000 + c.rn,
       (ARRAY['ТОО', 'ТОО', 'ИП', 'АО'])[1 + c.rn % 4] || ' «' ||
       (ARRAY['Алатау', 'Тараз', 'Береке', 'Сарыарка', 'Жетысу', 'Кайнар', 'Номад', 'Достык', 'Арна', 'Шанырак'])[1 + c.rn % 10] || ' ' ||
       (ARRAY['Трейд', 'Сервис', 'Строй', 'Логистик', 'Принт', 'Маркет', 'Телеком', 'Энерджи', 'Групп', 'Офис'])[1 + (c.rn / 10) % 10] ||
       CASE WHEN c.rn > 100 THEN ' ' || c.rn ELSE '' END || '»',
       c.bin,
       'KZ' || lpad((98 - (c.code || c.account || '203500')::NUMERIC % 97)::TEXT, 2, '0') || c.code || c.account,
       c.bank, c.bic, CASE WHEN c.rn % 4 = 2 THEN '19' ELSE '17' END, 0,
       now() - interval '3 years', now() - interval '3 years'
FROM cp c;

CREATE TEMP TABLE bl AS
SELECT row_number() OVER (ORDER BY pg_temp.h(x.dept_n * 100 + x.item_k, extract(epoch FROM x.month)::INT, 1000000), x.month, x.dept_n, x.item_k) AS n, x.*
FROM (SELECT (date_trunc('month', now()) - m * interval '1 month')::DATE AS month, d.n AS dept_n, d.id AS unit_id, dp.head,
             i.k AS item_k, i.item, CASE WHEN i.k = 6 THEN pg_temp.pick((SELECT ids FROM projects), d.n, 70) END AS project_id
      FROM generate_series(0, 35) m
      CROSS JOIN dept d JOIN dept_people dp ON dp.n = d.n
      CROSS JOIN unnest(ARRAY['Канцелярия', 'Аренда', 'IT-оборудование', 'Маркетинг', 'Командировки', 'Проекты', 'Ремонт',
                              'Связь']) WITH ORDINALITY i(item, k)
      WHERE pg_temp.h(m * 1000 + d.n, i.k::INT, 100) < 60) x;
DELETE FROM bl WHERE n > (SELECT budget_lines FROM gen_size);
CREATE INDEX ON bl (n);
ANALYZE bl;

CREATE TEMP TABLE inv AS
SELECT g, nextval('gen_id') AS id, l.n AS line_n, l.month, l.unit_id, l.dept_n, l.project_id,
       (l.month + pg_temp.h(g, 71, 28))::DATE AS invoice_date,
       900000 + 1 + pg_temp.h(g, 72, (SELECT count(*)::INT FROM cp)) AS counterparty_id,
       cur.currency, cur.rate,
       round(((20000 + pg_temp.h(g, 74, 1500) ^ 2) / cur.rate)::NUMERIC, 2) AS amount,
       s.status
FROM generate_series(1, (SELECT invoices FROM gen_size)) g
JOIN bl l ON l.n = 1 + pg_temp.h(g, 70, (SELECT count(*)::INT FROM bl))
CROSS JOIN LATERAL (SELECT CASE WHEN x < 85 THEN 'KZT' WHEN x < 93 THEN 'USD' WHEN x < 98 THEN 'RUB' ELSE 'EUR' END AS currency,
                           CASE WHEN x < 85 THEN 1 WHEN x < 93 THEN 470 + pg_temp.h(g, 75, 60) WHEN x < 98 THEN 5.1 + pg_temp.h(g, 75, 80) / 100.0
                                ELSE 510 + pg_temp.h(g, 75, 60) END::NUMERIC AS rate
                    FROM (SELECT pg_temp.h(g, 73, 100) AS x) x0) cur
CROSS JOIN LATERAL (SELECT CASE WHEN l.month < date_trunc('month', now()) - interval '2 month' THEN
                                    CASE WHEN x < 80 THEN 'CLOSED' WHEN x < 91 THEN 'PAID' ELSE 'REJECTED' END
                                ELSE CASE WHEN x < 15 THEN 'RECEIVED' WHEN x < 35 THEN 'ON_APPROVAL' WHEN x < 50 THEN 'APPROVED'
                                          WHEN x < 60 THEN 'IN_PAYMENT' WHEN x < 85 THEN 'PAID' WHEN x < 90 THEN 'REJECTED' ELSE 'CLOSED' END
                           END AS status
                    FROM (SELECT pg_temp.h(g, 76, 100) AS x) x0) s;
ALTER TABLE inv ADD COLUMN amount_kzt NUMERIC(18, 2);
UPDATE inv SET amount_kzt = round(amount * rate, 2);
ALTER TABLE inv ADD COLUMN created TIMESTAMPTZ;
ANALYZE inv;
UPDATE inv SET created = least(invoice_date + (1 + g % 3) * interval '1 day' + (g % 36000) * interval '1 second', now() - interval '1 hour');

-- plans around the spend; then, in registration order, the invoices that went over their line's remainder
INSERT INTO budget_line (id, month, org_unit_id, project_id, item, owner_id, plan, deviation_reason, version, created_at, updated_at)
SELECT 9000000 + l.n, l.month, l.unit_id, l.project_id, l.item, l.head,
       round(coalesce(s.spent, 150000) * (0.85 + pg_temp.h(l.n, 77, 45) / 100.0), -3),
       CASE WHEN pg_temp.h(l.n, 78, 10) = 0 THEN 'Перенос закупки на следующий месяц' END,
       0, l.month - interval '10 day', l.month - interval '10 day'
FROM bl l
LEFT JOIN (SELECT line_n, sum(amount_kzt) AS spent FROM inv WHERE status <> 'REJECTED' GROUP BY line_n) s ON s.line_n = l.n;
ALTER TABLE inv ADD COLUMN over_limit BOOLEAN;
UPDATE inv i SET over_limit = x.running > x.plan
FROM (SELECT i2.id, b.plan, sum(i2.amount_kzt) OVER (PARTITION BY i2.line_n ORDER BY i2.created, i2.id) AS running
      FROM inv i2 JOIN budget_line b ON b.id = 9000000 + i2.line_n
      WHERE i2.status NOT IN ('RECEIVED', 'REJECTED')) x
WHERE x.id = i.id;
UPDATE inv SET over_limit = FALSE WHERE over_limit IS NULL;

INSERT INTO invoice (id, number, invoice_date, counterparty_id, amount, currency, rate, amount_kzt, purpose, org_unit_id,
                     project_id, budget_line_id, request_id, payment_due, status, over_limit, approved_at, paid_at,
                     created_by_id, version, created_at, updated_at)
SELECT i.id, 'СФ-' || (1000 + i.g % 9000) || '/' || i.g, i.invoice_date, i.counterparty_id, i.amount, i.currency, i.rate, i.amount_kzt,
       l.item || ': оплата по счёту ' || i.g, i.unit_id, i.project_id, 9000000 + i.line_n, NULL,
       i.invoice_date + 10, i.status, i.over_limit,
       CASE WHEN i.status IN ('APPROVED', 'IN_PAYMENT', 'PAID', 'CLOSED') THEN least(i.created + interval '1 day', now()) END,
       CASE WHEN i.status IN ('PAID', 'CLOSED') THEN least(i.created + interval '3 day', now()) END,
       pg_temp.pick((SELECT ids FROM role_people WHERE role = 'FINANCE'), i.g, 79),
       CASE i.status WHEN 'RECEIVED' THEN 0 WHEN 'ON_APPROVAL' THEN 1 WHEN 'APPROVED' THEN 2 WHEN 'IN_PAYMENT' THEN 3 WHEN 'PAID' THEN 4
                     WHEN 'CLOSED' THEN 5 ELSE 2 END,
       i.created, least(i.created + interval '3 day', now())
FROM inv i JOIN bl l ON l.n = i.line_n;

-- the chain: 1 finance, 2 head from 1,000,000 KZT, then the extra head step when over the line
INSERT INTO invoice_approval (id, invoice_id, position, role, approver_id, extra, decision, decided_by_id, decided_at, comment,
                              version, created_at, updated_at)
SELECT nextval('gen_id'), i.id, s.pos, s.role, NULL, s.extra,
       d.decision, CASE WHEN d.decision IS NOT NULL THEN pg_temp.pick((SELECT ids FROM role_people WHERE role = s.role), i.g, 80 + s.pos) END,
       CASE WHEN d.decision IS NOT NULL THEN least(i.created + s.pos * interval '4 hour', now()) END,
       CASE WHEN d.decision = 'REJECTED' THEN 'Нет закрывающих документов' WHEN d.decision = 'APPROVED' AND i.g % 5 = 0 THEN 'Согласовано' END,
       CASE WHEN d.decision IS NOT NULL THEN 1 ELSE 0 END, i.created, i.created
FROM inv i
CROSS JOIN LATERAL (VALUES (1, 'FINANCE', FALSE, TRUE), (2, 'HEAD', FALSE, i.amount_kzt >= 1000000),
                           (CASE WHEN i.amount_kzt >= 1000000 THEN 3 ELSE 2 END, 'HEAD', TRUE, i.over_limit)) s(pos, role, extra, present)
CROSS JOIN LATERAL (SELECT CASE WHEN i.status IN ('APPROVED', 'IN_PAYMENT', 'PAID', 'CLOSED') THEN 'APPROVED'
                                WHEN i.status = 'REJECTED' AND s.pos = 1 THEN 'REJECTED'
                                WHEN i.status = 'ON_APPROVAL' AND s.pos = 1 AND i.g % 2 = 0 THEN 'APPROVED' END AS decision) d
WHERE s.present AND i.status <> 'RECEIVED';

INSERT INTO attachment (id, owner_type, owner_id, name, revision, kind, sha256, size, content_type, uploaded_by_id,
                        version, created_at, updated_at)
SELECT nextval('gen_id'), 'Invoice', i.id, k.name, 1, k.kind, k.sha, k.size, 'application/pdf',
       pg_temp.pick((SELECT ids FROM role_people WHERE role = 'FINANCE'), i.g, 79), 0, i.created, i.created
FROM inv i
CROSS JOIN (VALUES ('Счёт.pdf', 'INVOICE', current_setting('ordo.file_invoice'), current_setting('ordo.file_invoice_size')::BIGINT),
                   ('Основание.pdf', 'BASIS', current_setting('ordo.file_basis'), current_setting('ordo.file_basis_size')::BIGINT)) k(name, kind, sha, size)
WHERE i.status <> 'RECEIVED' OR i.g % 2 = 0;
