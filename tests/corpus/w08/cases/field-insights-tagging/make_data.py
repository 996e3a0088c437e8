"""Generate labelled_sample.csv: the field-insight notes tagged so far during taxonomy workshops."""
import csv, random
random.seed(5252)
notes = [
 "Dr K. says patients struggle with the pen device, two returned unused.",
 "Hospital pharmacy asked again about cold-chain stability after opening.",
 "Competitor rep offering free nurse training sessions in the region.",
 "HCP unsure about new renal dosing table in the updated leaflet.",
 "Formulary committee delayed decision to Q3, budget pressures.",
 "Nurse reported that the patient support hotline kept her on hold 40 min.",
 "Practice wants more patient leaflets in Turkish and Arabic.",
 "Cardiologist asked whether real-world data from the registry will be shared.",
 "Wholesaler out of stock of 40 mg packs for two weeks.",
 "KOL critical of the price relative to generics.",
 "Patient co-pay card not accepted at two pharmacies.",
 "GP thinks the dosing schedule is too complex for elderly patients.",
 "Request for a speaker for the regional diabetes meeting.",
 "Reported possible side effect — forwarded to PV as per SOP.",
 "Ward sister likes the new injection training video.",
]
tax = {
 "v0.1 (Feb workshop)": ["Product", "Market Access", "Competition", "Service", "Other"],
 "v0.2 (Apr workshop)": ["Device & Administration", "Access & Pricing", "Competitive Activity", "Patient Services",
                        "Medical Questions", "Supply"],
 "v0.3 (draft, Jun)": ["Device", "Dosing & Safety Info", "Payer & Formulary", "Price", "Competitor", "Patient Support",
                       "Supply Chain", "Education & Events", "Unclassified"],
}
rows = []
i = 0
for version, cats in tax.items():
    for _ in range(15):
        i += 1
        n = random.choice(notes)
        rows.append({"note_id": f"FI-{7000+i}", "region": random.choice(["North", "South", "East", "West", "Capital"]),
                     "note_text": n, "insight_tag": random.choice(cats), "taxonomy_version": version,
                     "tagged_by": random.choice(["brand_mgr_1", "brand_mgr_2", "MSL_lead", "intern"]),
                     "agreed": random.choice(["yes", "yes", "no", "discuss"])})
with open("labelled_sample.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(len(rows))
