"""Generate tickets_export.csv: dispatcher routing history (standard library only)."""
import csv, random, datetime

random.seed(1932)
GROUPS = {
    'billing_disputes': [
        ("Wrong bill", "My bill for {m} is {x} euros higher than usual and I didn't use anything extra. Please explain."),
        ("Charged twice", "I was charged twice for the same month, account {acc}. I want the money back."),
        ("Roaming charges not mine", "There are roaming charges on my invoice from {c} but I was at home the whole month."),
    ],
    'billing_adjustments': [
        ("Discount missing", "The loyalty discount I was promised on the phone in {m} is not on my bill."),
        ("Credit note", "Agent said I would get a credit of {x} euros for the outage, still nothing on account {acc}."),
        ("Change payment date", "Can you move my direct debit to the 15th? Salary comes later now."),
    ],
    'fixed_line_faults': [
        ("No dial tone", "Landline dead since {d}, no dial tone, router lights are fine."),
        ("Crackling line", "Crackling noise on the phone line when it rains, number ends {n}."),
    ],
    'broadband_faults': [
        ("Internet slow", "Speed test shows {s} Mbps, I pay for 500. It's been like this for a week."),
        ("Router keeps restarting", "The router reboots every few hours, WAN light goes red."),
        ("No internet", "No internet since {d}, already restarted the box twice."),
    ],
    'mobile_provisioning': [
        ("Data bundle not working", "I bought the {b} GB add-on yesterday but the app still shows 0 left."),
        ("eSIM not activating", "New eSIM QR code says 'cannot add plan', phone is a {p}."),
        ("Wrong bill", "My bill shows an add-on I never activated, {b} GB extra, line {n}."),
    ],
    'number_porting': [
        ("Port my number", "I want to bring my number from {op} to you, how long does it take?"),
        ("Porting failed", "Porting from {op} failed, now I have no service on either network."),
    ],
    'contracts_cancellations': [
        ("Cancel contract", "I'm moving abroad in {m}, want to cancel without the early termination fee."),
        ("Contract end date", "When does my contract end? I want to change to another tariff."),
    ],
    'device_repairs': [
        ("Phone screen broken", "Screen cracked on the {p} I bought with the contract, is it covered?"),
        ("Device repair status", "I sent my phone for repair {d}, no news since. Case {acc}."),
    ],
}
WEIGHTS = {'billing_disputes': 18, 'billing_adjustments': 14, 'fixed_line_faults': 8,
           'broadband_faults': 20, 'mobile_provisioning': 15, 'number_porting': 9,
           'contracts_cancellations': 10, 'device_repairs': 6}
CHECKERS = ['a.benali', 'r.novak', 'j.mensah', 's.ortega', 'k.virtanen']
CHANNELS = ['email', 'web_form', 'web_form', 'email', 'app']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June']
names = list(WEIGHTS)
w = [WEIGHTS[k] for k in names]
start = datetime.datetime(2024, 1, 2, 7, 0)

with open('tickets_export.csv', 'w', newline='', encoding='utf-8') as f:
    out = csv.writer(f)
    out.writerow(['ref', 'opened_at', 'channel', 'title', 'message', 'routed_to', 'checked_by'])
    t = start
    for i in range(2000):
        t += datetime.timedelta(minutes=random.randint(20, 160))
        g = random.choices(names, w)[0]
        title, msg = random.choice(GROUPS[g])
        msg = msg.format(m=random.choice(MONTHS), x=random.randint(5, 120),
                         acc='AC' + str(random.randint(100000, 999999)),
                         c=random.choice(['Turkey', 'Morocco', 'Switzerland', 'Serbia']),
                         d=random.choice(['Monday', 'yesterday', 'last Friday', 'the 3rd']),
                         n=str(random.randint(1000, 9999)), s=random.randint(8, 90),
                         b=random.choice([5, 10, 20, 50]),
                         p=random.choice(['iPhone 13', 'Galaxy S23', 'Pixel 8', 'Redmi Note 12']),
                         op=random.choice(['Orange', 'Vodafone', 'Digi', 'Lyca']))
        out.writerow(['CR-%06d' % (240000 + i), t.strftime('%Y-%m-%d %H:%M'),
                      random.choice(CHANNELS), title, msg, g, random.choice(CHECKERS)])
