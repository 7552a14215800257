-- Ordo schema, version 8: task lists at 3,000,000 tasks (issue 4 note; EXPLAIN ANALYZE in docs/BENCHMARKS.md).
-- "My tasks" asks for a person's open tasks by deadline. Walking (assignee_id, deadline) and skipping the closed
-- ones read 284,000 index entries for 25 rows (210 ms); a partial index cannot serve the prepared (generic)
-- plan that EclipseLink's bound parameters get (V5). A stored flag lets one index give the rows in order.
ALTER TABLE task ADD COLUMN is_open BOOLEAN GENERATED ALWAYS AS
    (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'REWORK')) STORED;
CREATE INDEX task_assignee_open_idx ON task (assignee_id, is_open, deadline, id);
DROP INDEX task_assignee_deadline_idx;
-- counts of open tasks per person (My tasks, workload, executor proposal) and a contractor's board columns
CREATE INDEX task_assignee_status_idx ON task (assignee_id, status, deadline, id);
-- done tasks per person in a period with their duration (workload), read from the index alone
CREATE INDEX task_assignee_done_idx ON task (assignee_id, status, done_at) INCLUDE (created_at);
-- the board of a head whose scope is most of the company: walk one status by deadline / by done time
CREATE INDEX task_status_deadline_idx ON task (status, deadline, id);
CREATE INDEX task_status_done_idx ON task (status, done_at);
-- the new column needs statistics before the planner can choose the indexes above
ANALYZE task;
