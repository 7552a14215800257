-- "Overdue" is: an open status and a deadline before today, queried as status IN (open statuses) AND
-- deadline < today. The partial index of V1 cannot serve a prepared (generic) plan, because PostgreSQL can
-- only match a partial index's WHERE against constants, and then it read the whole table (400 ms on 1M rows).
-- A plain (status, deadline) index serves the same question with bound parameters.
CREATE INDEX request_status_deadline_idx ON request (status, deadline);
DROP INDEX request_deadline_idx;
