"""Writes api_usage_oct.csv: daily usage export for the chat-disposition tagger (standard library only)."""
import csv, random, datetime

random.seed(5)
IN_PRICE = 2.50 / 1_000_000   # USD per input token
OUT_PRICE = 10.00 / 1_000_000  # USD per output token
with open("api_usage_oct.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "requests", "input_tokens", "output_tokens", "avg_input_tokens_per_request",
                "p50_latency_ms", "p95_latency_ms", "cost_usd"])
    tot_req = tot_cost = 0
    for d in range(31):
        day = datetime.date(2024, 10, 1) + datetime.timedelta(days=d)
        base = 112000 if day.weekday() < 5 else 68000
        req = int(base * random.uniform(0.93, 1.07))
        avg_in = random.randint(7700, 7900)
        inp = req * avg_in
        out = req * random.randint(38, 46)
        cost = inp * IN_PRICE + out * OUT_PRICE
        tot_req += req; tot_cost += cost
        w.writerow([day.isoformat(), req, inp, out, avg_in, random.randint(2100, 2600),
                    random.randint(5200, 7400), f"{cost:.2f}"])
    w.writerow(["TOTAL", tot_req, "", "", "", "", "", f"{tot_cost:.2f}"])
