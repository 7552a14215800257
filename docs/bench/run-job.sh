#!/usr/bin/env bash
# usage: run-job.sh JOBNAME [NOW] — starts the job through the WildFly CLI and waits; prints its duration and counts.
# NOW (an instant such as 2026-12-10T00:00:00Z) is the job's business moment, e.g. a night whose report was not made yet
# The console password is the one the run command printed: RUN_LOG names its output (default /tmp/run.log), or set
# ORDO_ADMIN_PASSWORD; SERVER is the WildFly it runs (default: this checkout's ear/target/server).
pw=${ORDO_ADMIN_PASSWORD:-$(grep -o "user: ordo-admin  password: [^ ]*" "${RUN_LOG:-/tmp/run.log}" | tail -1 | awk '{print $4}')}
server=${SERVER:-$(cd "$(dirname "$0")/../.." && pwd)/ear/target/server}
out=$("$server"/bin/jboss-cli.sh --connect --controller=127.0.0.1:9990 --user=ordo-admin --password=$pw \
  --command="/deployment=ordo.ear/subdeployment=ordo-ejb.jar/subsystem=batch-jberet:start-job(job-xml-name=$1${2:+, properties={now=$2}})")
id=$(grep -o '"result" => [0-9L]*' <<<"$out" | grep -o '[0-9]*' | head -1)
[ -n "$id" ] || { echo "the job did not start: $out" >&2; exit 1; }
echo "started $1 execution $id"
export PGPASSWORD=ordo
while true; do
  st=$(psql -h localhost -p 55432 -U ordo -d ordo -Atc "select batchstatus from job_execution where jobexecutionid=$id")
  case "$st" in COMPLETED|FAILED|STOPPED) break;; esac; sleep 1
done
psql -h localhost -p 55432 -U ordo -d ordo -c "select j.jobexecutionid, j.batchstatus, extract(epoch from j.endtime - j.starttime)::numeric(10,1) as seconds, s.stepname, s.readcount, s.writecount, s.filtercount from job_execution j join step_execution s on s.jobexecutionid = j.jobexecutionid where j.jobexecutionid=$id"
