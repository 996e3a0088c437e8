"""Generate caption_examples.csv: the picture desk's saved caption rewrites (standard library only)."""
import csv, random
random.seed(51)
PLACES = ["Leeds", "Hull", "York", "Bradford", "Sheffield", "Harrogate"]
EVENTS = [("protesters outside council offices", "Protesters gather outside {p} Civic Hall over library closures"),
          ("fans celebrating win", "{t} fans celebrate after the final whistle at Elland Road"),
          ("flooding on high street", "Floodwater covers the high street in {p} after overnight rain"),
          ("mayor opening new bridge", "The mayor cuts the ribbon on the new footbridge in {p}"),
          ("runners at half marathon start", "Runners set off at the start of the {p} half marathon"),
          ("fire crews at warehouse blaze", "Firefighters tackle a warehouse fire on the edge of {p}")]
TOWNS = ["Leeds United", "Bradford City", "Hull City"]
rows = []
for i in range(48):
    raw, desk = random.choice(EVENTS)
    p = random.choice(PLACES)
    d = "2025-%02d-%02d" % (random.randint(1, 6), random.randint(1, 28))
    rows.append({"photo_id": "YPX%06d" % random.randint(0, 999999), "shot_date": d,
                 "photographer": random.choice(["J. Barlow", "S. Iqbal", "freelance", "agency"]),
                 "raw_caption": ("IMG %s %s %s" % (raw, p, d)).upper() if random.random() < 0.5 else raw + " " + p,
                 "desk_caption": desk.format(p=p, t=random.choice(TOWNS)) + (". Picture: " + random.choice(["J. Barlow", "S. Iqbal"]) if random.random() < 0.6 else ""),
                 "checked_by": random.choice(["h.wade", ""]) if i < 20 else ""})
with open("caption_examples.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]))
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows,", sum(1 for r in rows if r["checked_by"]), "checked")
