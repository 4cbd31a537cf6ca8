"""User-fixable errors, one exit code each.

Click prints `Error: <message>` to stderr and exits with `exit_code`. Library code raises these
and never calls `sys.exit`; a traceback always means a bug.
"""

from __future__ import annotations

import click


class BriefingsError(click.ClickException):
    """Base of every error a user can fix; `exit_code` tells them apart in scripts."""

    exit_code = 1


class InputNotFound(BriefingsError):
    """The article path does not exist."""

    exit_code = 3


class InputUnreadable(BriefingsError):
    """The article exists but cannot be read: a directory, no permission, not text."""

    exit_code = 4


class InputEmpty(BriefingsError):
    """The article holds no text."""

    exit_code = 5


class InputTooLarge(BriefingsError):
    """The article is larger than the configured limit."""

    exit_code = 6


class ArticleTimedOut(InputTooLarge):
    """An article of a batch took longer than its wall-clock budget (--article-timeout)."""


class InputFetchFailed(BriefingsError):
    """A URL could not be fetched: refused, timed out, not found, not HTML, too large."""

    exit_code = 7


class NoArticleFound(BriefingsError):
    """A page or document was read but no article text could be found in it."""

    exit_code = 8


class BadBrief(BriefingsError):
    """A brief file given to `render` is not valid YAML/JSON of the Brief schema."""

    exit_code = 9


class BadBrand(BriefingsError):
    """The brand file is invalid: unknown key, bad colour, missing logo or font."""

    exit_code = 10


class BadTemplate(BriefingsError):
    """A template is missing or fails to render."""

    exit_code = 11


class OutputExists(BriefingsError):
    """An output file exists and --force was not given."""

    exit_code = 12


class OutputFailed(BriefingsError):
    """An output file could not be written."""

    exit_code = 13


class DeliveryFailed(BriefingsError):
    """An email could not be delivered (connection, authentication, refusal)."""

    exit_code = 14


class BatchFailed(BriefingsError):
    """Some articles of a batch failed; the others were written."""

    exit_code = 15


class LintFailed(BriefingsError):
    """`briefings lint` found problems in a Word file."""

    exit_code = 16


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "other user error",
    2: "bad command-line usage (click)",
    130: "interrupted (Ctrl-C); nothing half-written is left",
    **{
        cls.exit_code: (cls.__doc__ or "").strip()
        for cls in (
            InputNotFound,
            InputUnreadable,
            InputEmpty,
            InputTooLarge,
            InputFetchFailed,
            NoArticleFound,
            BadBrief,
            BadBrand,
            BadTemplate,
            OutputExists,
            OutputFailed,
            DeliveryFailed,
            BatchFailed,
            LintFailed,
        )
    },
}
