#!/usr/bin/env python3
"""ritrack's benchmark. Runs, on the same files: ritrack check, ritrack
progress --format json, ritrack record into a 5,000-entry journal, a bare
libyaml event parse (the floor for any YAML reader) and a Python peer with
PyYAML's C loader computing the same regional values. Prints medians of
several runs, peak memory, and ratios to the floor and to the peer.

ritrack runs twice over: cold, each run on a fresh copy of the data (outside
any git checkout) with an empty $XDG_CACHE_HOME, and warm, the same copy and
cache directory run again. Wall time and peak memory are the command's
own, taken by bench/peak_rss.c (a small C parent), not the harness's.

  python3 bench/run.py [--runs 5] [--million] [--ritrack build/default/cli/ritrack]

Needs: a built ritrack, cc, libyaml-dev, python3-yaml. Datasets are generated
into build/bench/ on first use (bench/generate.py).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
AS_OF = "2025-Q4"
PEAK_RSS = os.path.join(root, "build", "bench", "peak_rss")


def run_once(argv, env=None):
    """Wall time (s) and peak resident memory (MB) of one run, both taken by
    the C parent (bench/peak_rss.c) around the command alone."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        proc = subprocess.run([PEAK_RSS, rss.name] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env)
        if proc.returncode != 0:
            sys.exit(f"bench: {' '.join(argv)} failed:\n{proc.stderr.decode()}")
        kb, ns = rss.read().split()
        return int(ns) / 1e9, int(kb) / 1024


def interleaved(cases, runs):
    """Median time and peak memory of each case, its runs interleaved with
    the others' (round by round), so that a slow moment of the machine falls
    on every case alike. A case is (name, prepare, env): prepare, untimed,
    returns the argv of one run."""
    times = {name: [] for name, _, _ in cases}
    peaks = {name: [] for name, _, _ in cases}
    for _ in range(runs):
        for name, prepare, env in cases:
            t, m = run_once(prepare(), env)
            times[name].append(t)
            peaks[name].append(m)
    return {name: (statistics.median(times[name]), max(peaks[name])) for name in times}


def measure(argv, runs, env=None):
    return interleaved([("one", lambda: argv, env)], runs)["one"]


class Scratch:
    """Fresh copies of a dataset and empty cache directories, outside the
    source tree (no git checkout around them), removed at the end."""

    def __init__(self, path):
        self.source = path
        self.top = tempfile.mkdtemp(prefix="ritrack-bench-")
        self.n = 0

    def fresh(self):
        self.n += 1
        data, cache = os.path.join(self.top, f"data-{self.n}"), os.path.join(self.top, f"cache-{self.n}")
        shutil.copytree(self.source, data)
        os.makedirs(cache)
        return data, cache

    def close(self):
        shutil.rmtree(self.top, ignore_errors=True)


def ritrack_cases(label, ritrack, args, scratch, env):
    """A cold case (a fresh copy and an empty cache directory each run) and a
    warm one (one copy and cache directory, filled by a first run)."""
    cold_env = dict(env)

    def cold():
        data, cache = scratch.fresh()
        cold_env["XDG_CACHE_HOME"] = cache
        return [ritrack, "--data", data] + args
    data, cache = scratch.fresh()
    warm_env = dict(env, XDG_CACHE_HOME=cache)
    warm = [ritrack, "--data", data] + args
    run_once(warm, warm_env)  # fills the cache
    return [(label + " cold", cold, cold_env), (label + " warm", lambda: warm, warm_env)]


