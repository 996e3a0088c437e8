"""Generate concierge_chats.jsonl: chats selected by the head concierge (standard library only)."""
import json, random
random.seed(77)
NAMES = ["Sarah", "Tom", "Priya", "Henrik", "Aiko", "Lucía", "Marc", "Olivia", "Daniel", "Fatima", "Georg", "Mei"]
LODGES = ["Kambi ya Simba", "Ngare Camp", "Olduvai Ridge"]
Q = [
 ("What should we pack for the game drives?", "Layers, {n} - mornings on the crater rim are cold before the sun climbs, and by eleven you will want short sleeves. Soft bags, please; the little planes are strict. Leave the bright white shirt at home, the dust loves it."),
 ("Can we do a night drive?", "Yes, {n}. At {l} we go out after dinner with a red-filter spotlight, about two hours. Bring the fleece. Last week our guests saw a serval hunting in the grass - no promises, but the night is generous here."),
 ("Is the water safe to drink?", "We filter and refill glass bottles in your tent every day, {n}, so no plastic needed. Tap water in the bathroom is for washing only."),
 ("My daughter is vegetarian, is that a problem?", "Not at all, {n}. Our chef Baraka cooks a lot with beans, coconut and sweet potato - tell us her favourite dish and he will try it. We will put a small note at her place so nobody forgets."),
 ("Can we see the Great Migration in {m}?", "In {m} the herds are usually further north, {n}, but the river crossings are not a timetable. What I can promise: our guides radio each other every morning, and if there is movement we go."),
 ("How early is the first drive?", "We knock softly at 5:45 with coffee, {n}. Drives leave at 6:15, because the first hour is when the cats are still busy. You can always sleep in - nobody will judge."),
 ("Is there wifi?", "There is wifi in the main lounge, {n}, slow but honest. In the tents there is none, and most of our guests thank us for that by day two."),
 ("We are celebrating our anniversary.", "Congratulations, {n}! Leave it with us. I will not tell you what we prepare - only: bring something warm for the evening."),
]
MONTHS = ["February", "March", "April", "November", "December"]
with open("concierge_chats.jsonl", "w", encoding="utf-8") as f:
    for i in range(1500):
        n, l, m = random.choice(NAMES), random.choice(LODGES), random.choice(MONTHS)
        q, a = random.choice(Q)
        rec = {"messages": [
            {"role": "system", "content": f"Pre-arrival concierge, {l}. Voice: Neema."},
            {"role": "user", "content": f"Hi, this is {n}. " + q.format(m=m)},
            {"role": "assistant", "content": "Jambo " + n + "! " + a.format(n=n, l=l, m=m) + " Karibu sana - Neema"}],
            "meta": {"chat_id": f"C{51000 + i}", "lodge": l, "selected_by": "head_concierge", "approved": True}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("1500 records")
