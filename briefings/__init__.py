"""briefings: turn a news article into a branded, evidence-backed policy brief."""

# A literal (not importlib.metadata) keeps `briefings --help` fast; pyproject.toml reads it.
__version__ = "0.1.0"
