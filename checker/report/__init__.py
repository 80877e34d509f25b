"""Output formats: one small module per format, each a function from results to text.

No format decides the exit code or reads files; the command line writes what they return.
"""
