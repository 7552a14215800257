-- Ordo data generator, step 6: the audit trail those records would have left (about 500,000 rows per month
-- at full scale): a request's creation (one row per filled field, as the application writes it), every
-- status change with the acceptance, reasons and the original of a duplicate, every task's status changes,
-- and each invoice's creation and its moves.
CREATE TEMP TABLE login_of AS SELECT id, login FROM app_user;
CREATE INDEX ON login_of (id);

INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), q.created_at, a.login, 'Request', q.id, 'CREATE', f.field, NULL, f.value
FROM request q
JOIN login_of a ON a.id = q.author_id
JOIN dept d ON d.id = q.org_unit_id
LEFT JOIN project pr ON pr.id = q.project_id
CROSS JOIN LATERAL (VALUES ('number', q.number), ('type', q.type), ('title', q.title), ('description', q.description),
                           ('orgUnit', d.name), ('priority', q.priority), ('deadline', q.deadline::TEXT), ('status', 'NEW'),
                           ('project', pr.code),
                           ('amount', CASE WHEN q.amount IS NOT NULL THEN q.amount::TEXT || ' ' || q.currency END)) f(field, value)
WHERE q.id >= 10000000 AND f.value IS NOT NULL;
INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), q.created_at, a.login, 'Request', q.id, 'CREATE', 'field.' || rf.field, NULL, rf.value
FROM request_field rf JOIN request q ON q.id = rf.request_id JOIN login_of a ON a.id = q.author_id
WHERE rf.request_id >= 10000000;

INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), p.at, coalesce(actor.login, author.login), 'Request', p.id, 'TRANSITION', c.field, c.old, c.new
FROM rq_path p
JOIN rq r ON r.id = p.id
LEFT JOIN rq_path prev ON prev.id = p.id AND prev.step = p.step - 1
LEFT JOIN login_of actor ON actor.id = r.assignee_id
JOIN login_of author ON author.id = r.author_id
CROSS JOIN LATERAL (VALUES ('status', coalesce(prev.status, 'NEW'), p.status, TRUE),
                           ('acceptedBy', NULL, actor.login, p.step = 1 AND r.accepted),
                           ('statusReason', NULL, CASE p.status WHEN 'REJECTED' THEN 'Нет бюджета на этот квартал'
                                                      WHEN 'WONT_FIX' THEN 'Неактуально, решено другим способом'
                                                      WHEN 'REWORK' THEN 'Не приложен акт, дополните'
                                                      WHEN 'DUPLICATE' THEN 'Повторная заявка' END,
                            p.status IN ('REJECTED', 'WONT_FIX', 'REWORK', 'DUPLICATE')),
                           ('duplicateOf', NULL, CASE WHEN p.status = 'DUPLICATE' THEN (SELECT number FROM request WHERE id = r.id - 1) END, p.status = 'DUPLICATE')) c(field, old, new, present)
WHERE c.present;

INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), m.at, a.login, 'Task', t.id, 'TRANSITION', 'status', m.old, m.new
FROM task t
JOIN login_of a ON a.id = t.assignee_id
CROSS JOIN LATERAL (VALUES (t.started_at, 'TODO', 'IN_PROGRESS', t.started_at IS NOT NULL),
                           (t.submitted_at, 'IN_PROGRESS', 'REVIEW', t.submitted_at IS NOT NULL),
                           (t.done_at, 'REVIEW', 'DONE', t.done_at IS NOT NULL),
                           (t.updated_at, 'REVIEW', 'REWORK', t.status = 'REWORK'),
                           (t.updated_at, 'TODO', 'CANCELLED', t.status = 'CANCELLED')) m(at, old, new, present)
WHERE t.id >= 20000000 AND m.present;

INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), i.created_at, a.login, 'Invoice', i.id, 'CREATE', f.field, NULL, f.value
FROM invoice i
JOIN login_of a ON a.id = i.created_by_id
CROSS JOIN LATERAL (VALUES ('number', i.number), ('amount', i.amount::TEXT || ' ' || i.currency), ('status', 'RECEIVED'),
                           ('counterparty', i.counterparty_id::TEXT), ('budgetLine', i.budget_line_id::TEXT)) f(field, value)
WHERE i.id >= 40000000;
INSERT INTO audit_log (id, at, actor, entity_type, entity_id, action, field, old_value, new_value)
SELECT nextval('gen_id'), coalesce(m.at, i.updated_at), a.login, 'Invoice', i.id, 'TRANSITION', 'status', m.old, m.new
FROM invoice i
JOIN login_of a ON a.id = i.created_by_id
CROSS JOIN LATERAL (VALUES (1, i.created_at + interval '1 hour', 'RECEIVED', 'ON_APPROVAL'),
                           (2, i.approved_at, 'ON_APPROVAL', 'APPROVED'),
                           (3, i.paid_at - interval '1 day', 'APPROVED', 'IN_PAYMENT'),
                           (4, i.paid_at, 'IN_PAYMENT', 'PAID'),
                           (5, i.updated_at, 'PAID', 'CLOSED'),
                           (6, i.updated_at, 'ON_APPROVAL', 'REJECTED')) m(k, at, old, new)
WHERE i.id >= 40000000
  AND CASE i.status WHEN 'RECEIVED' THEN FALSE WHEN 'ON_APPROVAL' THEN m.k = 1 WHEN 'APPROVED' THEN m.k <= 2
                    WHEN 'IN_PAYMENT' THEN m.k <= 3 AND m.k <> 3 OR m.k = 3 WHEN 'PAID' THEN m.k <= 4 WHEN 'CLOSED' THEN m.k <= 5
                    ELSE m.k IN (1, 6) END;
