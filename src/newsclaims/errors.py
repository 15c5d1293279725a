"""Typed errors. Every error the library raises on bad data is a `NewsClaimsError`.

Each message names the source (or file) and the reason, so a batch report can say
which article failed and why.
"""
from __future__ import annotations


class NewsClaimsError(Exception):
    """Base class of every error newsclaims raises on bad input."""

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class EmptyArticleError(NewsClaimsError):
    """The text is empty or only white space."""


class DecodeError(NewsClaimsError):
    """The bytes are not valid UTF-8."""


class UnknownFormatError(NewsClaimsError):
    """A file whose type newsclaims cannot read."""


class DuplicateSourceError(NewsClaimsError):
    """Two articles share one source id."""


class InputTooLargeError(NewsClaimsError):
    """The input is larger than the configured limit."""


class NoArticlesError(NewsClaimsError):
    """A folder or file held no readable article."""


class BadRecordError(NewsClaimsError):
    """A JSONL record is malformed (not JSON, not an object, no text)."""


class ModelNotFoundError(NewsClaimsError):
    """A spaCy pipeline was required (strict mode) but none could be loaded."""


class PandasMissingError(NewsClaimsError):
    """An optional DataFrame feature was asked for without pandas installed."""


class MissingExtraError(NewsClaimsError):
    """An optional extra is needed but not installed (e.g. `newsclaims[html]` for HTML input)."""
