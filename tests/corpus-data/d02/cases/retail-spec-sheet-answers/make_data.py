"""Generate spec_sheets/*.md (PIM export, one sheet per SKU, small kitchen appliances)
and hotline_log.csv (questions store staff phoned in, with the hotline's answer).
Standard library only; seeded."""
import csv
import datetime
import os
import random

rng = random.Random(5150)
HERE = os.path.dirname(os.path.abspath(__file__))
SDIR = os.path.join(HERE, "spec_sheets")
os.makedirs(SDIR, exist_ok=True)
for old in os.listdir(SDIR):
    if old.endswith(".md"):
        os.remove(os.path.join(SDIR, old))

BRANDS = ["Kelvo", "Brisa", "Hearth & Co", "Mondo"]
COLOURS = ["Matte Black", "Chalk White", "Sage Green", "Brushed Steel", "Cream", "Storm Grey", "Copper"]
TYPES = {
    "Kettle": dict(names=["Rapid Boil", "Quiet Boil", "Temp Select", "Classic Dome", "Glass Glow"],
                   power=(2200, 3000), cap=["1.5 L", "1.7 L", "1.0 L", "1.8 L"],
                   box=["kettle", "power base", "removable limescale filter"],
                   dw=["limescale filter"], extras=["Boil-dry protection", "360° swivel base", "Keep-warm 30 min", "Variable temperature 40-100°C"]),
    "Toaster": dict(names=["4-Slice Toaster", "2-Slice Toaster", "Long Slot Toaster", "Wide Slot Toaster"],
                    power=(850, 1800), cap=["2 slices", "4 slices", "2 long slots"],
                    box=["toaster", "warming rack", "crumb tray"], dw=[],
                    extras=["Defrost and reheat", "7 browning levels", "High-lift lever", "Bagel setting"]),
    "Blender": dict(names=["Power Blender", "Smoothie Pro", "Nutri Blend", "Vortex 1200"],
                    power=(600, 1500), cap=["1.5 L jug", "1.8 L jug", "2 x 600 ml cups", "2.0 L jug"],
                    box=["motor base", "jug with lid", "tamper"], dw=["jug", "lid", "blade assembly"],
                    extras=["Pulse", "Ice crush", "5 speeds", "Auto clean program"]),
    "Air Fryer": dict(names=["Dual Basket Air Fryer", "Air Fryer XL", "Compact Air Fryer", "Air Fryer Oven"],
                      power=(1300, 2400), cap=["4.2 L", "5.5 L", "9 L (2 x 4.5 L)", "12 L"],
                      box=["air fryer", "basket(s)", "crisping plate(s)", "recipe booklet"], dw=["baskets", "crisping plates"],
                      extras=["Sync finish", "8 presets", "Shake reminder", "Dehydrate mode"]),
    "Coffee Machine": dict(names=["Bean to Cup", "Espresso Pump 15 bar", "Filter Brew 12 Cup", "Pod Machine"],
                           power=(1000, 1600), cap=["1.8 L water tank", "1.2 L water tank", "12 cups", "0.8 L water tank"],
                           box=["machine", "milk frothing jug", "measuring scoop", "water hardness test strip"],
                           dw=["drip tray", "milk frothing jug"], extras=["Steam wand", "Programmable timer", "Auto-off after 30 min", "Grinder with 12 settings"]),
    "Stand Mixer": dict(names=["Stand Mixer 5.5L", "Stand Mixer Compact", "Pro Stand Mixer"],
                        power=(800, 1500), cap=["5.5 L bowl", "4 L bowl", "6.7 L bowl"],
                        box=["mixer", "stainless steel bowl", "whisk", "dough hook", "K-beater", "splash guard"],
                        dw=["bowl", "dough hook", "K-beater"], extras=["10 speeds", "Planetary mixing", "Tilt head", "Attachment hub"]),
}
ACCESSORIES = [
    ("BR-ACC-210", "Brisa Spare Blender Jug 1.5 L", "Blender", "Brisa"),
    ("KV-ACC-050", "Kelvo Replacement Limescale Filter (2 pack)", "Kettle", "Kelvo"),
    ("MD-ACC-330", "Mondo Silicone Air Fryer Liners (pack of 20)", "Air Fryer", "Mondo"),
    ("HC-ACC-120", "Hearth & Co Pasta Roller Attachment", "Stand Mixer", "Hearth & Co"),
    ("HC-ACC-121", "Hearth & Co Meat Grinder Attachment", "Stand Mixer", "Hearth & Co"),
    ("BR-ACC-405", "Brisa Water Filter Cartridge", "Coffee Machine", "Brisa"),
    ("KV-ACC-610", "Kelvo Sandwich Cage", "Toaster", "Kelvo"),
    ("MD-ACC-335", "Mondo Air Fryer Grill Rack", "Air Fryer", "Mondo"),
]
SIZE = {"Kettle": ((22, 27), (15, 23), (14, 22), (9, 16)), "Toaster": ((18, 22), (27, 42), (16, 28), (15, 32)),
        "Blender": ((38, 46), (15, 22), (15, 22), (18, 45)), "Air Fryer": ((30, 40), (26, 44), (30, 42), (45, 85)),
        "Coffee Machine": ((30, 40), (18, 30), (25, 44), (30, 95)), "Stand Mixer": ((33, 42), (22, 28), (35, 40), (55, 95))}
