"""Chinese personal names written in Vietnamese (their Sino-Vietnamese reading, one syllable per character:
``Vương Tiểu Hồng``) -> their Chinese characters and pinyin (``王小洪``, ``Wang Xiaohong``).

tables.py reads the shipped tables (data/: readings and surnames built by bench/names_data.py, name shapes by
bench/names_shape.py, given-name bearers by bench/names_given.py, China's places by bench/names_places.py, rare
surnames by bench/names_surnames.py, jieba's person names by bench/names_jieba_persons.py),
pinyin.py turns a reading into candidate Chinese names, persons.py finds the persons of a Vietnamese text (runs.py:
the name-shaped runs of a sentence; introduced.py: whether a title or an apposition introduces one as a person;
named.py: the persons the glossary names, wherever the text writes them; cues.py and offices.py: the words that
introduce a person or say whose they are, china_bodies.py: China's bodies as the press spells them out;
companies.py: China's companies; strait.py: what only Hong Kong, Macau and Taiwan have; mainland_cities.py:
China's cities whose names read as persons' too, after their mayor or committee)
and origin.py decides from the words around each (clause.py: the clause around one mention, visited.py: a
student's school and a memorial's person in it, bodies.py:
the body a title in apposition belongs to; identity.py: what an identity verb after the name says they are;
parties.py: China as the other party of what a person does; shared_provinces.py: a province both countries name;
setting.py: sentences that place a person in China only, or a spokesperson at a regular briefing held there;
standing.py: China's top, side or labelled work, or its
Party congress, said of a person; jurisdiction.py: a court of China trying an official, or China's legislature
removing one or hearing their report; honours.py: a national honour of China received; fronted.py:
an apposition or a side opening the sentence before the title and name; armies.py: a defence spokesperson
announcing what the PLA will do; sides.py: the persons
listed after a side named in talks) whether the person is Chinese, Vietnamese or cannot be
told, weighing how the name looks (shape.py) where those words leave it open; known.py then gives a dictionary
person kept out of the glossary's keys their own pinyin where the text allows and puts first a candidate that is a
person's name of jieba's dictionary (data/persons_jieba.tsv), and region.py tells a Hong Kong,
Macau or Taiwan person. entries.py turns the inferred persons into glossary entries of one text.
`find_persons` (persons.py) is the entry point. No model and no torch: the whole package is tables and rules.
"""
