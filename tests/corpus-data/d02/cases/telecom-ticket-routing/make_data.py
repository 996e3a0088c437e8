"""Generate tickets_q3.csv: routed customer-care tickets for a mobile/broadband operator.
Standard library only; seeded so every run writes the same file."""
import csv
import datetime
import os
import random

rng = random.Random(20240917)
HERE = os.path.dirname(os.path.abspath(__file__))
N_ROWS = 2400


def typo(s, rate):
    out = []
    for w in s.split(" "):
        if len(w) > 4 and rng.random() < rate:
            k = rng.randrange(4)
            i = rng.randrange(1, len(w) - 2)
            if k == 0:
                w = w[:i] + w[i + 1:]
            elif k == 1:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 2:
                w = w[:i] + w[i] + w[i:]
            else:
                w = w.lower()
        out.append(w)
    return " ".join(out)


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOWNS = ["Leeds", "Bristol", "Swindon", "Croydon", "Stockport", "Wakefield", "Derby",
         "Reading", "Luton", "Norwich", "Cardiff", "Exeter", "Preston", "Hull", "Bolton",
         "Milton Keynes", "Sunderland", "Ipswich", "Slough", "Gloucester"]
COUNTRIES = ["Spain", "France", "Portugal", "Turkey", "the USA", "Greece", "Italy",
             "Dubai", "Morocco", "Croatia", "Thailand", "Ireland", "Canada", "Egypt", "Mexico"]
OTHER_CARRIERS = ["EE", "Vodafone", "O2", "Three", "giffgaff", "Tesco Mobile", "Sky Mobile", "Lebara"]
DEVICES = ["iPhone 14", "iPhone 15 Pro", "iPhone 13", "Galaxy S23", "Galaxy A54", "Pixel 8",
           "Pixel 7a", "Moto G84", "Xiaomi 13T", "Galaxy Z Flip5", "handset", "new phone"]
PLANS = ["Unlimited Max", "Essential 30GB", "Plus 100GB", "SIM Only 15GB", "Family Share",
         "Essential 10GB", "Unlimited Lite"]
FIRST = ["Dave", "Sarah", "Mo", "Jen", "Tom", "Priya", "Gary", "Aoife", "Kev", "Lucy",
         "Imran", "Beth", "Chris", "Nadia", "Paul", "Zoe", "Wayne", "Hannah", "Sam", "Ravi"]


def slots():
    amt = rng.choice([rng.randint(18, 140) + rng.choice([0, 0.5, 0.99, 0.37, 0.12]),
                      rng.randint(150, 420) + 0.0])
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    return {
        "amount": "£%.2f" % amt,
        "plan_price": "£%d" % rng.choice([10, 12, 15, 18, 22, 25, 30, 35, 42]),
        "month": m,
        "date": "%d %s" % (d, m),
        "date2": "%d %s" % (rng.randint(1, 28), rng.choice(MONTHS)),
        "card4": "%04d" % rng.randint(0, 9999),
        "fee": rng.choice(["£5", "£7.50", "£10", "£12"]),
        "nth": rng.choice(["1st", "5th", "15th", "20th", "28th"]),
        "premium": rng.choice(["premium rate texts", "a 0871 number", "a Spotify add-on",
                               "an in-app purchase", "a premium SMS subscription",
                               "third party charges", "a 118 directory call"]),
        "country": rng.choice(COUNTRIES),
        "weekday": rng.choice(DAYS),
        "roam": rng.choice(["Travel Pass", "EU Roam bolt-on", "World Traveller add-on",
                            "roaming pass", "Roam Further"]),
        "cap": rng.choice(["£45", "50GB", "£50", "£40"]),
        "carrier": rng.choice(OTHER_CARRIERS),
        "device": rng.choice(DEVICES),
        "ins": rng.choice(["device insurance", "Phone Protect", "insurance", "care plan"]),
        "repref": "RPR%06d" % rng.randint(0, 999999),
        "n": rng.randint(2, 11),
        "town": rng.choice(TOWNS),
        "pc": rng.choice(["LS6", "BS3", "SN1", "CR0", "SK4", "WF1", "DE22", "RG1", "LU2",
                          "NR3", "CF24", "EX4", "PR1", "HU5", "BL3", "MK9"]),
        "speed": rng.choice(["0.4", "1.2", "0.8", "2", "3.5", "0.2"]),
        "colour": rng.choice(["orange", "red", "flashing blue", "amber", "purple"]),
        "pac": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "%06d" % rng.randint(0, 999999),
        "year": rng.choice(["2021", "2022", "2023"]),
        "plan": rng.choice(PLANS),
        "gb": rng.choice(["10", "15", "30", "5"]),
        "rel": rng.choice(["daughter", "son", "wife", "husband", "mum", "partner"]),
        "order": "BB-%07d" % rng.randint(0, 9999999),
        "first": rng.choice(FIRST),
        "acct": "%d" % rng.randint(10000000, 99999999),
    }


