"""`<name>.json`: the brief for programs (brief/schema.py); always written, and written last, because resume
reads it to know the brief is whole."""

from pipeline.brief import schema
from pipeline.brief.formats.base import Format

FORMAT = Format("json", ".json", "JSON: the whole brief, for programs (always written)", schema.json_text)
