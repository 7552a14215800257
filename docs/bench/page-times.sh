#!/usr/bin/env bash
# Server time of Ordo pages as a logged-in user, sequential (concurrency 1): logs in through the login form,
# warms up, then prints p50 / p95 / max of N timed GETs per path (curl's time_total on 127.0.0.1).
# Usage: docs/bench/page-times.sh LOGIN PASSWORD N PATH...   e.g. docs/bench/page-times.sh executor Ordo-Demo-2026 30 tasks/my.xhtml
set -euo pipefail
base=${ORDO_URL:-http://127.0.0.1:8080/ordo/}
login=$1 password=$2 n=$3; shift 3
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
page=$(curl -s -c "$jar" -b "$jar" "${base}login.xhtml")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" "${base}login.xhtml" --data-urlencode "login=login" \
  --data-urlencode "login:username=$login" --data-urlencode "login:password=$password" \
  --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
for path in "$@"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base$path"; done
  code=$(curl -s -o /dev/null -w "%{http_code}" -b "$jar" "$base$path")
  if [ "$code" != 200 ]; then echo "$path answered $code for $login (not logged in?)" >&2; exit 1; fi
  for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done | sort -n |
    awk -v p="$path" -v u="$login" -v c="$code" '{a[NR]=$1} END {printf "%-12s %-40s http %s  n=%d  p50 %.0f ms  p95 %.0f ms  max %.0f ms\n", u, p, c, NR, a[int(NR*0.5+0.5)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000}'
done
