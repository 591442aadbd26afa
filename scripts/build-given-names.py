#!/usr/bin/env python3
"""Builds models/lexicons/given-names.txt from CoNLL-2003 eng.train and KBP37 train.txt.

A given name is the first token of a person name of two or more tokens ("Rick Wagoner": CoNLL PER
names, once is enough; the person argument of KBP37 `per:*` relations, automatically labelled, at
least twice), more often so than anywhere in a CoNLL organization or place name (which drops "New", "St", "Real"), and no
title or form of address ("King Hussein", "Sheikh Zayed": the title lexicon models/titles/heads.tsv
and the honorifics below). Single letters and initials are left out.

Usage: scripts/build-given-names.py ../shared/data/conll2003/eng.train ../shared/data/kbp37/train.txt \
         > models/lexicons/given-names.txt
"""
import collections
import re
import sys


def spans(path):
    """(type, tokens) of every IOB1 entity of the file."""
    current, kind = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            tag = parts[-1] if parts and not line.startswith("-DOCSTART-") else "O"
            inside = tag != "O" and not (tag.startswith("B-") or tag[2:] != kind)
            if current and not inside:
                yield kind, current
                current, kind = [], None
            if tag != "O":
                if not current:
                    kind = tag[2:]
                current.append(parts[0])
    if current:
        yield kind, current


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik",
              "prince", "princess", "king", "queen", "pope", "saint", "st", "rev", "father",
              "brother", "sister", "mother", "uncle", "aunt", "master", "madame", "monsieur",
              "herr", "frau", "senor", "signor", "don", "imam", "ayatollah", "mullah", "emir",
              # name particles and nicknames' adjectives: "Van Gogh", "Big Ben", "Junior Seau"
              "van", "von", "del", "della", "de", "da", "di", "du", "le", "la", "mac", "mc",
              "big", "little", "young", "old", "junior", "senior"}


def title_words():
    words = set(HONORIFICS)
    with open("models/titles/heads.tsv", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words.update(line.split("\t")[0].lower().split())
    return words


def kbp_persons(path):
    """The person argument of every per:* example of a KBP37 file, as tokens."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"per:\S+\((e[12]),e[12]\)$", line.strip())
        if not m or i == 0:
            continue
        arg = m.group(1)
        found = re.search(r"<%s>(.*?)</%s>" % (arg, arg), lines[i - 1])
        if found:
            yield found.group(1).split()


def main(path, kbp_path):
    first = collections.Counter()
    other = collections.Counter()
    for kind, tokens in spans(path):
        if kind == "PER" and len(tokens) >= 2:
            first[tokens[0]] += 1
        elif kind in ("ORG", "LOC", "MISC"):
            for t in tokens:
                other[t] += 1
    kbp = collections.Counter()
    for tokens in kbp_persons(kbp_path):
        if len(tokens) >= 2:
            kbp[tokens[0]] += 1
    titles = title_words()
    names = sorted(n for n in set(first) | set(kbp)
                   if (first[n] >= 1 or kbp[n] >= 2) and first[n] + kbp[n] > other[n] and len(n) > 2 and n[0].isupper() and n[1:].islower()
                   and n.isalpha() and n.lower() not in titles)
    print("# Given names: first words of person names in CoNLL-2003 eng.train and KBP37 train.txt")
    print("# (per:* arguments, seen twice), more often so than")
    print("# inside organization or place names, and no title or honorific. Rebuilt by")
    print("# scripts/build-given-names.py (see its header). Used to tell a name the tagger calls an")
    print("# organization after a title ('DJ Mike Read', 'ombudsman Elizabeth France').")
    for n in names:
        print(n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
