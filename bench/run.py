#!/usr/bin/env python3
"""ritrack's benchmark. Runs, on the same files: ritrack check, ritrack
progress --format json, ritrack record, a bare libyaml event parse (the floor
for any YAML reader) and a Python peer with PyYAML's C loader computing the
same regional values. Prints medians of several runs, peak memory, and ratios
to the floor and to the peer.

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
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
AS_OF = "2025-Q4"


def measure(argv, runs, env=None):
    """Median wall time (s) and peak resident memory (MB) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        err = proc.stderr.read().decode()
        proc.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"bench: {' '.join(argv)} failed:\n{err}")
    return statistics.median(times), max(peaks)


def dataset(name, countries):
    path = os.path.join(root, "build", "bench", name)
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
    rows = []
    t_floor, m_floor = measure([floor] + files, runs, env)
    rows.append(("libyaml event parse (floor)", t_floor, m_floor))
    t_check, m_check = measure([ritrack, "check", "--data", path], runs, env)
    rows.append(("ritrack check", t_check, m_check))
    t_prog, m_prog = measure([ritrack, "progress", "--data", path, "--format", "json", "--as-of", AS_OF], runs, env)
    rows.append(("ritrack progress --format json", t_prog, m_prog))
    scratch = path + "-record"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(path, scratch)
    t_rec, m_rec = measure([ritrack, "record", "PER" if os.path.exists(os.path.join(scratch, "values/PER.yaml"))
                            else "ATG", "1.1", AS_OF, "3", "--source", "benchmark", "--by", "bench", "--data", scratch],
                           runs, env)
    shutil.rmtree(scratch)
    rows.append(("ritrack record (one journal)", t_rec, m_rec))
    t_peer = m_peer = None
    if with_peer:
        t_peer, m_peer = measure([sys.executable, os.path.join(here, "peer.py"), path, AS_OF], max(1, runs // 2))
        rows.append(("peer: Python + PyYAML CLoader", t_peer, m_peer))
    print(f"\n| command | median s | peak MB | × floor |\n|---|---:|---:|---:|")
    for label, t, m in rows:
        print(f"| {label} | {t:.3f} | {m:.0f} | {t / t_floor:.1f} |")
    both = t_check + t_prog
    print(f"\ncheck + progress: {both:.3f} s = {both / t_floor:.1f} × the libyaml floor", end="")
    if t_peer:
        print(f"; the peer is {t_peer / both:.1f} × slower", end="")
    print(f"; record {t_rec * 1000:.0f} ms; peak memory {max(m_check, m_prog):.0f} MB")
    return {"entries": n, "check": t_check, "progress": t_prog, "floor": t_floor, "memory": max(m_check, m_prog)}


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
    env = dict(os.environ, RITRACK_TODAY="2026-11-22", NO_COLOR="1")

    print(f"# ritrack benchmark\n\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; {time.strftime('%Y-%m-%d')}")
    realistic = dataset("realistic", 33)
    differ = same_values(ritrack, realistic, env)
    print(f"\nritrack and the peer agree on every regional value at {AS_OF}" if not differ
          else f"\nVALUES DIFFER for indicators {differ}")
    small = bench("realistic", realistic, ritrack, floor, args.runs, env)
    if args.million:
        big = bench("1,000,000 entries", dataset("million", 440), ritrack, floor, max(1, args.runs // 2), env,
                    with_peer=False)
        grow = big["entries"] / small["entries"]
        print(f"\nscaling: {grow:.1f} × the entries took {(big['check'] + big['progress']) / (small['check'] + small['progress']):.1f} × "
              f"the time and {big['memory'] / small['memory']:.1f} × the memory")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
