"""Generate intake_conversations.jsonl: roadside-assistance chat intakes with the dispatcher-approved job record."""
import json, random
random.seed(5151)
models = ["Astra Sport 1.5T", "Velo EV 64kWh", "Kombi 2.0 TDI", "Urban e 42kWh", "Terra 4x4 2.2D", "Velo Plug-in Hybrid"]
problems = [
 ("won't start, clicking noise", "BATT_NOSTART", "JUMP", "MOBILE_TECH"),
 ("flat tyre on the motorway, no spare", "TYRE_NOSPARE", "TOW_FLATBED", "TOW"),
 ("warning light says high voltage system fault, car stopped", "HV_FAULT", "TOW_FLATBED_EV", "TOW"),
 ("ran out of charge, 0%", "EV_NOCHARGE", "TOW_FLATBED_EV", "TOW"),
 ("locked keys inside", "LOCKOUT", "LOCKOUT_SVC", "MOBILE_TECH"),
 ("put petrol in a diesel", "MISFUEL", "FUEL_DRAIN", "MOBILE_TECH"),
 ("smoke from the bonnet", "OVERHEAT_SMOKE", "TOW_FLATBED", "TOW"),
 ("clutch gone, can't select gears", "DRIVETRAIN", "TOW_LIFT", "TOW"),
 ("slid into a ditch, car undamaged", "RECOVERY_OFFROAD", "WINCH_RECOVERY", "TOW"),
 ("adblue warning, engine in limp mode", "ADBLUE", "ADBLUE_TOPUP", "MOBILE_TECH"),
]
places = ["A4 westbound near junction 12", "Tesco car park, Hillview Road", "my driveway at 14 Oak Lane",
          "hard shoulder of the M6 after junction 3", "Riverside multi-storey level 3", "B1120 outside Framlingham"]
sys = ("You are the intake assistant for Roadside Assist. Collect the details and output the job record "
       "in the dispatch JSON format.")
out = []
for i in range(3000):
    m = random.choice(models); p, fault, svc, res = random.choice(problems); loc = random.choice(places)
    reg = f"{random.choice('ABCDEFGHJKLMNOPRSTVWY')}{random.choice('ABCDEFGHJKLMNOPRSTVWY')}{random.randint(10,74)} {''.join(random.choices('ABCDEFGHJKLMNOPRSTUVWXYZ', k=3))}"
    pax = random.randint(1, 5); safe = random.choice([True, False])
    user1 = random.choice([f"Hi, my car's {p}.", f"help, {p}", f"Hello — {p}, what do I do?"])
    asst1 = "I'm sorry to hear that. Are you and your passengers somewhere safe, away from traffic?"
    user2 = ("yes we're behind the barrier" if safe else "no, still in the car") + f", there are {pax} of us"
    asst2 = "Thanks. Where exactly are you, and what's the registration?"
    user3 = f"{loc}, reg {reg}, it's a {m}"
    rec = {"member_reg": reg, "vehicle": m, "location_text": loc, "fault_code": fault,
           "service_type": svc, "resource": res, "passengers": pax, "occupants_safe": safe,
           "priority": "P1" if (not safe or "M" in loc or "A4" in loc) else "P3"}
    out.append({"messages": [
        {"role": "system", "content": sys},
        {"role": "user", "content": user1}, {"role": "assistant", "content": asst1},
        {"role": "user", "content": user2}, {"role": "assistant", "content": asst2},
        {"role": "user", "content": user3},
        {"role": "assistant", "content": json.dumps(rec)}],
        "meta": {"conv_id": f"RA-{2023000+i}", "approved_by_dispatch": True}})
with open("intake_conversations.jsonl", "w") as f:
    for r in out: f.write(json.dumps(r) + "\n")
print(len(out))
