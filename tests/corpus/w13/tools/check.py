import json, os, collections
OUT = "/work/blind/w13"
labels = collections.Counter(); bad = 0
for n, line in enumerate(open(os.path.join(OUT, "labels.jsonl")), 1):
    r = json.loads(line)
    slug = r["case"]
    cands = [os.path.join(OUT,"cases",slug+e) for e in (".md",".txt",".yaml")] + [os.path.join(OUT,"cases",slug,"case.md")]
    paths = [p for p in cands if os.path.exists(p)]
    assert len(paths) == 1, (slug, paths)
    text = open(paths[0]).read()
    labels[r["label"]] += 1
    assert r["label"] in ("prompt","rag","fine_tune")
    for k, v in r["facts"].items():
        s = v["span"]
        if s.startswith("data:"):
            assert os.path.exists(os.path.join(os.path.dirname(paths[0]), s[5:])) or os.path.exists(os.path.join(os.path.dirname(paths[0]), "docs", s[5:])), (slug, s)
        elif s not in text:
            print("BAD span", slug, k, s); bad += 1
    wc = len(text.split())
    if wc < 30 or wc > 400: print("length", slug, wc)
    for w in ["fine-tun", "RAG", "prompt engineering"]:
        if w in text: print("word", slug, w)
print(labels, "bad", bad, "cases", sum(labels.values()))
print(len([f for f in os.listdir(os.path.join(OUT,"cases"))]))
