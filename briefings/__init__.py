"""briefings: turn a news article into a branded, evidence-backed policy brief."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefings")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
