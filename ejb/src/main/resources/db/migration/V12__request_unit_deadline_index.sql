-- Ordo schema, version 12 (issue 7): a department's list filtered by status and type and sorted by deadline
-- (overdue first) reads its first page straight from this index instead of sorting every match.
CREATE INDEX request_unit_status_type_deadline_idx ON request (org_unit_id, status, type, deadline, id);
ANALYZE request;