Q = {
    "Billing & Payments": {
        "w": 24,
        "subj": ["Bill higher than expected", "query on my last bill", "Charged twice?",
                 "Direct debit failed", "Refund request", "Why am I paying {amount}",
                 "Wrong amount taken", "late payment fee", "Invoice", "e-bill missing",
                 "charges I don't recognise", "Overcharged"],
        "body": [
            "My {month} bill came to {amount} but my plan is only {plan_price} a month. Can someone explain the extra charges?",
            "I've been charged twice for {month}, once by direct debit and once on my card ending {card4}. Please refund the duplicate payment.",
            "The direct debit bounced apparently and now there's a {fee} late payment fee on my account. My bank says nothing was even requested.",
            "Can you send me an itemised invoice for {month}? I need it for my expenses claim at work.",
            "There's a charge for {premium} on my bill that I never signed up for, please remove it and refund.",
            "I paid {amount} on {date} by card but my account still shows an outstanding balance. What's going on?",
            "Why has my monthly payment gone up to {amount}? Nobody told me about a price rise.",
            "Please change the collection date for my direct debit to the {nth} of the month, payday changed.",
            "I haven't had my e-bill for {month}, and the app says {amount} overdue. I didn't get any reminder.",
            "You've taken {amount} from my bank this month, the usual is {plan_price}. I want the difference back.",
            "Got a text saying my payment failed. I've updated the card ending {card4}, can you retry the payment?",
            "Credit of {fee} promised on my last call hasn't shown on the bill.",
        ],
    },
    "Roaming & International": {
        "w": 10,
        "subj": ["Roaming charges", "Going to {country}", "Abroad - no service", "Travel Pass",
                 "roaming", "International calls cost", "Roaming cap hit"],
        "body": [
            "I'm travelling to {country} next {weekday}. Will my plan work there and what does it cost per day?",
            "Just got back from {country} and I've been charged {amount} in roaming. I thought {country} was included with my {roam}.",
            "My phone shows no service in {country}, other people here on {carrier} are fine. Data roaming is switched on in settings.",
            "How do I add the {roam} before I fly out to {country}? Can't see it in the app.",
            "Calls to {country} from the UK cost me {amount} this month. Is there an international calling bundle I can add?",
            "Got a text saying I've hit my {cap} roaming data cap while in {country}. How do I lift it for the rest of the trip?",
            "Can I use my normal allowance while in {country} or is there a fair use limit abroad?",
            "Stuck on a cruise ship network, charged {amount} for a few texts. Is maritime roaming not covered?",
            "My daughter is studying in {country} for a term, what's the cheapest way to keep her line working there?",
        ],
    },
    "Devices & Repairs": {
        "w": 14,
        "subj": ["Cracked screen", "Phone faulty", "Repair update", "{device} problem",
                 "Battery issue", "Warranty claim", "Faulty handset", "repair"],
        "body": [
            "My {device} screen has cracked, is it covered under my {ins}? How do I send it in for repair?",
            "The {device} I got on contract keeps restarting since the last software update. Tried a factory reset already.",
            "Sent my {device} off for repair on {date}, repair ref {repref}, and I've heard nothing since.",
            "Battery on my {device} drains in a couple of hours. It's only {n} months old, surely that's a warranty fault.",
            "Handset arrived with a faulty speaker, callers sound crackly. I want a replacement not a repair.",
            "Camera on the {device} stopped focusing, still under warranty? Bought it {n} months ago.",
            "The courier hasn't collected my {device} for the repair yet, I've been waiting in all day.",
            "{device} won't charge, tried three cables. Can I swap it in store or do I need to post it?",
            "Repair centre says the damage on my {device} is liquid damage and wants £{n}9 to fix it, that's not right.",
            "Dropped my {device} and the back glass shattered. Is there an excess on the {ins}?",
        ],
    },
    "Network Faults": {
        "w": 18,
        "subj": ["No signal", "Slow data", "Can't make calls", "Mast down?", "Coverage {town}",
                 "Broadband dropping", "5G issue", "WiFi calling not working", "Outage?"],
        "body": [
            "No signal at home in {town} since {weekday}. Calls drop and 4G shows on the phone but nothing loads.",
            "Mobile data is really slow around {pc}, speed test shows {speed}Mbps. It used to be fine.",
            "Can't make or receive calls since this morning, texts still come through. {town} area, postcode {pc}.",
            "Is there a mast down near {pc}? Whole street has no coverage, neighbours on the same network too.",
            "My broadband keeps dropping out every evening, the router light goes {colour} and then comes back.",
            "5G keeps switching down to 3G or E in {town} centre, it never used to do that.",
            "WiFi calling stopped working after the outage on {weekday}, calls just fail indoors now.",
            "Internet speed at home is {speed}Mbps on a fibre package, I'm paying for 150. Restarted the hub already.",
            "Signal in {town} has been awful for a week, dropped calls every few minutes. Is work being done on the network?",
            "Home broadband completely down since {weekday}, router light is {colour}. Working from home so this is urgent.",
        ],
    },
    "Number Porting": {
        "w": 8,
        "subj": ["PAC code", "Port my number", "Number transfer", "STAC request", "Port failed",
                 "Keep my number", "Switching from {carrier}"],
        "body": [
            "I want to bring my number over from {carrier}, I have my PAC code {pac}. How long does the transfer take?",
            "Requested a PAC code on {date} but never received it, I'm moving to {carrier}.",
            "My number port was meant to happen on {weekday} but I still have the temporary number on my SIM.",
            "Please send me a STAC, I'm cancelling and moving to {carrier}. I don't want to keep the number.",
            "The port has failed, {carrier} says the PAC {pac} doesn't match my number.",
            "Can I keep my old number when I switch to you from {carrier}? I'm on pay as you go with them.",
            "Texted PAC to 65075 and got nothing back. Need to switch to {carrier} by {weekday}.",
            "Transferred my number in on {date} and now incoming calls go to my old {carrier} voicemail.",
        ],
    },
    "Contracts & Upgrades": {
        "w": 14,
        "subj": ["Upgrade", "Upgrade eligibility", "End of contract", "Change my plan", "Add a line",
                 "Price match", "Discount not applied", "SIM only"],
        "body": [
            "Am I eligible for an upgrade yet? My contract started in {month} {year}.",
            "I'd like to upgrade to the {device} on the {plan} plan, what would the monthly cost be?",
            "When does my minimum term end? I want to move to a SIM-only deal afterwards.",
            "I want to drop my plan to the {gb}GB one, is there a fee for changing mid contract?",
            "Can I add a second line to my account for my {rel}? Do I get a multi-line discount?",
            "Your {plan} plan is cheaper online than what I'm paying, can you match it for me?",
            "I was promised {fee} off a month for 6 months by the retention team to stay, and it hasn't been applied.",
            "My contract ended in {month}, I'd like to renew but only if the price comes down.",
            "Thinking of leaving, what's the early termination charge if I cancel now? Contract started {month} {year}.",
        ],
    },
    "Broadband Installs": {
        "w": 12,
        "subj": ["Engineer no-show", "Router delivery", "Moving house", "Install date",
                 "Installation", "Order {order}", "Fibre activation", "Rebook appointment"],
        "body": [
            "Engineer didn't turn up for my installation on {date}. I took the day off work for it. Address is in {town}.",
            "When will my new router be delivered? Order {order}, my go-live date is {date}.",
            "Moving house on {date}, need broadband set up at the new address in {town}. Can I move my package?",
            "My install date keeps getting pushed back, first it was {date}, now it's {date2}.",
            "Openreach engineer came but said the line isn't live at the cabinet, what happens now with order {order}?",
            "Need to rebook my install appointment, I can't be in on {weekday}.",
            "Activation date for my fibre is {date}, can it be brought forward? Current provider contract ends before that.",
            "Got a text saying my installation is complete but nothing works and no engineer visited. Order {order}.",
            "The engineer needs to drill through the wall for the new socket, is that included in the install?",
        ],
    },
}

