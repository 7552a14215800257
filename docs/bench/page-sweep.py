#!/usr/bin/env python3
# Every page's GET for each login given (issue 7): logs in, opens each page three times (the first cold, then the
# best of two), follows the first request, task and invoice card the lists link to, and flags a page slower than
# 50 ms. Standard library only; the password is the demo password; run it against the run command's server.
#   python3 docs/bench/page-sweep.py gen-manager-21,gen-head-1,gen-finance-1,gen-executor-1,admin
import re, sys, urllib.error
from ordo_http import B, login, timed

PAGES = ("index.xhtml requests/list.xhtml tasks/my.xhtml tasks/board.xhtml tasks/workload.xhtml finance/invoices.xhtml"
         " finance/counterparties.xhtml finance/settings.xhtml budgets/lines.xhtml notifications/list.xhtml"
         " notifications/preferences.xhtml requests/edit.xhtml?type=PAYMENT admin/audit.xhtml admin/jobs.xhtml"
         " admin/notifications.xhtml admin/projects.xhtml admin/templates.xhtml admin/units.xhtml admin/users.xhtml").split()
CARDS = {"requests/list.xhtml": "requests/view", "tasks/my.xhtml": "tasks/view", "finance/invoices.xhtml": "finance/invoice"}

for user in sys.argv[1].split(","):
    op = login(user)
    queue = list(PAGES)
    while queue:
        p = queue.pop(0)
        try:
            ts = []
            for i in range(3):
                ms, h = timed(lambda: op.open(B + p).read().decode())
                ts.append(ms)
        except urllib.error.HTTPError as e:
            print(f"{user:16} {p:40} HTTP {e.code}")
            continue
        if p in CARDS:
            m = re.search(r'href="/ordo/(' + CARDS[p] + r'.xhtml\?id=\d+)"', h)
            if m:
                queue.append(m.group(1))
        flag = " <<<" if min(ts[1:]) > 50 else ""
        print(f"{user:16} {p:40} {ts[0]:7.1f} {min(ts[1:]):7.1f} ms {len(h):7d} B{flag}")
