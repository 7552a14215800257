#!/usr/bin/env python3
# WildFly CPU per page GET (issue 7): logs in, warms with N/2 GETs, then reads WildFly's utime+stime from /proc
# around N GETs of PATH. Standard library only; the password is the demo password.
#   python3 docs/bench/page-cpu.py LOGIN N PATH      e.g. gen-manager-21 800 "requests/view.xhtml?id=123"
import urllib.request, urllib.parse, http.cookiejar, re, sys, os, time, subprocess
B="http://127.0.0.1:8080/ordo/"
user=sys.argv[1]; n=int(sys.argv[2]); path=sys.argv[3]
cj=http.cookiejar.CookieJar(); op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
VS=re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
vs=VS.search(op.open(B+"login.xhtml").read().decode()).group(1)
op.open(urllib.request.Request(B+"login.xhtml",data=urllib.parse.urlencode({"login":"login","login:username":user,"login:password":"Ordo-Demo-2026","login:submit":"","jakarta.faces.ViewState":vs}).encode())).read()
pid=subprocess.run(["pgrep","-f","jboss-modules.jar"],capture_output=True,text=True).stdout.split()[0]  # no shell: its own command line would match
def cpu(): f=open(f"/proc/{pid}/stat").read().split(); return int(f[13])+int(f[14])
for i in range(n//2): op.open(B+path).read()
t0=cpu(); w=time.time(); size=0
for i in range(n): size=len(op.open(B+path).read())
print(f"{path}: {(cpu()-t0)*10/n:.1f} ms cpu/req, {1000*(time.time()-w)/n:.1f} ms wall, {size} bytes")