PREFIX = {"Kelvo": "KV", "Brisa": "BR", "Hearth & Co": "HC", "Mondo": "MD"}

products = []
used = set()
for t, spec in TYPES.items():
    n = 5 if t in ("Kettle", "Air Fryer", "Blender", "Coffee Machine") else 4
    for _ in range(n):
        brand = rng.choice(BRANDS)
        name = rng.choice(spec["names"])
        while (brand, name) in used:
            brand, name = rng.choice(BRANDS), rng.choice(spec["names"])
        used.add((brand, name))
        sku = "%s-%04d" % (PREFIX[brand], rng.randint(1000, 9999))
        lo, hi = spec["power"]
        p = {
            "sku": sku, "brand": brand, "type": t, "name": "%s %s" % (brand, name), "short": name,
            "power": rng.randrange(lo, hi + 1, 50),
            "capacity": rng.choice(spec["cap"]),
            "dims": "%d x %d x %d cm" % tuple(rng.randint(*SIZE[t][k]) for k in range(3)),
            "weight": "%.1f kg" % (rng.randint(*SIZE[t][3]) / 10),
            "colours": rng.sample(COLOURS, rng.randint(1, 3)),
            "box": spec["box"],
            "dw": spec["dw"],
            "warranty": rng.choice([1, 2, 2, 3, 5]),
            "reg_extra": rng.choice([0, 0, 1, 2]),
            "cord": rng.choice(["0.75 m", "0.9 m", "1.0 m", "1.2 m", "1.5 m"]),
            "features": rng.sample(spec["extras"], 2),
            "rrp": rng.choice([24.99, 29.99, 39.99, 49.99, 79.99, 99.99, 129.99, 179.99, 249.99, 399.99]),
            "rev": (datetime.date(2024, 1, 8) + datetime.timedelta(days=rng.randint(0, 250))).isoformat(),
            "compat": [a for a in ACCESSORIES if a[2] == t and a[3] == brand],
        }
        products.append(p)

