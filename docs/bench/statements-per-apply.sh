#!/bin/bash
# What PostgreSQL does for one "Apply" of the filtered request list (issue 7; the load benchmark's scenario 1, as
# docs/bench/list-apply-cpu.py sends it): resets pg_stat_statements (loaded by the run command's embedded
# PostgreSQL), runs list-apply-cpu.py with N (N/2 + N Apply requests and one list GET as gen-manager-21), and prints
# each statement's calls per request and mean time, most frequent first, then the totals. Needs psql and the
# generated data.
#   docs/bench/statements-per-apply.sh [N]      (default 400; run it twice: the first warms the caches)
N=${1:-400}
PSQL="psql -h localhost -p ${ORDO_PG_PORT:-55432} -U postgres -d postgres -X"
$PSQL -qAtc "SELECT pg_stat_statements_reset()" > /dev/null || exit 1
python3 "$(dirname "$0")/list-apply-cpu.py" gen-manager-21 "$N"
sleep 1
$PSQL -v n="$((N * 3 / 2))" <<'SQL'
SELECT round(calls::numeric / :n, 2) AS per_apply, round(mean_exec_time::numeric, 3) AS mean_ms,
       left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ordo')
ORDER BY calls DESC LIMIT 12;
SELECT round(sum(calls)::numeric / :n, 1) AS statements_per_apply, round((sum(total_exec_time) / :n)::numeric, 2) AS ms_per_apply
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ordo');
SQL
