#!/bin/bash
# docs/bench/outbox-measure.sh N: against the run command's embedded PostgreSQL (pg_stat_statements loaded; superuser postgres)
# WARNING: it re-sends N already sent emails through the server's mail session: use it only with the run command's
# local mail server (the default of the README run command), never against a server wired to a real SMTP relay.
# re-queue N sent emails, wait until the outbox timer has sent them all; print seconds and statements by kind
N=${1:-2000}
P="psql -h localhost -p 55432 -U postgres -d postgres -At"   # pg_stat_statements (superuser)
Q="psql -h localhost -p 55432 -U ordo -d ordo -At"           # the application's tables
export PGPASSWORD=postgres
PGPASSWORD=ordo $Q -c "update outbox_message set status='PENDING', sent_at=null, attempts=0, next_attempt_at=now() + interval '12 seconds' where id in (select id from outbox_message where status='SENT' order by id limit $N)" >/dev/null
$P -c "select pg_stat_statements_reset()" >/dev/null
t0=$(date +%s.%N)
while [ "$(PGPASSWORD=ordo $Q -c "select count(*) from outbox_message where status='PENDING'")" != "0" ]; do sleep 0.5; done
t1=$(date +%s.%N)
echo "pending -> sent: $(echo "$t1 - $t0 - 12" | bc) s after due (polling 0.5 s; timer every 10 s)"
$P -c "select calls, round(total_exec_time::numeric,1) ms, left(regexp_replace(query,'\s+',' ','g'),90) from pg_stat_statements where query ilike '%outbox_message%' order by calls desc limit 6"
