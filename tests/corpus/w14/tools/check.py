import json, os, collections
OUT = '/work/blind/w14'
cnt = collections.Counter(); bad = 0
for i, l in enumerate(open(f'{OUT}/labels.jsonl')):
    r = json.loads(l); slug = r['case']; cnt[r['label']] += 1
    cands = [f'{OUT}/cases/{slug}.{e}' for e in ('md','txt','yaml')] + [f'{OUT}/cases/{slug}/case.md']
    p = [c for c in cands if os.path.exists(c)]
    if len(p) != 1: print('FILE?', slug, p); bad += 1; continue
    t = open(p[0]).read()
    for k, v in r['facts'].items():
        s = v['span']
        if s.startswith('data:'):
            if not os.path.exists(os.path.join(os.path.dirname(p[0]), s[5:])): print('DATA?', slug, k, s); bad += 1
        elif s not in t: print('SPAN?', slug, k, repr(s)); bad += 1
    n = len(t.split())
    if n < 30 or n > 400: print('LEN', slug, n)
print(dict(cnt), 'total', sum(cnt.values()), 'bad', bad)
