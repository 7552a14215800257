#!/usr/bin/env python3
# Heap during a request-list export (issue 7: "heap stays bounded during a 100,000-row XLSX export"): signs in as LOGIN,
# opens the list, applies TYPE/STATUS (empty: everything the caller sees, up to the export's 200,000 rows), presses the
# list's XLSX (or CSV) button as the browser does (a non-ajax form POST) and reads the file as it streams, while
# sampling WildFly's heap with `jstat -gc` every 100 ms. Prints rows' bytes, seconds, and the heap used after each
# young collection (the live set plus what survived) — flat for any number of rows when the export streams.
#   python3 docs/bench/export-heap.py LOGIN FORMAT [TYPE] [STATUS]   e.g. admin xlsx   or   admin xlsx PAYMENT CLOSED
import io, os, re, subprocess, sys, threading, time, urllib.parse, urllib.request, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ordo_http import B, VS, login, ajax, paginator, wildfly_pid

user, fmt = sys.argv[1], sys.argv[2].lower()
typ = sys.argv[3] if len(sys.argv) > 3 else ""
status = sys.argv[4] if len(sys.argv) > 4 else ""
pid = wildfly_pid()
op = login(user)
vs = VS.search(op.open(B + "requests/list.xhtml").read().decode()).group(1)
form = {"requests": "requests", "requests:saved_input": "", "requests:filterName": "", "requests:text": "",
        "requests:type_input": typ, "requests:status_input": status, "requests:priority_input": "",
        "requests:city_input": "", "requests:branch_input": "", "requests:unit_input": "", "requests:project_input": "",
        "requests:assignee_input": "", "requests:assignee_hinput": "", "requests:author_input": "",
        "requests:author_hinput": "", "requests:from_input": "", "requests:to_input": "", "jakarta.faces.ViewState": vs}
shown = paginator(ajax(op, "requests/list.xhtml", {**form, "jakarta.faces.partial.ajax": "true",
                                                   "jakarta.faces.source": "requests:apply",
                                                   "jakarta.faces.partial.execute": "requests",
                                                   "jakarta.faces.partial.render": "requests:table",
                                                   "requests:apply": "requests:apply"}))
samples, done = [], threading.Event()


def sample():
    p = subprocess.Popen(["jstat", "-gc", pid, "100"], stdout=subprocess.PIPE, text=True)
    head = None
    for line in p.stdout:
        f = line.split()
        if f[0] == "S0C":
            head = f
            continue
        row = dict(zip(head, map(float, f)))
        samples.append(row)
        if done.is_set():
            break
    p.kill()


t = threading.Thread(target=sample)
t.start()
time.sleep(0.5)
start = time.time()
r = op.open(urllib.request.Request(B + "requests/list.xhtml", data=urllib.parse.urlencode(
    {**form, "requests:export" + fmt.capitalize(): ""}).encode()))
body = io.BytesIO()
while chunk := r.read(65536):
    body.write(chunk)
size = body.tell()
took = time.time() - start
time.sleep(0.5)
done.set()
t.join()
if fmt == "xlsx":  # rows in the file: the sheet's <row> elements, less the header
    with zipfile.ZipFile(body) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/"))
        rows = len(re.findall(rb"<row[ >]", z.read(sheet))) - 1
else:
    rows = body.getvalue().count(b"\n") - 1
used = [(s["EU"] + s["OU"] + s["S0U"] + s["S1U"]) / 1024 for s in samples]
after_gc = [(samples[i]["OU"] + samples[i]["S0U"] + samples[i]["S1U"]) / 1024
            for i in range(1, len(samples)) if samples[i]["YGC"] > samples[i - 1]["YGC"]]
print(f"{user} {fmt} type={typ or '-'} status={status or '-'}: list shows {shown!r}; {rows} rows, {size / 1e6:.1f} MB in {took:.1f} s, "
      f"{r.headers.get('Content-Type')}")
print(f"heap used (MB) min {min(used):.0f} max {max(used):.0f}; after each of {len(after_gc)} young collections: "
      + " ".join(f"{x:.0f}" for x in after_gc))
