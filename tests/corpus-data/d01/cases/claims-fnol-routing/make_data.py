#!/usr/bin/env python3
"""Writes fnol_export_2023.csv: 2023 first-notice-of-loss notes with the desk each was routed to."""
import csv, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20230101)

ROADS = ["M25", "A14", "M6", "A1(M)", "ring road", "bypass", "dual carriageway", "B1040", "M62"]
STREETS = ["High St", "Station Rd", "Church Lane", "the Tesco car park", "Mill Road", "Victoria St", "Kings Parade", "the retail park"]
PLACES = ["Malaga", "Tenerife", "Crete", "Orlando", "Val Thorens", "Lisbon", "Dubrovnik", "Bangkok", "Faro", "Paphos"]
AIRLINES = ["easyJet", "Ryanair", "BA", "Jet2", "TUI", "Wizz", "KLM"]
ROOMS = ["kitchen", "bathroom", "downstairs loo", "utility room", "back bedroom", "hallway", "living room"]

def reg():
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10,73)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"

def fill(s):
    return (s.replace("{road}", rng.choice(ROADS)).replace("{street}", rng.choice(STREETS))
             .replace("{place}", rng.choice(PLACES)).replace("{airline}", rng.choice(AIRLINES))
             .replace("{room}", rng.choice(ROOMS)).replace("{reg}", reg())
             .replace("{crime}", f"{rng.choice(['CR','MET','TVP','GMP'])}/{rng.randint(10000,99999)}/23")
             .replace("{amt}", f"{rng.choice(['£','GBP '])}{rng.randint(2,60)*50}"))

DESKS = {
 "MOTOR_GLASS": ("motor", 0.14, [
   "stone flicked up off a lorry on the {road} and chipped the windscreen",
   "crack right across the windscreen, started as a small chip",
   "windscreen cracked overnight, thinks it was the frost",
   "rear window smashed while parked on {street}",
   "drivers side window smashed, nothing taken from the car",
   "chip in the screen in the drivers line of sight",
   "passenger window shattered when the door was shut",
   "sunroof glass cracked, no idea how",
   "windshield has a long crack and needs replacing",
   "back windscreen broken by kids playing football",
   "screen chipped by gravel from the car in front",
   "quarter glass on rear door cracked"], [
   "car is still driveable", "wants to use the approved glass repairer", "has a camera behind the screen so may need recalibration",
   "cant see properly through it", "covered the window with a bin bag for now", "reg {reg}", "mobile fitter requested"]),
 "MOTOR_COLLISION": ("motor", 0.22, [
   "rear-ended at the lights on {street}", "collided with a van pulling out of a side road",
   "reversed into a bollard in {street}", "hit a parked car while turning", "side swiped on a roundabout by another driver",
   "other driver pulled out of a junction and hit the front wing", "shunted from behind in queuing traffic on the {road}",
   "clipped wing mirrors with an oncoming car on a narrow lane", "TP ran a red light and hit the passenger side",
   "lost control on ice and hit a wall", "bumper damaged when TP reversed into insured in a car park",
   "multi vehicle collision on the {road}, insured was car 2 of 3"], [
   "TP reg {reg}", "TP admits fault", "TP disputing liability", "no injuries", "insured has whiplash, going to GP",
   "car not driveable, at recovery yard", "dashcam footage available", "police attended", "bumper and boot lid damaged",
   "wants a courtesy car"]),
 "MOTOR_THEFT": ("motor", 0.08, [
   "car stolen from the driveway overnight", "vehicle taken from {street}, keys still with insured",
   "keyless theft, caught on doorbell camera", "catalytic converter cut off the car", "van stolen with tools inside",
   "car gone when insured came out of the gym", "thieves took the car after breaking in for the keys",
   "motorbike stolen from outside flat", "number plates and car both missing this morning"], [
   "crime ref {crime}", "reported to police", "tracker fitted but not responding", "both sets of keys available",
   "reg {reg}", "finance still outstanding on the vehicle"]),
 "HOME_ESCAPE_OF_WATER": ("home", 0.16, [
   "leak from the pipe under the {room} sink", "burst pipe in the loft", "water coming through the ceiling into the {room}",
   "washing machine hose split and flooded the {room}", "toilet overflowed upstairs and came through the light fitting",
   "boiler leaking, floor soaked", "pipe froze and split behind the {room} units", "shower tray seal failed, water under the floor",
   "radiator valve leaking for weeks, laminate lifted", "water tank in the attic overflowed", "leak from upstairs flat into {room}"], [
   "plumber has isolated the water", "ceiling bowing", "carpets ruined", "need trace and access", "electrics tripped",
   "has photos of the damage", "plumber invoice {amt}"]),
 "HOME_STORM": ("home", 0.10, [
   "roof tiles blown off in the high winds", "fence panels blown down in the storm", "chimney pot fell through the roof",
   "tree came down onto the garage during the storm", "flat roof felt ripped off by the wind", "ridge tiles lifted in the gale",
   "guttering torn off in last nights storm", "conservatory roof panel blown out", "storm damage to the shed and garden wall"], [
   "rain now getting in", "roofer has tarped it", "neighbour's fence too", "was during Storm Ciaran", "scaffold needed",
   "roofer quote {amt}", "photos attached"]),
 "HOME_THEFT": ("home", 0.09, [
   "burglary, back door forced", "break in while on holiday, jewellery taken", "laptop and tv stolen from the house",
   "shed broken into and bikes taken", "someone got in through the {room} window and took cash", "house burgled, police attended",
   "garage broken into, power tools taken", "items stolen from the house during a party", "front door lock snapped and house ransacked"], [
   "crime ref {crime}", "has receipts for most items", "locksmith invoice {amt}", "door needs replacing",
   "list of stolen items to follow", "insured very shaken"]),
 "TRAVEL_MEDICAL": ("travel", 0.11, [
   "admitted to hospital in {place} with chest pains", "food poisoning on holiday in {place}, saw a doctor",
   "broke ankle skiing in {place}", "son fell by the pool in {place} and needed stitches", "taken ill in {place}, clinic visit",
   "appendicitis while in {place}, surgery needed", "medical bills from a private clinic in {place}",
   "insured hospitalised abroad, family asking about repatriation", "dental emergency while travelling in {place}"], [
   "hospital asking for guarantee of payment", "bills approx {amt}", "has the medical report", "needs to extend stay",
   "EHIC/GHIC not accepted", "assistance company already contacted"]),
 "TRAVEL_BAGGAGE": ("travel", 0.10, [
   "suitcase lost by {airline} on the way to {place}", "bag delayed 3 days on arrival in {place}",
   "luggage never arrived, {airline} cant find it", "bag damaged on the carousel, wheel snapped off",
   "case went missing on connecting flight", "hand luggage stolen at the airport in {place}",
   "{airline} lost the bag with all our clothes", "suitcase arrived ripped open and items missing"], [
   "has PIR reference from the airline", "bought essentials, receipts kept", "airline offered {amt}",
   "bag still not returned", "value of contents about {amt}"]),
}

