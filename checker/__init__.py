"""crosscheck: extract the figures of reports and check that they agree.

The pipeline, one stage a module, data flowing one way:

    documents.load(path)        -> Document
    figures.extract(document)   -> list[Figure]

Everything here is importable without click or Rich.
"""

from checker.documents import Document, load
from checker.errors import CrosscheckError, ExitCode
from checker.figures import Figure, extract, extract_text

__all__ = ["CrosscheckError", "Document", "ExitCode", "Figure", "extract", "extract_text", "load"]
