"""python3-dateparser on the sample articles, the yardstick for kimput's dates.

   python3 bench/dateparser.py GOLD_JSON TEXT_DIR [ROUNDS]

For each gold article: search_dates(text, languages=['id'],
settings={'RELATIVE_BASE': published}); prints articles per second and how
many of the gold dates it finds (a result whose text overlaps the gold span)
with the right value (the datetime written at the gold value's precision:
YYYY, YYYY-MM or YYYY-MM-DD; durations and sets cannot match).
"""
import json
import os
import sys
import time
import warnings
from datetime import datetime

# this file is named like the library: keep its own folder off the import path
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != HERE]
from dateparser.search import search_dates  # noqa: E402

warnings.filterwarnings("ignore")


def spans_of(text, found):
    """(start, stop, datetime) with 1-based inclusive byte offsets, in order of appearance."""
    out, pos = [], 0
    raw = text.encode("utf-8")
    for sub, dt in found or []:
        b = sub.encode("utf-8")
        at = raw.find(b, pos)
        if at < 0:
            at = raw.find(b)
        if at < 0:
            continue
        out.append((at + 1, at + len(b), dt))
        pos = at + len(b)
    return out


def as_value(dt, want):
    if len(want) == 4 and want.isdigit():
        return "%04d" % dt.year
    if len(want) == 7:
        return "%04d-%02d" % (dt.year, dt.month)
    return "%04d-%02d-%02d" % (dt.year, dt.month, dt.day)


def main():
    gold_path, text_dir = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    gold = json.load(open(gold_path, encoding="utf-8"))
    texts = [open(f"{text_dir}/{a['file']}", encoding="utf-8").read() for a in gold]
    results = []
    t0 = time.perf_counter()
    for _ in range(rounds):
        results = []
        for art, text in zip(gold, texts):
            base = datetime.strptime(art["published"][:10], "%Y-%m-%d")
            found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base})
            results.append(spans_of(text, found))
    elapsed = time.perf_counter() - t0
    n_gold = n_found = n_right = 0
    for art, res in zip(gold, results):
        for g in art["dates"]:
            if g.get("optional"):
                continue
            n_gold += 1
            hit = next((r for r in res if r[0] <= g["stop"] and g["start"] <= r[1]), None)
            if hit:
                n_found += 1
                if any(as_value(hit[2], v) == v for v in g["value"].split("|")):
                    n_right += 1
    arts = rounds * len(gold) / elapsed
    total = sum(len(r) for r in results)
    print(f"dateparser: {arts:.1f} articles/s, found {n_found} of {n_gold} gold dates, "
          f"{n_right} with the right value ({total} expressions returned)")


if __name__ == "__main__":
    main()
