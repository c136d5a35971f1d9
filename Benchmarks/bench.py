#!/usr/bin/env python3
"""`make bench`: time competence on synthetic organisations against jq and Python.

For each size (bench-data/SIZE.json, made by `make bench-data`) it prints one
table: the median and the spread (min-max) over --runs runs of every figure,
the figure as a ratio to `jq empty` on the same file, and the peak memory
(max RSS) of each process. Whole processes run under `/usr/bin/time -f %M`,
which reports the child's max RSS; the wall time is taken here around it.
(wait4's ru_maxrss of a child spawned straight from Python would report
Python's own RSS when the child is smaller: Linux carries the high-water mark
of the address space an exec replaces.)

It never fails because a figure misses its target: it is a measurement, not a
test. It exits non-zero only when it cannot run at all (no data, no binary).
"""

import argparse
import datetime
import fcntl
import json
import os
import platform
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

AS_OF = "2026-01-01"  # the generator dates evidence in the two years before this
COLUMNS, LINES = 200, 50


class Result:
    """Samples of one figure: seconds, and the peak RSS in bytes where known."""

    def __init__(self, name, seconds, rss=None, error=None, kind="time"):
        self.name = name
        self.seconds = seconds
        self.rss = rss
        self.error = error
        self.kind = kind


TIME = "/usr/bin/time"


def timed_argv(argv, rss_file):
    """argv under /usr/bin/time, which writes the child's max RSS (KiB) to rss_file."""
    return [TIME, "-f", "%M", "-o", rss_file, shutil.which(argv[0]) or argv[0]] + argv[1:]


def read_rss(rss_file):
    """Bytes from /usr/bin/time's output file; its last line is %M."""
    try:
        with open(rss_file) as f:
            return int(f.read().split()[-1]) * 1024
    except (OSError, ValueError, IndexError):
        return None


def run_process(argv, stdout="/dev/null"):
    """Runs argv once; returns (seconds, max RSS bytes, exit status, stderr text)."""
    err = tempfile.TemporaryFile()
    with tempfile.NamedTemporaryFile(prefix="bench-rss-") as rss:
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        start = time.perf_counter()
        pid = os.posix_spawn(TIME, timed_argv(argv, rss.name), os.environ, file_actions=actions)
        _, status, _ = os.wait4(pid, 0)
        seconds = time.perf_counter() - start
        max_rss = read_rss(rss.name)
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    # /usr/bin/time passes the exit status on and notes a non-zero one on stderr.
    text = "\n".join(line for line in text.splitlines() if not line.startswith("Command exited with non-zero status"))
    return seconds, max_rss, os.waitstatus_to_exitcode(status), text


def measure_process(name, argv, runs, before=None):
    """One warm-up run (page cache), then `runs` timed runs; `before` runs untimed before each."""
    seconds, rss = [], []
    for i in range(runs + 1):
        if before:
            before()
        s, r, code, err = run_process(argv)
        if code != 0:
            first = err.strip().splitlines()[0] if err.strip() else ""
            return Result(name, [], error=f"exit {code}: {first[:70]}")
        if i > 0:
            seconds.append(s)
            rss.append(r)
    return Result(name, seconds, max(rss))


def first_screen(name, argv, marker, runs, timeout=120.0):
    """Time from starting the editor in a 200x50 pty to `marker` appearing in its output."""
    seconds, rss = [], []
    for i in range(runs + 1):
        rss_file = tempfile.NamedTemporaryFile(prefix="bench-rss-")
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
            env = dict(os.environ, TERM="xterm-256color", LINES=str(LINES), COLUMNS=str(COLUMNS))
            try:
                os.execve(TIME, timed_argv(argv, rss_file.name), env)
            finally:
                os._exit(127)
        seen = b""
        found = None
        while found is None and time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-4096:] + chunk
            if marker in seen:
                found = time.perf_counter() - start
        # Quit without saving; kill if it does not listen.
        try:
            os.write(fd, b"q")
        except OSError:
            pass
        deadline = time.perf_counter() + 5
        status = None
        while time.perf_counter() < deadline:
            try:
                ready, _, _ = select.select([fd], [], [], 0.05)
                if ready:
                    os.read(fd, 1 << 16)
            except OSError:
                pass
            done, st, usage = os.wait4(pid, os.WNOHANG)
            if done:
                status = (st, usage)
                break
        if status is None:
            os.killpg(pid, signal.SIGKILL)  # the pty's session: /usr/bin/time and the editor
            _, st, usage = os.wait4(pid, 0)
            status = (st, usage)
        os.close(fd)
        max_rss = read_rss(rss_file.name)
        rss_file.close()
        if found is None:
            tail = " ".join(seen[-200:].decode("utf-8", "replace").replace("\x1b", "\\e").split())
            return Result(name, [], error=f"no first screen ({marker.decode()!r} not seen): {tail[:60]}")
        if i > 0:
            seconds.append(found)
            rss.append(max_rss or 0)
    return Result(name, seconds, max(rss) or None)


def in_process(bench_bin, path, runs, presses):
    """Runs `competence-bench measure` and returns its phases as Results."""
    argv = [bench_bin, "measure", path, "--runs", str(runs), "--presses", str(presses), "--as-of", AS_OF]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        return {}, proc.stderr.strip()[:80]
    return json.loads(proc.stdout), None


def fmt_seconds(s):
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 0.001:
        return f"{s * 1000:.1f} ms"
    return f"{s * 1e6:.0f} µs"


def fmt_mb(b):
    return f"{b / 1e6:.0f} MB" if b >= 10e6 else f"{b / 1e6:.1f} MB"


