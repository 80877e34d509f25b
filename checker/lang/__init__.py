"""Language knowledge as data: numerals, scale words, measure words, qualifiers, names.

The extractor reads these tables; it holds no language words of its own.
"""
