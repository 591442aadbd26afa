#!/usr/bin/env python3
"""Counts the errors of `evaluate --format timeml --errors` listings by cause (docs/DATES.md).

Usage: scripts/date-error-categories.py LISTING... (the printed output of the evaluate command).
Each FN, FP, VALUE, TYPE or SPAN line goes to the first cause whose test it passes; the table
gives, per cause, the errors that cost value F1 (FN, FP, VALUE), those that cost only type
accuracy (TYPE) or strict span F1 (SPAN), and the number of documents the cause occurs in.
"""
import collections
import re
import sys

LINE = re.compile(r'^(FN|FP|SPAN|TYPE|VALUE) +(\w+) +(\S+) +"(.*?)" +(.*?) \| (.*)$')
WEEKDAY = r'(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'

# (cause, test on (kind, type, text, detail, context)); first match wins.
CAUSES = [
    ('words for the present, past or future (now, current, recent, future, already...)',
     lambda k, t, x, d, c: re.fullmatch(
         r"(?:right |for |until |more )?(?:now|current(?:ly)?|then current|recent(?:ly)?|soon|"
         r"future|the future|previously|already|yet|earlier|a later date|from time to time|"
         r"this crucial moment|today)", x.lower()) and 'TIME' not in t and not re.search(
             r'gold=\d', d)),
    ('a weekday with part of the day ("Friday night"): day or ...TNI/TEV/TMO',
     lambda k, t, x, d, c: re.search(WEEKDAY + r'.*(?:night|evening|morning)', x.lower()
                                     + ' ' + d.lower())),
    ('reporting periods of business news (quarter, year-ago, last year, the year, fiscal)',
     lambda k, t, x, d, c: re.search(r'quarter|period|year-ago|year-earlier|year ago|'
                                     r'year earlier|last year|the (?:fiscal |full )?year$|'
                                     r'nine months', x.lower())),
    ('a date given as a duration or the reverse ("last week" = P1W, "the weekend" = P2D)',
     lambda k, t, x, d, c: k == 'VALUE' and re.search(r'gold=P\d+[A-Z] pred=(?:\d{4}|\d\d$)|'
                                                    r'gold=\d{4}\S* pred=P\d+[A-Z]', d)),
    ('weeks and weekends ("this week", "last week", "the weekend", "two weeks ago")',
     lambda k, t, x, d, c: re.search(r'\bweek(?:end)?\b|weeks ago', x.lower())
     and k in ('VALUE', 'TYPE')),
    ('anchored on an event ("in the days before the shooting", "10 days before")',
     lambda k, t, x, d, c: re.search(r'^(?:\S+ ){0,2}(?:before|after|following) (?:the|his|her)'
                                     r' \w+', c.split(']', 1)[-1].strip()) and (
         k in ('VALUE', 'TYPE') or re.search(r'days|weeks|day\b', x.lower()))),
    ('sets and frequency words (daily, annually, a day, a year)',
     lambda k, t, x, d, c: t == 'SET' or re.fullmatch(r'daily|annually|weekly|nightly|a (?:day|'
                                                      r'year|night)', x.lower())),
    ('vague or bare durations ("for years", "several months", "minutes", "a while")',
     lambda k, t, x, d, c: re.search(r'=PT?X', d) or re.fullmatch(
         r'(?:the |recent |several |coming |past |a |some |(?:the )?next few )*(?:seconds|'
         r'minutes|hours|days|weeks|months|years|decades|centuries|while|time)', x.lower())),
    ('counted durations the gold leaves out or reads otherwise ("24 hours a day", "six months")',
     lambda k, t, x, d, c: k != 'SPAN' and (t == 'DURATION' or re.search(r'pred=PT?\d', d)
                                         and k == 'FP')),
    ('datelines ("WASHINGTON, August 11 (Xinhua)")',
     lambda k, t, x, d, c: k == 'FP' and '(Xinhua)' in c),
    ('-XX / 199X forms of years and decades (AQUAINT)',
     lambda k, t, x, d, c: re.search(r'gold=\d{3,4}(?:-XX|X)\b', d)),
    ('weekday one week off the DCT (the gold follows another date)',
     lambda k, t, x, d, c: k == 'VALUE' and re.fullmatch(WEEKDAY, x.lower()) and (
         lambda g: g and abs(int(g.group(1)) - int(g.group(2))) in (6, 7, 8))(
             re.search(r'gold=\d{4}-\d\d-(\d\d) pred=\d{4}-\d\d-(\d\d)', d))),
    ('a modifier in or out of the span (earlier, early, late, about, the, punctuation)',
     lambda k, t, x, d, c: k == 'SPAN'),
]


def cause(kind, typ, text, detail, context):
    for name, test in CAUSES:
        if test(kind, typ, text, detail, context):
            return name
    return 'other (one-off cases, errors of the gold)'


def main(paths):
    counts = collections.defaultdict(collections.Counter)
    docs = collections.defaultdict(set)
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                m = LINE.match(line.rstrip('\n'))
                if not m:
                    continue
                kind, typ, doc, text, detail, context = m.groups()
                name = cause(kind, typ, text, detail, context)
                counts[name][kind] += 1
                docs[name].add(doc)
    print('| cause | value errors (FN+FP+VALUE) | FN | FP | VALUE | TYPE only | SPAN only '
          '| documents |')
    print('|---|---|---|---|---|---|---|---|')
    total = collections.Counter()
    for name in sorted(counts, key=lambda n: -(counts[n]['FN'] + counts[n]['FP']
                                               + counts[n]['VALUE'])):
        c = counts[name]
        total.update(c)
        print(f"| {name} | {c['FN'] + c['FP'] + c['VALUE']} | {c['FN']} | {c['FP']} "
              f"| {c['VALUE']} | {c['TYPE']} | {c['SPAN']} | {len(docs[name])} |")
    print(f"| all | {total['FN'] + total['FP'] + total['VALUE']} | {total['FN']} | {total['FP']} "
          f"| {total['VALUE']} | {total['TYPE']} | {total['SPAN']} | "
          f"{len(set().union(*docs.values()))} |")


if __name__ == '__main__':
    main(sys.argv[1:])
