#!/usr/bin/env python3
"""Generates a benchmark dataset: every member country x every country-scope
indicator x 48 quarters (2014-2025), each entry with source, recording time
and author, some with breakdowns, some corrected by a later entry.

  python3 bench/generate.py OUT_DIR [--countries N] [--revisions R]

The realistic size (the default) is 33 countries and about 80,000 entries;
--countries 512 gives about 1,000,000. Countries beyond the real 33 get
user-assigned ISO codes (QAA, QAB, ...). The framework is the bundled one with
every indicator made quarterly, so that every quarter can carry a value.
Values are synthetic; nothing here is data.
"""
import argparse
import os
import random
import re
import shutil

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--countries", type=int, default=33)
parser.add_argument("--revisions", type=float, default=0.4, help="share of values corrected by a later entry")
args = parser.parse_args()
rng = random.Random(87)

framework = open(os.path.join(root, "data/framework.yaml"), encoding="utf-8").read()
framework = framework.replace("cadence: annual", "cadence: quarterly")
# Quarterly milestones: a year becomes its last quarter.
framework = re.sub(r"(period: )(\d{4})([,}\n])", r"\1\2-Q4\3", framework)

# Indicators, read from the framework text: id, measure, scope, breakdown.
indicators = []
for block in framework.split('      - id: "')[1:]:
    iid = block.split('"', 1)[0]
    measure = re.search(r"measure: (\w+)", block).group(1)
    scope = re.search(r"scope: (\w+)", block).group(1)
    bd = re.search(r"breakdown: \[([^\]]*)\]", block)
    if measure == "items":  # item registers (items with identifiers and types) are not generated
        continue
    dims = [d.strip() for d in bd.group(1).split(",")] if bd else []
    # An indicator may count only some of a dimension's categories: {provider: [PRIVATE, COOP]}.
    admitted = {}
    only = re.search(r"categories: \{([^}]*)\}", block)
    for dim, cats in re.findall(r"(\w+): \[([^\]]*)\]", only.group(1) if only else ""):
        admitted[dim] = [c.strip() for c in cats.split(",")]
    indicators.append((iid, measure, scope, [(d, admitted.get(d)) for d in dims]))
categories = {"sector": ["GOB", "EMP", "TRAB"], "resource": ["human", "technical", "financial"],
              "provider": ["GOV", "PRIVATE", "COOP", "OTHER"], "level": ["national", "subnational"],
              "accelerator": ["agriculture", "education", "migration"], "institution": ["labour_ministry", "subnational"],
              "instrument": ["law", "policy", "strategy"]}

real = re.findall(r"code: ([A-Z]{3})", open(os.path.join(root, "data/countries.yaml"), encoding="utf-8").read())
codes = real[:args.countries]
letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
extra = (f"Q{a}{b}" for a in letters for b in letters)
while len(codes) < args.countries:
    codes.append(next(extra))

shutil.rmtree(args.out, ignore_errors=True)
os.makedirs(os.path.join(args.out, "values"))
with open(os.path.join(args.out, "framework.yaml"), "w", encoding="utf-8") as f:
    f.write("# Benchmark framework: data/framework.yaml with every indicator quarterly.\n" + framework)
with open(os.path.join(args.out, "countries.yaml"), "w", encoding="utf-8") as f:
    f.write("# Benchmark countries: synthetic membership.\ncountries:\n")
    for code in codes:
        f.write(f'  - code: {code}\n    name: {{fr: "{code}", es: "{code}", en: "{code}", pt: "{code}"}}\n'
                f'    membership: {{joined: 2014-Q1, source: "benchmark"}}\n    focal_points: [GOB, EMP, TRAB]\n')

quarters = [(y, q) for y in range(2014, 2026) for q in range(1, 5)]

def value(measure):
    if measure == "flag":
        return "yes" if rng.random() < 0.6 else "no"
    if measure == "level":
        return str(rng.randint(0, 4))
    if measure == "text":
        return '"Agreement signed with the national employers\' federation"'
    if measure == "amount":
        return str(rng.randint(0, 40) * 2500)
    return str(rng.randint(0, 12))

def entry(iid, measure, dims, y, q, revision):
    v = value(measure)
    lines = [f'  - indicator: "{iid}"', f"    period: {y}-Q{q}", f"    value: {v}"]
    if dims and measure in ("count", "amount") and rng.random() < 0.3 and int(v) > 0:
        unit = 2500 if measure == "amount" else 1
        lines.append("    breakdown:")
        for dim, only in dims:
            cats = only or categories[dim]
            parts = {c: 0 for c in cats}
            for _ in range(int(v) // unit):
                parts[rng.choice(cats)] += unit
            lines.append(f"      {dim}: {{" + ", ".join(f"{c}: {n}" for c, n in parts.items() if n) + "}")
    month = q * 3 + 1 if q < 4 else 1
    year = y if q < 4 else y + 1
    lines.append(f'    source: "Quarterly report {y}-Q{q}, Ministry of Labour, ref. {rng.randint(1000, 9999)}"')
    if revision:
        lines.append('    note: "corrects the figure first reported"')
    lines.append(f"    recorded: {year}-{month:02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00Z")
    lines.append(f'    by: "{rng.choice(["GOB", "EMP", "TRAB"])} focal point"')
    return "\n".join(lines) + "\n"

total = 0
for code in codes + ["RI"]:
    scope = "regional" if code == "RI" else "country"
    if code == "RI" and args.countries > 33:
        pass
    chunks = []
    n = 0
    for (y, q) in quarters:
        for iid, measure, s, dims in indicators:
            if s != scope:
                continue
            chunks.append(entry(iid, measure, dims, y, q, False))
            n += 1
            if rng.random() < args.revisions:
                chunks.append(entry(iid, measure, dims, y, q, True))
                n += 1
    with open(os.path.join(args.out, "values", f"{code}.yaml"), "w", encoding="utf-8") as f:
        f.write(f"# Benchmark journal for {code}: synthetic values.\ncountry: {code}\nentries:\n")
        f.write("".join(chunks))
        f.write(f"# ritrack: end of journal, {n} {'entry' if n == 1 else 'entries'}\n")
    total += n
print(f"{args.out}: {len(codes)} countries, {total} entries")
