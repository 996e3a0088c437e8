"""Generate srd_index.csv: Medical Information standard response document (SRD) register, all versions."""
import csv, random, datetime
random.seed(4208)
products = ["Zelvora (zelantinib)", "Maxipren (pembrivastat)", "Oncuvia (tarlisumab)", "Respiva (inhaled fenoterol/glyco)",
            "Cardexa (ivorivaroxaban)", "Neurolin (lotamezil)", "Hepazyl (velpatiride)"]
topics = ["Use in pregnancy and lactation", "Dose adjustment in renal impairment", "Dose adjustment in hepatic impairment",
          "Drug-drug interactions with CYP3A4 inhibitors", "Storage outside refrigeration", "Crushing / administration via NG tube",
          "Use in paediatric patients", "Vaccination during treatment", "Management of infusion reactions",
          "Excipients and allergens", "Missed dose guidance", "Overdose management", "Stability after reconstitution",
          "Real-world evidence summary", "Off-label use: no data statement", "Switching from competitor product",
          "QT prolongation data", "Use in elderly patients"]
authors = ["MI-UK/SR", "MI-DE/KB", "MI-FR/AL", "MI-GLB/TW", "MI-GLB/JH"]
rows = []
n = 0
for p in products:
    for t in random.sample(topics, random.randint(12, 18)):
        n += 1
        srd = f"SRD-{n:04d}"
        d = datetime.date(2023, 1, 2) + datetime.timedelta(days=random.randint(0, 120))
        v = 1
        while d <= datetime.date(2024, 11, 30):
            reason = random.choice(["SmPC variation", "new publication", "periodic review", "label update (EU)",
                                    "PSUR outcome", "enquiry trend", "editorial correction", "new strength launched"])
            rows.append({"srd_id": srd, "product": p, "title": t, "version": f"{v}.0",
                         "effective_date": d.isoformat(), "change_reason": reason,
                         "owner": random.choice(authors),
                         "status": "current"})
            v += 1
            d += datetime.timedelta(days=random.randint(14, 56))
for r in rows:
    pass
# mark superseded versions
latest = {}
for r in rows:
    latest[r["srd_id"]] = r["version"]
for r in rows:
    if r["version"] != latest[r["srd_id"]]:
        r["status"] = "superseded"
rows.sort(key=lambda r: (r["effective_date"], r["srd_id"]))
with open("srd_index.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(n, "SRDs", len(rows), "versions")
