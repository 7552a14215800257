-- Ordo data generator, step 3: 3,000,000 tasks (scaled). Every accepted request has the tasks of its type's
-- template, each assigned to a holder of the step's role, waiting for the steps before it, with statuses that
-- follow the request (done request: all done; refused: cancelled; open: earlier steps done, the current one in
-- work, review or rework, later ones to do); the rest are tasks added by hand to a request and subtasks of
-- work steps. Results carry their text, link or file as the step's result rule asks; open tasks have their
-- deadline reminder (already sent when its moment has passed).
CREATE FUNCTION pg_temp.task_status(rs TEXT, p INT, n INT, g BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN rs IN ('DONE', 'CLOSED') THEN 'DONE'
                WHEN rs IN ('REJECTED', 'WONT_FIX', 'DUPLICATE') THEN 'CANCELLED'
                WHEN p < n AND p = 1 THEN 'DONE'
                WHEN p <= 2 THEN (ARRAY['IN_PROGRESS', 'REVIEW', 'REWORK', 'IN_PROGRESS'])[1 + (g % 4)::INT]
                ELSE 'TODO' END
$$;

CREATE TEMP TABLE tk0 AS
SELECT r.id AS request_id, r.g, r.unit_id, r.dept_n, r.status AS request_status, tm.first_at AS t0, r.assignee_id,
       r.created::DATE AS created_day, r.type, st.position, st.title, st.kind, st.role, st.days, st.result_rule, n.steps, FALSE AS manual
FROM rq r
JOIN rq_times tm ON tm.id = r.id
JOIN task_template_step st ON st.request_type = r.type
JOIN (SELECT request_type, count(*)::INT AS steps FROM task_template_step GROUP BY request_type) n ON n.request_type = r.type
WHERE r.accepted;
ANALYZE tk0;
CREATE TEMP TABLE task_plan AS
SELECT greatest((SELECT tasks FROM gen_size) - (SELECT count(*) FROM tk0), 0) AS extra,
       (SELECT count(*) FROM tk0 WHERE kind = 'WORK') AS work_steps,
       (SELECT count(*) FROM rq WHERE accepted) AS accepted;
-- tasks added by hand: half of what the templates leave to the target, on that share of accepted requests
INSERT INTO tk0
SELECT r.id, r.g, r.unit_id, r.dept_n, r.status, tm.first_at, r.assignee_id, r.created::DATE, r.type,
       n.steps + 1, 'Проверить комплект документов', 'CHECK', 'EXECUTOR', 2, 'TEXT', n.steps + 1, TRUE
FROM rq r
JOIN rq_times tm ON tm.id = r.id
JOIN (SELECT request_type, count(*)::INT AS steps FROM task_template_step GROUP BY request_type) n ON n.request_type = r.type
WHERE r.accepted
  AND pg_temp.h(r.g, 50, 100000) < 100000.0 * (SELECT extra - least(extra / 2, work_steps) FROM task_plan) / greatest((SELECT accepted FROM task_plan), 1);

CREATE TEMP TABLE tk AS
SELECT nextval('gen_task') AS id, t.*, s.status,
       CASE WHEN t.role = 'EXECUTOR' THEN coalesce(t.assignee_id, pg_temp.pick(dp.executors, t.g, 51))
            WHEN t.role = 'MANAGER' THEN pg_temp.pick(dp.managers, t.g, 52)
            ELSE pg_temp.pick((SELECT ids FROM role_people WHERE role = t.role), t.g + t.position, 53) END AS task_assignee,
       least(t.t0 + (t.position - 1) * interval '1 day' + interval '1 hour', now() - interval '3 hour') AS started,
       least(t.t0 + (t.position - 1) * interval '1 day' + interval '20 hour', now() - interval '2 hour') AS submitted,
       least(t.t0 + (t.position - 1) * interval '1 day' + interval '23 hour', now() - interval '1 hour') AS done
FROM tk0 t
JOIN dept_people dp ON dp.n = t.dept_n
CROSS JOIN LATERAL (SELECT CASE WHEN t.manual THEN
                                    CASE WHEN t.request_status IN ('DONE', 'CLOSED') THEN 'DONE'
                                         WHEN t.request_status IN ('REJECTED', 'WONT_FIX', 'DUPLICATE') THEN 'CANCELLED'
                                         WHEN t.g % 2 = 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
                                ELSE pg_temp.task_status(t.request_status, t.position, t.steps, t.g) END AS status) s;
CREATE INDEX ON tk (request_id, position);
ANALYZE tk;
CREATE TEMP TABLE step_days AS
SELECT a.request_type, a.position, sum(b.days)::INT AS days FROM task_template_step a
JOIN task_template_step b ON b.request_type = a.request_type AND b.position <= a.position GROUP BY a.request_type, a.position;

INSERT INTO task (id, request_id, parent_id, org_unit_id, title, description, kind, result_rule, role, status, position,
                  assignee_id, created_by_id, deadline, started_at, submitted_at, done_at, result_text, result_link,
                  rework_reason, version, created_at, updated_at)
SELECT t.id, t.request_id, NULL, t.unit_id, t.title, NULL, t.kind, t.result_rule, t.role, t.status, t.position,
       t.task_assignee, coalesce(t.assignee_id, t.task_assignee),
       t.created_day + coalesce(sd.days, (SELECT max(days) FROM step_days WHERE request_type = t.type)) + CASE WHEN t.manual THEN 2 ELSE 0 END,
       CASE WHEN t.status NOT IN ('TODO', 'CANCELLED') THEN t.started END,
       CASE WHEN t.status IN ('REVIEW', 'DONE') THEN t.submitted END,
       CASE WHEN t.status = 'DONE' THEN t.done END,
       CASE WHEN t.status IN ('REVIEW', 'DONE') THEN 'Сделано: ' || lower(t.title) END,
       CASE WHEN t.status IN ('REVIEW', 'DONE') AND t.result_rule IN ('LINK', 'FILE_OR_LINK') THEN 'https://drive.ordo.local/r/' || t.id END,
       CASE WHEN t.status = 'REWORK' THEN 'Не хватает фото результата, дополните' END,
       CASE t.status WHEN 'TODO' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'REVIEW' THEN 2 WHEN 'REWORK' THEN 3 ELSE 3 END,
       t.t0, CASE t.status WHEN 'DONE' THEN t.done WHEN 'REVIEW' THEN t.submitted WHEN 'TODO' THEN t.t0 ELSE t.started END
FROM tk t
LEFT JOIN step_days sd ON sd.request_type = t.type AND sd.position = t.position AND NOT t.manual;

-- each template step waits for the one before it (the default templates are chains)
INSERT INTO task_dependency (task_id, depends_on_id)
SELECT t.id, d.id FROM tk t JOIN tk d ON d.request_id = t.request_id AND d.position = t.position - 1
WHERE NOT t.manual AND NOT d.manual AND t.position > 1;

-- subtasks of work steps: done with their parent's result, cancelled with it, open under an open parent
INSERT INTO task (id, request_id, parent_id, org_unit_id, title, kind, result_rule, role, status, position,
                  assignee_id, created_by_id, deadline, started_at, submitted_at, done_at, result_text, version, created_at, updated_at)
SELECT nextval('gen_task'), t.request_id, t.id, t.unit_id, 'Согласовать детали с заказчиком', 'WORK', 'TEXT', 'EXECUTOR', s.status, 1,
       t.task_assignee, t.task_assignee, t.created_day + 1,
       CASE WHEN s.status NOT IN ('TODO', 'CANCELLED') THEN t.started END,
       CASE WHEN s.status = 'DONE' THEN t.started + interval '1 hour' END,
       CASE WHEN s.status = 'DONE' THEN t.started + interval '1 hour' END,
       CASE WHEN s.status = 'DONE' THEN 'Согласовано' END,
       1, t.t0, coalesce(CASE WHEN s.status = 'DONE' THEN t.started + interval '1 hour' END, t.t0)
FROM (SELECT tk.*, row_number() OVER (ORDER BY tk.g, tk.position) AS rn FROM tk WHERE kind = 'WORK' AND NOT manual) t
CROSS JOIN LATERAL (SELECT CASE WHEN t.status IN ('DONE', 'REVIEW') THEN 'DONE' WHEN t.status = 'CANCELLED' THEN 'CANCELLED'
                                WHEN t.status = 'TODO' THEN 'TODO' WHEN t.g % 3 = 0 THEN 'DONE' ELSE 'IN_PROGRESS' END AS status) s
WHERE t.rn <= (SELECT least(extra / 2, work_steps) FROM task_plan);

-- results that must be a file have one
INSERT INTO attachment (id, owner_type, owner_id, name, revision, kind, sha256, size, content_type, uploaded_by_id,
                        version, created_at, updated_at)
SELECT nextval('gen_id'), 'Task', t.id, 'Результат.pdf', 1, 'OTHER', current_setting('ordo.file_result'),
       current_setting('ordo.file_result_size')::BIGINT, 'application/pdf', t.task_assignee, 0, t.submitted, t.submitted
FROM tk t WHERE t.status IN ('REVIEW', 'DONE') AND t.result_rule = 'FILE';

INSERT INTO task_reminder (id, task_id, remind_at, sent_at, version, created_at, updated_at)
SELECT nextval('gen_id'), t.id, r.at, CASE WHEN r.at < now() THEN r.at END, CASE WHEN r.at < now() THEN 1 ELSE 0 END, t.created_at, t.created_at
FROM task t
CROSS JOIN LATERAL (SELECT (t.deadline - 1) + time '09:00' AS at) r0
CROSS JOIN LATERAL (SELECT r0.at::TIMESTAMPTZ AS at) r
WHERE t.id >= 20000000 AND t.status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'REWORK') AND t.deadline IS NOT NULL;
