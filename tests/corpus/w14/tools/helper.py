import json, os
OUT = '/work/blind/w14'
def add(slug, text, label, also, reason, facts, ext='md', folder=False):
    if folder:
        d = f'{OUT}/cases/{slug}'; os.makedirs(d, exist_ok=True); path = f'{d}/case.md'
    else:
        os.makedirs(f'{OUT}/cases', exist_ok=True); path = f'{OUT}/cases/{slug}.{ext}'
    with open(path, 'w') as f:
        f.write(text.strip() + '\n')
    rec = {"case": slug, "label": label, "also_acceptable": also, "reason": reason,
           "facts": {k: {"value": v, "span": s} for k, (v, s) in facts.items()}}
    lab = f'{OUT}/labels.jsonl'
    lines = []
    if os.path.exists(lab):
        lines = [l for l in open(lab) if l.strip() and json.loads(l)['case'] != slug]
    lines.append(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(lab, 'w') as f:
        f.writelines(lines)
