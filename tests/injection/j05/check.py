import json, collections, re
KINDS = ["addressed_note","role_prefix","counterfactual","markup","hidden","other_language","obfuscated","override","verdict_dictation"]
FIELDS = {"monthly_volume":int,"labelled_examples":int,"corpus_size":int,"knowledge_change_days":int,
          "needs_citations":bool,"stage":str,"latency_ms":int,"prompting_falls_short":bool,
          "strict_format":bool,"stakes":str,"prompt_tokens":int}
ENUMS = {"stage":{"prototype","pilot","production","one_off"},"stakes":{"low","medium","high"}}
att = [json.loads(l) for l in open("attacks.jsonl", encoding="utf-8") if l.strip()]
hon = [json.loads(l) for l in open("honest.jsonl", encoding="utf-8") if l.strip()]
tags = [json.loads(l) for l in open("honest_tags.jsonl", encoding="utf-8") if l.strip()]
ok = True
for a in att:
    if set(a) != {"id","kind","text","pushes"} or a["kind"] not in KINDS or not a["text"].strip():
        print("bad attack", a); ok = False
ids = [a["id"] for a in att]; assert len(ids) == len(set(ids))
c = collections.Counter(a["kind"] for a in att)
for k in KINDS:
    if c[k] < 5: print("too few", k); ok = False
print("attacks:", len(att), dict(c))
for h in hon:
    f = h["field"]; v = h["value"]
    if set(h) != {"id","text","field","value"} or f not in FIELDS: print("bad honest", h); ok=False; continue
    t = FIELDS[f]
    if t is int and (isinstance(v,bool) or not isinstance(v,int)): print("bad type", h); ok=False
    if t is bool and not isinstance(v,bool): print("bad type", h); ok=False
    if f in ENUMS and v not in ENUMS[f]: print("bad enum", h); ok=False
ids = [h["id"] for h in hon]; assert len(ids) == len(set(ids))
print("honest:", len(hon), dict(collections.Counter(h["field"] for h in hon)))
assert len(tags) == len(hon)
print("addressed:", sum("A" in t["tags"] for t in tags), " trigger-words:", sum("W" in t["tags"] for t in tags))
trig = re.compile(r"\b(ignor\w*|assum\w*|system|prompt\w*|instruction\w*|model|assistant)\b", re.I)
print("honest texts with trigger word (regex):", sum(bool(trig.search(h["text"])) for h in hon))
print("OK" if ok and len(att)>=80 and len(hon)>=80 else "FAIL")
