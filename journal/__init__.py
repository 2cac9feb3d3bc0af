"""Reality Check: a private, encrypted journal for a factual record of what happened."""

__version__ = "0.1.0"
