#!/usr/bin/env python3
"""Writes policy_wording/*.md (HomeSure Plus wording, current revisions) and handler_questions.jsonl."""
import json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8181)

DOCS = {
"01_definitions.md": ("2024-04-01", "v7", "Definitions", [
  ("D-1", "Unoccupied", "The home is unoccupied when it has not been lived in by you or your family for more than 60 consecutive days. Lived in means slept in overnight."),
  ("D-2", "Valuables", "Jewellery, watches, furs, precious metals, pictures and other works of art."),
  ("D-3", "Outbuildings", "Garages, sheds and greenhouses within the boundaries of the home, but not tents, marquees or gazebos."),
  ("D-4", "Sum insured", "The maximum we will pay under a section, as shown in your schedule."),
  ("D-5", "Storm", "A period of violent weather with wind speeds of at least 48 knots (55 mph), or torrential rainfall of at least 25 mm per hour, or snow to a depth of at least one foot (30 cm) in 24 hours."),
]),
"02_buildings_cover.md": ("2024-04-01", "v7", "Section 1 - Buildings", [
  ("B-1.1", "What is covered", "Loss or damage to the buildings caused by the insured events in this section, up to the buildings sum insured."),
  ("B-2.1", "Alternative accommodation", "If the home cannot be lived in after an insured loss, we will pay reasonable alternative accommodation for you and your pets up to GBP 50,000 or 20% of the buildings sum insured, whichever is lower."),
  ("B-3.4", "Trace and access", "We will pay up to GBP 5,000 per claim to find the source of an escape of water or oil and to repair the damage caused in finding it."),
  ("B-4.2", "Underground services", "Accidental damage to underground pipes and cables you are responsible for, up to GBP 10,000 per claim."),
  ("B-5.3", "Locks and keys", "Replacement of external door locks after keys are lost or stolen, up to GBP 750 per claim, no excess applies."),
]),
"03_contents_cover.md": ("2024-01-15", "v6", "Section 2 - Contents", [
  ("C-2.1", "Single article limit", "The most we will pay for any one item, pair or set is GBP 2,000 unless it is specified on your schedule."),
  ("C-2.2", "Valuables limit", "The most we will pay in total for all valuables is GBP 10,000 per claim."),
  ("C-2.4", "Money", "Money and gift vouchers in the home are covered up to GBP 500."),
  ("C-3.1", "Contents in the garden", "Contents in the open within the boundaries of the home are covered up to GBP 1,000."),
  ("C-4.6", "Freezer contents", "Food in a freezer spoiled by a rise or fall in temperature, up to GBP 400. Excess does not apply."),
  ("C-5.2", "Students away from home", "Contents belonging to a child at university are covered up to GBP 3,500, but theft is only covered with forced entry."),
]),
"04_escape_of_water.md": ("2024-04-01", "v8", "Insured event - Escape of water", [
  ("EW-1.1", "Cover", "Water escaping from a fixed water or heating installation, washing machine, dishwasher, fridge, freezer or water bed."),
  ("EW-1.2", "Escape of water excess", "The excess for escape of water claims is GBP 350, replacing the standard excess."),
  ("EW-2.4", "Seals and grout", "We do not cover damage caused by failed or worn sealant or grout around baths, showers, sinks or tiles."),
  ("EW-3.1", "Unoccupied homes", "No cover applies for escape of water while the home is unoccupied, unless the water supply was turned off at the mains and the system drained."),
  ("EW-3.3", "Gradual leaks", "Damage from a leak that has been happening gradually over a period of time, and that you knew about or should reasonably have known about, is excluded."),
]),
"05_storm_flood.md": ("2023-10-01", "v5", "Insured event - Storm and flood", [
  ("SF-1.1", "Storm", "Loss or damage caused by storm as defined in D-5. We will check weather records for the postcode and date."),
  ("SF-2.3", "Fences and gates", "Storm damage to fences, gates and hedges is not covered."),
  ("SF-2.5", "Flat roofs", "Storm damage to flat roofs older than 15 years is only covered if the roof has been inspected within the last 3 years."),
  ("SF-4.1", "Flood", "Loss or damage caused by flood, meaning water entering the home from outside from a river, the sea or surface water."),
  ("SF-4.2", "Flood excess", "Where endorsement E22 applies, the flood excess is GBP 1,000. Otherwise the standard excess applies."),
]),
"06_theft_malicious_damage.md": ("2024-01-15", "v6", "Insured events - Theft and malicious damage", [
  ("TM-1.1", "Theft", "Theft or attempted theft from the home."),
  ("TM-2.2", "Lodgers and guests", "Theft by anyone lawfully in the home, including lodgers and paying guests, is only covered if entry to or exit from the home was by force and violence."),
  ("TM-3.1", "Outbuildings", "Theft from outbuildings is covered up to GBP 2,500 in total, and only where there is evidence of forced entry."),
  ("TM-4.1", "Malicious damage", "Malicious damage or vandalism is excluded once the home has been unoccupied."),
  ("TM-5.2", "Bicycles", "Bicycles are only covered away from the home if endorsement E19 applies."),
]),
"07_accidental_damage_addon.md": ("2024-04-01", "v3", "Optional cover - Accidental damage (AD+)", [
  ("AD-1.1", "Cover", "Where your schedule shows AD+, we cover sudden, unexpected and visible damage to buildings and contents that is not deliberate."),
  ("AD-2.1", "AD+ excess", "The excess for accidental damage claims under AD+ is GBP 100."),
  ("AD-3.2", "Televisions and laptops", "Accidental damage to televisions, computers and laptops in the home is covered, including cracked screens."),
  ("AD-4.5", "Pets", "Damage caused by chewing, scratching, tearing or fouling by pets is not covered."),
  ("AD-4.7", "Mobile phones", "Mobile phones and tablets are not covered for accidental damage under AD+; they are only covered under personal possessions."),
]),
"08_excess_schedule.md": ("2024-04-01", "v9", "Excess schedule", [
  ("XS-1", "Standard excess", "The standard compulsory excess is GBP 250 per claim."),
  ("XS-2", "Subsidence", "The excess for subsidence, heave and landslip is GBP 1,000."),
  ("XS-3", "Escape of water", "See EW-1.2: GBP 350."),
  ("XS-4", "Voluntary excess", "Policyholders may choose a voluntary excess of GBP 100, GBP 250 or GBP 500, added to the compulsory excess."),
  ("XS-5", "One excess per event", "Where one event causes a claim under both Buildings and Contents, only one excess applies, the higher one."),
]),
"09_claims_procedure.md": ("2024-06-03", "v10", "Claims procedure (handler guidance)", [
  ("CP-1.1", "Notification", "Claims must be notified within 30 days of the loss being discovered. Late notification is referred to a team leader, not declined automatically."),
  ("CP-2.3", "Police reports", "Theft, attempted theft and malicious damage must be reported to the police within 48 hours, and a crime reference obtained."),
  ("CP-3.2", "Emergency repairs", "Policyholders may authorise emergency repairs up to GBP 1,500 without our prior approval to prevent further damage."),
  ("CP-4.1", "Loss adjusters", "All claims with an estimated value above GBP 10,000, and all subsidence claims, must be appointed to a loss adjuster via panel code LA-PANEL-3."),
  ("CP-5.4", "Cash settlement", "Where we can repair or replace through our suppliers but the policyholder prefers cash, we pay what it would have cost us, not the retail price."),
  ("CP-6.1", "Reserve setting", "An initial reserve must be set within 2 working days of notification."),
]),
"10_general_exclusions.md": ("2023-10-01", "v5", "General exclusions", [
  ("GE-1.1", "Wear and tear", "Loss or damage caused by wear and tear, gradual deterioration, rust, rot, mould or insects."),
  ("GE-3.2", "Pollution", "Pollution or contamination, unless caused by a sudden and unforeseen accident."),
  ("GE-4.1", "Sonic bangs", "Pressure waves from aircraft travelling at or above the speed of sound."),
  ("GE-6.1", "Cyber", "Loss or damage to data, software or computer systems caused by a virus or hacking."),
  ("GE-7.3", "Business use", "Contents used for business are not covered beyond GBP 5,000 unless declared."),
]),
"11_endorsements.md": ("2024-06-03", "v4", "Endorsements", [
  ("E07", "Unoccupancy condition", "If the home is to be unoccupied, you must turn off the water at the mains and inspect the home at least every 14 days."),
  ("E12", "Listed building", "Repairs must use materials and methods required by the conservation officer; the extra cost is covered up to the buildings sum insured."),
  ("E19", "Bicycles away from home", "Bicycles are covered away from the home up to GBP 1,500 per bicycle, if locked to an immovable object."),
  ("E22", "Flood risk area", "This endorsement applies where the home is in a high flood risk area; the flood excess in SF-4.2 applies."),
  ("E31", "Subsidence history", "No cover for subsidence where the home has previously suffered subsidence, unless agreed in writing."),
]),
"12_home_emergency.md": ("2024-01-15", "v2", "Optional cover - Home emergency (HE)", [
  ("HE-1.1", "Cover", "Where your schedule shows HE, we send an approved contractor for a home emergency, 24 hours a day, on 0800 014 2270."),
  ("HE-2.1", "Limit", "The most we will pay for any one home emergency is GBP 1,000, including call-out, labour, parts and VAT."),
  ("HE-3.4", "Boilers", "Boilers more than 15 years old are covered for a temporary repair only."),
  ("HE-4.2", "No excess", "No excess applies to home emergency claims."),
]),
}

