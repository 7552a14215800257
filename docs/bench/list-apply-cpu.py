#!/usr/bin/env python3
# WildFly CPU and wall time per "Apply" ajax request of the request list (issue 7; the load benchmark's scenario 1:
# type PAYMENT, status CLOSED, department 900115, sorted by deadline, 25 rows): logs in, opens the list, sorts, warms
# with N/2 Apply requests, then reads WildFly's utime+stime from /proc around N more. Standard library only; the
# password is the demo password; run it on the machine of the run command's server.
#   python3 docs/bench/list-apply-cpu.py LOGIN N      e.g. gen-manager-21 3000
import urllib.request, urllib.parse, http.cookiejar, re, sys, os, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ordo_http import ticks, wildfly_pid
B="http://127.0.0.1:8080/ordo/"
user=sys.argv[1]; n=int(sys.argv[2])
cj=http.cookiejar.CookieJar(); op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
VS=re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
PVS=re.compile(r'<update id="[^"]*jakarta.faces.ViewState[^"]*"><!\[CDATA\[([^\]]+)\]\]>')
vs=VS.search(op.open(B+"login.xhtml").read().decode()).group(1)
op.open(urllib.request.Request(B+"login.xhtml",data=urllib.parse.urlencode({"login":"login","login:username":user,"login:password":"Ordo-Demo-2026","login:submit":"","jakarta.faces.ViewState":vs}).encode())).read()
h=op.open(B+"requests/list.xhtml").read().decode()
vs=VS.search(h).group(1)
sortKey=re.findall(r'<th id="(requests:table:[^"]+)" class="[^"]*ui-sortable-column',h)[5]
def ajax(d):
    base={"jakarta.faces.partial.ajax":"true","jakarta.faces.ViewState":vs,"requests":"requests"}; base.update(d)
    r=urllib.request.Request(B+"requests/list.xhtml",data=urllib.parse.urlencode(base).encode(),headers={"Faces-Request":"partial/ajax","X-Requested-With":"XMLHttpRequest"})
    return op.open(r).read().decode()
ajax({"jakarta.faces.source":"requests:table","jakarta.faces.partial.execute":"requests:table","jakarta.faces.partial.render":"requests:table","requests:table_sorting":"true","requests:table_skipChildren":"true","requests:table_encodeFeature":"true","requests:table_sortKey":sortKey,"requests:table_sortDir":"1"})
F={"jakarta.faces.source":"requests:apply","jakarta.faces.partial.execute":"requests","jakarta.faces.partial.render":"requests:table","requests:apply":"requests:apply",
 "requests:saved_input":"","requests:filterName":"","requests:text":"","requests:type_input":"PAYMENT","requests:status_input":"CLOSED","requests:priority_input":"","requests:city_input":"","requests:branch_input":"","requests:unit_input":"900115","requests:project_input":"","requests:assignee_input":"","requests:assignee_hinput":"","requests:author_input":"","requests:author_hinput":"","requests:from_input":"","requests:to_input":"","requests:table_rppDD":"25"}
pid=wildfly_pid()
def cpu(): return ticks(pid)
for i in range(n//2): h=ajax(F)
assert '<tr data-ri="24"' in h, h[:3000]
t0=cpu(); w=time.time(); ws=[]
for i in range(n):
    t=time.perf_counter(); h=ajax(F); ws.append(time.perf_counter()-t)
c=(cpu()-t0)*10/n; ws.sort()
print(f"list apply: {c:.2f} ms cpu/req, wall p50 {ws[n//2]*1000:.2f} ms, {len(h)} bytes")
