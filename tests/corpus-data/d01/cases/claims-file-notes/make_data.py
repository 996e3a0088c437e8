#!/usr/bin/env python3
"""Writes file_note_pairs.csv: adjusters' rough notes paired with the file note entered on the claims system."""
import csv, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1414)

ACTIVITIES = {"SITE_VISIT": ["went out to the property", "site visit today", "attended risk", "visited the house", "on site this am"],
              "PHONE_CALL": ["spoke to", "call with", "rang", "phoned", "had a chat on the phone with"],
              "DESK_REVIEW": ["reviewed the file", "desk review", "went through the docs", "looked over the photos and quotes"],
              "EMAIL_IN": ["email in from", "got an email from", "received correspondence from"]}
PARTIES = {"INSURED": ["the insured", "insd", "PH", "Mrs {ln}", "Mr {ln}"], "CONTRACTOR": ["the plumber", "the roofer", "the builder", "contractor"],
           "THIRD_PARTY": ["the neighbour", "TP", "upstairs flat owner"], "BROKER": ["the broker", "broker ({br})"],
           "LOSS_ADJUSTER": ["the LA", "loss adjuster", "the adjuster from {la}"]}
CAUSES = {"EOW": ["leak from the bathroom", "burst pipe", "water damage from the washing machine", "escape of water under the kitchen floor"],
          "STORM": ["storm damage to the roof", "tiles off in the wind", "storm took the chimney pot"],
          "THEFT": ["burglary", "break in through the back door", "theft from the garage"],
          "FIRE": ["kitchen fire", "fire in the utility room", "chip pan fire"],
          "AD": ["dropped paint on the carpet", "TV knocked off the wall", "accidental damage to the worktop"],
          "IMPACT": ["car hit the front wall", "van reversed into the garage door"]}
LIAB = {"ACCEPTED": ["cover ok", "happy it's covered", "policy responds", "no issues with cover"],
        "UNDER_REVIEW": ["need to check cover", "cover query re wear and tear", "not sure on cover yet", "possible gradual leak, checking"],
        "DECLINED": ["not covered, wear and tear", "declining, gradual deterioration", "excluded - unoccupied"]}
NEXT = {"QUOTE_REQ": ["waiting on a quote", "chase the quote", "need a builder's estimate"],
        "APPOINT_LA": ["appoint an LA", "send to loss adjuster", "too big, refer to LA"],
        "PAYMENT": ["pay the claim", "settle", "cash settle"],
        "DOCS_REQ": ["need photos and receipts", "waiting on docs", "asked for the police ref and receipts"],
        "CALLBACK": ["call back", "ring again", "follow up call"],
        "CLOSE": ["close the file", "can close", "nothing further, close"]}
LN = ["Hughes", "Khan", "O'Brien", "Taylor", "Nowak", "Evans", "Singh", "Clarke", "Fraser", "Adebayo"]
BROKERS = ["Lansdowne Ins", "Marsh Green", "Trinity Brokers"]
LAS = ["Crawford", "Sedgwick", "Cunningham Lindsey"]
SUMMARY_VERB = {"SITE_VISIT": "Site visit completed", "PHONE_CALL": "Telephone call held", "DESK_REVIEW": "Desk review completed", "EMAIL_IN": "Email received"}
PARTY_WORD = {"INSURED": "the insured", "CONTRACTOR": "the contractor", "THIRD_PARTY": "the third party", "BROKER": "the broker", "LOSS_ADJUSTER": "the loss adjuster"}
CAUSE_WORD = {"EOW": "escape of water", "STORM": "storm", "THEFT": "theft", "FIRE": "fire", "AD": "accidental damage", "IMPACT": "impact"}
NEXT_WORD = {"QUOTE_REQ": "obtain repair quote", "APPOINT_LA": "appoint loss adjuster", "PAYMENT": "issue settlement",
             "DOCS_REQ": "request supporting documents", "CALLBACK": "call back", "CLOSE": "close file"}
LIAB_WORD = {"ACCEPTED": "Cover confirmed", "UNDER_REVIEW": "Cover under review", "DECLINED": "Claim declined"}

