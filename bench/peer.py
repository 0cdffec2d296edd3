#!/usr/bin/env python3
"""The obvious alternative to ritrack: a Python script with PyYAML's C loader
computing the same regional values. Usage: peer.py DATA_DIR AS_OF
Prints {"indicator id": value or null, ...} as JSON. Needs python3-yaml.
"""
import json
import os
import sys

import yaml

Loader = yaml.CSafeLoader  # the fast C loader; the script fails if it is missing


def end_time(period):
    period = str(period)
    if "Q" in period:
        year, q = period.split("-Q")
        return int(year) + int(q) / 4
    return int(period) + 1.0


def main(data_dir, as_of):
    t = end_time(as_of)
    framework = yaml.load(open(os.path.join(data_dir, "framework.yaml"), encoding="utf-8"), Loader=Loader)
    countries = yaml.load(open(os.path.join(data_dir, "countries.yaml"), encoding="utf-8"), Loader=Loader)["countries"]
    thresholds = {s["id"]: s["threshold"] for s in framework.get("scales", [])}
    indicators = [i for r in framework["results"] for i in r["indicators"]]

    def member_from(c):
        m = c.get("membership")
        return end_time(m.get("joined") or m.get("known_by")) if m else None

    joined = {c["code"]: member_from(c) for c in countries}
    # Standing values: the last entry per (indicator, country, period); retractions remove.
    standing = {}
    for name in sorted(os.listdir(os.path.join(data_dir, "values"))):
        if not name.endswith(".yaml"):
            continue
        journal = yaml.load(open(os.path.join(data_dir, "values", name), encoding="utf-8"), Loader=Loader)
        code = journal["country"]
        for e in journal.get("entries") or []:
            key = (str(e["indicator"]), code, str(e["period"]))
            if "retract" in e:
                standing.pop(key, None)
            else:
                standing[key] = e["value"]
    series = {}
    for (ind, code, period), value in standing.items():
        series.setdefault(ind, {}).setdefault(code, []).append((end_time(period), value))
    for by_country in series.values():
        for values in by_country.values():
            values.sort(key=lambda pv: pv[0])

    def latest(values):
        best = None
        for pt, v in values:
            if pt <= t:
                best = v
        return best

    result = {}
    for ind in indicators:
        iid, measure = ind["id"], ind["measure"]
        flow = ind["accumulate"] == "flow" and measure in ("count", "amount")
        base = ind.get("baseline")
        base_t = end_time(base["period"]) if base else None
        by_country = series.get(iid, {})
        if measure == "text":
            result[iid] = None
            continue
        if ind["scope"] == "regional":
            values = by_country.get("RI", [])
            if flow:
                parts = [v for pt, v in values if pt <= t and (base_t is None or pt > base_t)]
                result[iid] = (base["value"] if base else 0) + sum(parts) if parts else None
            else:
                result[iid] = latest(values)
            continue
        if flow:
            parts = [v for code, values in by_country.items() for pt, v in values
                     if pt <= t and (base_t is None or pt > base_t)
                     and joined.get(code) is not None and joined[code] <= pt]
            result[iid] = (base["value"] if base else 0) + sum(parts) if parts else None
            continue
        total, any_value = 0, False
        for code, since in joined.items():
            if since is None or since > t:
                continue
            v = latest(by_country.get(code, []))
            if v is None:
                continue
            any_value = True
            if measure == "flag":
                total += 1 if v is True else 0
            elif measure == "level":
                total += 1 if v >= thresholds[ind["scale"]] else 0
            else:
                total += v
        result[iid] = total if any_value else None
    json.dump(result, sys.stdout, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
