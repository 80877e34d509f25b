"""Reading a document's own statements: its paragraphs and headings, the counts it states and
the items it lists, the totals it breaks into parts, the figures it derives from others.

These readers serve the checks inside one document (checker/checks/count.py, within.py,
derived.py).  Each reads the text (and the extracted figures) with care: where it cannot
read a statement with confidence it reads nothing, so that a check built on it stays silent.
"""
