#!/usr/bin/env python3
"""Merges the gathered parts (parts/*.jsonl) into statements.jsonl: checks every entry, drops duplicates, gives each
an id and assigns its split by case, so that no order's statements are on both sides. Run from anywhere; deterministic."""
import hashlib, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
HARMS = {"competitive-harm", "trade-secret-disclosure", "privacy", "safety", "persecution", "security-vulnerability",
         "law-enforcement-interference", "improper-use", "embarrassment", "incrimination", "further-litigation", "reputational"}
VERDICTS = {"specific", "generalized", "conclusory", "hypothetical", "none"}
REQUIRED = ["text", "verdict", "case", "cite", "date", "url", "courtSentence"]
HOLDOUT_PERCENT = 40  # share of cases kept apart: the rules are never written from them


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:40]


def split_of(case):
    digest = hashlib.sha256(slug(case).encode()).digest()
    return "holdout" if digest[0] * 100 // 256 < HOLDOUT_PERCENT else "rules"


def main():
    kinds = set(json.loads((HERE / "kinds.json").read_text())["informationKinds"])
    seen, out, dropped = set(), [], []  # seen: (case, words) of every statement kept
    for part in sorted((HERE / "parts").glob("*.jsonl")):
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            e = json.loads(line)
            where = f"{part.name}:{n}"
            missing = [f for f in REQUIRED if not str(e.get(f, "")).strip()]
            if missing:
                dropped.append(f"{where}: missing {missing}"); continue
            if e["verdict"] not in VERDICTS or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(e.get("date"))):
                dropped.append(f"{where}: verdict or date"); continue
            if e.get("court") == "9th Cir.":
                dropped.append(f"{where}: not a district court"); continue
            if e.get("harmKind") not in HARMS:
                e["harmKind"] = None
            if e.get("informationKind") not in kinds:
                e["informationKind"] = "other"
            # The same reason quoted by two parts (or by two copies of one order) is one statement: same case, words
            # mostly shared.
            case, words = slug(e["case"])[:20], set(re.findall(r"[a-z]{3,}", e["text"].lower()))
            if any(c == case and len(words & w) >= 0.85 * max(1, max(len(words), len(w))) for c, w in seen):
                continue
            seen.add((case, frozenset(words)))
            e["part"] = part.name
            out.append(e)
    out.sort(key=lambda e: (slug(e["case"]), e["date"], e["text"]))
    counts = {}
    for e in out:
        base = slug(e["case"])
        counts[base] = counts.get(base, 0) + 1
        e["id"] = f"{base}-{counts[base]}"
        e["split"] = split_of(e["case"])
    fields = ["id", "split", "text", "form", "harmKind", "informationKind", "about", "verdict", "outcome", "standard",
              "courtSentence", "case", "cite", "court", "date", "url", "example", "part"]
    with open(HERE / "statements.jsonl", "w", encoding="utf-8") as f:
        for e in out:
            f.write(json.dumps({k: e.get(k) for k in fields if e.get(k) is not None}, ensure_ascii=False) + "\n")
    spec = sum(e["verdict"] == "specific" for e in out)
    hold = sum(e["split"] == "holdout" for e in out)
    print(f"{len(out)} statements ({spec} specific, {len(out) - spec} not); holdout {hold}, rules {len(out) - hold}; dropped {len(dropped)}")
    for d in dropped:
        print("  dropped", d, file=sys.stderr)


if __name__ == "__main__":
    main()