for p in products:
    lines = ["# %s" % p["name"], "",
             "SKU: %s | Category: Small Kitchen Appliances > %ss | Spec sheet revised: %s" % (p["sku"], p["type"], p["rev"]), "",
             "## Key specifications",
             "- Power: %d W" % p["power"],
             "- Capacity: %s" % p["capacity"],
             "- Dimensions (H x W x D): %s" % p["dims"],
             "- Weight: %s" % p["weight"],
             "- Cable length: %s" % p["cord"],
             "- Colours: %s" % ", ".join(p["colours"]),
             "- Features: %s" % "; ".join(p["features"]), "",
             "## In the box"]
    lines += ["- %s" % b for b in p["box"]]
    lines += ["", "## Care and cleaning"]
    if p["dw"]:
        lines.append("Dishwasher-safe parts: %s. Wipe the main unit with a damp cloth; never immerse it in water." % ", ".join(p["dw"]))
    else:
        lines.append("No parts are dishwasher safe. Empty the crumb tray after use and wipe with a damp cloth.")
    lines += ["", "## Warranty",
              "%d-year manufacturer's guarantee." % p["warranty"] +
              (" Register within 28 days of purchase to extend by a further %d year%s." % (p["reg_extra"], "s" if p["reg_extra"] > 1 else "") if p["reg_extra"] else ""),
              "", "## Compatible accessories"]
    if p["compat"]:
        lines += ["- %s (%s)" % (a[1], a[0]) for a in p["compat"]]
    else:
        lines.append("No accessories are listed as compatible with this model.")
    lines += ["", "RRP: £%.2f (store pricing and promotions are set in the pricing system, not on this sheet)" % p["rrp"], ""]
    with open(os.path.join(SDIR, "%s.md" % p["sku"].lower()), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

with open(os.path.join(SDIR, "returns-and-guarantee-basics.md"), "w", encoding="utf-8") as f:
    f.write("""# Small electricals: returns and guarantee basics (store guide)

Revised: 2024-03-18 | Owner: Retail Operations

- Unwanted items can be returned within 35 days with proof of purchase, unused and in original packaging.
- Faulty items within 35 days: refund or exchange at the till. After 35 days, the manufacturer's guarantee applies: direct the customer to the brand helpline printed on the spec sheet's guarantee card.
- Guarantee registration extensions apply only if the customer registers online within 28 days of purchase.
- Opened small electricals that are not faulty cannot be returned for hygiene reasons (kettles, blenders, coffee machines).
""")

# ---- hotline log ----
def ref(p):
    unique_short = sum(1 for x in products if x["short"] == p["short"]) == 1
    unique_bt = sum(1 for x in products if x["brand"] == p["brand"] and x["type"] == p["type"]) == 1
    return rng.choice([p["name"], p["name"], p["short"] if unique_short else p["name"],
                       ("%s %s" % (p["brand"], p["type"].lower())) if unique_bt else p["sku"], p["sku"],
                       "the %s %s" % (p["brand"], p["short"].lower())])

QT = [
    ("power", ["What's the wattage on {r}?", "Customer wants to know how powerful {r} is", "how many watts is {r}"],
     lambda p: ["It's %d W." % p["power"], "%d W (%s)." % (p["power"], p["sku"]), "%s is rated at %d W." % (p["sku"], p["power"])]),
    ("cap", ["What capacity is {r}?", "How much does {r} hold?", "capacity of {r}?"],
     lambda p: ["%s." % p["capacity"], "Capacity is %s (%s)." % (p["capacity"], p["sku"])]),
    ("dims", ["Will {r} fit under a 40cm cupboard? what are the dimensions", "Dimensions of {r}?"],
     lambda p: ["It's %s (H x W x D)." % p["dims"], "%s: %s H x W x D." % (p["sku"], p["dims"])]),
    ("colours", ["What colours does {r} come in?", "Does {r} come in another colour?"],
     lambda p: ["%s." % ", ".join(p["colours"]), "Available in %s (%s)." % (", ".join(p["colours"]), p["sku"])]),
    ("dw", ["Can the parts of {r} go in the dishwasher?", "Is {r} dishwasher safe?"],
     lambda p: (["Yes, the %s are dishwasher safe, the main unit isn't." % ", ".join(p["dw"])] if p["dw"] else
                ["No, no parts are dishwasher safe on %s." % p["sku"]])),
    ("warranty", ["What's the guarantee on {r}?", "How long is the warranty for {r}?", "customer asking about warranty on {r}"],
     lambda p: ["%d years%s." % (p["warranty"], (", plus %d more if they register within 28 days" % p["reg_extra"]) if p["reg_extra"] else ""),
                "%d-year guarantee on %s%s." % (p["warranty"], p["sku"], (" (extendable by %d if registered within 28 days)" % p["reg_extra"]) if p["reg_extra"] else "")]),
    ("box", ["What comes in the box with {r}?", "Does {r} come with a {item}?"],
     lambda p: ["In the box: %s." % ", ".join(p["box"])]),
    ("cord", ["How long is the cable on {r}?", "cord length for {r}?"],
     lambda p: ["%s." % p["cord"], "Cable is %s (%s)." % (p["cord"], p["sku"])]),
    ("compat", ["Will the {acc} work with {r}?", "Is the {acc} compatible with {r}?"], None),
    ("feature", ["Does {r} have {feat}?", "Has {r} got a {feat} setting?"], None),
]
STORES = ["Leeds White Rose", "Cardiff Queen St", "Bluewater", "Glasgow Fort", "Milton Keynes",
          "Norwich Riverside", "Trafford Centre", "Exeter Guildhall", "Reading Oracle", "Belfast Victoria Sq"]
AGENTS = ["hotline.pk", "hotline.rj", "hotline.em", "hotline.sd"]
OPEN = ["", "", "Hi, ", "Quick one: ", "Customer asking - ", "Hiya, "]

rows = []
for i in range(115):
    p = rng.choice(products)
    kind, qts, ansf = rng.choice(QT)
    r = ref(p)
    if kind == "compat":
        acc = rng.choice(ACCESSORIES)
        q = rng.choice(qts).format(r=r, acc=acc[1])
        if acc in p["compat"]:
            a = "Yes, %s is listed as compatible with %s." % (acc[0], p["sku"])
        elif p["compat"]:
            a = "No. The compatible accessories for %s are %s." % (p["sku"], ", ".join(x[0] for x in p["compat"]))
        else:
            a = "No, there are no accessories listed as compatible with %s." % p["sku"]
    elif kind == "feature":
        feats = TYPES[p["type"]]["extras"]
        f_ = rng.choice(feats)
        q = rng.choice(qts).format(r=r, feat=f_.lower())
        a = ("Yes, %s has %s." % (p["sku"], f_[0].lower() + f_[1:])) if f_ in p["features"] else (
            "No. Its features are %s." % " and ".join(p["features"]))
    elif kind == "box":
        item = rng.choice(p["box"] + ["recipe book", "spare filter", "travel cup"])
        q = rng.choice(qts).format(r=r, item=item)
        a = "In the box: %s." % ", ".join(p["box"])
    else:
        q = rng.choice(qts).format(r=r)
        a = rng.choice(ansf(p))
    op = rng.choice(OPEN)
    q = op + (q[0].lower() + q[1:] if op and not q.startswith(("I ", "SKU")) and not q[:2].isupper() else q)
    d = datetime.date(2024, 6, 3) + datetime.timedelta(days=i * 120 // 115)
    rows.append(["HL-%05d" % (40100 + i * 2 + rng.randint(0, 1)), d.isoformat(), rng.choice(STORES), q, a,
                 rng.choice(AGENTS), rng.choice(["2", "3", "4", "6", "7", "9", "12"])])
with open(os.path.join(HERE, "hotline_log.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["call_id", "call_date", "store", "associate_question", "hotline_answer", "answered_by", "wait_minutes"])
    w.writerows(rows)
print("wrote", len(products) + 1, "sheets and", len(rows), "hotline rows")
