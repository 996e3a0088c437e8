"""Generate inbox_export.csv: CRM export of staff-routed emails (standard library only)."""
import csv, random, datetime
random.seed(9)
QUEUES = {
 "registrations": ["Player registration stuck on pending", "Can't transfer my son to new club", "Registration fee refund", "Player ID card not arrived"],
 "discipline": ["Appeal against red card", "Fine notice query", "Misconduct charge - club response", "Suspension dates wrong"],
 "referees": ["Referee availability this weekend", "No ref turned up", "Referee course expenses", "Appointment clash Saturday"],
 "safeguarding": ["Concern about a coach", "Welfare officer query - urgent", "DBS check expired for volunteer", "Incident at U11 training"],
 "coaching_courses": ["Booking UEFA C module", "Course date change", "Certificate not received", "Coaching course waitlist"],
 "affiliation": ["Club affiliation renewal", "New club wanting to join league", "Insurance certificate upload", "Affiliation fee invoice"],
 "fixtures": ["Pitch unplayable - postpone", "Fixture clash cup and league", "Kick-off time change", "Result not showing"],
 "finance": ["Invoice query", "Direct debit failed", "Duplicate payment", "Remittance advice"],
 "facilities": ["3G pitch grant application", "Changing room funding", "Floodlight planning", "Facility grant deadline"],
 "comms_media": ["Press request", "Photo consent for website", "Newsletter submission", "Award nomination"],
 "other": ["General enquiry", "Lost property at county final", "Website login help", "Complaint about parking"],
}
STAFF = ["jwhitcombe", "akhan", "mbrennan", "sodonnell", "tfraser"]
BODY = ["Hi, {s}. Can someone help please? Thanks, {n}", "Hello, writing about: {s}. Club: {c}. Regards {n}",
        "{s} - this is the second time I've emailed. {n} ({c})", "Morning, quick one re {s}. Cheers {n}"]
CLUBS = ["Harlow Town Youth", "Brindle Park FC", "St Cuthbert's Colts", "Ravensholme Ladies", "Oakridge Rangers", "Millfield Juniors"]
NAMES = ["Dave", "Sarah", "Imran", "Lucy", "Tom", "Aisha", "Gary", "Chloe"]
start = datetime.datetime(2023, 8, 1, 8, 0)
with open("inbox_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ref", "received", "subject", "message", "routed_to", "checked_by"])
    for i in range(2400):
        q = random.choices(list(QUEUES), weights=[18,9,10,4,9,7,16,8,4,5,10])[0]
        s = random.choice(QUEUES[q])
        t = start + datetime.timedelta(minutes=random.randint(0, 60*24*300))
        w.writerow([f"NCFA-{100000+i}", t.strftime("%Y-%m-%d %H:%M"), s,
                    random.choice(BODY).format(s=s.lower(), n=random.choice(NAMES), c=random.choice(CLUBS)),
                    q, random.choice(STAFF)])
