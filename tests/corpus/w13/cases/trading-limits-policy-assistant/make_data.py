"""Write the desk's policy documents (with revision histories) into docs/."""
import os, datetime
os.makedirs("docs", exist_ok=True)
def revs(start, n, step_days, author):
    d = datetime.date.fromisoformat(start); out = []
    for i in range(n):
        out.append((f"{i+1}.{0}", d.isoformat(), author))
        d += datetime.timedelta(days=step_days)
    return out
docs = {
 "counterparty_credit_limits.md": ("Counterparty Credit Limits – Power & Gas", "Credit Risk",
   revs("2024-01-08", 12, 30, "credit.risk@"),
   ["Limits are set per counterparty group and per tenor bucket (M+1, Q+1, Cal+1, beyond).",
    "Table 3 lists current limits for the 48 approved counterparties; changes take effect on publication.",
    "Any trade breaching a limit requires pre-approval by the duty credit officer."]),
 "desk_mandate_uk_power.md": ("Desk Mandate – UK Power Book", "Market Risk",
   revs("2024-01-15", 11, 33, "market.risk@"),
   ["Approved products: baseload and peak forwards (EFA blocks), day-ahead and intraday on EPEX and N2EX.",
    "VaR limit: GBP 2.5m (95%, 1-day). Stop-loss: GBP 4m rolling month.",
    "Spread trades versus NBP gas are permitted up to 150 MW net."]),
 "approved_products_list.md": ("Approved Products and Venues", "Product Control",
   revs("2024-02-01", 10, 31, "product.control@"),
   ["New products go through the NPAP; until approval they may not be traded on any book.",
    "Carbon (UKA, EUA) futures approved for hedging only on the generation book.",
    "Options on TTF approved from version 7.0 with a vega limit of EUR 150k."]),
 "limit_breach_procedure.md": ("Limit Breach and Escalation Procedure", "Risk Committee",
   revs("2024-03-04", 6, 45, "risk.committee@"),
   ["Breaches must be reported to the CRO within 1 hour of detection.",
    "Repeat breaches within 30 days are escalated to the Executive Risk Committee."]),
}
for name, (title, owner, history, body) in docs.items():
    with open(os.path.join("docs", name), "w") as f:
        f.write(f"# {title}\n\nOwner: {owner}\n\n## Revision history\n\n| Version | Effective date | Approved by |\n|---|---|---|\n")
        for v, d, a in history:
            f.write(f"| {v} | {d} | {a} |\n")
        f.write("\n## Content (current version)\n\n")
        for i, p in enumerate(body, 1):
            f.write(f"{i}. {p}\n")