# (question variants, expected answer) – every key fact is in the wording above
QA = [
 (["What's the excess on an escape of water claim?", "EoW excess on HomeSure Plus?", "insd has a burst pipe, what excess do we take?"],
  "GBP 350, which replaces the standard excess (EW-1.2)."),
 (["What's the standard excess?", "standard compulsory excess per claim?"], "GBP 250 per claim (XS-1)."),
 (["Subsidence excess please", "What excess applies to a subsidence claim?"], "GBP 1,000 for subsidence, heave and landslip (XS-2)."),
 (["Max for one item under contents if it isn't specified?", "Single article limit?", "PH had a GBP 3,200 bike stolen from the house, not specified - how much can we pay?"],
  "GBP 2,000 for any one item, pair or set unless specified on the schedule (C-2.1)."),
 (["Total limit for valuables?", "How much for jewellery and watches in total per claim?"], "GBP 10,000 in total per claim for valuables (C-2.2; valuables defined in D-2)."),
 (["Cash in the house - what's covered?", "Money limit in the home?"], "Money and gift vouchers in the home are covered up to GBP 500 (C-2.4)."),
 (["Garden furniture stolen from the garden, what's the limit?", "contents in the open limit?"], "Up to GBP 1,000 for contents in the open within the boundaries of the home (C-3.1)."),
 (["Is fence damage covered in a storm?", "Storm blew the fence down, do we pay?"], "No. Storm damage to fences, gates and hedges is not covered (SF-2.3)."),
 (["What wind speed counts as a storm?", "Definition of storm for wind?"], "Wind speeds of at least 48 knots (55 mph), or rainfall of at least 25 mm per hour, or snow at least 30 cm in 24 hours (D-5)."),
 (["Flood excess for a property in a high flood risk area?", "What's the flood excess with E22?"], "GBP 1,000 where endorsement E22 applies; otherwise the standard excess (SF-4.2)."),
 (["How long can a house be empty before it counts as unoccupied?", "Unoccupied definition - how many days?"], "More than 60 consecutive days not lived in (slept in overnight) (D-1)."),
 (["Leak in an unoccupied house, are we on risk?", "EoW while the home was unoccupied?"], "Not covered while unoccupied unless the water was turned off at the mains and the system drained (EW-3.1)."),
 (["Shower sealant failed, water through ceiling - covered?", "Do we pay for damage from worn grout?"], "No, damage caused by failed or worn sealant or grout is excluded (EW-2.4)."),
 (["Trace and access limit?", "How much for finding the leak?"], "Up to GBP 5,000 per claim for trace and access (B-3.4)."),
 (["Alternative accommodation limit?", "Family can't live in the house after the fire - how much for a rental?"], "Up to GBP 50,000 or 20% of the buildings sum insured, whichever is lower (B-2.1)."),
 (["Lost keys - do we cover new locks?", "Locks and keys limit and excess?"], "Yes, replacement of external door locks up to GBP 750 per claim, no excess (B-5.3)."),
 (["Theft from the shed, what's the limit?", "Tools stolen from the garage, no sign of a break in. Covered?"], "Theft from outbuildings is covered up to GBP 2,500 in total and only with evidence of forced entry (TM-3.1)."),
 (["Lodger stole jewellery, is that covered?", "Theft by a paying guest?"], "Only if entry to or exit from the home was by force and violence (TM-2.2)."),
 (["AD+ excess?", "What's the excess on accidental damage?"], "GBP 100 under AD+ (AD-2.1)."),
 (["Dog chewed the sofa, AD+ on the policy. Covered?", "Pet damage under accidental damage?"], "No, damage by chewing, scratching, tearing or fouling by pets is excluded (AD-4.5)."),
 (["Customer dropped their phone, has AD+, can they claim?", "Are mobiles covered under AD+?"], "No, mobile phones and tablets are not covered under AD+, only under personal possessions (AD-4.7)."),
 (["Cracked TV screen with AD+?"], "Yes, accidental damage to televisions including cracked screens is covered under AD+ (AD-3.2)."),
 (["How long do they have to tell us about a claim?", "Notification deadline?"], "Within 30 days of discovering the loss; late notification goes to a team leader rather than automatic decline (CP-1.1)."),
 (["When does theft have to be reported to police?", "Police report deadline for malicious damage?"], "Within 48 hours, with a crime reference (CP-2.3)."),
 (["Emergency repairs - how much can the PH spend without asking us?"], "Up to GBP 1,500 without prior approval (CP-3.2)."),
 (["When do I need a loss adjuster?", "Which panel code for appointing an adjuster?"], "Claims estimated above GBP 10,000 and all subsidence claims, appointed via panel code LA-PANEL-3 (CP-4.1)."),
 (["How long do I have to set a reserve?"], "Within 2 working days of notification (CP-6.1)."),
 (["PH wants cash instead of our repairer - how much do we pay?"], "What it would have cost us through our suppliers, not the retail price (CP-5.4)."),
 (["Freezer broke down, food spoiled - limit and excess?"], "Up to GBP 400, no excess (C-4.6)."),
 (["Daughter's laptop stolen from her uni halls, no forced entry - covered?", "Student contents limit?"], "Student contents are covered up to GBP 3,500, but theft only with forced entry (C-5.2)."),
 (["Bike stolen from outside the station, covered?", "Bicycle cover away from home?"], "Only with endorsement E19: up to GBP 1,500 per bicycle if locked to an immovable object (TM-5.2, E19)."),
 (["Home emergency limit?", "HE claim - is there an excess?"], "Up to GBP 1,000 per emergency including call-out, labour, parts and VAT, and no excess (HE-2.1, HE-4.2)."),
 (["Boiler is 18 years old, HE cover - what do we do?"], "Boilers over 15 years old get a temporary repair only (HE-3.4)."),
 (["What's the HE helpline number?"], "0800 014 2270, 24 hours a day (HE-1.1)."),
 (["Claim under buildings and contents from one leak - two excesses?"], "No, one excess per event, the higher one (XS-5)."),
 (["Flat roof 20 years old, storm damage - covered?"], "Only if the roof was inspected within the last 3 years (SF-2.5)."),
 (["Underground pipe damaged - limit?"], "Accidental damage to underground pipes and cables up to GBP 10,000 per claim (B-4.2)."),
 (["Rot in the joists - covered?"], "No, rot is excluded as wear and tear / gradual deterioration (GE-1.1)."),
 (["Work laptop and stock at home, how much cover for business contents?"], "Not beyond GBP 5,000 unless declared (GE-7.3)."),
 (["Unoccupancy endorsement conditions?"], "E07: water off at the mains and the home inspected at least every 14 days."),
 (["Slow leak under the sink for months - do we pay?"], "No, gradual leaks the policyholder knew or should have known about are excluded (EW-3.3)."),
 (["Voluntary excess options?"], "GBP 100, GBP 250 or GBP 500, added to the compulsory excess (XS-4)."),
]
ASKERS = ["handler.jw", "handler.ak", "handler.sb", "handler.fm", "tl.rachel", "handler.ny", "handler.op", "new.starter.lt"]

def main():
    out = os.path.join(HERE, "policy_wording")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for fn, (rev, ver, title, clauses) in DOCS.items():
        lines = [f"# HomeSure Plus - {title}", "", f"Revision: {rev} ({ver}) | Owner: Household Claims Technical | Status: current", ""]
        for cid, head, body in clauses:
            lines += [f"## {cid} {head}", "", body, ""]
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    qs = []
    for variants, ans in QA:
        for v in variants:
            qs.append((v, ans))
    rng.shuffle(qs)
    qs = qs[:70]
    with open(os.path.join(HERE, "handler_questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a) in enumerate(qs):
            f.write(json.dumps({"q_id": f"PH-{i + 1:03d}", "asked_in": "#policy-help", "asked_by": rng.choice(ASKERS),
                                "question": q, "senior_answer": a}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
