"""Generate feedback_examples.csv: the English department's collected feedback examples."""
import csv, random
random.seed(12)
RUBRIC = {
 "v1-2024-01-08": "Content 10 / Organisation 10 / Language 10",
 "v2-2024-02-05": "Content 8 / Organisation 6 / Language 10 / Vocabulary 6",
 "v3-2024-03-04": "Task fulfilment 10 / Coherence 10 / Grammar 5 / Vocabulary 5 (board pattern 2024-25)",
}
TOPICS = ["A memorable journey", "Should mobile phones be allowed in school", "My grandmother's kitchen", "The festival I love", "Online classes: boon or bane", "Letter to the editor on stray dogs"]
FB = ["Good ideas but paragraphs are not linked. Use connectors like 'however', 'moreover'.",
      "Spelling errors reduce your language score. Revise tense consistency in para 2.",
      "Introduction is strong. Conclusion repeats the introduction - add your own opinion.",
      "Letter format incorrect: date and subject line missing.",
      "Vocabulary is rich but some words are used wrongly (e.g. 'prepone the essay').",
      "Stay within word limit; you wrote nearly 400 words for a 250 word task."]
rows = []
versions = list(RUBRIC)
for i in range(24):
    v = versions[min(i // 8, 2)]
    rows.append([f"ESS-{101 + i}", random.choice(["IX-A", "IX-B", "X-A", "X-C"]), random.choice(TOPICS), v, RUBRIC[v],
                 f"{random.randint(14, 27)}/30", random.choice(FB), random.choice(["Mrs. D'Souza", "Mr. Iyer", "Ms. Bhatt"])])
with open("feedback_examples.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["essay_id", "class", "topic", "rubric_version", "rubric_criteria", "score", "teacher_feedback", "teacher"])
    w.writerows(rows)
print(len(rows), "rows")
