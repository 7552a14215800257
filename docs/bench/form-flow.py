#!/usr/bin/env python3
# Times the HTTP requests of creating a request through the form (the load benchmark's scenario 8: the form opened
# from the "New request" menu with its type, edit.xhtml?type=…; save ajax; card GET), one after the other, as one
# logged-in user; prints the median and p90 of each step over the second half of the runs. Standard library only.
# AJAX_TYPE=1 opens the bare form and chooses the type by ajax first (four requests, as before the type menus).
#   python3 docs/bench/form-flow.py LOGIN RUNS UNIT_ID [TYPE]      e.g. gen-manager-21 300 900115 HR
# With the server on this machine, each step also shows WildFly's CPU per request (/proc, averaged over the second half).
# The password is ORDO_DEMO_PASSWORD (default: the demo password). Types HR and IT only (their required fields). OLD=1 posts the form of builds before the department autocomplete (eae851b).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ordo_http import ticks, wildfly_pid
OLD=os.environ.get("OLD")
AJAX_TYPE=os.environ.get("AJAX_TYPE") or OLD
import urllib.request, urllib.parse, http.cookiejar, re, time, sys, statistics
B="http://127.0.0.1:8080/ordo/"
user=sys.argv[1]; n=int(sys.argv[2]); unit=sys.argv[3]; typ=sys.argv[4] if len(sys.argv)>4 else "HR"
cj=http.cookiejar.CookieJar()
class NoRedir(urllib.request.HTTPRedirectHandler):
    def redirect_request(self,*a,**k): return None
op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj),NoRedir)
VS=re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
def get(p):
    try: r=op.open(B+p); return r.read().decode()
    except urllib.error.HTTPError as e: return e.read().decode()
def post(p,d,ajax=False):
    req=urllib.request.Request(B+p,data=urllib.parse.urlencode(d).encode())
    if ajax: req.add_header("Faces-Request","partial/ajax")
    try: return op.open(req).read().decode()
    except urllib.error.HTTPError as e: return e.read().decode()
vs=VS.search(get("login.xhtml")).group(1)
post("login.xhtml",{"login":"login","login:username":user,"login:password":os.environ.get("ORDO_DEMO_PASSWORD","Ordo-Demo-2026"),"login:submit":"","jakarta.faces.ViewState":vs})
VALS={"hrKind":"CERTIFICATE","employee":"Иван Петров","itKind":"ACCESS","system":"1С"}
def form(filled,fields,vs,k):
    f={"requestForm":"requestForm","requestForm:type_input":typ,"requestForm:title":"flow "+k if filled else "","requestForm:description":"x" if filled else "",
       **({"requestForm:unit_input":unit if filled else "","requestForm:unit_filter":""} if OLD else {"requestForm:unit_input":"Отдел" if filled else "","requestForm:unit_hinput":unit if filled else ""}),"requestForm:priority_input":"MEDIUM","requestForm:deadline_input":"",
       "requestForm:project_input":"",**({"requestForm:project_filter":""} if OLD else {"requestForm:project_hinput":""}),"requestForm:amount_input":"","requestForm:amount_hinput":"","requestForm:currency_input":"KZT","jakarta.faces.ViewState":vs}
    if filled:
        for name,key in fields: f[name]=VALS.get(key,"")
    return f
T={s:[] for s in ("get form","ajax type","save","card")}
C={s:0 for s in T}  # WildFly CPU ticks (10 ms) per step, second half of the runs: /proc of the local server
pid=wildfly_pid()
def cpu():
    if not pid: return 0
    return ticks(pid)
def timed(step,i,call):
    c0=cpu(); t=time.perf_counter(); h=call(); T[step].append(time.perf_counter()-t)
    if i>=n//2: C[step]+=cpu()-c0
    return h
for i in range(n):
    h=timed("get form",i,lambda: get("requests/edit.xhtml" + ("" if AJAX_TYPE else "?type=" + typ)))
    vs=VS.search(h).group(1)
    if AJAX_TYPE:
        d=form(False,[],vs,str(i)); d.update({"jakarta.faces.source":"requestForm:type","jakarta.faces.partial.execute":"requestForm:type","jakarta.faces.partial.render":"requestForm:typeFields requestForm:money","jakarta.faces.behavior.event":"change","jakarta.faces.partial.event":"change","jakarta.faces.partial.ajax":"true"})
        h=timed("ajax type",i,lambda: post("requests/edit.xhtml",d,True))
    fields=re.findall(r'<(?:input|select|textarea)\b[^>]*?\bname="([^"]+)"[^>]*?\bdata-field="([^"]+)"',h)
    d=form(True,fields,vs,str(i)); d.update({"jakarta.faces.source":"requestForm:save","jakarta.faces.partial.execute":"requestForm","jakarta.faces.partial.render":"requestForm","requestForm:save":"requestForm:save","jakarta.faces.partial.ajax":"true"})
    h=timed("save",i,lambda: post("requests/edit.xhtml",d,True))
    m=re.search(r'<redirect url="[^"]*/requests/view\.xhtml\?id=(\d+)"',h)
    if not m: print("save failed", h[:2000]); sys.exit(1)
    h=timed("card",i,lambda: get("requests/view.xhtml?id="+m.group(1)))
half=n//2
tot=0
for s,v in T.items():
    if not v: continue
    v=sorted(v[half:]); med=statistics.median(v)*1000; tot+=med
    print(f"{s:10s} median {med:6.1f} ms  p90 {v[int(len(v)*0.9)]*1000:6.1f}"
          + (f"  WildFly CPU {C[s]*10/len(v):5.2f} ms" if pid else ""))
print(f"total median {tot:.1f} ms")
