"""Generate copy_pairs.jsonl: product attribute sheets and the copy published on the site,
as written by in-house copywriters and two agencies. Standard library only; seeded."""
import json
import os
import random

rng = random.Random(2718)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 220

PRODUCTS = {
    "home": [("cushion cover", ["cotton", "linen", "velvet", "boucle"]), ("throw", ["wool", "cotton", "faux fur", "chenille"]),
             ("table lamp", ["ceramic", "brass", "rattan", "glass"]), ("mirror", ["oak", "metal", "rattan"]),
             ("storage basket", ["seagrass", "jute", "water hyacinth"]), ("vase", ["stoneware", "glass", "terracotta"])],
    "garden": [("planter", ["terracotta", "fibreclay", "galvanised steel"]), ("bistro set", ["acacia", "steel", "rattan-effect"]),
               ("solar lantern", ["metal", "bamboo", "glass"]), ("bird feeder", ["steel", "beech", "recycled plastic"]),
               ("outdoor rug", ["recycled polypropylene", "jute-look polypropylene"])],
    "kitchen": [("casserole dish", ["cast iron", "stoneware"]), ("chopping board", ["acacia", "olive wood", "bamboo"]),
                ("storage jar", ["glass", "ceramic"]), ("tea towel set", ["cotton", "linen"]), ("mug set", ["stoneware", "porcelain"]),
                ("serving bowl", ["mango wood", "stoneware", "melamine"])],
}
COLOURS = ["sage", "ochre", "charcoal", "natural", "ivory", "terracotta", "ink blue", "blush", "forest green", "oat"]
RANGES = ["Alder", "Hollin", "Marsh", "Wren", "Tamsin", "Fenby", "Orwell", "Coast", "Larch", "Brae"]
FEATS = {
    "cushion cover": ["concealed zip", "piped edge", "reversible", "feather pad included", "tufted detail"],
    "throw": ["fringed edges", "herringbone weave", "machine washable", "oversized"],
    "table lamp": ["linen shade included", "in-line switch", "E27 fitting", "dimmable with compatible bulb"],
    "mirror": ["wall hanging fixings included", "bevelled glass", "can hang portrait or landscape"],
    "storage basket": ["handwoven", "carry handles", "foldable", "set of 2"],
    "vase": ["reactive glaze", "handmade so each is unique", "watertight"],
    "planter": ["drainage hole", "frost resistant", "indoor and outdoor use", "saucer included"],
    "bistro set": ["folding chairs", "weather-resistant finish", "seats 2", "parasol hole"],
    "solar lantern": ["auto on at dusk", "up to 8 hours light", "warm white LED", "hanging hook"],
    "bird feeder": ["squirrel guard", "easy-fill lid", "holds 1 kg seed", "hanging chain"],
    "outdoor rug": ["reversible", "UV resistant", "wipe clean", "suitable for decking"],
    "casserole dish": ["enamel coated", "oven safe to 250°C", "suitable for all hobs", "lifetime guarantee"],
    "chopping board": ["juice groove", "reversible", "hanging loop", "oiled finish"],
    "storage jar": ["airtight seal", "bamboo lid", "dishwasher safe", "set of 3"],
    "tea towel set": ["set of 3", "hanging loop", "pre-washed", "highly absorbent"],
    "mug set": ["set of 4", "dishwasher and microwave safe", "350 ml each", "speckled glaze"],
    "serving bowl": ["hand-finished", "food safe", "30 cm diameter", "not dishwasher safe"],
}
CARE = ["Machine wash at 30°C", "Wipe clean with a damp cloth", "Hand wash only", "Dry clean only", "Oil occasionally",
        "Dishwasher safe", "Bring indoors in winter", "Spot clean only"]


def sheet():
    cat = rng.choice(list(PRODUCTS))
    typ, mats = rng.choice(PRODUCTS[cat])
    rng_name = rng.choice(RANGES)
    mat = rng.choice(mats)
    p = {
        "sku": "HG%06d" % rng.randint(0, 999999),
        "name": "%s %s %s" % (rng_name, mat.title(), typ.title()) if rng.random() < 0.5 else "%s %s" % (rng_name, typ.title()),
        "category": cat.title(),
        "type": typ,
        "material": mat,
        "colour": rng.choice(COLOURS),
        "dims": "%d x %d cm" % (rng.randint(10, 180), rng.randint(10, 140)),
        "care": rng.choice(CARE),
        "features": rng.sample(FEATS[typ], rng.randint(2, min(4, len(FEATS[typ])))),
        "price": rng.choice([8, 12, 15, 18, 22, 25, 30, 35, 45, 60, 85, 120, 180, 249]),
        "origin": rng.choice(["India", "Portugal", "Vietnam", "China", "UK", "Indonesia", "Turkey"]),
    }
    return p


def prompt_of(p):
    lines = ["SKU: %s" % p["sku"], "Product name: %s" % p["name"], "Category: %s" % p["category"],
             "Material: %s" % p["material"], "Colour: %s" % p["colour"], "Dimensions: %s" % p["dims"],
             "Key features: %s" % ", ".join(p["features"]), "Care: %s" % p["care"], "Price: £%d" % p["price"],
             "Country of origin: %s" % p["origin"]]
    if rng.random() < 0.3:
        rng.shuffle(lines)
    return "\n".join(lines)


