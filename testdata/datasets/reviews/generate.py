"""Writes the short-review sentiment set (reviews-*.jsonl) deterministically.

Each text is a template sentence about a subject with an adjective, half of
them negated ("The coffee was not good."); the label is the adjective's
polarity, flipped by a negation. Sentence embeddings place "was good" and
"was not good" close together, so a classifier on a frozen encoder finds
negation hard, and fine-tuning the encoder has something to learn.

    python3 testdata/datasets/reviews/generate.py   # rewrites the three files

Only the standard library is used; random.Random(seed).shuffle is stable
across CPython 3 versions, so the files are the same on every machine.
"""

import itertools
import json
import os
import random

SUBJECTS = [
    "the pasta", "the service", "this phone", "the hotel room", "the movie",
    "the battery", "the staff", "this book", "the coffee", "the app",
    "the seats", "the soundtrack", "the delivery", "the laptop", "the museum",
    "the ending", "the checkout", "the headphones", "the bakery", "the tour",
]
POSITIVE = ["good", "great", "excellent", "delicious", "comfortable", "friendly",
            "reliable", "wonderful", "pleasant", "impressive"]
NEGATIVE = ["bad", "terrible", "awful", "bland", "uncomfortable", "rude",
            "unreliable", "disappointing", "boring", "annoying"]
# (template, negated)
TEMPLATES = [
    ("{s} was {a}.", False),
    ("honestly, {s} was {a}.", False),
    ("i found {s} {a}.", False),
    ("{s} is really {a}.", False),
    ("{s} was not {a}.", True),
    ("honestly, {s} wasn't {a}.", True),
    ("i did not find {s} {a}.", True),
    ("{s} is never {a}.", True),
]
SEED = 20261204
SIZES = {"train": 300, "validation": 60, "test": 120}


def rows():
    out = []
    for s, (a, pos), (t, neg) in itertools.product(
            SUBJECTS, [(a, True) for a in POSITIVE] + [(a, False) for a in NEGATIVE], TEMPLATES):
        text = t.format(s=s, a=a)
        text = text[0].upper() + text[1:]
        out.append({"text": text, "label": "positive" if pos != neg else "negative"})
    return out


def main():
    rng = random.Random(SEED)
    all_rows = rows()
    rng.shuffle(all_rows)
    here = os.path.dirname(os.path.abspath(__file__))
    at = 0
    for split, n in SIZES.items():
        with open(os.path.join(here, f"reviews-{split}.jsonl"), "w", encoding="utf-8") as f:
            for r in all_rows[at:at + n]:
                f.write(json.dumps(r, sort_keys=True) + "\n")
        at += n


if __name__ == "__main__":
    main()
