"""vietbrief: Vietnamese news articles in, bilingual English briefs out."""

__version__ = "0.1.0"
