"""How much reading may take: the size cap and the network timeout every source shares."""

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_TIMEOUT = 15.0
