"""Generate fault_log_export.csv: raw export of the terminal's old CMMS fault log.
Standard library only. Deterministic (seed 16)."""
import csv, random, datetime

random.seed(16)
cranes = [f"STS-{i:02d}" for i in range(1, 15)] + [f"RTG-{i:02d}" for i in range(1, 33)]
# 27 fixed categories from the terminal reliability standard
codes = ["HST-BRK", "HST-ROPE", "HST-MTR", "HST-ENC", "TRL-DRV", "TRL-WHL", "GAN-DRV", "GAN-WHL",
         "GAN-ANC", "BOOM-HST", "BOOM-LCK", "SPR-TWL", "SPR-TEL", "SPR-FLP", "SPR-HYD", "SPR-CBL",
         "ELE-VFD", "ELE-PLC", "ELE-SLIP", "ELE-CBL", "ELE-PWR", "CAB-HVAC", "CAB-JOY", "CAB-CCTV",
         "SAF-ANTI", "SAF-LIM", "STR-CRK"]
templates = {
    "HST-BRK": ["hoist brake slow to release, smell of burning pads", "hst brk fault E114 reset x3", "hoist brake lining worn per op, stopping dist long"],
    "HST-ROPE": ["broken wires seen on hoist rope LS drum end", "hoist rope kinked after snag load", "rope lube dry + birdcaging near sheave"],
    "HST-MTR": ["hoist mtr overtemp trip 2x in shift", "hoist motor noisy bearings DE"],
    "HST-ENC": ["hoist encoder mismatch, height readout jumps", "abs enc fault hoist, SOA lost"],
    "TRL-DRV": ["trolley drive trip F0021 at full speed", "trolley jerky when slowing to WS"],
    "TRL-WHL": ["trolley wheel flat spot, knocking LS", "trolley wheel flange wear"],
    "GAN-DRV": ["gantry drive fault leg 3 VFD", "gantry wont travel, drive not ready"],
    "GAN-WHL": ["gantry wheel bogie WS squeal", "gantry wheel bearing hot on seaside"],
    "GAN-ANC": ["storm pin wont retract", "anchor pin LS limit not made"],
    "BOOM-HST": ["boom hoist slow, sticking at 45deg", "boom up takes 12 min vs 6"],
    "BOOM-LCK": ["boom latch not engaging", "boom latch LS fault after raise"],
    "SPR-TWL": ["twistlocks not locking on 40ft, TL ind. no light", "TWL fault landside corners", "one twistlock stays unlocked, cntr stuck on spreader"],
    "SPR-TEL": ["spreader wont telescope 20-40", "telescopic stuck at 30ft"],
    "SPR-FLP": ["flipper 3 slow/not down", "flipper arm bent after hit cell guide"],
    "SPR-HYD": ["spreader hyd leak, oil on cntr roof", "spreader hyd pump not building press"],
    "SPR-CBL": ["spreader cable reel tension fault", "spreader cable damaged at reel"],
    "ELE-VFD": ["VFD fault code 7 hoist, reset ok", "drive cabinet alarm, VFD DC bus OV"],
    "ELE-PLC": ["PLC comm loss to spreader, E-stop", "PLC rack fault, crane dead 20min"],
    "ELE-SLIP": ["slip ring arcing, burning smell", "slip ring brush worn"],
    "ELE-CBL": ["festoon cable chafed trolley", "cable tray loose at boom hinge"],
    "ELE-PWR": ["lost HV, crane tripped", "MV cable reel fault, no power"],
    "CAB-HVAC": ["cab AC not cooling", "cab heater dead, windows fog"],
    "CAB-JOY": ["RH joystick dead zone big", "joystick sticky on hoist"],
    "CAB-CCTV": ["spreader camera blank", "CCTV cam 4 fuzzy"],
    "SAF-ANTI": ["anti-collision false trips near STS-07", "anticollision radar fault"],
    "SAF-LIM": ["hoist upper limit tripped early", "overload limit false trip at 28t"],
    "STR-CRK": ["crack seen on boom tie plate, tagged", "paint crack at portal beam weld, inspect"],
}
shifts = ["A", "B", "C", "D", ""]
start = datetime.date(2019, 1, 1)
rows = []
for i in range(5000):
    d = start + datetime.timedelta(days=random.randint(0, 365 * 5 + 300))
    code = random.choice(codes)
    note = random.choice(templates[code])
    if random.random() < 0.3:
        note = note.upper()
    r = random.random()
    if r < 0.843:
        status = code          # verified by reliability engineer
    elif r < 0.93:
        status = "OPEN"
    elif r < 0.97:
        status = ""
    else:
        status = "DUP"
    rows.append([d.isoformat(), random.choice(cranes), random.choice(shifts), note, status])
rows.sort(key=lambda x: x[0])
with open("fault_log_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["c1", "c2", "c3", "notes", "status"])
    w.writerows(rows)
coded = sum(1 for r in rows if r[4] in codes)
print("rows", len(rows), "coded", coded)
