#!/usr/bin/env python3
"""Writes N generated clusters (JSONL, one a line) for `storydiff batch`.

Each cluster is one invented event told by K reports: the same facts in a
shuffled order, reworded with synonyms, with a shared quotation (sometimes
altered), a figure that one report sometimes gives differently, and a
sentence only one report has. Deterministic for a given --seed.

    python3 docs/batch/gen_clusters.py -n 200 -k 3 > clusters.jsonl
"""
import argparse
import json
import random

PLACES = ["Harbourton", "Millbridge", "Eastvale", "Norcross", "Redfield", "Lowmoor"]
THINGS = ["bridge", "ferry terminal", "water plant", "rail depot", "stadium", "library"]
EVENTS = [("closed", "shut"), ("reopened", "opened again"), ("flooded", "was flooded"),
          ("caught fire", "was hit by a fire")]
OFFICIALS = ["Mayor Ada Kerr", "Chief Tom Ibsen", "Minister Rosa Vidal", "Dr Lena Okafor"]
VERBS = [("said", "told reporters"), ("announced", "confirmed"), ("warned", "cautioned")]
OUTLETS = ["Daily Ledger", "Morning Wire", "Coast Herald", "City Times", "Valley Post"]
EXTRAS = [
    "Traffic was diverted through the old market road for most of the afternoon.",
    "Local schools sent pupils home early as a precaution.",
    "Residents posted photographs of long queues outside the shops.",
    "The last similar incident in the region happened eleven years ago.",
    "Volunteers handed out blankets and hot drinks near the town hall.",
]


def cluster(rng, i, k):
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    event = rng.choice(EVENTS)
    official = rng.choice(OFFICIALS)
    people = rng.randint(3, 400)
    hours = rng.randint(2, 30)
    quote = rng.choice([
        "We will not reopen until every inspection is complete",
        "Nobody should travel to the area tonight",
        "The crews worked through the night and they deserve our thanks",
    ])
    reports = []
    for j in range(k):
        alt = j % 2
        n = people + (rng.randint(1, 9) if rng.random() < 0.3 and j > 0 else 0)
        q = quote if rng.random() < 0.8 else quote.replace("will not", "won't").replace("every", "each")
        facts = [
            f"The {thing} in {place} {event[alt]} on Tuesday, {official} {VERBS[0][alt]}.",
            f"About {n} people were affected and the work took {hours} hours.",
            f"\"{q},\" {official.split()[-1]} {VERBS[1][alt]}.",
            f"Engineers from the regional authority were {'called in' if alt else 'sent'} to inspect the {thing}.",
        ]
        middle = facts[1:]
        rng.shuffle(middle)
        facts = facts[:1] + middle
        facts.append(rng.choice(EXTRAS))
        reports.append({
            "title": f"{place} {thing} {event[alt]}",
            "source": OUTLETS[(i + j) % len(OUTLETS)],
            "published": f"2026-0{1 + i % 9}-1{j}",
            "paragraphs": facts,
        })
    return {"id": f"gen-{i:05d}", "articles": reports}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200, help="clusters")
    ap.add_argument("-k", type=int, default=3, help="reports per cluster")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for i in range(a.n):
        print(json.dumps(cluster(rng, i, a.k)))


if __name__ == "__main__":
    main()
