"""Generate eval_run_2024-05-14.csv: results of the prompt trial on 200 hand-labelled leads."""
import csv, random
random.seed(11)
industries = ["Software", "Manufacturing", "Healthcare", "Financial services", "Retail & e-commerce",
              "Education", "Logistics", "Public sector", "Media", "Professional services", "Energy", "Other"]
snips = {
    "Software": "cloud platform for developer teams",
    "Manufacturing": "precision machined components since 1978",
    "Healthcare": "outpatient clinics and telehealth",
    "Financial services": "independent wealth management",
    "Retail & e-commerce": "online store for outdoor gear",
    "Education": "K-12 tutoring network",
    "Logistics": "3PL warehousing and last-mile delivery",
    "Public sector": "municipal water authority",
    "Media": "regional news and podcasts",
    "Professional services": "boutique accounting and audit firm",
    "Energy": "solar installation and storage",
    "Other": "family-run vineyard and events venue",
}
wrong = 0
rows = []
for i in range(200):
    gold = random.choice(industries)
    pred = gold
    if i in (17, 44, 71, 102, 133, 160, 188):
        pred = random.choice([x for x in industries if x != gold])
    rows.append([f"L-{30400 + i}", f"Company {i:03d}", snips[gold], gold, pred, int(pred == gold), "prompt_v3"])
with open("eval_run_2024-05-14.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["lead_id", "company_name", "website_snippet", "gold_industry", "predicted_industry", "correct", "prompt_version"])
    w.writerows(rows)
    acc = sum(r[5] for r in rows) / len(rows)
    w.writerow(["SUMMARY", "", "", "", "", f"{acc:.3f}", "prompt_v3"])
print(acc)
