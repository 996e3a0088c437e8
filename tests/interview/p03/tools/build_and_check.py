"""Emit profiles/*.yaml from profiles_data.py, then re-parse every file with a small
stdlib-only YAML-subset parser and run consistency checks."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "profiles")
sys.path.insert(0, HERE)
from profiles_data import P

FIELDS = ["task_kind", "monthly_volume", "labelled_examples", "corpus_size", "knowledge_change_days",
          "needs_citations", "needs_external_knowledge", "stakes", "stage", "latency_ms", "budget",
          "strict_format", "consistent_style", "prompting_falls_short", "prompt_tokens", "accuracy_target",
          "task_changes_often", "domain_jargon", "human_review", "cost_per_call_usd", "monthly_bill_usd",
          "constraints"]
BOOLS = {"needs_citations", "needs_external_knowledge", "strict_format", "consistent_style",
         "prompting_falls_short", "task_changes_often", "domain_jargon", "human_review"}
NUMS = {"monthly_volume", "labelled_examples", "corpus_size", "knowledge_change_days", "latency_ms",
        "prompt_tokens", "accuracy_target", "cost_per_call_usd", "monthly_bill_usd"}
ENUMS = {"task_kind": {"classification", "extraction", "generation", "question_answering", "summarisation",
                       "translation", "transformation", "code", "tool_use", "research"},
         "stakes": {"low", "medium", "high"}, "stage": {"prototype", "pilot", "production", "one_off"},
         "budget": {"none", "limited", "available"}}
CONSTR = {"on_prem", "eu_residency", "no_vendor_training", "personal_data", "air_gapped"}
PERSONAS = ["vague", "self_correcting", "yes_no", "expert", "volunteer"]
LABELS = {"prompt", "rag", "fine_tune"}
IDENT = re.compile(r"^[a-z_][a-z0-9_+]*$")


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str) and IDENT.match(v) and v not in ("true", "false", "null", "yes", "no", "on", "off", "y", "n"):
        return v
    return json.dumps(v, ensure_ascii=False)


def flow(lst):
    return "[" + ", ".join(scalar(x) for x in lst) + "]"


def val(v):
    return flow(v) if isinstance(v, list) else scalar(v)


def emit(p):
    L = []
    L.append(f"persona: {p['persona']}")
    L.append(f"label: {p['label']}")
    L.append(f"also_acceptable: {flow(p['also_acceptable'])}")
    L.append(f"reason: {scalar(p['reason'])}")
    L.append("opening: |")
    for line in p["opening"].rstrip("\n").split("\n"):
        L.append("  " + line)
    L.append("truth:")
    for k, v in p["truth"].items():
        L.append(f"  {k}: {val(v)}")
    L.append("answers:" + ("" if p["answers"] else " {}"))
    for k, v in p["answers"].items():
        L.append(f"  {k}: {scalar(v)}")
    L.append(f"unsure: {flow(p['unsure'])}")
    if p["persona"] == "self_correcting":
        L.append("corrections:")
        for c in p["corrections"]:
            L.append(f"  - field: {c['field']}")
            for k in ("wrong", "right", "text", "after_turn"):
                L.append(f"    {k}: {val(c[k])}")
    L.append(f"not_applicable: {flow(p['not_applicable'])}")
    return "\n".join(L) + "\n"


# ---------------- minimal parser for exactly the subset emitted above -----------------
def pscalar(s):
    s = s.strip()
    if s.startswith('"'):
        return json.loads(s)
    if s in ("true", "false"):
        return s == "true"
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    if re.fullmatch(r"-?\d+\.\d*(e-?\d+)?", s):
        return float(s)
    if s == "{}":
        return {}
    if s.startswith("["):
        inner = s[1:-1].strip()
        if not inner:
            return []
        return [pscalar(x) for x in split_flow(inner)]
    if s.startswith("'") or s.startswith("{") or ": " in s or " #" in s:
        raise ValueError("unsupported scalar: " + s)
    return s


def split_flow(inner):
    out, cur, q = [], "", False
    i = 0
    while i < len(inner):
        ch = inner[i]
        if ch == '"' and (i == 0 or inner[i - 1] != "\\"):
            q = not q
        if ch == "," and not q:
            out.append(cur); cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return out


def parse(text):
    lines = text.split("\n")
    d, i = {}, 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1; continue
        if ln.startswith(" "):
            raise ValueError(f"unexpected indent line {i+1}: {ln}")
        key, _, rest = ln.partition(":")
        rest = rest.strip()
        if rest == "|":
            block = []
            i += 1
            while i < len(lines) and (lines[i].startswith("  ") or lines[i] == ""):
                block.append(lines[i][2:]); i += 1
            while block and block[-1] == "":
                block.pop()
            d[key] = "\n".join(block) + "\n"
            continue
        if rest:
            d[key] = pscalar(rest); i += 1; continue
        i += 1
        if i < len(lines) and lines[i].startswith("  - "):
            items = []
            while i < len(lines) and lines[i].startswith("  "):
                if lines[i].startswith("  - "):
                    items.append({})
                    k, _, v = lines[i][4:].partition(":")
                else:
                    assert lines[i].startswith("    "), lines[i]
                    k, _, v = lines[i][4:].partition(":")
                items[-1][k] = pscalar(v); i += 1
            d[key] = items
        else:
            m = {}
            while i < len(lines) and lines[i].startswith("  "):
                k, _, v = lines[i][2:].partition(":")
                m[k] = pscalar(v); i += 1
            d[key] = m
    return d


def check(slug, p, y):
    errs = []
    e = errs.append
    if y["persona"] not in PERSONAS: e("persona")
    if y["label"] not in LABELS: e("label")
    for a in y["also_acceptable"]:
        if a == y["label"]: e("also_acceptable repeats label")
    t, a, u = y["truth"], y["answers"], y["unsure"]
    for k, v in t.items():
        if k not in FIELDS: e(f"unknown truth field {k}")
        if k in BOOLS and not isinstance(v, bool): e(f"{k} not bool")
        if k in NUMS and (isinstance(v, bool) or not isinstance(v, (int, float))): e(f"{k} not num")
        if k in ENUMS and v not in ENUMS[k]: e(f"{k} bad enum {v}")
        if k == "constraints" and not (isinstance(v, list) and set(v) <= CONSTR): e("constraints")
    for k in a:
        if k not in FIELDS: e(f"unknown answer field {k}")
        if k not in t and k not in u: e(f"answer {k} neither truth nor unsure")
    for k in u:
        if k in t: e(f"unsure {k} in truth")
        if k not in a: e(f"unsure {k} has no answer")
    for k in y["not_applicable"]:
        if k not in FIELDS: e(f"unknown n/a {k}")
        if k in t or k in a: e(f"n/a {k} also in truth/answers")
    opened = set(p["_in_opening"])
    for k in t:
        if k in opened: continue
        if k in a: continue
        if y["persona"] == "yes_no" and k in BOOLS: continue
        e(f"truth {k} has no answer and is not in opening")
    if y["persona"] == "yes_no":
        for k in a:
            if k in BOOLS: e(f"yes_no has answer for bool {k}")
            if len(a[k].split()) > 4: e(f"yes_no answer too long {k}")
    if y["persona"] == "vague" and len(u) < 2: e("vague needs >=2 unsure")
    if y["persona"] == "self_correcting":
        cs = y.get("corrections", [])
        if not cs: e("no corrections")
        for c in cs:
            if t.get(c["field"]) != c["right"]: e(f"correction right != truth for {c['field']}")
            if c["wrong"] == c["right"]: e("wrong == right")
    elif "corrections" in y:
        e("corrections on non-self_correcting")
    # parsed == source
    for k in ("persona", "label", "also_acceptable", "reason", "opening", "truth", "answers", "unsure", "not_applicable"):
        if y[k] != p[k]: e(f"round-trip mismatch {k}")
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    per_persona, per_label = collections.Counter(), collections.Counter()
    cross = collections.Counter()
    bad = 0
    for slug, p in P.items():
        text = emit(p)
        path = os.path.join(OUT, slug + ".yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        with open(path, encoding="utf-8") as f:
            y = parse(f.read())
        errs = check(slug, p, y)
        if errs:
            bad += 1
            print(slug, errs)
        per_persona[y["persona"]] += 1
        per_label[y["label"]] += 1
        cross[(y["persona"], y["label"])] += 1
    print("files:", len(P), "bad:", bad)
    print("per persona:", dict(per_persona))
    print("per label:", dict(per_label))
    for pe in PERSONAS:
        print(" ", pe, {l: cross[(pe, l)] for l in sorted(LABELS)})


if __name__ == "__main__":
    main()
