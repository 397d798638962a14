"""Chinese personal names written in Vietnamese (their Sino-Vietnamese reading, one syllable per character:
``Vương Tiểu Hồng``) -> their Chinese characters and pinyin (``王小洪``, ``Wang Xiaohong``).

tables.py reads the shipped tables (data/, built by bench/names_data.py), pinyin.py turns a reading into
candidate Chinese names, persons.py finds the persons of a Vietnamese text and origin.py decides from the words
around each whether the person is Chinese, Vietnamese or cannot be told. `find_persons` (persons.py) is the
entry point. No model and no torch: the whole package is tables and rules.
"""
