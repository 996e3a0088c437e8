"""Synthetic data whose probe answers are known (seeded; the same files every run)."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

TOPICS = {
    "billing": ["invoice", "refund", "charged twice", "payment card", "direct debit", "receipt", "VAT number"],
    "technical": ["app crashes", "error 500", "cannot log in", "password reset link", "blank screen", "sync fails"],
    "delivery": ["parcel", "courier", "tracking number", "arrived damaged", "late delivery", "wrong address"],
    "account": ["close my account", "change my email", "two-factor", "username", "profile photo", "data export"],
}
FILLER = ["hi team", "hello", "please help", "this is urgent", "thanks in advance", "since yesterday",
          "for the second time", "my order", "on the website", "in the mobile app", "as soon as possible"]


def ticket_rows(n: int, *, shuffle: bool = False, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` tickets whose topic follows from their words (or, shuffled, does not)."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        label = rng.choice(sorted(TOPICS))
        words = rng.sample(TOPICS[label], 2) + rng.sample(FILLER, 3)
        rng.shuffle(words)
        rows.append((f"{' '.join(words)} (ref {1000 + i})", label))
    if shuffle:
        labels = [y for _, y in rows]
        rng.shuffle(labels)
        rows = [(x, y) for (x, _), y in zip(rows, labels, strict=True)]
    return rows


def write_tickets(path: Path, n: int, *, shuffle: bool = False) -> Path:
    """A CSV ``ref,message,routed_to`` of :func:`ticket_rows`."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["ref", "message", "routed_to"])
        for i, (x, y) in enumerate(ticket_rows(n, shuffle=shuffle)):
            w.writerow([f"T{i}", x, y])
    return path


PRODUCTS = [f"Model {c}{n}" for c in "ABCDEFGH" for n in (10, 20, 30)]


def facts_table(seed: int = 3) -> list[tuple[str, int, str]]:
    """``(product, warranty months, support code)`` for every product."""
    rng = random.Random(seed)
    return [(p, rng.choice([6, 12, 18, 24, 36]), f"SC-{rng.randint(1000, 9999)}") for p in PRODUCTS]


def write_docs_and_questions(folder: Path, *, grounded: bool) -> Path:
    """Manuals (one per product family) and questions whose answers are, or are not, in them."""
    folder.mkdir(parents=True, exist_ok=True)
    table = facts_table()
    docs = folder / "manuals"
    docs.mkdir(exist_ok=True)
    for fam in "ABCDEFGH":
        lines = [f"# Family {fam} manual", "", "Revised: 2026-03-01", ""]
        for p, months, code in table:
            if p.startswith(f"Model {fam}"):
                lines += [f"## {p}", f"The {p} carries a warranty of {months} months.",
                          f"For repairs quote support code {code} to the service desk.",
                          "Clean the filter every month and keep the unit away from heat.", ""]
        (docs / f"family-{fam.lower()}.md").write_text("\n".join(lines), encoding="utf-8")
    rng = random.Random(11)
    with (folder / "questions.jsonl").open("w", encoding="utf-8") as fh:
        for p, months, code in table:
            if grounded:
                q, a = f"How long is the warranty on the {p}?", f"The {p} has a {months}-month warranty."
                fh.write(json.dumps({"prompt": q, "completion": a}) + "\n")
                q, a = f"Which support code do I give for a {p} repair?", f"Quote {code}."
            else:  # facts that live elsewhere: prices and order numbers no manual holds
                q = f"What did my last {p} order cost?"
                a = f"Order ORD-{rng.randint(10000, 99999)} was billed at EUR {rng.randint(100, 900)}."
                fh.write(json.dumps({"prompt": q, "completion": a}) + "\n")
                q = f"When will my {p} replacement ship?"
                a = f"Shipment SHP-{rng.randint(10000, 99999)} leaves on {rng.randint(1, 28)} May."
            fh.write(json.dumps({"prompt": q, "completion": a}) + "\n")
    return folder


def write_pairs(path: Path, n: int, *, rigid: bool, seed: int = 5) -> Path:
    """Prompt/completion pairs whose answers follow one template (rigid) or vary freely (loose)."""
    rng = random.Random(seed)
    words = ["the", "a", "customer", "order", "delay", "refund", "sorry", "we", "will", "check", "update", "soon", "item", "box", "colour", "size"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            prompt = f"Summarise incident {i}: " + " ".join(rng.choice(words) for _ in range(12))
            if rigid:
                answer = (f"Incident: INC-{i:05d}\nSeverity: {rng.choice(['low', 'medium', 'high'])}\n"
                          f"Owner: {rng.choice(['ops', 'billing', 'support'])}\nNext step: "
                          + " ".join(rng.choice(words) for _ in range(rng.randint(4, 8))))
            else:
                k = rng.choice([3, 10, 30, 60])
                answer = " ".join(rng.choice(words) for _ in range(k)).capitalize() + rng.choice([".", "!", "?"])
                if rng.random() < 0.3:
                    answer = rng.choice(["Well, ", "So ", "Honestly, ", ""]) + answer + "\n" + answer
            fh.write(json.dumps({"prompt": prompt, "completion": answer}) + "\n")
    return path
