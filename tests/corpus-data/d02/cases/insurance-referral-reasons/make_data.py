"""Generate referral_log.xlsx: 18 months of commercial property referrals with the
saved referral reason. Written as a minimal XLSX with zipfile (standard library only);
seeded and with fixed zip timestamps so every run writes the same bytes."""
import datetime
import os
import random
import zipfile
from xml.sax.saxutils import escape

rng = random.Random(88123)
HERE = os.path.dirname(os.path.abspath(__file__))

TOWNS = ["Wigan", "Telford", "Dundee", "Basildon", "Rotherham", "Crewe", "Lincoln",
         "Walsall", "Kettering", "Falkirk", "Barnsley", "Worksop", "Redditch", "Grimsby"]
BROKERS = ["Marsh", "Howden", "Gallagher", "Lockton", "Brown & Brown", "Clear Group",
           "Towergate", "Ethos Broking", "Jensten", "PIB Group"]
TRADES = ["Food manufacturer", "Warehouse / distribution", "Furniture retailer",
          "Printing works", "Plastics moulding", "Cold store", "Office block (multi-let)",
          "Motor trade unit", "Joinery", "Textile mill", "Garden centre", "Care home",
          "Hotel", "Engineering works", "Self storage"]
HAZ = ["spray painting", "deep fat frying", "hot works", "lithium battery storage",
       "woodworking", "waste recycling", "tyre storage", "aerosol filling"]
HAZ_TRADE = ["takeaway", "vape wholesaler", "car paint shop", "recycling operator",
             "nightclub", "bedding foam converter", "firework retailer"]
