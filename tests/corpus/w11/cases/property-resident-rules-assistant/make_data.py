"""Generate revision_log.csv (SharePoint version history export) and four sample policy documents."""
import csv, datetime, os, random

random.seed(2024)
HERE = os.path.dirname(os.path.abspath(__file__))

docs = ["Resident Handbook", "Guest Parking Rules", "Pet Policy", "Service Charge Policy", "Subletting and Assignment Policy",
        "Gym and Pool Rules", "Waste and Recycling Rules", "Noise and Quiet Hours", "Bike Storage Rules", "Move-in / Move-out Procedure",
        "Payment Plan Procedure", "Complaints Procedure", "Key Fob and Access Policy", "Balcony and Window Rules", "Smoking Policy",
        "Parcel Room Rules", "EV Charging Rules", "Short-Let Prohibition Notice", "Alterations and Decoration Policy", "Fire Safety Guidance"]
# building-specific house rules make up the rest of the ~70 documents
docs += ["House Rules - Building %02d" % b for b in range(1, 35)]
docs += ["Building Amenity Sheet - Cluster %s" % c for c in "ABCDEFGHIJKLMNOP"]

editors = ["k.adeyemi (resident services)", "legal.team", "f.mahon (ops)", "s.raza (compliance)"]
rows = []
rev = {d: 1 for d in docs}
month = datetime.date(2023, 1, 1)
while month <= datetime.date(2024, 6, 1):
    # the monthly policy review runs on the first working days of every month
    changed = random.sample(docs, random.randint(5, 11))
    for d in ["Resident Handbook", "Service Charge Policy"]:
        if d not in changed and random.random() < 0.8:
            changed.append(d)
    for d in changed:
        day = month + datetime.timedelta(days=random.randint(0, 3))
        if day.weekday() >= 5:
            day += datetime.timedelta(days=7 - day.weekday())
        rev[d] += 1
        rows.append([ "HR-DOC-%03d" % (docs.index(d) + 1), d, rev[d], day.isoformat(), random.choice(editors),
                      "monthly policy review", random.choice(["wording update", "fee table updated", "new building added",
                      "contact details changed", "rule added after board decision", "legal review changes", "hours changed"])])
    month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)

rows.sort(key=lambda r: (r[3], r[0]))
with open(os.path.join(HERE, "revision_log.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc_id", "title", "revision", "revised_on", "changed_by", "review_cycle", "change_summary"])
    w.writerows(rows)

def history(title):
    hist = [r for r in rows if r[1] == title][-6:]
    return "\n".join("| %s | %s | %s |" % (r[2], r[3], r[6]) for r in hist)

def last(title):
    r = [r for r in rows if r[1] == title][-1]
    return r[2], r[3]

samples = {
 "resident_handbook.md": ("Resident Handbook", """## 3. Subletting
You may not sublet your apartment or any room in it without written consent from Harbourline. Requests go through the resident app (Requests > Subletting) at least 30 days before the proposed start date. Short lets of under 90 days are not permitted in any building.

## 7. Disputing a service charge
If you believe a service charge is wrong, raise a dispute within 28 days of the statement date. Include the statement reference and the line you are disputing. We respond within 10 working days. If you remain unhappy you may refer the matter to the tribunal.
"""),
 "guest_parking_rules.md": ("Guest Parking Rules", """## 1. Guest permits
Each apartment may request up to 4 guest permits per calendar month through the resident app. Permits are valid for 24 hours from the time shown.

## 2. Enforcement
Vehicles without a valid permit in marked guest bays may be ticketed by the parking contractor. Harbourline cannot cancel tickets issued by the contractor.
"""),
 "pet_policy.md": ("Pet Policy", """## 1. Permitted pets
Cats, small dogs (under 15 kg), caged birds and fish tanks up to 100 litres are permitted with registration. Register pets in the resident app before they move in.

## 2. Pet fee
A one-off pet registration fee applies as set out in the current fee table. Assistance animals are exempt.
"""),
 "service_charge_policy.md": ("Service Charge Policy", """## 2. What the service charge covers
Cleaning of common areas, concierge, lift maintenance, building insurance, gym and pool upkeep, and a contribution to the reserve fund.

## 5. Payment plans
Residents in arrears may request a payment plan. Agreed plans are recorded against the resident's account and are confidential.
"""),
}
for fname, (title, body) in samples.items():
    r, d = last(title)
    text = "# %s\nHarbourline Residential | Revision %s | Revision date: %s | Owner: Resident Services\n\n%s\n## Revision history (last 6)\n| Rev | Date | Change |\n|---|---|---|\n%s\n" % (
        title, r, d, body, history(title))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
        f.write(text)
print("wrote", len(rows), "revision rows for", len(docs), "documents")
