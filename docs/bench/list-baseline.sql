-- Raw-database baseline for the load benchmark's list and card scenarios (issue 7): the statements the
-- application issues for them (read from pg_stat_activity during a load run), prepared as the JDBC driver
-- prepares them (server-side, generic plan after five executions), each executed 30 times after a warm-up;
-- EXPLAIN ANALYZE of the last run shows the plan. Values: the benchmark's defaults on the generated company
-- (department 900115 "Отдел закупок", PAYMENT, CLOSED; manager gen-manager-21).
-- Usage: psql -h localhost -p 55432 -U ordo -d ordo -f docs/bench/list-baseline.sql
SET plan_cache_mode = force_generic_plan;
-- the capped count (RequestRepository.count, CappedCount.rows): the matching ids up to the cap + 1, counted by the
-- application (until 46028ac: a probe past the cap, then COUNT)
PREPARE list_count(BIGINT, TEXT, TEXT, INT, INT) AS
SELECT ID AS a1 FROM request WHERE (((org_unit_id = $1) AND (TYPE = $2)) AND (STATUS = $3)) LIMIT $4 OFFSET $5;
PREPARE list_page(BIGINT, TEXT, TEXT, INT, INT) AS
SELECT t0.ID AS a1, t0.NUMBER AS a2, t0.TYPE AS a3, t0.TITLE AS a4, t0.STATUS AS a5, t0.PRIORITY AS a6, t0.DEADLINE AS a7,
       t1.NAME AS a8, t2.full_name AS a9, t3.full_name AS a10, t0.created_at AS a11, t4.CODE AS a12, t0.AMOUNT AS a13,
       t0.CURRENCY AS a14
FROM request t0 LEFT OUTER JOIN app_user t3 ON (t3.ID = t0.assignee_id) LEFT OUTER JOIN project t4 ON (t4.ID = t0.project_id),
     app_user t2, org_unit t1
WHERE ((((t0.org_unit_id = $1) AND (t0.TYPE = $2)) AND (t0.STATUS = $3)) AND ((t1.ID = t0.org_unit_id) AND (t2.ID = t0.author_id)))
ORDER BY t0.DEADLINE ASC, t0.ID ASC LIMIT $4 OFFSET $5;
PREPARE card(BIGINT) AS
SELECT r.*, u.name, a.full_name, s.full_name FROM request r JOIN org_unit u ON u.id = r.org_unit_id JOIN app_user a ON a.id = r.author_id
LEFT JOIN app_user s ON s.id = r.assignee_id WHERE r.id = $1;
CREATE TEMP TABLE timing (what TEXT, ms NUMERIC);
DO $$
DECLARE t0 TIMESTAMPTZ; k INT; card_id BIGINT;
BEGIN
    SELECT min(id) INTO card_id FROM request WHERE org_unit_id = 900115 AND type = 'PAYMENT' AND status = 'CLOSED';
    FOR k IN 1..35 LOOP
        t0 := clock_timestamp(); EXECUTE 'EXECUTE list_count(900115, ''PAYMENT'', ''CLOSED'', 10001, 0)';
        IF k > 5 THEN INSERT INTO timing VALUES ('count (the ids up to 10001)', extract(epoch FROM clock_timestamp() - t0) * 1000); END IF;
        t0 := clock_timestamp(); EXECUTE 'EXECUTE list_page(900115, ''PAYMENT'', ''CLOSED'', 25, 0)';
        IF k > 5 THEN INSERT INTO timing VALUES ('page 1 (25 rows, by deadline)', extract(epoch FROM clock_timestamp() - t0) * 1000); END IF;
        t0 := clock_timestamp(); EXECUTE 'EXECUTE list_page(900115, ''PAYMENT'', ''CLOSED'', 25, 2500)';
        IF k > 5 THEN INSERT INTO timing VALUES ('deep page (rows 2501-2525)', extract(epoch FROM clock_timestamp() - t0) * 1000); END IF;
        t0 := clock_timestamp(); EXECUTE 'EXECUTE card(' || (card_id + k) || ')';
        IF k > 5 THEN INSERT INTO timing VALUES ('card: the request with unit, author, assignee', extract(epoch FROM clock_timestamp() - t0) * 1000); END IF;
    END LOOP;
END $$;
SELECT what, count(*) AS n, round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::NUMERIC, 2) AS p50_ms,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY ms))::NUMERIC, 2) AS p95_ms
FROM timing GROUP BY what ORDER BY what;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_count(900115, 'PAYMENT', 'CLOSED', 10001, 0);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_page(900115, 'PAYMENT', 'CLOSED', 25, 0);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE list_page(900115, 'PAYMENT', 'CLOSED', 25, 2500);