def long_journal(path, code, size):
    """`path`'s journal for `code` made `size` entries long (its entries
    repeated: later ones supersede earlier ones, as corrections do)."""
    journal = os.path.join(path, "values", f"{code}.yaml")
    with open(journal, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("entries:\n", 1)
    body = body[:body.rindex("# ritrack: end of journal")]
    chunks = ["  - indicator:" + c for c in body.split("  - indicator:")[1:]]
    entries = [chunks[i % len(chunks)] for i in range(size)]
    with open(journal, "w", encoding="utf-8") as f:
        f.write(head + "entries:\n" + "".join(entries) + f"# ritrack: end of journal, {size} entries\n")


def dataset(name, countries):
    path = os.path.join(root, "build", "bench", f"{name}-{countries}")
    if not os.path.exists(os.path.join(path, "framework.yaml")):
        subprocess.run([sys.executable, os.path.join(here, "generate.py"), path, "--countries", str(countries)],
                       check=True)
    return path


def journal_files(path):
    values = os.path.join(path, "values")
    return [os.path.join(path, "framework.yaml"), os.path.join(path, "countries.yaml")] + \
        [os.path.join(values, f) for f in sorted(os.listdir(values)) if f.endswith(".yaml")]


def entries(ritrack, path, env):
    out = subprocess.run([ritrack, "check", "--data", path, "--format", "json"], capture_output=True, env=env,
                         check=True).stdout
    return json.loads(out)["summary"]["entries"]


def same_values(ritrack, path, env):
    ours = json.loads(subprocess.run([ritrack, "progress", "--data", path, "--format", "json", "--as-of", AS_OF],
                                     capture_output=True, env=env, check=True).stdout)
    ours = {i["id"]: (i["current"] or {}).get("value") for i in ours["indicators"]}
    peer = json.loads(subprocess.run([sys.executable, os.path.join(here, "peer.py"), path, AS_OF],
                                     capture_output=True, check=True).stdout)
    differ = [k for k in ours if not (ours[k] == peer.get(k) or
                                      (ours[k] is not None and peer.get(k) is not None and abs(ours[k] - peer[k]) < 1e-6))]
    return differ


def bench(name, path, ritrack, floor, runs, env, with_peer=True):
    files = journal_files(path)
    size_mb = sum(os.path.getsize(f) for f in files) / 1e6
    n = entries(ritrack, path, env)
    print(f"\n## {name}: {n} entries in {len(files)} files, {size_mb:.1f} MB")
    scratch = Scratch(path)
    try:
        code = "PER" if os.path.exists(os.path.join(path, "values", "PER.yaml")) else "ATG"
        record_env = dict(env)
        record_args = ["record", code, "1.1", AS_OF, "3", "--source", "benchmark", "--by", "bench"]

        def record():
            data, cache = scratch.fresh()
            long_journal(data, code, 5000)
            record_env["XDG_CACHE_HOME"] = cache
            return [ritrack, "--data", data] + record_args
        # Warm: one copy whose cache a check filled; each run appends one more entry.
        warm_data, warm_cache = scratch.fresh()
        long_journal(warm_data, code, 5000)
        warm_record_env = dict(env, XDG_CACHE_HOME=warm_cache)
        run_once([ritrack, "--data", warm_data, "check"], warm_record_env)
        cases = [("floor", lambda: [floor] + files, env)]
        cases += ritrack_cases("check", ritrack, ["check"], scratch, env)
        cases += ritrack_cases("progress", ritrack, ["progress", "--format", "json", "--as-of", AS_OF], scratch, env)
        cases.append(("record", record, record_env))
        cases.append(("record warm", lambda: [ritrack, "--data", warm_data] + record_args, warm_record_env))
        if with_peer:
            cases.append(("peer", lambda: [sys.executable, os.path.join(here, "peer.py"), path, AS_OF], env))
        got = interleaved(cases, runs)
    finally:
        scratch.close()
    t_floor = got["floor"][0]
    rows = [("libyaml event parse (floor)", got["floor"], None),
            ("ritrack check", got["check cold"], got["check warm"]),
            ("ritrack progress --format json", got["progress cold"], got["progress warm"]),
            ("ritrack record, 5,000-entry journal", got["record"], got["record warm"])]
    if with_peer:
        rows.append(("peer: Python + PyYAML CLoader", got["peer"], None))
    print("\n| command | cold s | cold MB | × floor | warm s | warm MB |\n|---|---:|---:|---:|---:|---:|")
    for label, (t, m), warm in rows:
        warm_cells = f"{warm[0]:.3f} | {warm[1]:.0f}" if warm else "— | —"
        print(f"| {label} | {t:.3f} | {m:.0f} | {t / t_floor:.1f} | {warm_cells} |")
    cold_both = got["check cold"][0] + got["progress cold"][0]
    warm_both = got["check warm"][0] + got["progress warm"][0]
    print(f"\ncheck + progress: cold {cold_both:.3f} s = {cold_both / t_floor:.1f} × the libyaml floor; "
          f"warm {warm_both * 1000:.0f} ms", end="")
    if with_peer:
        print(f"; the peer is {got['peer'][0] / cold_both:.1f} × slower than cold", end="")
    memory = max(got["check cold"][1], got["progress cold"][1])
    print(f"; record {got['record'][0] * 1000:.0f} ms cold, {got['record warm'][0] * 1000:.0f} ms warm; "
          f"peak memory {memory:.0f} MB")
    return {"entries": n, "check": got["check cold"][0], "progress": got["progress cold"][0], "floor": t_floor,
            "memory": memory, "warm": warm_both}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--million", action="store_true", help="also the 1,000,000-entry dataset")
    parser.add_argument("--ritrack", default=os.path.join(root, "build", "default", "cli", "ritrack"))
    args = parser.parse_args()
    ritrack = os.path.abspath(args.ritrack)
    os.makedirs(os.path.join(root, "build", "bench"), exist_ok=True)
    floor = os.path.join(root, "build", "bench", "yaml_floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(here, "yaml_floor.c"), "-lyaml"], check=True)
    subprocess.run(["cc", "-O2", "-o", PEAK_RSS, os.path.join(here, "peak_rss.c")], check=True)
    env = dict(os.environ, RITRACK_TODAY="2026-11-22", NO_COLOR="1")

    print(f"# ritrack benchmark\n\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; {time.strftime('%Y-%m-%d')}")
    realistic = dataset("realistic", 33)
    differ = same_values(ritrack, realistic, env)
    print(f"\nritrack and the peer agree on every regional value at {AS_OF}" if not differ
          else f"\nVALUES DIFFER for indicators {differ}")
    small = bench("realistic", realistic, ritrack, floor, args.runs, env)
    if args.million:
        big = bench("1,000,000 entries", dataset("million", 512), ritrack, floor, max(1, args.runs // 2), env,
                    with_peer=False)
        grow = big["entries"] / small["entries"]
        print(f"\nscaling: {grow:.1f} × the entries took {(big['check'] + big['progress']) / (small['check'] + small['progress']):.1f} × "
              f"the time and {big['memory'] / small['memory']:.1f} × the memory")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
