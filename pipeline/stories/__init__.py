"""Stories: the articles of a batch that report the same event, grouped before translation with no model
(group.py), and the numbers their outlets give differently (differ.py)."""

from pipeline.stories.group import GroupingSettings, Story, StoryArticle, group, similarity, story_of
from pipeline.stories.score import bcubed

__all__ = ["GroupingSettings", "Story", "StoryArticle", "bcubed", "group", "similarity", "story_of"]
