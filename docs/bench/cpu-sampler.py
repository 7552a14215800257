#!/usr/bin/env python3
"""CPU of WildFly, PostgreSQL, the Gatling JVM and Maven every 5 s, in % of one core, from /proc/<pid>/stat.

Run it beside a load run (python3 docs/bench/cpu-sampler.py > samples.log &, kill it afterwards); the samples
where WildFly is above 100 % are a scenario's measured window. Divide a group's % by the scenario's throughput
for its CPU milliseconds per action (e.g. 20 % at 150 creates/s = 1.3 ms per create)."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ordo_http import ticks as process_ticks  # noqa: E402


def group(cmdline):
    if "jboss-modules" in cmdline:
        return "wildfly"
    if "postgres" in cmdline:
        return "postgres"
    if "plexus-classworlds" in cmdline:
        return "maven"
    if "gatling" in cmdline.lower():  # the JVM the Gatling plugin forks
        return "gatling"
    return "other"


def ticks():
    totals = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            used = process_ticks(pid)
        except OSError:
            continue  # the process ended meanwhile
        key = group(cmdline)
        totals[key] = totals.get(key, 0) + used
    return totals


hz = os.sysconf("SC_CLK_TCK")
before, t0 = ticks(), time.time()
while True:
    time.sleep(5)
    now, t1 = ticks(), time.time()
    share = {k: (now[k] - before.get(k, 0)) * 100.0 / hz / (t1 - t0) for k in now}
    print(time.strftime("%H:%M:%S"), " ".join(f"{k}={v:.0f}%" for k, v in sorted(share.items())), flush=True)
    before, t0 = now, t1
