"""Source (path, URL or stdin) -> Article: read bytes, recover the text, repair it, find facts."""

from briefings.read.clean import clean_article
from briefings.read.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefings.read.sources import INPUT_FORMATS, read_source

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "INPUT_FORMATS", "clean_article", "read_source"]