COUNTRIES = ["Cyprus", "the UAE", "Turkey", "Hong Kong", "Belarus", "Kazakhstan"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def s():
    return {
        "tiv": rng.choice([18, 22.5, 27, 31, 40, 55, 62, 75, 120]),
        "auth": rng.choice([10, 15, 20]),
        "loc": rng.randint(3, 28),
        "pct": rng.choice([15, 25, 30, 40, 60, 80]),
        "n": rng.randint(2, 6),
        "loss": rng.choice([45, 86, 120, 186, 240, 410, 750]),
        "lr": rng.choice([68, 85, 112, 140, 230]),
        "town": rng.choice(TOWNS),
        "haz": rng.choice(HAZ),
        "haz_trade": rng.choice(HAZ_TRADE),
        "sqm": rng.choice([2500, 4800, 7500, 12000, 18000]),
        "month": rng.choice(MONTHS),
        "km": rng.choice([14, 18, 25, 32]),
        "country": rng.choice(COUNTRIES),
        "bldg": rng.choice(["main", "rear", "Unit 4", "north", "new"]),
    }


NOTES = {
    "tiv": ["TIV £{tiv}m exceeds my £{auth}m authority",
            "Total insured values above my limit, {loc} locations on the schedule",
            "Sum insured on the {bldg} block takes us over authority",
            "Large schedule, TIV {tiv}m, needs senior sign-off",
            "BI sum insured pushes total to £{tiv}m, over my line"],
    "construction": ["EPS sandwich panel walls, approx {pct}% of building",
                     "Non-standard construction, timber frame with thatch on the {bldg} building",
                     "Composite panels, no LPCB cert provided",
                     "Combustible cladding on {pct}% of elevations",
                     "Steel frame with insulated panel roof, not certified"],
    "losses": ["{n} claims in last 5 yrs, largest £{loss}k escape of water",
               "Fire loss 2021 £{loss}k, remediation unclear",
               "Loss ratio {lr}% over 3 years",
               "Theft claims x{n} at the {town} site",
               "Flood claim £{loss}k two years ago, broker says defences since installed"],
    "occupancy": ["Occupation includes {haz}",
                  "Tenant is a {haz_trade}",
                  "Mixed use, ground floor {haz_trade}",
                  "Process involves {haz}, dust extraction unclear",
                  "New tenant in {bldg} unit doing {haz}"],
    "protections": ["No sprinklers in {sqm} sqm warehouse",
                    "Intruder alarm not NSI graded",
                    "Sprinkler system out of service since {month}",
                    "No fire alarm monitoring, rural site {km}km from fire station",
                    "Fire doors wedged open at survey, risk improvement outstanding"],
    "sanctions": ["Ultimate parent in {country}, needs sanctions screening",
                  "Beneficial owner flagged on screening, refer to compliance",
                  "Director name partial match on sanctions list",
                  "Funds routed via {country} entity, KYC incomplete"],
}
BOILER = ["Referring per UW guidelines.", "Please review, see attached.",
          "Refer - outside authority.", "As discussed with broker, referring.", "see file",
          "Referral needed, thanks", "Over to you", "Please see broker presentation and advise.",
          "Outside my appetite, refer.", "Referring as per guide", "Pls review asap, broker chasing"]

NEW_LABELS = ["TIV over authority", "Construction class", "Prior losses",
              "Occupancy hazard", "Protections deficient", "Sanctions / compliance"]
OLD_LABELS = {"tiv": "Value", "construction": "Construction", "losses": "Claims history",
              "occupancy": "Other", "protections": "UW discretion", "sanctions": "Other"}
NEW_OF = dict(zip(["tiv", "construction", "losses", "occupancy", "protections", "sanctions"], NEW_LABELS))
OLD_SET = ["Value", "Construction", "Claims history", "Other", "UW discretion"]
TINY = {"Flood zone": 3, "Vacant premises": 4, "Cat exposure": 2, "Terrorism": 1}
REFERRERS = ["A. Mistry", "B. Clarke", "C. O'Neill", "D. Ferreira", "E. Watts",
             "F. Lindqvist", "G. Adeyemi", "H. Rowe"]
topics = list(NOTES)
t_w = [22, 18, 20, 14, 18, 8]

start = datetime.date(2023, 4, 3)
revision = datetime.date(2023, 11, 1)  # reason list revised
rows = []
N = 940
for i in range(N):
    d = start + datetime.timedelta(days=i * 548 // N)
    topic = rng.choices(topics, t_w)[0]
    sl = s()
    if rng.random() < 0.35:
        note = rng.choice(BOILER)
    else:
        note = rng.choice(NOTES[topic]).format(**sl)
        if rng.random() < 0.3:
            other = rng.choice([t for t in topics if t != topic])
            note += ". Also " + rng.choice(NOTES[other]).format(**s()).lower()
    pool = NEW_LABELS if d >= revision else OLD_SET
    if rng.random() < 0.38 and not note in BOILER:
        label = NEW_OF[topic] if d >= revision else OLD_LABELS[topic]
    else:
        # saved reason picked from the drop-down with little relation to the note
        label = rng.choice(pool + ["Other", "UW discretion"])
    rows.append([d, topic, note, label])

# resubmissions: same notes, saved again with a different reason
for _ in range(70):
    j = rng.randrange(len(rows))
    d0, topic, note, label = rows[j]
    d = d0 + datetime.timedelta(days=rng.randint(3, 40))
    pool = NEW_LABELS if d >= revision else OLD_SET
    new_label = rng.choice([x for x in pool if x != label])
    rows.append([d, topic, note, new_label])

# a handful of reasons that barely appear
for lab, k in TINY.items():
    for _ in range(k):
        d = start + datetime.timedelta(days=rng.randint(0, 547))
        note = rng.choice(BOILER + [n.format(**s()) for n in NOTES[rng.choice(topics)]])
        rows.append([d, "x", note, lab])

rows.sort(key=lambda r: (r[0], r[2]))
out = []
for k, (d, topic, note, label) in enumerate(rows):
    sl = s()
    out.append([
        "SUB-%s-%05d" % (d.strftime("%y%m"), 10000 + k * 3 + rng.randint(0, 2)),
        d.isoformat(),
        rng.choice(["Commercial Property", "Commercial Property", "Property Owners", "Combined"]),
        rng.choice(BROKERS),
        rng.choice(TRADES),
        int(rng.choice([2.5, 4, 6.8, 9, 12, 14.5, 18, 22.5, 27, 31, 40, 55]) * 1_000_000),
        note,
        label,
        rng.choice(REFERRERS),
    ])
HEADER = ["submission_id", "referred_on", "line_of_business", "broker", "insured_trade",
          "tiv_gbp", "referrer_notes", "referral_reason", "referred_by"]


def col(n):
    r = ""
    n += 1
    while n:
        n, m = divmod(n - 1, 26)
        r = chr(65 + m) + r
    return r


def cell(ref, v):
    if isinstance(v, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, v)
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(str(v)))


def sheet_xml(header, data):
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate([header] + data, start=1):
        lines.append('<row r="%d">' % r + "".join(cell(col(c) + str(r), v) for c, v in enumerate(row)) + "</row>")
    lines.append("</sheetData></worksheet>")
    return "\n".join(lines)


FILES = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Referrals" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>',
    "xl/worksheets/sheet1.xml": sheet_xml(HEADER, out),
}
with zipfile.ZipFile(os.path.join(HERE, "referral_log.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in FILES.items():
        zi = zipfile.ZipInfo(name, date_time=(2024, 10, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text.encode("utf-8"))
print("wrote referral_log.xlsx", len(out), "rows")
