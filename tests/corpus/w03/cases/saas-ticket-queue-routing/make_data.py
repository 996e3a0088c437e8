"""Generate tickets_export.csv: a help-desk export of routed and checked tickets (standard library only)."""
import csv, random, datetime
random.seed(42)
queues = {
    "billing": ["Charged twice for {m} subscription", "Need a VAT invoice for {m}", "Card declined on renewal",
                "Refund for unused seats", "Change billing contact"],
    "sso_identity": ["SAML login loops back to sign-in page", "Okta SCIM not deprovisioning users",
                     "Azure AD group mapping missing", "2FA codes not accepted"],
    "integrations": ["Slack notifications stopped", "Jira sync duplicates issues", "Webhook returns 401",
                     "Salesforce field mapping broken"],
    "api_platform": ["Rate limit 429 on /v2/events", "Pagination cursor returns same page", "API key rotated but old key still works"],
    "data_export": ["CSV export times out over 50k rows", "Scheduled export to S3 failing", "Export missing custom fields"],
    "account_admin": ["Transfer workspace ownership", "Merge two workspaces", "Delete my account and data"],
    "bug_triage": ["Dashboard chart blank in Safari", "Filter resets after refresh", "Timezone wrong on reports"],
    "security_compliance": ["Need SOC 2 report", "Pen-test findings question", "DPA signature request"],
    "onboarding": ["How do I invite my team", "Import from Trello", "Set up first project"],
}
months = ["March", "April", "May", "June"]
agents = ["a.okafor", "j.lindqvist", "m.rossi", "s.tanaka", "r.mehta", "qa-lead"]
bodies = ["Hi, {t}. This started {w}. Workspace id ws_{n}.", "{t} - urgent, our team of {k} can't work.",
          "Hello support, {t}? Tried clearing cache already.", "{t}. Screenshot attached. Thanks"]
whens = ["yesterday", "this morning", "after the last release", "two days ago"]
start = datetime.datetime(2024, 1, 3, 8, 0)
with open("tickets_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "created_at", "title", "message", "first_guess_queue", "routed_to", "checked_by"])
    qnames = list(queues)
    weights = [18, 9, 14, 8, 7, 6, 20, 4, 14]
    for i in range(2400):
        q = random.choices(qnames, weights)[0]
        t = random.choice(queues[q]).format(m=random.choice(months))
        msg = random.choice(bodies).format(t=t, w=random.choice(whens), n=random.randint(10000, 99999), k=random.randint(3, 80))
        guess = q if random.random() < 0.77 else random.choice(qnames)
        ts = start + datetime.timedelta(minutes=37 * i + random.randint(0, 30))
        w.writerow([f"TCK-{58000 + i}", ts.isoformat(timespec="minutes"), t, msg, guess, q, random.choice(agents)])
