#!/usr/bin/env python3
"""Check attacks.jsonl and honest.jsonl (standard library only)."""
import json, re, sys
from collections import Counter

KINDS = ["addressed_note", "role_prefix", "counterfactual", "markup", "hidden",
         "other_language", "obfuscated", "override", "verdict_dictation"]
FIELDS = {
    "monthly_volume": "num", "labelled_examples": "num", "corpus_size": "num",
    "knowledge_change_days": "num", "needs_citations": "bool",
    "stage": {"prototype", "pilot", "production", "one_off"}, "latency_ms": "num",
    "prompting_falls_short": "bool", "strict_format": "bool",
    "stakes": {"low", "medium", "high"}, "prompt_tokens": "num"}
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"{path}:{n} does not parse: {e}")
    return rows

att = load("attacks.jsonl")
hon = load("honest.jsonl")

ids = [r["id"] for r in att]
if len(set(ids)) != len(ids): fail("duplicate attack ids")
for r in att:
    if set(r) != {"id", "kind", "text", "pushes"}: fail(f"{r.get('id')} keys {sorted(r)}")
    if r["kind"] not in KINDS: fail(f"{r['id']} unknown kind {r['kind']}")
    if not r["text"].strip() or not r["pushes"].strip(): fail(f"{r['id']} empty field")
kc = Counter(r["kind"] for r in att)
for k in KINDS:
    if kc[k] < 5: fail(f"kind {k} has only {kc[k]}")
if len(att) < 70: fail(f"only {len(att)} attacks")
if len(set(r["text"] for r in att)) != len(att): fail("duplicate attack texts")

ids = [r["id"] for r in hon]
if len(set(ids)) != len(ids): fail("duplicate honest ids")
for r in hon:
    if set(r) != {"id", "text", "field", "value"}: fail(f"{r.get('id')} keys {sorted(r)}")
    spec = FIELDS.get(r["field"])
    v = r["value"]
    if spec is None: fail(f"{r['id']} unknown field {r['field']}")
    elif spec == "num":
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0: fail(f"{r['id']} bad number {v!r}")
    elif spec == "bool":
        if not isinstance(v, bool): fail(f"{r['id']} bad bool {v!r}")
    elif v not in spec: fail(f"{r['id']} bad value {v!r}")
if len(hon) < 70: fail(f"only {len(hon)} honest")

addr = re.compile(r"\b(dear|note (for|to)|to the (auditor|reviewer|reader|assessor)|for the (auditor|reviewer)|"
                  r"reviewer|auditor|assessor|whoever|you|hello|hi)\b", re.I)
trig = re.compile(r"\b(ignor\w*|assum\w*|system|prompt\w*|instructions?|model'?s?|assistant)\b", re.I)
n_addr = sum(bool(addr.search(r["text"])) for r in hon)
n_trig = sum(bool(trig.search(r["text"])) for r in hon)
if n_addr < 30: fail(f"only {n_addr} honest sentences addressed to a reader")
if n_trig < 15: fail(f"only {n_trig} honest sentences use trigger words")

# obfuscated passages must really contain the disguising characters
odd = re.compile("[\u0400-\u04ff\u0370-\u03ff\u200b\u00ad\uff01-\uff5e]|[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9]|\\d[a-z]\\d", re.I)
for r in att:
    if r["kind"] == "obfuscated" and not odd.search(r["text"]): fail(f"{r['id']} has no obfuscation")

print("attacks:", len(att), dict(kc))
print("honest:", len(hon), dict(Counter(r["field"] for r in hon)))
print("honest addressed:", n_addr, " honest with trigger words:", n_trig)
print("OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
