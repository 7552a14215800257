"""What the bench scripts share: the run command's URL, a logged-in opener, a Faces ajax POST, timing, the local
WildFly's process and a process's CPU ticks."""
import http.cookiejar, re, subprocess, time, urllib.parse, urllib.request

B = "http://127.0.0.1:8080/ordo/"
VS = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


def login(user, password="Ordo-Demo-2026"):
    """An opener holding the session of USER, signed in through the login form."""
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    vs = VS.search(op.open(B + "login.xhtml").read().decode()).group(1)
    op.open(urllib.request.Request(B + "login.xhtml", data=urllib.parse.urlencode({
        "login": "login", "login:username": user, "login:password": password, "login:submit": "",
        "jakarta.faces.ViewState": vs}).encode())).read()
    return op


def ajax(op, path, fields):
    """A PrimeFaces ajax POST to PATH with the form FIELDS; the partial response's text."""
    r = urllib.request.Request(B + path, data=urllib.parse.urlencode(fields).encode(),
                               headers={"Faces-Request": "partial/ajax", "X-Requested-With": "XMLHttpRequest"})
    return op.open(r).read().decode()


def timed(f):
    """(milliseconds, result) of one call of F."""
    t = time.perf_counter()
    r = f()
    return (time.perf_counter() - t) * 1000, r


def paginator(html):
    """The paginator's "1–25 / N" of a response, or ''."""
    m = re.search(r'ui-paginator-current[^>]*>([^<]*)<', html)
    return m.group(1) if m else ""


def wildfly_pid():
    """The pid of the WildFly on this machine, or None (no shell: its own command line would match)."""
    found = subprocess.run(["pgrep", "-f", "jboss-modules.jar"], capture_output=True, text=True).stdout.split()
    return found[0] if found else None


def ticks(pid):
    """Clock ticks (10 ms) of CPU process PID has used, user + system, from /proc/PID/stat (fields after the name,
    which may hold spaces)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])
