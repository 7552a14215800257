#!/usr/bin/env python3
# The invoice registry's text filter ("Apply") for each word given, as LOGIN (issue 7): wall time of the first of
# three and the best of the other two, rows and the paginator's count.
#   python3 docs/bench/invoice-search.py gen-finance-1 zzq канц маркетинг ТОО 63492
import sys
from ordo_http import B, VS, ajax, login, paginator, timed

user = sys.argv[1]
op = login(user)
vs = VS.search(op.open(B + "finance/invoices.xhtml").read().decode()).group(1)
for text in sys.argv[2:]:
    fields = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.ViewState": vs, "inv": "inv",
              "jakarta.faces.source": "inv:apply", "jakarta.faces.partial.execute": "@all",
              "jakarta.faces.partial.render": "inv:table", "inv:apply": "inv:apply", "inv:text": text,
              "inv:status_input": "", "inv:from_input": "", "inv:to_input": ""}
    runs = [timed(lambda: ajax(op, "finance/invoices.xhtml", fields)) for i in range(3)]
    h = runs[-1][1]
    print(f"{user:16} {text:22} {runs[0][0]:7.1f} {min(r[0] for r in runs[1:]):7.1f} ms"
          f" rows={h.count('data-ri=')} {paginator(h)}")
