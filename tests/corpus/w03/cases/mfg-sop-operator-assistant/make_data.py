"""Generate sop_index.csv: the plant's SOP register export (standard library only)."""
import csv, random, datetime
random.seed(7)
areas = ["Press shop", "Paint", "Body-in-white", "Final assembly", "Logistics", "Maintenance", "Quality lab"]
topics = ["Lockout/tagout", "Die change", "Forklift charging", "Solvent handling", "Robot cell entry",
          "Torque audit", "Confined space entry", "Crane lift", "Spill response", "Hot work permit",
          "Sealer pump purge", "Fixture calibration", "Conveyor jam clearing", "Battery handling",
          "Weld tip dressing", "Paint booth fire system test", "Chemical receipt", "Line restart after e-stop",
          "PPE zones", "Ergonomic lift assist"]
rows = []
start = datetime.date(2023, 1, 2)
doc_id = 1000
docs = []
for i in range(140):
    area = areas[i % len(areas)]
    topic = topics[i % len(topics)]
    docs.append((f"SOP-{doc_id + i}", f"{area}: {topic} ({'station ' + str(i % 9 + 1)})", area))
# revision history: one revision event roughly every 5-9 days across the register
day = start
events = []
while day < datetime.date(2024, 11, 30):
    d = random.choice(docs)
    events.append((d, day))
    day += datetime.timedelta(days=random.randint(5, 9))
latest = {}
for d, day in events:
    latest.setdefault(d[0], []).append(day)
owners = ["EHS - M. Kovacs", "EHS - T. Varga", "Prod Eng - L. Nagy", "Maint - P. Szabo"]
with open("sop_index.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["doc_id", "title", "area", "revision", "revised_on", "supersedes", "owner", "status"])
    for doc, area_title, area in docs:
        revs = latest.get(doc, [])
        base = datetime.date(2021, 6, 1) + datetime.timedelta(days=random.randint(0, 500))
        all_dates = [base] + revs
        for r, dt in enumerate(all_dates):
            status = "current" if r == len(all_dates) - 1 else "superseded"
            sup = f"{doc} rev {chr(64 + r)}" if r > 0 else ""
            w.writerow([doc, area_title, area, chr(65 + r), dt.isoformat(), sup, random.choice(owners), status])
print("events", len(events))
