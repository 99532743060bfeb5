#!/usr/bin/env python3
"""Editor latency, start-up and memory of the language server, measured from a real LSP client.

This is a separate client process speaking JSON-RPC over the server's stdio (the server is
`java [flags] -jar migration-lsp.jar`, exactly as the editors start it). Every reply and
notification is time-stamped by a reader thread the moment its frame is complete.

  python3 server/bench/lsp-latency.py [--jar JAR] [--work DIR] [--edits 200] [--runs 5]
                                      [--files 1000] [--mem-files 5000] [--mem-edits 1000]
                                      [--scale 1000,2000,5000] [--cds] [--jvm-flags "..."] [--launcher-flags]
                                      [--smoke]

Sections (all printed as Markdown tables):
  latency  1,000-file workspace; on 100-, 1,000- and 10,000-line migrations: didChange -> the
           publishDiagnostics of that version (push client, includes the server's 100 ms debounce)
           and didChange -> textDocument/diagnostic reply (pull client); completion at a role-name
           position; code action at a finding. p50/p95/p99 after a warm-up.
  startup  cold process start -> initialize reply -> first diagnostics of an opened file (push
           client), several runs, medians; with --cds also with an AppCDS archive (the archive is
           built here, in --work, by one run with -XX:ArchiveClassesAtExit).
  scale    1k/2k/5k-file workspaces: workspace/diagnostic (every file analysed), first completion
           (the role catalog reads every migration), one-edit pull latency on a 100-line file, VmHWM.
  memory   peak RSS (VmHWM of the java process) on the --mem-files workspace after
           workspace/diagnostic, a completion and --mem-edits edits, with the default flags.
No timing is asserted: the exit code is non-zero only when the harness or the server breaks.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GEN = os.path.join(HERE, "gen-corpus.py")
TIMEOUT = 120.0


def now():
    return time.perf_counter()


class Broken(Exception):
    pass


class Client:
    """A minimal LSP client: framing, request/response matching, diagnostics by (uri, version)."""

    def __init__(self, jar, root, pull, jvm_flags=(), stderr_path=None):
        self.t_spawn = now()
        self.err = open(stderr_path or os.devnull, "wb")
        self.proc = subprocess.Popen(["java", *jvm_flags, "-jar", jar], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.err, bufsize=0)
        self.root = root
        self.pull = pull
        self.next_id = 0
        self.lock = threading.Condition()
        self.responses = {}          # id -> (time, message)
        self.diagnostics = {}        # (uri, version) -> (time, params)
        self.first_diag = {}         # uri -> time of the first publishDiagnostics
        self.publish_times = {}      # uri -> times of every publishDiagnostics
        self.indexed_at = None       # when the server logged that the workspace is indexed
        self.closed = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # ---- wire
    def _send(self, msg):
        body = json.dumps(msg).encode("utf-8")
        try:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as e:
            raise Broken("server stdin closed: %s" % e)

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = b""
                while len(body) < length:
                    chunk = out.read(length - len(body))
                    if not chunk:
                        return
                    body += chunk
                t = now()
                self._dispatch(t, json.loads(body))
        finally:
            with self.lock:
                self.closed = True
                self.lock.notify_all()

    def _dispatch(self, t, msg):
        if "method" in msg and "id" in msg:          # a request from the server: answer it
            result = None
            if msg["method"] == "workspace/configuration":
                result = [None for _ in msg.get("params", {}).get("items", [])]
            self._send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
            return
        with self.lock:
            if "id" in msg:
                self.responses[msg["id"]] = (t, msg)
            elif msg.get("method") == "textDocument/publishDiagnostics":
                p = msg["params"]
                self.diagnostics[(p["uri"], p.get("version"))] = (t, p)
                self.first_diag.setdefault(p["uri"], t)
                self.publish_times.setdefault(p["uri"], []).append(t)
            elif msg.get("method") == "window/logMessage" and "migration-lsp: indexed" in msg["params"].get("message", ""):
                if self.indexed_at is None:
                    self.indexed_at = t
            self.lock.notify_all()

    def _wait(self, pred, what):
        deadline = now() + TIMEOUT
        with self.lock:
            while True:
                v = pred()
                if v is not None:
                    return v
                if self.closed:
                    raise Broken("server exited while waiting for %s (exit %s)" % (what, self.proc.poll()))
                left = deadline - now()
                if left <= 0:
                    raise Broken("timeout waiting for %s" % what)
                self.lock.wait(left)

    def request(self, method, params):
        """Returns (seconds from send to reply, result)."""
        self.next_id += 1
        rid = self.next_id
        t0 = now()
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        t, msg = self._wait(lambda: self.responses.pop(rid, None), method)
        self.last_reply = t
        if "error" in msg:
            raise Broken("%s failed: %s" % (method, msg["error"]))
        return t - t0, msg.get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_diagnostics(self, uri, version):
        return self._wait(lambda: self.diagnostics.pop((uri, version), None), "diagnostics of %s v%s" % (uri, version))

    # ---- LSP
    def initialize(self):
        caps = {"general": {"positionEncodings": ["utf-16"]},
                "workspace": {"configuration": False, "workspaceEdit": {"documentChanges": True}},
                "textDocument": {"synchronization": {"didSave": True},
                                 "publishDiagnostics": {"versionSupport": True},
                                 "completion": {"completionItem": {"snippetSupport": False}},
                                 "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source"]}}}}}
        if self.pull:
            caps["textDocument"]["diagnostic"] = {"dynamicRegistration": False}
        uri = "file://" + self.root
        took, result = self.request("initialize", {"processId": os.getpid(), "rootUri": uri, "capabilities": caps,
                                                   "workspaceFolders": [{"uri": uri, "name": "bench"}]})
        self.notify("initialized", {})
        return took, result

    def open(self, path):
        uri = "file://" + path
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "sql", "version": 1, "text": text}})
        return uri, text

    def change(self, uri, version, line, char, old_len, new_text):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": char},
                                          "end": {"line": line, "character": char + old_len}}, "text": new_text}]})

    def vm_hwm_kb(self):
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for l in f:
                    if l.startswith("VmHWM:"):
                        return int(l.split()[1])
        except OSError:
            return None
        return None

    def close(self):
        try:
            if not self.closed:
                self.request("shutdown", None)
                self.notify("exit", None)
            self.proc.wait(timeout=20)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        self.err.close()
        code = self.proc.returncode
        if code not in (0, None):
            raise Broken("server exited with %s" % code)


# ---------------------------------------------------------------------------- helpers

def launcher_flags(jar):
    """The server's default JVM flags from server/bin/migration-lsp (the editors use the same), and
    the class-data sharing archive mvn package builds next to the jar when it is there."""
    flags = []
    with open(os.path.join(REPO, "server", "bin", "migration-lsp")) as f:
        for line in f:
            if line.startswith("server_flags=("):
                flags = line.strip()[len("server_flags=("):-1].split()
    archive = jar[:-len(".jar")] + ".jsa" if jar.endswith(".jar") else None
    if archive and os.path.exists(archive):
        flags += ["-Xshare:auto", "-XX:SharedArchiveFile=" + archive]
    return flags


def pct(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def ms(x):
    return "%.1f" % (x * 1000)


def workspace(work, files, big_lines=()):
    """A platform workspace of `files` migrations plus one migration per entry of big_lines."""
    root = os.path.join(work, "ws-%d" % files)
    marker = os.path.join(root, ".bench-" + "-".join(str(b) for b in big_lines))
    if not os.path.exists(marker):
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([sys.executable, GEN, "--platform", str(files), root], check=True)
        for i, n in enumerate(big_lines):
            subprocess.run([sys.executable, GEN, "--lines", str(n), big_path(root, files, i)], check=True)
        open(marker, "w").close()
    return root


def big_path(root, files, i):
    return os.path.join(root, "_migrations", "2026_6_%d_1.sql" % (files + 1 + i))


def edit_site(text):
    """(line, character) inside a column name of a CREATE TABLE near the middle of the file."""
    lines = text.split("\n")
    mid = len(lines) // 2
    for d in range(len(lines)):
        for i in (mid + d, mid - d):
            if 0 <= i < len(lines) and lines[i].startswith("    NAME NVARCHAR(255)"):
                return i, 8
    for i, l in enumerate(lines):
        if l.startswith("    ") and "NVARCHAR" in l:
            return i, l.index(" NVARCHAR")
    raise Broken("no edit site in the migration")


def role_site(text):
    lines = text.split("\n")
    mid = len(lines) // 2
    for d in range(len(lines)):
        for i in (mid - d, mid + d):
            if 0 <= i < len(lines) and "PLATFORM.ROLES WHERE NAME = '" in lines[i]:
                return i, lines[i].index("NAME = '") + len("NAME = '")
    raise Broken("no role-name position in the migration")


def edits(client, uri, site, n, version, pull):
    """n keystrokes (insert 'X', then delete it, ...) at site; returns (latencies, next version)."""
    line, char = site
    out = []
    for k in range(n):
        version += 1
        inserting = k % 2 == 0
        t0 = now()
        client.change(uri, version, line, char, 0 if inserting else 1, "X" if inserting else "")
        if pull:
            took, rep = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            if rep is None or rep.get("kind") not in ("full", "unchanged"):
                raise Broken("bad diagnostic report: %r" % (rep,))
            out.append(client.last_reply - t0)
        else:
            t, _ = client.wait_diagnostics(uri, version)
            out.append(t - t0)
    return out, version


# ---------------------------------------------------------------------------- sections

def latency(args, jar):
    sizes = [int(s) for s in args.sizes.split(",")]
    root = workspace(args.work, args.files, sizes)
    rows = []
    extra = []
    for pull in (False, True):
        c = Client(jar, root, pull, args.jvm, os.path.join(args.work, "server-%s.log" % ("pull" if pull else "push")))
        c.initialize()
        for i, n in enumerate(sizes):
            path = big_path(root, args.files, i)
            uri, text = c.open(path)
            version = 1
            if not pull:
                c.wait_diagnostics(uri, 1)
            site = edit_site(text)
            _, version = edits(c, uri, site, args.warmup, version, pull)
            lat, version = edits(c, uri, site, args.edits, version, pull)
            mode = "didChange -> textDocument/diagnostic reply (pull)" if pull else \
                "didChange -> publishDiagnostics of that version (push, incl. 100 ms debounce)"
            rows.append((mode, "%s lines" % "{:,}".format(len(text.split("\n")) - 1), lat))
            if pull:
                # Completion and code action on this file, after the edits (the analysis is warm).
                rl, rc = role_site(text)
                first, res = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                                   "position": {"line": rl, "character": rc}})
                items = res["items"] if isinstance(res, dict) else res
                if not items:
                    raise Broken("no role completion at %d:%d" % (rl, rc))
                comp = []
                for _ in range(args.warmup + args.edits):
                    took, _ = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                                    "position": {"line": rl, "character": rc}})
                    comp.append(took)
                rows.append(("completion (role name, %d items)" % len(items), "%s lines" % "{:,}".format(len(text.split("\n")) - 1),
                             comp[args.warmup:]))
                if i == 0:
                    extra.append("first completion of the session (the role catalog reads all %d migrations): %s ms"
                                 % (args.files + len(sizes), ms(first)))
                _, rep = c.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
                diags = [d for d in rep.get("items", []) if d.get("code") == "no-float"] or rep.get("items", [])
                if not diags:
                    raise Broken("no diagnostics to ask code actions for")
                d = diags[len(diags) // 2]
                acts = []
                nact = 0
                for _ in range(args.warmup + args.edits):
                    took, res = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"],
                                                                      "context": {"diagnostics": [d]}})
                    acts.append(took)
                    nact = len(res or [])
                if nact == 0:
                    raise Broken("no code action for %s" % d.get("code"))
                rows.append(("code action (%s, %d actions)" % (d.get("code"), nact),
                             "%s lines" % "{:,}".format(len(text.split("\n")) - 1), acts[args.warmup:]))
            c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        c.close()
    print("### Editor latency (%s-file workspace, %d measured after %d warm-up; ms)\n"
          % ("{:,}".format(args.files), args.edits, args.warmup))
    print("| measurement | file | p50 | p95 | p99 | max |")
    print("|---|---|---:|---:|---:|---:|")
    for mode, f, lat in rows:
        print("| %s | %s | %s | %s | %s | %s |" % (mode, f, ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)), ms(max(lat))))
    print()
    for e in extra:
        print("- " + e)
    print()


def startup(args, jar):
    root = workspace(args.work, args.files, [int(s) for s in args.sizes.split(",")])
    path = big_path(root, args.files, 0)
    variants = [("default (java -jar)", list(args.plain_jvm))]
    if args.launcher_variant:
        variants.append(("launcher defaults (server/bin/migration-lsp: " + " ".join(
            f for f in launcher_flags(jar) if not f.startswith("-XX:SharedArchiveFile")) + ")", launcher_flags(jar)))
    if args.cds:
        jsa = os.path.join(args.work, "migration-lsp.jsa")
        if os.path.exists(jsa):
            os.remove(jsa)
        # One ordinary session with -XX:ArchiveClassesAtExit writes the archive when the JVM exits.
        run_session(jar, root, path, list(args.plain_jvm) + ["-XX:ArchiveClassesAtExit=" + jsa], args)
        if not os.path.exists(jsa):
            raise Broken("the AppCDS archive was not written")
        variants.append(("AppCDS archive (-XX:SharedArchiveFile)", list(args.plain_jvm) + ["-XX:SharedArchiveFile=" + jsa]))
        variants.append(("AppCDS + -XX:TieredStopAtLevel=1", list(args.plain_jvm) + ["-XX:SharedArchiveFile=" + jsa,
                                                                                  "-XX:TieredStopAtLevel=1"]))
    results = {name: [] for name, _ in variants}
    for _ in range(args.runs):                        # alternate the variants run by run
        for name, flags in variants:
            results[name].append(run_session(jar, root, path, flags, args))
    print("### Start-up, cold process (%d-line file, %s-file workspace; median of %d runs; ms)\n"
          % (sum(1 for _ in open(path)), "{:,}".format(args.files), args.runs))
    print("| JVM flags | spawn -> initialize reply | initialize reply -> first diagnostics | spawn -> first diagnostics | spawn -> full diagnostics (history indexed) |")
    print("|---|---:|---:|---:|---:|")
    for name, _ in variants:
        r = results[name]
        a = statistics.median(x[0] for x in r)
        b = statistics.median(x[1] - x[0] for x in r)
        t = statistics.median(x[1] for x in r)
        f = statistics.median(x[2] for x in r)
        print("| %s | %s | %s | %s | %s |" % (name, ms(a), ms(b), ms(t), ms(f)))
    print("\n(first diagnostics include the server's 100 ms debounce after didOpen; while the workspace is "
          "indexed they are the findings that do not depend on the history, the full ones follow.)\n")


def run_session(jar, root, path, flags, args):
    """One cold server: spawn -> (initialize reply, first diagnostics of the opened file, its full
    diagnostics), seconds. The first may be provisional (the findings that do not need the history,
    sent while the workspace is indexed); the full ones are the file's last publication once the
    server has logged that indexing is over and nothing more came for a second."""
    c = Client(jar, root, False, flags, os.path.join(args.work, "server-startup.log"))
    c.initialize()
    t_init = c.last_reply - c.t_spawn
    uri, _ = c.open(path)
    t_diag, _ = c.wait_diagnostics(uri, 1)
    c._wait(lambda: c.indexed_at, "the indexing-done log message")
    while True:
        with c.lock:
            last = c.publish_times[uri][-1]
        if now() - max(last, c.indexed_at) >= 1.0:
            break
        time.sleep(0.1)
    c.close()
    return t_init, t_diag - c.t_spawn, last - c.t_spawn


def scale(args, jar):
    sizes = [int(s) for s in args.scale.split(",")]
    print("### Workspace size (pull client; ms, VmHWM MB)\n")
    print("| files | workspace/diagnostic (all files) | first completion (role catalog) | edit -> pull p50, 100-line file | VmHWM after |")
    print("|---:|---:|---:|---:|---:|")
    for n in sizes:
        root = workspace(args.work, n, [100])
        c = Client(jar, root, True, args.jvm, os.path.join(args.work, "server-scale.log"))
        c.initialize()
        t_ws, rep = c.request("workspace/diagnostic", {"previousResultIds": []})
        if len(rep.get("items", [])) < n:
            raise Broken("workspace/diagnostic reported %d of %d files" % (len(rep.get("items", [])), n))
        uri, text = c.open(big_path(root, n, 0))
        rl, rc = role_site(text)
        t_comp, _ = c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": rl, "character": rc}})
        _, v = edits(c, uri, edit_site(text), args.warmup, 1, True)
        lat, v = edits(c, uri, edit_site(text), args.edits, v, True)
        hwm = c.vm_hwm_kb()
        c.close()
        print("| %s | %s | %s | %s | %.0f |" % ("{:,}".format(n), ms(t_ws), ms(t_comp), ms(pct(lat, 50)), hwm / 1024))
    print()


def memory(args, jar):
    root = workspace(args.work, args.mem_files, [1000])
    c = Client(jar, root, True, args.jvm, os.path.join(args.work, "server-memory.log"))
    c.initialize()
    t_ws, rep = c.request("workspace/diagnostic", {"previousResultIds": []})
    uri, text = c.open(big_path(root, args.mem_files, 0))
    rl, rc = role_site(text)
    c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": rl, "character": rc}})
    after_index = c.vm_hwm_kb()
    lat, _ = edits(c, uri, edit_site(text), args.mem_edits, 1, True)
    hwm = c.vm_hwm_kb()
    c.close()
    print("### Memory (%s-file workspace, flags: %s)\n" % ("{:,}".format(args.mem_files), " ".join(args.jvm) or "default"))
    print("| after | VmHWM (peak RSS) MB |")
    print("|---|---:|")
    print("| initialize + workspace/diagnostic (%d reports, %s ms) + completion | %.0f |" % (len(rep.get("items", [])), ms(t_ws), after_index / 1024))
    print("| + %d edits with a pull after each (1,000-line file; p50 %s ms) | %.0f |" % (args.mem_edits, ms(pct(lat, 50)), hwm / 1024))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=os.environ.get("MIGRATION_LSP_JAR", os.path.join(REPO, "server", "target", "migration-lsp.jar")))
    ap.add_argument("--work", default=os.path.join(os.environ.get("BENCH_WORK", "/tmp/migration-lsp-bench"), "lsp"))
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", default="1000,2000,5000")
    ap.add_argument("--mem-files", type=int, default=5000)
    ap.add_argument("--mem-edits", type=int, default=1000)
    ap.add_argument("--cds", action="store_true", help="also measure start-up with an AppCDS archive")
    ap.add_argument("--jvm-flags", default="", help="extra JVM flags for every server process")
    ap.add_argument("--launcher-flags", action="store_true",
                    help="run every server with the launcher's default flags (server/bin/migration-lsp) before --jvm-flags")
    ap.add_argument("--only", default="latency,startup,scale,memory")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes: checks the harness, not the numbers")
    args = ap.parse_args()
    if args.smoke:
        args.files, args.sizes, args.edits, args.warmup, args.runs = 20, "100,300", 5, 2, 1
        args.scale, args.mem_files, args.mem_edits = "20,40", 40, 10
    args.jvm = args.jvm_flags.split()
    jar = os.path.abspath(args.jar)
    # The start-up section compares plain java -jar with the variants, the launcher's flags among them.
    args.plain_jvm = list(args.jvm)
    args.launcher_variant = args.launcher_flags
    if args.launcher_flags:
        args.jvm = launcher_flags(jar) + args.jvm
    os.makedirs(args.work, exist_ok=True)
    if not os.path.exists(jar):
        sys.exit("no server jar at %s: build it with mvn -q -B package -DskipTests" % jar)
    sections = {"latency": latency, "startup": startup, "scale": scale, "memory": memory}
    print("machine: %d cores, load average %.1f at start\n" % (os.cpu_count(), os.getloadavg()[0]))
    try:
        for name in args.only.split(","):
            sections[name](args, jar)
            print("(load average %.1f after this section)\n" % os.getloadavg()[0])
            sys.stdout.flush()
    except Broken as e:
        sys.exit("lsp-latency: harness broken: %s" % e)


if __name__ == "__main__":
    main()
