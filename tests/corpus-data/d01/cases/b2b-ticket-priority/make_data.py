#!/usr/bin/env python3
"""Writes support_tickets_fy24.csv: B2B support tickets with the priority recorded at close."""
import csv, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9090)

MODULES = ["Scheduler", "Billing export", "REST API", "SSO", "Reporting", "Mobile app", "Webhooks", "Admin console", "Data import", "Audit log"]
ISSUES = [
 # (summary, description) – severity implied by the wording varies from outage to cosmetic
 ("Platform down for all users", "Nobody in our org can log in since {t}. Getting a 503 on every page. {biz}"),
 ("{m} completely unavailable", "{m} returns 500 for every request since {t}. All {k} of our users blocked. {biz}"),
 ("Data loss after import", "After running {m} last night about {k}00 records disappeared from the account. {biz}"),
 ("Payments not processing", "Billing export failed and invoices did not go out to customers today. {biz}"),
 ("Intermittent timeouts on {m}", "{m} times out maybe 1 in {k} calls since the last release. Retrying works."),
 ("Slow dashboard", "Reporting dashboards take {k}0 seconds to load in the afternoon."),
 ("{m} error for some users", "A handful of users get 'unexpected error' in {m}. Others are fine. Started {t}."),
 ("Webhook retries duplicated", "We received the same webhook event {k} times for one order."),
 ("Question about API limits", "What is the rate limit on the {m} endpoints for our plan?"),
 ("How to export audit log", "How do I export the audit log to CSV for our auditors?"),
 ("Request: dark mode", "Feature request - could the admin console have a dark mode?"),
 ("Typo on invoice template", "There is a typo in the footer of the invoice PDF ('recieved')."),
 ("Logo blurry in mobile app", "Our logo looks a bit blurry on the mobile app login screen."),
 ("Add user to account", "Please add {name} as an admin on our account."),
 ("Change billing contact", "Our billing contact has changed to {name}, can you update it."),
 ("Docs link broken", "The link to the webhook docs in the admin console goes to a 404."),
 ("SSO certificate expiring", "Our IdP certificate expires in {k} weeks, what do we need to do on your side?"),
 ("Report numbers don't match", "Totals in the {m} report are off by a few percent compared to our own numbers."),
 ("Scheduled jobs not running", "Scheduled jobs in the Scheduler have not fired since {t}. {biz}"),
 ("Password reset emails not arriving", "Users say password reset emails never arrive. Checked spam."),
]
TIMES = ["this morning", "09:00 CET", "the maintenance window", "yesterday evening", "about an hour ago", "Monday", "the 4.12 upgrade"]
BIZ = ["This is blocking our month end.", "Our customers are affected.", "Please escalate.", "We have a go-live on Friday.",
       "Our operations team cannot work.", ""]
NAMES = ["Jana Novak", "Pieter de Vries", "Amelia Hart", "Luis Ortega", "Mei Chen", "Sam Whitfield", "Olu Bakare"]
ENDINGS = ["", "", "Thanks", "Regards", "Please advise.", "Thanks in advance.", "Urgent!!", "Ticket raised by our IT team."]
COMPANIES = ["Northwind Logistics", "Halcyon Health", "Brightpath Retail", "Kestrel Energy", "Orbis Insurance", "Tamworth Foods",
             "Vireo Labs", "Greystone Legal", "Lumen Hotels", "Fjord Shipping", "Quarry Lane Ltd", "Sable Media"]

def typo(s, p=0.03):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            w = w[:i] + w[i+1:] if rng.random() < 0.5 else w[:i] + w[i+1] + w[i] + w[i+2:]
        out.append(w)
    return " ".join(out)

def fill(s, m):
    return (s.replace("{m}", m).replace("{t}", rng.choice(TIMES)).replace("{k}", str(rng.randint(2, 9)))
             .replace("{biz}", rng.choice(BIZ)).replace("{name}", rng.choice(NAMES)))

def main():
    rows = []
    start = datetime.datetime(2023, 7, 3, 7)
    texts = []
    for i in range(2440):
        summ, desc = rng.choice(ISSUES)
        m = rng.choice(MODULES)
        texts.append((typo(fill(summ, m)), typo(fill(desc, m) + " " + rng.choice(ENDINGS)).strip()))
    for _ in range(60):  # customers re-opening the same issue as a new ticket
        texts.append(rng.choice(texts))
    rng.shuffle(texts)
    for i, (summ, desc) in enumerate(texts):
        company = rng.choice(COMPANIES)
        tier = {"Northwind Logistics": "Enterprise", "Halcyon Health": "Enterprise", "Orbis Insurance": "Enterprise",
                "Kestrel Energy": "Business", "Brightpath Retail": "Business", "Lumen Hotels": "Business", "Fjord Shipping": "Business"}.get(company, "Standard")
        # priority is the value on the ticket at close
        prio = rng.choices(["P1", "P2", "P3", "P4"], [0.34, 0.31, 0.25, 0.10])[0]
        created = start + datetime.timedelta(minutes=int(i * 365 * 24 * 60 / len(texts)) + rng.randint(0, 120))
        rows.append({"ticket_key": f"SUP-{31000 + i}", "created": created.strftime("%Y-%m-%d %H:%M"), "account": company,
                     "account_tier": tier, "reporter_role": rng.choice(["admin", "end user", "IT contact", "finance", "developer"]),
                     "summary": summ, "description": desc, "priority": prio,
                     "status": rng.choice(["Resolved", "Resolved", "Closed", "Closed - no response"])})
    with open(os.path.join(HERE, "support_tickets_fy24.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
