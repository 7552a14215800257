#!/usr/bin/env python3
# The request list's "Apply" for one filter at a time, for each login given (issue 7): type, status, priority,
# period, assignee, author, project, city, overdue, text (a common word, a rare one, a number), two at once. Prints
# the wall time of two Applies and the paginator's count, and flags one slower than 80 ms. Ids are read with psql
# from the run command's embedded PostgreSQL. Optional second argument: one filter's name.
#   python3 docs/bench/list-filter-sweep.py gen-manager-21,gen-finance-1 ["text 'ремонт'"]
import subprocess, sys
from ordo_http import B, VS, ajax, login, paginator, timed


def q(sql):
    return subprocess.run(["psql", "-h", "localhost", "-p", "55432", "-U", "ordo", "-d", "ordo", "-XAtc", sql],
                          capture_output=True, text=True).stdout.strip()


IDS = {"ASSIGNEE": q("SELECT id FROM app_user WHERE login = 'gen-executor-5'"),
       "AUTHOR": q("SELECT id FROM app_user WHERE login = 'gen-manager-21'"),
       "PROJECT": q("SELECT id FROM project ORDER BY id LIMIT 1"),
       "CITY": q("SELECT id FROM org_unit WHERE kind = 'CITY' ORDER BY id LIMIT 1")}
EMPTY = {f"requests:{k}": "" for k in ("saved_input", "text", "type_input", "status_input", "priority_input", "city_input",
                                       "branch_input", "unit_input", "project_input", "assignee_input", "assignee_hinput",
                                       "author_input", "author_hinput", "from_input", "to_input")}
EMPTY["requests:table_rppDD"] = "25"
CASES = [("text 'ремонт'", {"text": "ремонт"}), ("text 'zzzq'", {"text": "zzzq"}), ("text number PAY-2025", {"text": "PAY-2025-0001"}),
         ("overdue", {"overdue_input": "on"}), ("status NEW", {"status_input": "NEW"}),
         ("status ON_APPROVAL", {"status_input": "ON_APPROVAL"}), ("type INSTALLATION", {"type_input": "INSTALLATION"}),
         ("priority URGENT", {"priority_input": "URGENT"}),
         ("priority URGENT + type PAYMENT", {"priority_input": "URGENT", "type_input": "PAYMENT"}),
         ("from 01.01.2024 to 31.01.2024", {"from_input": "01.01.2024", "to_input": "31.01.2024"}),
         ("assignee gen-executor-5", {"assignee_hinput": "ASSIGNEE"}), ("author", {"author_hinput": "AUTHOR"}),
         ("project", {"project_input": "PROJECT"}), ("city", {"city_input": "CITY"}),
         ("status REJECTED + overdue", {"status_input": "REJECTED", "overdue_input": "on"}),
         ("text 'ремонт' + type IT", {"text": "ремонт", "type_input": "IT"}), ("type PAYMENT", {"type_input": "PAYMENT"}),
         ("type PAYMENT + status ON_APPROVAL", {"type_input": "PAYMENT", "status_input": "ON_APPROVAL"}),
         ("type PURCHASE + project", {"type_input": "PURCHASE", "project_input": "PROJECT"})]
only = sys.argv[2] if len(sys.argv) > 2 else None

for user in sys.argv[1].split(","):
    op = login(user)
    vs = VS.search(op.open(B + "requests/list.xhtml").read().decode()).group(1)
    for name, case in CASES:
        if only is not None and name != only:
            continue
        fields = dict(EMPTY)
        fields.update({"requests:" + k: IDS.get(v, v) for k, v in case.items()})
        fields.update({"jakarta.faces.partial.ajax": "true", "jakarta.faces.ViewState": vs, "requests": "requests",
                       "jakarta.faces.source": "requests:apply", "jakarta.faces.partial.execute": "requests",
                       "jakarta.faces.partial.render": "requests:table", "requests:apply": "requests:apply"})
        runs = [timed(lambda: ajax(op, "requests/list.xhtml", fields)) for i in range(2)]
        h = runs[-1][1]
        flag = " <<<" if min(r[0] for r in runs) > 80 else ""
        print(f"{user:16} {name:34} {runs[0][0]:8.1f} {runs[1][0]:8.1f} ms rows={h.count('data-ri=')} {paginator(h)}{flag}")
