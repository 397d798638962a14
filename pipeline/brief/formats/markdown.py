"""`<name>.md`: the brief as Markdown, one table row per sentence (brief/render.py writes it)."""

from pipeline.brief import render
from pipeline.brief.formats.base import Format

FORMAT = Format("md", ".md", "Markdown: one table row per sentence pair", render.markdown)
