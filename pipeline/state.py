"""What vietbrief keeps in an output folder beside the briefs, by name, in one place.

Below every layer (it imports nothing) because readers on several layers need the names: ingest skips a folder
that is another run's output, the translation layer opens the sentence cache, and run locks the folder,
remembers the settings digest and probes whether the folder can be written.
"""

STATE_DIR = ".vietbrief"  # in an output folder: everything below, none of it a brief
CACHE_FILE = "cache.sqlite"  # the sentence cache (translation/cache.py)
LOCK_FILE = "lock"  # held for the length of a run (run/safety.py)
# The settings digest remembered (run/memo.py). JSON, not named so: the .json files of an output folder are its
# briefs and indexes.
MEMO_FILE = "settings.memo"
# The story summaries of the last run, by the briefs they were made from (run/stories.py): a rerun that changes no
# story's briefs loads no summarizer for them. JSON, named like MEMO_FILE for the same reason.
STORIES_FILE = "stories.memo"
PROBE_PREFIX = ".vietbrief-probe-"  # a file made and removed at the top of the output folder to see it is writable
