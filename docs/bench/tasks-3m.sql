-- Loads 3,000,000 tasks for the requests loaded by requests-1m.sql (run that first), for measuring
-- "My tasks" and the team board at scale (issue 4 note). Three tasks per request, in template order, each
-- waiting for the one before it; their statuses follow the request's, as the application would have left
-- them: a closed or done request has all its tasks done, a rejected one has them cancelled, an open one
-- has its first task done, the second in work (or review / rework) and the third to do.
-- Usage: psql -h localhost -p 55432 -U ordo -d ordo -f docs/bench/tasks-3m.sql
\timing on
SET synchronous_commit = off;
DROP INDEX IF EXISTS task_reminder_due_idx;
INSERT INTO task (id, request_id, org_unit_id, title, kind, result_rule, role, status, position, assignee_id,
                  created_by_id, deadline, started_at, submitted_at, done_at, result_text, version, created_at, updated_at)
SELECT 20000000 + (r.id - 10000000) * 3 + p.pos,
       r.id, r.org_unit_id,
       (ARRAY['Проверить и подготовить', 'Выполнить', 'Сдать и закрыть'])[p.pos] || ' — ' || r.number,
       (ARRAY['CHECK', 'WORK', 'DOCUMENT'])[p.pos],
       (ARRAY['TEXT', 'TEXT', 'FILE_OR_LINK'])[p.pos],
       'EXECUTOR', s.status, p.pos, r.assignee_id, r.author_id,
       (r.created_at + (p.pos * 3 + r.id % 5) * interval '1 day')::date,
       CASE WHEN s.status NOT IN ('TODO', 'CANCELLED') THEN r.created_at + p.pos * interval '1 day' END,
       CASE WHEN s.status IN ('REVIEW', 'DONE') THEN r.created_at + p.pos * interval '2 day' END,
       CASE WHEN s.status = 'DONE' THEN r.created_at + p.pos * interval '2 day' + interval '3 hour' END,
       CASE WHEN s.status IN ('REVIEW', 'DONE') THEN 'Сделано: шаг ' || p.pos END,
       1, r.created_at, r.created_at
FROM request r
CROSS JOIN generate_series(1, 3) AS p(pos)
CROSS JOIN LATERAL (SELECT CASE
        WHEN r.status IN ('CLOSED', 'DONE') THEN 'DONE'
        WHEN r.status IN ('REJECTED', 'WONT_FIX', 'DUPLICATE') THEN 'CANCELLED'
        WHEN p.pos = 1 THEN 'DONE'
        WHEN p.pos = 2 THEN (ARRAY['IN_PROGRESS', 'REVIEW', 'REWORK', 'IN_PROGRESS'])[1 + r.id % 4]
        ELSE 'TODO' END AS status) s
WHERE r.id >= 10000000;
INSERT INTO task_dependency (task_id, depends_on_id)
SELECT id, id - 1 FROM task WHERE id >= 20000000 AND position > 1;
INSERT INTO task_reminder (id, task_id, remind_at, version, created_at, updated_at)
SELECT id, id, (deadline - 1)::timestamptz + interval '9 hour', 0, created_at, created_at
FROM task WHERE id >= 20000000 AND status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'REWORK');
CREATE INDEX task_reminder_due_idx ON task_reminder (remind_at) WHERE sent_at IS NULL;
ANALYZE task;
ANALYZE task_dependency;
ANALYZE task_reminder;
SELECT status, count(*) FROM task GROUP BY status ORDER BY 2 DESC;
SELECT assignee_id, count(*) FILTER (WHERE status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'REWORK')) AS open, count(*)
FROM task GROUP BY assignee_id ORDER BY 2 DESC LIMIT 5;
