"""factcheck: fact-check and source tracking for journalists."""

__version__ = "0.1.0"
