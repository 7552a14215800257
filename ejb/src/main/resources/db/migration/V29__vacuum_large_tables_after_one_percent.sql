-- Ordo schema, version 29: the lists' counts and the executor choice read indexes alone (index-only scans, V26-V28),
-- which skips the table only for pages the visibility map marks all-visible; only a vacuum marks them. PostgreSQL
-- vacuums after 20 % of a table's rows are inserted or changed (200,000 requests, 600,000 tasks), so the newest pages,
-- the ones every list and count meets first, stayed unmarked: choosing the least busy of 27 executors when a request
-- is accepted counted their 12,052 open tasks with 10,597 heap fetches, 29.6 ms; after a vacuum (1.7 s for 3,000,000
-- tasks) 3.3-4.7 ms. Vacuum the tables with such reads after 1 % of their rows changed or arrived; a vacuum reads only
-- the pages not marked yet.
ALTER TABLE request SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
ALTER TABLE task SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
ALTER TABLE invoice SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
