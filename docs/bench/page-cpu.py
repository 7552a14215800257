#!/usr/bin/env python3
# WildFly CPU per page GET (issue 7): logs in, warms with N/2 GETs, then reads WildFly's utime+stime from /proc
# around N GETs of PATH. Standard library only; the password is the demo password.
#   python3 docs/bench/page-cpu.py LOGIN N PATH      e.g. gen-manager-21 800 "requests/view.xhtml?id=123"
import os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ordo_http import B, login, ticks, wildfly_pid
user=sys.argv[1]; n=int(sys.argv[2]); path=sys.argv[3]
op=login(user)
pid=wildfly_pid()
def cpu(): return ticks(pid)
for i in range(n//2): op.open(B+path).read()
t0=cpu(); w=time.time(); size=0
for i in range(n): size=len(op.open(B+path).read())
print(f"{path}: {(cpu()-t0)*10/n:.1f} ms cpu/req, {1000*(time.time()-w)/n:.1f} ms wall, {size} bytes")
