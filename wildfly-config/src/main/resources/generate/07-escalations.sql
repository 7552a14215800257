-- Ordo data generator, step 7: the escalations the job would already have made for what is overdue now
-- (a live system escalates as items fall due; without these the first run would escalate three years of
-- history at once). Overdue by the most specific rule's first interval → level 1 (the department's head),
-- one more interval → level 2 (the company's head); level 0 (the assignee) as soon as it is overdue. One row
-- per record, reason and level, as the job records them.
CREATE TEMP TABLE overdue AS
SELECT 'Request' AS record_type, r.id, r.type, r.priority, r.deadline, r.assignee_id, r.org_unit_id
FROM request r WHERE r.status IN ('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK') AND r.deadline < current_date
UNION ALL
SELECT 'Task', t.id, q.type, q.priority, t.deadline, t.assignee_id, t.org_unit_id
FROM task t LEFT JOIN request q ON q.id = t.request_id WHERE t.is_open AND t.deadline < current_date;
INSERT INTO escalation (id, record_type, record_id, reason, level, notified_id, created_at)
SELECT nextval('ordo_seq'), o.record_type, o.id, 'OVERDUE', l.level, l.notified, l.at
FROM overdue o
-- the most specific rule, as the job picks it: type and priority, then priority, then type, then the default row
CROSS JOIN LATERAL (SELECT coalesce(r.first_after_hours, 24) AS first, coalesce(r.repeat_hours, 24) AS every,
                           (o.deadline + 1)::TIMESTAMPTZ AS since
                    FROM (SELECT 1) one
                    LEFT JOIN LATERAL (SELECT first_after_hours, repeat_hours FROM escalation_rule
                                       WHERE (request_type = o.type OR request_type IS NULL) AND (priority = o.priority OR priority IS NULL)
                                       ORDER BY priority IS NOT NULL DESC, request_type IS NOT NULL DESC LIMIT 1) r ON TRUE) ru
CROSS JOIN LATERAL (VALUES (0, o.assignee_id, ru.since),
                           (1, (SELECT min(u.id) FROM app_user u JOIN app_user_role ur ON ur.user_id = u.id AND ur.role = 'HEAD'
                                WHERE u.org_unit_id = o.org_unit_id AND u.id IS DISTINCT FROM o.assignee_id), ru.since + ru.first * interval '1 hour'),
                           (2, (SELECT min(u.id) FROM app_user u JOIN app_user_role ur ON ur.user_id = u.id AND ur.role = 'HEAD'
                                JOIN org_unit c ON c.id = u.org_unit_id AND c.kind = 'COMPANY'), ru.since + (ru.first + ru.every) * interval '1 hour')) l(level, notified, at)
WHERE l.at <= now() AND l.notified IS NOT NULL
ON CONFLICT (record_type, record_id, reason, level) DO NOTHING;
