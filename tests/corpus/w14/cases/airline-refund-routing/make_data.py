# Generates tickets.csv: helpdesk export of refund/complaint emails with their final queue.
import csv, random, os
random.seed(1412)
here = os.path.dirname(os.path.abspath(__file__))
queues = {
 "refund-cash": ["Refund for cancelled flight {f}", "I want my money back, not a voucher, for {f} on {d}. Booking {b}."],
 "refund-voucher": ["Voucher instead of refund", "Happy to take a travel credit for booking {b} ({f}), how do I get it?"],
 "eu261-compensation": ["Compensation claim {f}", "{f} from {o} arrived {h} hours late on {d}. I am claiming compensation under EU261. Ref {b}."],
 "disruption-rebook": ["Need new flight", "My {f} on {d} was cancelled and the app won't rebook me. Booking {b}, 2 passengers."],
 "baggage": ["Bag not arrived", "My suitcase did not come off {f} at {o}. PIR number {p}."],
 "accessibility": ["Wheelchair assistance failed", "Assistance was booked for my mother on {f} ({d}) but nobody met her at {o}."],
 "loyalty": ["Missing points", "Points for {f} on {d} never credited to my SkyMiles account. Booking {b}."],
 "agent-conduct": ["Complaint about gate staff", "The agent at gate {g} in {o} was rude and refused to let us board {f}."],
 "other": ["Question", "Can I bring a bike box on {f}? Booking {b}."],
}
weights = [22, 9, 18, 14, 11, 5, 8, 6, 7]
airports = ["DUB", "MAN", "BHX", "EDI", "AMS", "CDG", "BCN", "LIS", "FRA", "CPH"]
leads = ["a.okafor", "m.keane", "s.varga", "j.lindqvist", "r.dias"]
rows = []
for i in range(2400):
    q = random.choices(list(queues), weights)[0]
    title, body = queues[q]
    v = dict(f=f"SR{random.randint(100, 989)}", d=f"2023-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
             b="".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
             o=random.choice(airports), h=random.choice([3, 4, 5, 6, 9]), p=f"{random.choice(airports)}SR{random.randint(10000, 99999)}",
             g=f"{random.choice('ABC')}{random.randint(1, 40)}")
    rows.append({"ref": f"SKR-2023-{100000 + i * 7:06d}", "created_at": v["d"], "channel": random.choice(["email", "webform", "email", "email"]),
                 "title": title.format(**v), "message": body.format(**v),
                 "first_queue": q if random.random() > 0.23 else random.choice(list(queues)),
                 "routed_to": q, "checked_by": random.choice(leads)})
with open(os.path.join(here, "tickets.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]))
    w.writeheader(); w.writerows(rows)