OPENERS = ["Customer called to report", "Insured states", "PH reports", "Caller advised", "Web FNOL:", "Broker notification -",
           "", "Policyholder says", "Per call with insured,", "App submission:", "Insd called -", "Claim notified:"]
WHEN = ["on {d}", "yesterday", "this morning", "last night", "over the weekend", "around {hh}:{mm}", "on {d} approx {hh}:00", ""]
CLOSERS = ["", "", "Wants to know next steps.", "Asked about excess.", "Photos to follow.", "Pls call back on mobile.",
           "Very upset.", "Has another claim open.", "Will send docs by email.", "Asked how long it will take.", "Happy for email contact only."]
HANDLERS = ["J.Okafor", "S.Patel", "L.Green", "M.Kowalski", "R.Hughes", "A.Begum", "D.Murphy", "C.Ng"]
CHANNELS = ["phone", "web", "app", "broker"]

def typo(s, p=0.05):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            k = rng.random()
            w = w[:i] + w[i+1:] if k < 0.4 else (w[:i] + w[i+1] + w[i] + w[i+2:] if k < 0.7 else w[:i] + w[i] + w[i:])
        out.append(w)
    s = " ".join(out)
    if rng.random() < 0.12:
        s = s.lower()
    elif rng.random() < 0.05:
        s = s.upper()
    return s

def note(desk, day, opener):
    _, _, cores, details = DESKS[desk]
    core = fill(rng.choice(cores))
    when = "" if any(t in core for t in ("overnight", "morning", "night", "weekend")) else rng.choice(WHEN).replace("{d}", (day - datetime.timedelta(days=rng.randint(0, 6))).strftime(rng.choice(["%d/%m", "%d %b", "%d/%m/%y"]))) \
        .replace("{hh}", f"{rng.randint(0,23):02d}").replace("{mm}", f"{rng.randint(0,59):02d}")
    dets = rng.sample(details, k=rng.choice([0, 1, 1, 2, 2, 3]))
    parts = [opener, core + ((" " + when) if when else "") + "."]
    parts += [(lambda t: t[0].upper() + t[1:])(fill(d)) + "." for d in dets]
    parts.append(rng.choice(CLOSERS))
    return typo(" ".join(p for p in parts if p).strip())

def main():
    names = list(DESKS)
    weights = [DESKS[n][1] for n in names]
    rows = []
    start = datetime.date(2023, 1, 2)
    for i in range(2400):
        day = start + datetime.timedelta(days=int(i * 363 / 2400))
        desk = rng.choices(names, weights)[0]
        opener = rng.choice(OPENERS)
        channel = ("app" if opener.startswith("App") else "web" if opener.startswith("Web") else
                   "broker" if opener.startswith("Broker") else rng.choice(["phone", "phone", "web", "app", "broker"]))
        text = note(desk, day, opener)
        routed = desk if rng.random() > 0.03 else rng.choice(names)   # a few honest misroutes
        rows.append({
            "claim_ref": f"FN-23-{100000 + i * 7 + rng.randint(0, 6)}",
            "lodged_at": f"{day.isoformat()} {rng.randint(7,21):02d}:{rng.randint(0,59):02d}",
            "channel": channel,
            "policy_type": DESKS[desk][0],
            "loss_description": text,
            "routed_to": routed,
            "routed_by": rng.choice(HANDLERS),
        })
    with open(os.path.join(HERE, "fnol_export_2023.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
