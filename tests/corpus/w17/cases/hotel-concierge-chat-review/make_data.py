"""Generate concierge_chats_reviewed.jsonl: reviewed in-app concierge chats (standard library only)."""
import json, random

random.seed(77)
PROPS = ["Harbour House Quay", "Harbour House Old Town", "Harbour House Airport", "Harbour House Lakeside",
         "Harbour House Riverside", "Harbour House Marina"]
SYSTEM = "You are Nell, the Harbour House concierge. Be warm, brief and helpful."

FACT_CASES = [
    ("What time does the rooftop bar open tonight?", "The Skyline rooftop bar opens at 5pm every evening, enjoy!",
     "wrong fact: rooftop bar closed for refurbishment since 12 May, notice is on the property fact sheet"),
    ("Is there a shuttle to the airport at 6am?", "Yes, our complimentary shuttle leaves every 30 minutes from 5:30am.",
     "wrong fact: shuttle timetable changed 1 June, first departure now 6:45, weekday only"),
    ("Is the spa open on Monday?", "Our spa is open 7 days a week from 9am to 9pm.",
     "wrong fact: spa closed Mondays since the staffing change in April (fact sheet rev 14)"),
    ("Any live music this weekend?", "We have jazz in the lobby every Friday evening!",
     "wrong fact: jazz moved to Thursdays; Saturday quiz night per this week's events calendar"),
    ("What's the wifi password?", "The wifi password is HarbourGuest2023.",
     "wrong fact: password rotated this month, current one is on the front-office sheet"),
    ("Can I bring my dog?", "Of course, all our rooms are pet friendly!",
     "wrong fact: only ground-floor rooms at this property are pet friendly, fee applies"),
    ("When is breakfast served on Sunday?", "Breakfast is served from 6:30 to 10:00 every day.",
     "wrong fact: Sunday brunch 8:00-12:00 started this season, not in the model's answer"),
    ("Is the pool heated?", "Yes, the outdoor pool is heated year round.",
     "wrong fact: pool closed until 30 June for retiling"),
    ("Do you have parking?", "Yes, free parking is available for all guests.",
     "wrong fact: parking now charged at 18/night since March price list"),
    ("Is the restaurant open for dinner on the 24th?", "Our restaurant is open every evening from 6pm.",
     "wrong fact: private event on the 24th per events calendar, restaurant closed to public"),
]
OK_CASES = [
    ("Can I get extra towels?", "Of course! I've let housekeeping know, they'll be with you shortly.", "ok"),
    ("Thanks for the help earlier", "You're very welcome, enjoy the rest of your stay!", "ok"),
    ("Can you recommend somewhere for a walk?", "The harbour promenade is lovely at sunset, about 10 minutes on foot.", "ok"),
    ("Late checkout possible?", "I've passed your request to front office; they'll confirm by 10am.", "ok"),
]
TONE_CASES = [
    ("My room is noisy", "Oh no!!! We're SO sorry to hear that!!! Let us fix it right away!!!",
     "tone: over the top, too many exclamation marks"),
]

recs = []
for i in range(1100):
    r = random.random()
    if r < 0.62:
        u, a, note = random.choice(FACT_CASES); tone = random.choice([4, 4, 5, 5, 5])
    elif r < 0.96:
        u, a, note = random.choice(OK_CASES); tone = random.choice([4, 5, 5])
    else:
        u, a, note = random.choice(TONE_CASES); tone = random.choice([2, 3])
    recs.append({
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": u},
            {"role": "assistant", "content": a},
        ],
        "meta": {"chat_id": f"CH{240000 + i}", "property": random.choice(PROPS),
                 "reviewer": random.choice(["gr_lina", "gr_tom", "fo_ahmed"]),
                 "tone_score_1to5": tone, "review_note": note},
    })
with open("concierge_chats_reviewed.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
