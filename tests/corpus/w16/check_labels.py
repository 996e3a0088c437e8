import json, os, collections
OUT="/work/blind/w16"
c=collections.Counter(); bad=0
for i,l in enumerate(open(OUT+"/labels.jsonl")):
    r=json.loads(l); c[r["label"]]+=1
    slug=r["case"]; base=OUT+"/cases/"+slug
    p = base+"/case.md" if os.path.isdir(base) else next((base+e for e in (".md",".txt",".yaml") if os.path.exists(base+e)),None)
    if not p: print("missing",slug); bad+=1; continue
    t=open(p).read()
    for k,f in r["facts"].items():
        s=f["span"]
        if s.startswith("data:"):
            if not os.path.isdir(base): print("data span not folder",slug,k); bad+=1
            continue
        if s not in t: print("SPAN MISS",slug,k,repr(s)); bad+=1
print(dict(c), "bad", bad)
