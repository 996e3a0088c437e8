"""Generate reported_emails_export.csv: an Excel-style export (UTF-8 BOM, dd/mm/yyyy dates)
of abuse-mailbox reports verdicted by Corvid Shield analysts. Standard library only."""
import csv, random, datetime

random.seed(1507)
N = 12000
VERDICTS = [("phishing", 0.31), ("spam", 0.22), ("simulation", 0.17), ("clean", 0.16),
            ("bec_impersonation", 0.08), ("malware", 0.06)]
ANALYSTS = ["a.okafor", "j.mcleod", "p.rao", "s.lindqvist", "t.baptiste", "h.nakamura", "r.dunmore"]
CUSTOMERS = [f"CUST-{i:04d}" for i in range(1, 181)]
SUBJECTS = {
    "phishing": ["Action required: verify your Microsoft 365 account", "Your DocuSign envelope is waiting",
                 "Payroll update - confirm your bank details", "Unusual sign-in activity detected",
                 "Shared file: Q3 Budget.xlsx"],
    "spam": ["Exclusive offer just for you", "Boost your SEO rankings today", "Webinar: 10x your pipeline",
             "Last chance - 70% off"],
    "simulation": ["IT Notice: password expiry", "Parcel could not be delivered", "HR: updated holiday policy",
                   "Your invoice #48213 is overdue"],
    "clean": ["Re: minutes from Tuesday", "Invoice 2024-118 attached", "Your Zoom recording is ready",
              "Supplier onboarding form", "FW: conference travel"],
    "bec_impersonation": ["Quick favour", "Are you at your desk?", "Urgent wire before 3pm",
                          "Change of bank details for our account"],
    "malware": ["Scanned document from MFP", "Remittance advice attached", "Order confirmation #77120",
                "Voicemail received (0:42)"],
}
DOMAINS = {
    "phishing": ["micros0ft-verify.com", "docusign-envelope.net", "secure-login365.co", "hr-portal-update.info"],
    "spam": ["promo-mailer.biz", "growthhackz.io", "bestdeals-uk.shop"],
    "simulation": ["it-helpdesk-notice.com", "parcel-tracking-uk.net", "phishsim.example"],
    "clean": ["gmail.com", "outlook.com", "supplier-co.uk", "zoom.us", "hays.com"],
    "bec_impersonation": ["gmail.com", "ceo-office-mail.com", "outlook.com"],
    "malware": ["scanner-hp.local-mail.com", "remit-advice.org", "orders-dispatch.net"],
}
BODIES = {
    "phishing": "Dear user, we detected unusual activity on your account. Please verify your credentials within 24 hours at the link below to avoid suspension.",
    "spam": "Hi there, we help businesses like yours grow revenue fast. Reply YES to book a free strategy call this week.",
    "simulation": "Your password will expire today. Click here to keep your current password. IT Service Desk.",
    "clean": "Hi both, please find attached the notes from Tuesday. Let me know if I missed anything. Thanks, Sam",
    "bec_impersonation": "Are you available? I need you to process a payment discreetly today. I'm in meetings so email only. Thanks",
    "malware": "Please see attached remittance advice. Open the enclosed file and enable content to view.",
}

def pick():
    r, acc = random.random(), 0.0
    for v, p in VERDICTS:
        acc += p
        if r < acc:
            return v
    return VERDICTS[-1][0]

start = datetime.datetime(2024, 11, 1, 7, 0)
with open("reported_emails_export.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["ref", "reported_at", "customer_id", "sender_domain", "subject", "url_count",
                "has_attachment", "body_excerpt", "verdict", "verdicted_by", "checked_by"])
    t = start
    for i in range(N):
        v = pick()
        t += datetime.timedelta(minutes=random.randint(1, 25))
        analyst = random.choice(ANALYSTS)
        checker = random.choice([a for a in ANALYSTS if a != analyst]) if random.random() < 0.35 else ""
        w.writerow([f"AB-{240000 + i}", t.strftime("%d/%m/%Y %H:%M"), random.choice(CUSTOMERS),
                    random.choice(DOMAINS[v]), random.choice(SUBJECTS[v]),
                    random.randint(1, 6) if v in ("phishing", "simulation", "spam") else random.randint(0, 2),
                    "TRUE" if v == "malware" or random.random() < 0.15 else "FALSE",
                    BODIES[v][:random.randint(60, len(BODIES[v]))], v, analyst, checker])
