#!/usr/bin/env python3
"""Build src/newsclaims/data/given_names.json: given names that are clearly female or male.

Source: the `names` package (US census first-name frequency lists; dev-only dependency).
A name goes to one side only when its frequency there is at least ten times the other side's;
ambiguous names (Jordan, Casey, ...) are left out. Used to resolve "she said" / "he said" to a
compatible named person. Run from the project root: python tools/build_given_names.py
"""
from __future__ import annotations

import json
from pathlib import Path

import names  # dev-only

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclaims" / "data" / "given_names.json"


def read(fname: str) -> dict[str, float]:
    path = Path(names.__file__).parent / fname
    out = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main() -> None:
    female, male = read("dist.female.first"), read("dist.male.first")
    res = {"female": [], "male": []}
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= 10 * m and f > 0:
            res["female"].append(name)
        elif m >= 10 * f and m > 0:
            res["male"].append(name)
    OUT.write_text(json.dumps(res, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(res['female'])} female, {len(res['male'])} male")


if __name__ == "__main__":
    main()
