"""Generate tickets.csv: export of resident maintenance requests from the pilot buildings.
Standard library only. Deterministic (seeded)."""
import csv, random, datetime, os

random.seed(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 2400

QUEUES = {
    'plumbing': [
        ('Leak under sink', 'Water dripping under the kitchen sink, cabinet floor is soaked'),
        ('Water coming from ceiling', 'There is water coming from the ceiling in the bathroom, brown stain getting bigger'),
        ('Toilet keeps running', 'Toilet runs all night, jiggling the handle does nothing'),
        ('No hot water', 'No hot water since this morning in the shower or the kitchen'),
        ('Shower drain slow', 'Shower drains really slowly, standing water up to my ankles'),
    ],
    'hvac': [
        ('AC not cooling', 'AC is running but blowing warm air, thermostat says 81'),
        ('Heater making noise', 'Loud banging from the heater vent when it kicks on at night'),
        ('Thermostat blank', 'Thermostat screen is blank, changed batteries, still nothing'),
        ('Vent smells', 'Burning dust smell from the vents when the heat comes on'),
    ],
    'electrical': [
        ('Outlet not working', 'Two outlets in the living room stopped working, breaker looks fine'),
        ('Lights flickering', 'Kitchen lights flicker whenever the microwave runs'),
        ('Breaker keeps tripping', 'Bedroom breaker trips every time I use the hair dryer'),
        ('Sparks from switch', 'Saw a spark when I flipped the hallway switch, smells hot'),
    ],
    'appliances': [
        ('Fridge not cold', 'Fridge is warm, freezer still ok, food going bad'),
        ('Dishwasher not draining', 'Dishwasher leaves dirty water at the bottom after every cycle'),
        ('Oven wont heat', 'Oven turns on but never gets hot, stovetop works'),
        ('Washer leaking', 'In-unit washer leaks from the front during spin'),
    ],
    'pest': [
        ('Cockroaches', 'Seeing roaches in the kitchen at night, more every week'),
        ('Mice', 'Droppings in the pantry and something chewing in the wall'),
        ('Ants', 'Line of ants coming in from the balcony door'),
    ],
    'locks_access': [
        ('Locked out fob', 'My key fob stopped working at the front entrance'),
        ('Door lock sticking', 'Front door deadbolt is hard to turn, key gets stuck'),
        ('Mailbox key', 'Lost my mailbox key, need a new one'),
    ],
    'doors_windows': [
        ('Window wont close', 'Bedroom window will not latch, cold air coming in'),
        ('Sliding door off track', 'Balcony slider came off its track and wont move'),
        ('Screen torn', 'Window screen is torn, bugs getting in'),
    ],
    'common_areas': [
        ('Hallway light out', 'Light outside unit on 3rd floor hallway has been out for days'),
        ('Elevator noise', 'Elevator is making a grinding noise between floors 2 and 4'),
        ('Trash room overflowing', 'Trash chute room on my floor is overflowing and smells'),
    ],
    'flooring_walls': [
        ('Carpet stain from leak', 'Carpet near the closet is wet and stained, not sure where from'),
        ('Crack in wall', 'Crack in the drywall above the bedroom door getting longer'),
        ('Loose tiles', 'Bathroom floor tiles loose and one is cracked'),
    ],
    'safety': [
        ('Smoke detector chirping', 'Smoke detector in the hallway chirps every minute'),
        ('CO alarm', 'Carbon monoxide alarm went off, we opened windows'),
        ('Gas smell', 'Smells like gas near the stove, burners are off'),
    ],
    'exterior_grounds': [
        ('Parking gate stuck', 'Parking garage gate stuck open since yesterday'),
        ('Sprinkler broken', 'Broken sprinkler head flooding the walkway by building C'),
        ('Balcony railing loose', 'Balcony railing wobbles when you lean on it'),
    ],
}
WEIGHTS = {'plumbing': 24, 'hvac': 16, 'electrical': 9, 'appliances': 15, 'pest': 6, 'locks_access': 7,
           'doors_windows': 6, 'common_areas': 5, 'flooring_walls': 5, 'safety': 3, 'exterior_grounds': 4}
BUILDINGS = ['Harbor Point', 'Cedar Flats', 'The Linden', 'Eastgate Commons', 'Parkview Tower']
CHECKERS = ['m.alvarez', 'k.osei', 'j.ruiz', 'p.nguyen', 't.brooks']
SUFFIX = ['', '', '', ' Please help.', ' Can someone come today?', ' This is the second time I report this.',
          ' I work days, entry is ok.', ' Have a dog, please knock.', ' Thanks!']

queues = list(WEIGHTS)
w = [WEIGHTS[q] for q in queues]
start = datetime.datetime(2023, 6, 1, 7, 0)
rows = []
for i in range(N):
    q = random.choices(queues, w)[0]
    title, msg = random.choice(QUEUES[q])
    created = start + datetime.timedelta(minutes=random.randint(0, 365 * 24 * 60))
    b = random.choice(BUILDINGS)
    unit = f"{random.randint(1, 14)}{random.randint(0, 2)}{random.randint(1, 9)}"
    rows.append({
        'ref': f"MR-{23000 + i}",
        'created_at': created.strftime('%Y-%m-%d %H:%M'),
        'building': b,
        'unit': unit,
        'title': title,
        'message': msg + '.' + random.choice(SUFFIX),
        'routed_to': q,
        'checked_by': random.choice(CHECKERS),
        'resolution_days': random.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 10]),
    })
rows.sort(key=lambda r: r['created_at'])
with open(os.path.join(HERE, 'tickets.csv'), 'w', newline='') as f:
    wr = csv.DictWriter(f, fieldnames=list(rows[0]))
    wr.writeheader()
    wr.writerows(rows)
print('wrote', len(rows), 'rows')
