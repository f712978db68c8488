#!/usr/bin/env python3
"""Prints the tables of models/text/SearchDocument.cpp: how SQLite's FTS5 tokenizer
`unicode61 remove_diacritics 2` treats every code point, read from the SQLite that Python links.

For each code point c it tokenizes "q<c>q <c>": a token character folds into the first token and
starts one of its own; a separator splits the first token; a diacritic continues a token, folding to
nothing, but starts none. Run: python3 tests/tools/unicode61_tables.py > tables.txt
"""
import sqlite3

def probe():
    db = sqlite3.connect(':memory:')
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    points = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    db.executemany("INSERT INTO t (rowid, a) VALUES (?, ?)", [(c, 'q' + chr(c) + 'q ' + chr(c)) for c in points])
    tokens = {}
    for doc, term in db.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        tokens.setdefault(doc, []).append(term)
    kinds, folds = {}, {}
    for c in points:
        found = tokens[c]
        if found == ['q', 'q']:
            kinds[c] = 'separator'
            continue
        fold = found[0][1:-1]
        kinds[c] = 'token' if len(found) == 2 else 'diacritic'
        if fold != chr(c):
            folds[c] = ord(fold) if fold else 0
    return kinds, folds

def ranges(kinds):
    out = []
    for c in range(1, 0x110000):
        if kinds.get(c) == 'separator':
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out

def fold_ranges(folds):
    keys = sorted(folds)
    out, i, done = [], 0, set()
    for c in keys:
        if c in done:
            continue
        best = (1, 0, folds[c], 1)  # length, mode, value, stride
        n = 1
        while c + n in folds and folds[c + n] == folds[c]:
            n += 1
        if n > best[0]:
            best = (n, 0, folds[c], 1)
        delta = folds[c] - c
        if folds[c] != 0:
            for mode, stride in ((1, 1), (2, 2)):
                n = 1
                while (c + n * stride in folds and folds[c + n * stride] - (c + n * stride) == delta
                       and all(c + n * stride - j not in folds for j in range(1, stride))):
                    n += 1
                if n > best[0]:
                    best = (n, mode, delta, stride)
        n, mode, value, stride = best
        for j in range(n):
            done.add(c + j * stride)
        out.append((c, c + (n - 1) * stride, value, mode))
    return out

def rows(items, per_line):
    return '\n'.join('    ' + ' '.join(items[i:i + per_line]) for i in range(0, len(items), per_line))

kinds, folds = probe()
print('// Separators: ranges of code points that end a token.')
print(rows(['{0x%X, 0x%X},' % (a, b) for a, b in ranges(kinds)], 5))
print('// Diacritics: code points that continue a token and fold to nothing.')
print(rows(['0x%X,' % c for c in sorted(c for c, k in kinds.items() if k == 'diacritic')], 10))
print('// Folds: first, last, value, mode (0: to value; 1: plus value; 2: plus value at every other).')
print(rows(['{0x%X, 0x%X, %d, %d},' % r for r in fold_ranges({c: f for c, f in folds.items() if kinds[c] == 'token'})], 4))