def typo(s, p=0.04):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            w = w[:i] + w[i+1:] if rng.random() < 0.5 else w[:i] + w[i+1] + w[i] + w[i+2:]
        out.append(w)
    return " ".join(out)

def money(n):
    return f"{n:,}"

def one(i):
    ref = f"CLM-2024-{rng.randint(1000, 99999):06d}"
    day = datetime.date(2024, 1, 2) + datetime.timedelta(days=rng.randint(0, 300))
    act = rng.choice(list(ACTIVITIES)); party = rng.choice(list(PARTIES))
    if act == "SITE_VISIT":
        party = rng.choice(["INSURED", "CONTRACTOR", "LOSS_ADJUSTER"])
    cause = rng.choice(list(CAUSES)); liab = rng.choices(list(LIAB), [0.6, 0.3, 0.1])[0]
    nxt = rng.choice(list(NEXT)) if liab != "DECLINED" else rng.choice(["CLOSE", "CALLBACK"])
    old = rng.randint(5, 120) * 100
    change = rng.choice([0, 0, rng.randint(-30, 80) * 100])
    new = max(old + change, 0)
    due = day + datetime.timedelta(days=rng.choice([2, 3, 5, 7, 10, 14]))
    pw = rng.choice(PARTIES[party]).replace("{ln}", rng.choice(LN)).replace("{br}", rng.choice(BROKERS)).replace("{la}", rng.choice(LAS))
    a = rng.choice(ACTIVITIES[act])
    act_bit = f"{a} {pw}" if act in ("PHONE_CALL", "EMAIL_IN") else (f"{a} with {pw}" if act == "SITE_VISIT" else f"{a}, {pw} sent stuff in")
    res_bit = (rng.choice([f"reserve up to {money(new)}", f"upped res to {new // 1000}k" if new % 1000 == 0 and new else f"res now {new}", f"increase reserve by {change}"])
               if change > 0 else rng.choice([f"reduce res to {new}", f"reserve down to {money(new)}"]) if change < 0 else
               rng.choice(["reserve ok as is", "leave reserve", "no change to res", ""]))
    extra = rng.choice(["", "", "ph quite stressed", "damage worse than photos", "drying kit in", "kids at home", "wants a callback after 5",
                        "photos on file", "TP insurer details taken", "ceiling down in lounge"])
    pieces = [act_bit, rng.choice(CAUSES[cause]), rng.choice(LIAB[liab]), extra, res_bit,
              rng.choice(NEXT[nxt]) + rng.choice([f" by {due.strftime('%d/%m')}", f" {due.strftime('%a')}", f" in {(due - day).days} days", ""])]
    pieces = [p for p in pieces if p]
    if rng.random() < 0.3:
        rng.shuffle(pieces)
    rough = typo(rng.choice([". ", " - ", ", ", " / "]).join(pieces))
    if rng.random() < 0.4:
        rough = rough.lower()
    reserve_line = f"GBP {money(new)} ({'+' if change > 0 else ''}{money(change) if change else 'NO CHANGE'})"
    note = "\n".join([
        f"FILE NOTE | {ref} | {day.isoformat()}",
        f"ACTIVITY: {act}",
        f"PARTY: {party}",
        f"CAUSE: {cause}",
        f"LIABILITY: {liab}",
        f"RESERVE: {reserve_line}",
        f"NEXT ACTION: {nxt} | DUE {due.isoformat()}",
        f"SUMMARY: {SUMMARY_VERB[act]} {'from' if act == 'EMAIL_IN' else 'with'} {PARTY_WORD[party]} regarding {CAUSE_WORD[cause]} loss. {LIAB_WORD[liab]}. Next step: {NEXT_WORD[nxt]} by {due.strftime('%d/%m/%Y')}.",
    ])
    return {"claim_ref": ref, "note_date": day.isoformat(), "adjuster": rng.choice(["adj.kp", "adj.mr", "adj.tw", "adj.hs", "adj.gb", "adj.lo"]),
            "reserve_before_gbp": old,
            "rough_notes": rough, "system_file_note": note}

def main():
    rows = [one(i) for i in range(800)]
    rows.sort(key=lambda r: r["note_date"])
    with open(os.path.join(HERE, "file_note_pairs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
