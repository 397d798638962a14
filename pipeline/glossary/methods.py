"""The choices a glossary run takes: how terms are enforced, and how Vietnamese personal names are written.

Declared here, apart from the enforcement code, so that the command line can offer them without loading a
model.
"""

# auto: placeholder, falling back to replace; off: translate plainly, terms are still reported.
METHODS = ("auto", "placeholder", "constrained", "replace", "off")
# ascii: "To Lam", as the English-language press writes it; keep: "Tô Lâm".
NAME_STYLES = ("ascii", "keep")
# Chinese persons the glossary does not name: pinyin inferred from the Sino-Vietnamese name (pipeline/names), or
# kept as the Vietnamese writes them (in the name style).
CHINESE_NAMES = ("pinyin", "keep")
# What a method falls back to, in order, for a sentence where it failed.
FALLBACK = {"auto": ("placeholder", "replace"), "placeholder": ("placeholder", "constrained", "replace"),
            "constrained": ("constrained", "replace"), "replace": ("replace",), "off": ()}
