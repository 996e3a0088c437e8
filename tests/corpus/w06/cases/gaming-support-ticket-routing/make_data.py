"""Generate tickets.csv: an export of labelled player-support tickets (standard library only)."""
import csv, random
random.seed(6)
QUEUES = {
    "billing": [("Charged twice for {item}", "I bought {item} on {plat} and my card was charged twice. Order {order}. Please refund one."),
                ("Gems not delivered", "Paid for the {item} but the gems never showed up on my account ({plat})."),],
    "account_recovery": [("Can't log in", "My account got locked after I changed my email. Username {user}, playing on {plat}."),
                         ("Hacked account", "Someone logged into my account and changed the password. I still have order {order} as proof."),],
    "bug_report": [("Crash on loading {map}", "Game crashes every time I load {map} since patch {patch}. {plat}."),
                   ("Quest won't complete", "The quest on {map} doesn't complete even after I handed in the items. Patch {patch}."),],
    "cheat_report": [("Aimbot in ranked", "Player {user} in my ranked match on {map} was clearly using an aimbot. Match id {order}."),
                     ("Wallhack", "Reporting {user} for wallhacking, they tracked me through walls all game on {map}."),],
    "refund": [("Refund request {item}", "I bought {item} by accident, please refund. Haven't used it. {plat}."),
               ("Want my money back", "The {item} doesn't do what the store page said. Order {order}."),],
    "performance": [("FPS drops on {plat}", "Since {patch} my FPS drops to 20 on {map}. Specs attached."),
                    ("Lag spikes", "Ping jumps to 400 every few minutes on {plat}, other games are fine."),],
    "gameplay_question": [("How do I unlock {item}?", "Where do I get the {item}? Is it only from the season pass?"),
                          ("Ranked rewards", "When are the ranked rewards for this season handed out?"),],
}
WEIGHTS = {"billing": 18, "account_recovery": 14, "bug_report": 22, "cheat_report": 9, "refund": 11, "performance": 12, "gameplay_question": 14}
ITEMS = ["Founder's Pack", "Ember Skin Bundle", "Season 7 Pass", "1200 Gems", "Wolf Mount", "Starter Crate"]
PLATS = ["PC", "PS5", "Xbox", "Switch", "Android", "iOS"]
MAPS = ["Ashfall Docks", "Greyspire", "the Sunken Market", "Hollow Ridge"]
PATCHES = ["7.2", "7.2.1", "7.3", "7.3.2", "7.4"]
CHECKERS = ["a.moreau", "k.tanaka", "l.osei", "r.silva", "m.nowak", "t.brennan"]
names = list(WEIGHTS)
rows = []
for i in range(2400):
    q = random.choices(names, weights=[WEIGHTS[n] for n in names])[0]
    title, msg = random.choice(QUEUES[q])
    f = dict(item=random.choice(ITEMS), plat=random.choice(PLATS), map=random.choice(MAPS), patch=random.choice(PATCHES),
             user="player%05d" % random.randint(0, 99999), order="#%08d" % random.randint(0, 99999999))
    rows.append({"ref": "SUP-%06d" % (310000 + i), "created": "2024-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28)),
                 "title": title.format(**f), "message": msg.format(**f), "routed_to": q,
                 "checked_by": random.choice(CHECKERS)})
with open("tickets.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["ref", "created", "title", "message", "routed_to", "checked_by"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