OPEN = ["Hi,", "Hello,", "Hi there,", "Good morning,", "", "", "To whom it may concern,", "hey",
        "Hiya,", "Afternoon,", "Dear Sir/Madam,"]
CLOSE = ["Thanks", "Cheers", "Thanks in advance", "Regards, {first}", "Please sort this asap",
         "", "", "Account no {acct}", "{first}", "Thanks, {first} (acc {acct})", "Not impressed.",
         "Many thanks"]
GENERIC_SUBJ = ["Help", "Query", "Complaint", "Re: your account", "", "Question", "URGENT",
                "Customer enquiry", "Re: Re: case"]
LEADS = ["k.osei", "m.harding", "j.patel", "l.brennan", "s.wright"]
CHANNELS = ["email", "webform", "app", "email", "webform"]
PLAN_TYPES = {"Broadband Installs": ["Broadband", "Broadband", "Home bundle"],
              "default": ["Pay monthly", "SIM only", "Pay monthly", "Business", "Home bundle"]}

queues = list(Q)
weights = [Q[q]["w"] for q in queues]
rows = []
for i in range(N_ROWS):
    q = rng.choices(queues, weights)[0]
    s = slots()
    if rng.random() < 0.22:
        subj = rng.choice(GENERIC_SUBJ)
    else:
        subj = rng.choice(Q[q]["subj"]).format(**s)
    body = rng.choice(Q[q]["body"]).format(**s)
    if rng.random() < 0.18:
        # second sentence from the same queue, as customers often ramble
        extra = rng.choice(Q[q]["body"]).format(**slots())
        body = body + " Also " + extra[0].lower() + extra[1:]
    parts = [rng.choice(OPEN), body, rng.choice(CLOSE).format(**s)]
    msg = " ".join(p for p in parts if p)
    if rng.random() < 0.35:
        msg = typo(msg, 0.06)
    if rng.random() < 0.08:
        msg = msg.lower()
    label = q
    if rng.random() < 0.03:
        label = rng.choice([x for x in queues if x != q])
    d0 = datetime.date(2024, 7, 1) + datetime.timedelta(days=i * 92 // N_ROWS)
    opened = "%s %02d:%02d" % (d0.isoformat(), rng.randint(7, 22), rng.randint(0, 59))
    pt = rng.choice(PLAN_TYPES.get(q, PLAN_TYPES["default"]))
    rows.append({
        "ref": "CC-%07d" % (4410000 + i * 7 + rng.randint(0, 6)),
        "opened_at": opened,
        "channel": rng.choice(CHANNELS),
        "plan_type": pt,
        "title": subj,
        "message": msg,
        "routed_to": label,
        "checked_by": rng.choice(LEADS),
    })

with open(os.path.join(HERE, "tickets_q3.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
print("wrote tickets_q3.csv", len(rows))
