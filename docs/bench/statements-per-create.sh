#!/bin/bash
# What PostgreSQL does for one create through the form (issue 7): resets pg_stat_statements (loaded by the run
# command's embedded PostgreSQL), runs N creates with form-flow.py (form GET, save ajax, card GET, as gen-manager-21
# in department 900115, type HR), and prints each statement's calls and execution time per create, costliest first,
# then the totals. Needs psql and the generated data.
#   docs/bench/statements-per-create.sh [N]      (default 200; run it twice: the first warms the caches)
N=${1:-200}
PSQL="psql -h localhost -p ${ORDO_PG_PORT:-55432} -U postgres -d postgres -X"
$PSQL -qAtc "SELECT pg_stat_statements_reset()" > /dev/null || exit 1
python3 "$(dirname "$0")/form-flow.py" gen-manager-21 "$N" 900115 HR
sleep 1
$PSQL -v n="$N" <<'SQL'
SELECT round(calls::numeric / :n, 2) AS per_create, round(mean_exec_time::numeric, 3) AS mean_ms,
       round((total_exec_time / :n)::numeric, 3) AS ms_per_create, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ordo')
ORDER BY total_exec_time DESC LIMIT 25;
SELECT round(sum(calls)::numeric / :n, 1) AS statements_per_create, round((sum(total_exec_time) / :n)::numeric, 2) AS ms_per_create
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'ordo');
SQL
