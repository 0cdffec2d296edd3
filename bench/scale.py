#!/usr/bin/env python3
"""Linear at scale: import --apply against its dry run, and check's text
diagnostics (with excerpts) against its JSON (without), on the same files.

  python3 bench/scale.py [--rows 100000] [--runs 3] [--ritrack build/default/cli/ritrack]

Prints medians and the ratios: a quadratic step shows as a ratio that grows
with --rows (try 10000 and 100000). Data are synthetic, made in build/bench/.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def timed(argv, runs, env, setup=None, ok=(0,)):
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode not in ok:
            sys.exit(f"scale: {' '.join(argv)} exited {proc.returncode}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ritrack", default=os.path.join(root, "build/default/cli/ritrack"))
    args = parser.parse_args()
    rng = random.Random(17)
    base = os.path.join(root, "build", "bench", f"scale-{args.rows}")
    shutil.rmtree(base, ignore_errors=True)
    data = os.path.join(base, "data")
    os.makedirs(os.path.join(data, "values"))
    for name in ("framework.yaml", "countries.yaml"):
        shutil.copy(os.path.join(root, "data", name), data)
    framework = open(os.path.join(data, "framework.yaml"), encoding="utf-8").read()
    framework = framework.replace("cadence: annual", "cadence: quarterly")
    framework = re.sub(r"(period: )(\d{4})([,}\n])", r"\1\2-Q4\3", framework)
    open(os.path.join(data, "framework.yaml"), "w", encoding="utf-8").write(framework)
    counts = []
    for block in framework.split('      - id: "')[1:]:
        iid = block.split('"', 1)[0]
        if re.search(r"measure: count", block) and re.search(r"scope: country", block):
            counts.append(iid)
    codes = re.findall(r"code: ([A-Z]{3})", open(os.path.join(data, "countries.yaml"), encoding="utf-8").read())
    quarters = [f"{y}-Q{q}" for y in range(2019, 2026) for q in range(1, 5)]

    # import: rows spread over every country's journal.
    csv = os.path.join(base, "rows.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("country,indicator,period,value,source\n")
        for i in range(args.rows):
            f.write(f"{rng.choice(codes)},{rng.choice(counts)},{rng.choice(quarters)},{rng.randint(0, 12)},"
                    f"Quarterly report {i}\n")
    pristine = os.path.join(base, "values.empty")
    shutil.copytree(os.path.join(data, "values"), pristine)

    def reset():
        shutil.rmtree(os.path.join(data, "values"))
        shutil.copytree(pristine, os.path.join(data, "values"))

    env = dict(os.environ, RITRACK_TODAY="2026-01-01", RITRACK_NOW="2026-01-01T00:00:00Z", LANG="C.UTF-8")
    env.pop("RITRACK_LANG", None)
    cmd = [args.ritrack, "--data", data, "import", csv, "--by", "bench"]
    dry = timed(cmd, args.runs, env, reset)
    apply = timed(cmd + ["--apply"], args.runs, env, reset)

    # check: one journal whose every entry is an error (an unknown indicator).
    with open(os.path.join(data, "values", "PER.yaml"), "w", encoding="utf-8") as f:
        f.write("country: PER\nentries:\n")
        for i in range(args.rows):
            f.write(f'  - indicator: "9.{i}"\n    period: 2019-Q1\n    value: 1\n    source: "s"\n'
                    f'    recorded: 2026-01-01T00:00:00Z\n    by: "b"\n')
        f.write(f"# ritrack: end of journal, {args.rows} entries\n")
    check = [args.ritrack, "--data", data, "check"]
    as_json = timed(check + ["--format", "json"], args.runs, env, ok=(1,))
    as_text = timed(check, args.runs, env, ok=(1,))
    as_github = timed(check + ["--format", "github"], args.runs, env, ok=(1,))

    print(f"{args.rows} rows / diagnostics, medians of {args.runs}")
    print(f"  import (dry run)        {dry:8.3f} s")
    print(f"  import --apply          {apply:8.3f} s   {apply / dry:5.2f}x the dry run")
    print(f"  check --format json     {as_json:8.3f} s")
    print(f"  check (text, excerpts)  {as_text:8.3f} s   {as_text / as_json:5.2f}x json")
    print(f"  check --format github   {as_github:8.3f} s   {as_github / as_json:5.2f}x json")


if __name__ == "__main__":
    main()