def percentile(samples, p):
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def table(size, path, results, jq_empty, jq_dot):
    file_size = os.path.getsize(path)
    lines = [
        f"### {size}: {path}, {file_size / 1e6:.1f} MB",
        "",
        "| figure | median | spread (min–max) | × jq empty | peak RSS | RSS × file |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.name} | — | {r.error} | | | |")
            continue
        if r.kind == "keys":
            med = statistics.median(r.seconds)
            p99 = percentile(r.seconds, 99)
            lines.append(f"| {r.name} | {fmt_seconds(med)} | p99 {fmt_seconds(p99)}, max {fmt_seconds(max(r.seconds))} "
                         f"({len(r.seconds)} presses) | | | |")
            continue
        med = statistics.median(r.seconds)
        spread = f"{fmt_seconds(min(r.seconds))}–{fmt_seconds(max(r.seconds))}"
        ratio = f"{med / jq_empty:.3f}" if jq_empty else ""
        if r.name.startswith("fmt") and jq_dot:
            ratio += f" ({med / jq_dot:.3f} × jq .)"
        rss = fmt_mb(r.rss) if r.rss else ""
        rss_ratio = f"{r.rss / file_size:.2f}" if r.rss else ""
        lines.append(f"| {r.name} | {fmt_seconds(med)} | {spread} | {ratio} | {rss} | {rss_ratio} |")
    return "\n".join(lines)


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    jq = subprocess.run(["jq", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{platform.machine()}, {cpu}, {os.cpu_count()} cores, {mem}; "
            f"{swift[0] if swift else 'swift ?'}; {jq}; Python {platform.python_version()}")


def bench_size(size, path, args):
    file_size = os.path.getsize(path)
    runs = args.runs
    results = []
    ref = {}
    for name, argv, stdout in [
        ("jq empty FILE", ["jq", "empty", path], "/dev/null"),
        ("jq . FILE > /dev/null", ["jq", ".", path], "/dev/null"),
        ("python3 json.load", [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))", path], "/dev/null"),
    ]:
        r = measure_process(name, argv, runs)
        results.append(r)
        ref[name] = statistics.median(r.seconds) if r.seconds else None

    phases, error = in_process(args.bench_bin, path, runs, args.presses)
    if error:
        results.append(Result("in-process", [], error=error))
    for key, label in [
        ("open", "open to first frame, in-process"),
        ("read", "… read the file"),
        ("decode", "… parse + validate"),
        ("editor", "… editor state (analysis, level table, rows)"),
        ("render", "… Tab to People, render 200×50 into a Buffer"),
        ("analyse", "in-process: MatrixAnalysis alone"),
        ("encode", "in-process: canonical encode alone"),
    ]:
        if key in phases:
            results.append(Result(label, phases[key]))
    if "keys" in phases:
        results.append(Result(f"key press: level edit + render {COLUMNS}×{LINES}", phases["keys"], kind="keys"))

    binary = args.bin
    results.append(first_screen("open to first screen, real binary in a pty",
                                [binary, "edit", path, "--as-of", AS_OF],
                                args.marker.encode() if args.marker else os.path.basename(path).encode(), runs))
    for name, argv in [
        ("competence validate", [binary, "validate", path]),
        ("competence gaps --format csv", [binary, "gaps", path, "--format", "csv", "--as-of", AS_OF]),
        ("competence print --view people --format csv",
         [binary, "print", path, "--view", "people", "--format", "csv", "--as-of", AS_OF]),
    ]:
        results.append(measure_process(name, argv, runs))

    # fmt rewrites its file: give each run a fresh copy of a file that is not canonical, so it really writes.
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(path))) as tmp:
        copy = os.path.join(tmp, os.path.basename(path))

        def fresh_copy():
            shutil.copyfile(path, copy)
            with open(copy, "ab") as f:
                f.write(b"\n")  # trailing whitespace: valid, but not the canonical bytes

        results.append(measure_process("competence fmt (save)", [binary, "fmt", copy], runs, before=fresh_copy))
    return table(size, path, results, ref.get("jq empty FILE"), ref.get("jq . FILE > /dev/null"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="small,large,huge", help="comma-separated sizes (default: all)")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each figure (default 5, at least 5 for the table)")
    p.add_argument("--presses", type=int, default=1000, help="key presses for the key-press figure")
    p.add_argument("--data", default=os.path.join(root, "bench-data"))
    p.add_argument("--bin", default=os.path.join(root, ".build/release/competence"))
    p.add_argument("--bench-bin", default=os.path.join(root, ".build/release/competence-bench"))
    p.add_argument("--marker", default=None, help="text that shows the editor's first screen is drawn (default: the file name)")
    p.add_argument("--output", default=None, help="also write the tables to this Markdown file")
    args = p.parse_args()

    for exe in (args.bin, args.bench_bin):
        if not os.access(exe, os.X_OK):
            sys.exit(f"bench: {exe} is missing; run `make bench` (it builds in release mode first)")
    out = [f"Machine: {machine()}", f"Date: {datetime.date.today()}; {args.runs} runs per figure; --as-of {AS_OF}", ""]
    print("\n".join(out), flush=True)
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        path = os.path.join(args.data, f"{size}.json")
        if not os.path.exists(path):
            print(f"### {size}: {path} is missing; run `make bench-data`\n", flush=True)
            continue
        text = bench_size(size, os.path.relpath(path), args)
        print(text + "\n", flush=True)
        out.append(text + "\n")
    if args.output:
        with open(args.output, "w") as f:
            f.write("\n".join(out))


if __name__ == "__main__":
    main()
