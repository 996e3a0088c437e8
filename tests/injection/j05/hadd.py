import json
from add import add
def hadd(rows):
    # rows: (tags, text, field, value); tags: A=addressed to tool/reader, W=trigger word used innocently
    add("honest.jsonl", [{"text": t, "field": f, "value": v} for tags,t,f,v in rows])
    with open("honest_tags.jsonl", "a", encoding="utf-8") as fh:
        for tags,t,f,v in rows:
            fh.write(json.dumps({"tags": tags, "text": t}, ensure_ascii=False) + "\n")
