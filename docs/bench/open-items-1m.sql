-- Turns the generated company (mvn -pl wildfly-config -Pgenerate package) into one with about 1,000,000
-- open items, for timing the escalation job over that many (issue 7). It reopens the newest closed requests
-- as the application would leave a request put back into work: status IN_PROGRESS, no closing moment, the
-- first task done and the others in work; 90 % get a deadline in the coming 60 days, 10 % keep their old one
-- and are overdue. A benchmark-only change to the local database (no audit rows are written for it).
-- Usage: psql -h localhost -p 55432 -U ordo -d ordo -f docs/bench/open-items-1m.sql
\timing on
SET synchronous_commit = off;
CREATE TEMP TABLE reopen AS
SELECT id, row_number() OVER (ORDER BY created_at DESC) AS n FROM request WHERE status = 'CLOSED'
ORDER BY created_at DESC LIMIT 330000;
CREATE INDEX ON reopen (id);
ANALYZE reopen;
UPDATE request r SET status = 'IN_PROGRESS', closed_at = NULL, updated_at = now(), version = r.version + 1,
       deadline = CASE WHEN x.n % 10 = 0 THEN r.deadline ELSE current_date + (x.n % 60)::INT END
FROM reopen x WHERE x.id = r.id;
UPDATE task t SET status = 'IN_PROGRESS', done_at = NULL, submitted_at = NULL, result_text = NULL, result_link = NULL,
       updated_at = now(), version = t.version + 1,
       deadline = CASE WHEN x.n % 10 = 0 THEN t.deadline ELSE current_date + (x.n % 60)::INT END
FROM reopen x WHERE x.id = t.request_id
  AND (t.parent_id IS NULL AND t.position > 1
       OR t.parent_id IN (SELECT p.id FROM task p WHERE p.request_id = t.request_id AND p.parent_id IS NULL AND p.position > 1));
ANALYZE request;
ANALYZE task;
SELECT 'open requests' AS what, count(*) FROM request WHERE status IN ('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK')
UNION ALL SELECT 'open tasks', count(*) FROM task WHERE is_open
UNION ALL SELECT 'overdue requests', count(*) FROM request WHERE status IN ('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK') AND deadline < current_date
UNION ALL SELECT 'overdue tasks', count(*) FROM task WHERE is_open AND deadline < current_date;