ADJ = ["cosy", "easy-going", "understated", "handsome", "laid-back", "characterful", "hard-working", "pretty", "simple", "timeless"]
MOODS = ["Sunday mornings", "long summer evenings", "slow weekends", "dinner with friends", "rainy afternoons", "the first frost"]


def s_oneliner(p):
    return "%s %s %s in %s. %s." % (rng.choice(["A", "Our", "The"]), rng.choice(ADJ), p["type"], p["colour"],
                                    p["features"][0].capitalize())


def s_bullets(p):
    items = ["%s %s" % (p["material"].capitalize(), p["type"]), "Colour: %s" % p["colour"], p["dims"]] + p["features"]
    rng.shuffle(items)
    items = items[:rng.randint(3, len(items))]
    mark = rng.choice(["- ", "• ", "* "])
    return "\n".join(mark + x[0].upper() + x[1:] for x in items)


def s_story(p):
    paras = []
    paras.append("There's something about %s that makes you want to slow down, and the %s was made for exactly that. "
                 "Crafted from %s in a soft %s, it brings a %s note to %s." % (
                     rng.choice(MOODS), p["name"], p["material"], p["colour"], rng.choice(ADJ),
                     rng.choice(["any room", "the table", "the patio", "your shelves", "the sofa"])))
    if rng.random() < 0.7:
        paras.append("We love the %s, and the %s. %s" % (p["features"][0], p["features"][-1],
                                                        rng.choice(["Pair it with others from the range for a layered look.",
                                                                    "It makes a thoughtful gift, too.",
                                                                    "Made in %s." % p["origin"],
                                                                    "It only gets better with age."])))
    if rng.random() < 0.5:
        paras.append("Measures %s. %s." % (p["dims"], p["care"]))
    return "\n\n".join(paras)


def s_sections(p):
    head = rng.choice([("About this product", "Details", "Care"), ("Overview", "Specifications", "Looking after it"),
                       ("Why you'll love it", "The details", "Care")])
    out = ["## %s" % head[0],
           "The %s is a %s %s in %s %s." % (p["name"], rng.choice(ADJ), p["type"], p["colour"], p["material"]),
           "", "## %s" % head[1]]
    out += ["- %s" % f for f in p["features"]]
    out += ["- Size: %s" % p["dims"]]
    if rng.random() < 0.6:
        out += ["", "## %s" % head[2], p["care"] + "."]
    return "\n".join(out)


def s_playful(p):
    em = rng.choice(["🌿", "✨", "☀️", "🍂", "💛", "🏡", ""])
    return ("%s Say hello to your new favourite %s! %s The %s comes in the dreamiest %s and it's %s. %s" % (
        em, p["type"], rng.choice(["Honestly, we're obsessed.", "Trust us on this one.", "Go on, treat yourself."]),
        p["name"], p["colour"], " AND ".join(p["features"][:2]),
        rng.choice(["Snap it up before it's gone!", "Your home will thank you.", "", "Only £%d!" % p["price"]]))).strip()


def s_spec(p):
    return "%s. Material: %s. Colour: %s. Dimensions: %s. Features: %s. Care: %s." % (
        p["name"], p["material"], p["colour"], p["dims"], "; ".join(p["features"]), p["care"])


def s_question(p):
    return "Looking for a %s that %s? %s %s." % (
        p["type"], rng.choice(["actually lasts", "looks good and works hard", "doesn't cost the earth", "ticks every box"]),
        "The %s in %s %s might be the one:" % (p["name"], p["colour"], p["material"]),
        ", ".join(p["features"]))


def s_seo(p):
    kw = "%s %s" % (p["colour"], p["type"])
    return ("Shop the %s %s online. This %s is the perfect %s for %s lovers. Our %s collection features quality %s designs "
            "at great prices. Buy your %s today with free delivery over £50. %s %s." % (
                p["name"], p["type"], kw, p["type"], p["category"].lower(), p["type"], p["material"], kw,
                "Key features include", ", ".join(p["features"])))


STYLES = [("inhouse.jo", [s_story, s_sections, s_oneliner]), ("inhouse.mark", [s_bullets, s_spec, s_question]),
          ("agency.brightword", [s_seo, s_playful]), ("agency.lumen", [s_story, s_playful, s_bullets, s_question]),
          ("freelance.kt", [s_oneliner, s_sections, s_spec, s_story])]

with open(os.path.join(HERE, "copy_pairs.jsonl"), "w", encoding="utf-8") as f:
    for i in range(N):
        p = sheet()
        writer, funcs = rng.choice(STYLES)
        copy = rng.choice(funcs)(p)
        if rng.random() < 0.15:
            copy += rng.choice(["\n\nPart of our %s range." % p["name"].split()[0],
                                "\n\nPerfect for Christmas gifting.", "\n\nPhotographed styled; accessories not included.",
                                " Limited stock.", "\n\nSee also: the rest of the %s collection." % p["name"].split()[0]])
        rec = {"prompt": prompt_of(p), "completion": copy, "written_by": writer,
               "published": "2024-%02d-%02d" % (rng.randint(1, 10), rng.randint(1, 28))}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote copy_pairs.jsonl", N)
