-- Ordo schema, version 21: PostgreSQL re-reads a table's statistics after 10 % of its rows changed; for the
-- million-row tables that is 100,000 changes, and a burst below it (one author's 26,000 new requests, a bulk
-- import) leaves the planner with the old picture: "my requests" for that author was planned for 500 rows and took
-- 300 ms instead of 20. Analyze the large tables after 1 % instead (the audit log, append-only: every 260,000 rows).
ALTER TABLE request SET (autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE task SET (autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE invoice SET (autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE comment SET (autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE audit_log SET (autovacuum_analyze_scale_factor = 0.01);
ALTER TABLE escalation SET (autovacuum_analyze_scale_factor = 0.01);
