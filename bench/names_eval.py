"""How often `vietbrief names` gets a Chinese person's English name right, and keeps Vietnamese names Vietnamese.

Two sets, reported apart:

* tuning: the Chinese and Vietnamese officials of the built-in glossary (pipeline/glossary/data/glossary.tsv),
  each in a news-style sentence from a few templates; the tables' priors and the rules were adjusted while
  looking at these (with the glossary they are trivially right, so only inference alone says anything);
* dev: bench/data/names/dev.tsv, 157 Chinese political, military, security, business and cultural figures and
  25 Vietnamese officials, none of the Chinese in the glossary, each in its own sentence saying who they are;
  written as a held-out set, but its misses were looked at and some rules changed after (so: development data);
* held-out: bench/data/names/heldout.tsv, 75 Chinese and 20 Vietnamese figures, none in the glossary or in dev,
  written after the rules were last changed and never tuned on (only its totals are printed);
* held-out2: bench/data/names/heldout2.tsv, 42 Vietnamese persons with surnames shared with Chinese (Lý, Trương,
  Hồ, Vương ...) in sentences that also name China or a Chinese counterpart, and 23 Chinese persons in the same
  kinds of sentences (issue 25 round 2); written before it was first run, then its misses were looked at and
  rules changed (so, from then on, development data);
* held-out3: bench/data/names/heldout3.tsv, 25 Vietnamese and 12 Chinese persons in other sentence shapes,
  written after those rule changes and never tuned on (only its totals are printed);
* held-out4: bench/data/names/heldout4.tsv, 58 Vietnamese persons in shapes the sets above lack (obituaries,
  courts, sport, culture, business, science, local officials, lists, parentheses, Chinese-looking given names)
  and 39 real Chinese figures (issue 25 round 3); run once before that round's rule changes (its first look),
  then its misses were looked at (so, from then on, development data);
* held-out5: bench/data/names/heldout5.tsv, 32 Vietnamese and 25 Chinese persons in yet other shapes, written
  after the round-3 rule changes and committed before its first run (the first look of those rules); then its
  misses were looked at and rules changed (so, from then on, development data);
* held-out6: bench/data/names/heldout6.tsv, 31 Vietnamese and 27 Chinese persons in other shapes again, written
  after those changes and committed before its first run; then its misses were looked at and rules changed (so,
  from then on, development data);
* held-out7: bench/data/names/heldout7.tsv, 30 Vietnamese and 22 Chinese persons in yet other shapes, written
  after those changes and committed before its first run; then its misses were looked at and rules changed (so,
  from then on, development data);
* held-out8: bench/data/names/heldout8.tsv, 30 Vietnamese officials in Vietnamese contexts (most with surnames
  shared with Chinese, many naming China) and 25 Chinese political, military, security and cultural figures in
  sentences that say who they are (the kind the issue's check describes), written after those changes and
  committed before its first run, the first look of round 3's last rules; its misses were looked at after that
  run (two more rules), but it is still never printed.
* held-out9: bench/data/names/heldout9.tsv, 31 Vietnamese persons in Vietnamese contexts and 69 real Chinese
  figures of all kinds in varied shapes that say who they are (issue 25 round 4), written and committed before
  any round-4 rule change; run once before them (its first look) and once after; its misses were looked at in
  round 5 (so, from then on, development data);
* held-out10: bench/data/names/heldout10.tsv, 23 Vietnamese persons in Vietnamese contexts that also name China
  and 44 real Chinese figures, most acting in Vietnam or meeting Vietnamese officials (issue 25 round 5), written
  and committed before any round-5 rule change; run once before them (its first look) and once after; never
  printed.
* held-out11: bench/data/names/heldout11.tsv, 100 real Chinese figures (45 political, 20 military and security,
  35 cultural, sport, science and business) and 35 Vietnamese officials and public figures with shared surnames,
  many naming China (issue 25, the check's own shape), written by an engineer who changes no rule and did not
  read pipeline/names/, committed before its first run, never tuned on and never printed (totals only).
  First look (commit d96c92a, clean checkout): Chinese exact 52/100, right form among candidates 71/100, person
  found 92/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese kept
  32/35, given pinyin 1/35. The shared tree at that moment (d96c92a plus uncommitted pipeline/names work in
  progress: origin.py, tables.py, shape.py) gave exact 59/100, among candidates 71/100, Vietnamese kept 31/35.
* held-out12: bench/data/names/heldout12.tsv, a second set in the check's own shape, written in session 7 by an
  engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (50 political, 20
  military and security, 30 cultural, sport, science and business) and 35 Vietnamese officials and public figures
  with shared surnames, many naming China; committed before its first run, never tuned on and never printed
  (totals only). First look, measured once at commit aa1b1c8 (the rules before round six; a clean `git archive`
  copy with this set and script added): Chinese exact 46/100, right form among candidates 59/100, person found
  94/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese kept
  32/35, given pinyin 0/35.
* held-out11 and held-out12 became development data in issue 25 round 7: their misses were printed (first look
  of round 6's rules, inference alone: held-out11 61/100 exact, 71/100 among candidates, Vietnamese kept 31/35,
  1 given pinyin; held-out12 46/100, 62/100, 31/35, 0) and rules were tuned on them; --show-misses prints them.
* held-out13: bench/data/names/heldout13.tsv, a third set in the check's own shape, written in session 7, before
  round 7's rule changes, by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese
  figures (45 political, 20 military and security, 35 cultural, sport, science and business), none in the
  glossary or another set, and 35 Vietnamese officials and public figures, most with shared surnames, a dozen
  naming China; committed before its first run, never tuned on and never printed (totals only). First look,
  measured once at commit 5490e73 (round 6's rules; a clean `git archive` copy with this set and script added):
  Chinese exact 52/100, right form among candidates 66/100, person found 94/100, the same with and without the
  built-in glossary (none of its names has an entry); Vietnamese kept 29/35, given pinyin 0/35. It became
  development data in issue 25 round 8: first looked at with round 7's rules (inference alone: 57/100 exact,
  81/100 among candidates, Vietnamese kept 30/35, 0 given pinyin), then its misses were printed and tuned on;
  --show-misses prints them.
* held-out14: bench/data/names/heldout14.tsv, a fourth set in the check's own shape, written in session 7 during
  round 8 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (45
  political, 20 military and security, 35 cultural, sport, science and business), none in the glossary or
  another set, and 35 Vietnamese officials and public figures, most with shared surnames, about fifteen naming
  China; committed before its first run, never tuned on and never printed (totals only); not in the default
  --sets, so that it is read only when asked for (`--sets held-out14`). First look, measured once at commit
  b5ab4fa (round 7's rules; a clean `git archive` copy with this set and script added): Chinese exact 66/100,
  right form among candidates 84/100, person found 90/100, the same with and without the built-in glossary (none
  of its names has an entry); Vietnamese kept 29/35, given pinyin 1/35. It became development data in issue 25
  round 9: first looked at with round 7's rules (above) and round 8's (inference alone: 67/100 exact, 84/100
  among candidates, Vietnamese kept 30/35, 1 given pinyin), then its misses were printed and tuned on;
  --show-misses prints them.
* held-out15: bench/data/names/heldout15.tsv, a fifth set in the check's own shape, written in session 7 during
  round 9 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, leaning
  historical (45 political, 20 military and security, 35 cultural, sport, science and business), none in the
  glossary or another set, and 35 Vietnamese figures (officials, envoys to Chinese courts, historical figures,
  athletes, artists), most with shared surnames, fourteen naming China, none in another set; committed before
  its first run, never tuned on and never printed (totals only); not in the default --sets, so that it is read
  only when asked for (`--sets held-out15`). First look, measured once at commit 6d86cae (round 8's rules; a
  clean `git archive` copy with this set and script added): Chinese exact 39/100, right form among candidates
  72/100, person found 85/100, the same with and without the built-in glossary (none of its names has an
  entry); Vietnamese kept 20/35, given pinyin 0/35.
* held-out16 and held-out17: bench/data/names/heldout16.tsv and heldout17.tsv, a sixth and a seventh set in the
  check's own shape, written in session 8 during round 10 by an engineer who changes no rule and did not read
  pipeline/names/: each 100 real Chinese figures, mostly of 2000-2025 (45 political, 20 military and security, 35
  cultural, sport, science and business), none in the glossary or another set, and 35 Vietnamese officials and
  public figures, most with shared surnames, fourteen naming China, none in another set; committed before their
  first run. First looks, measured once at commit ff7954e (the rules before round 10's changes; a clean `git
  archive` copy with the set and script added), the same with and without the built-in glossary (none of their
  names has an entry): held-out16 Chinese exact 73/100, right form among candidates 90/100, person found 96/100,
  Vietnamese kept 32/35, given pinyin 0/35; held-out17 55/100, 80/100, 92/100, 34/35, 0/35. Both became
  development data in issue 25 round 11: first looked at with round 10's rules (inference alone: held-out16
  80/100 exact, 90/100 among candidates, Vietnamese kept 32/35, 0 given pinyin; held-out17 60/100, 80/100, 34/35,
  0), then their misses were printed and tuned on; --show-misses prints them.
* held-out18: bench/data/names/heldout18.tsv, an eighth set in the check's own shape, written in session 8 during
  round 11 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly
  of 1990-2025 (45 political, 20 military and security, 35 cultural, sport, science and business), none in the
  glossary or another set, and 35 Vietnamese officials and public figures, most with shared surnames, twelve
  naming China, none in another set; committed before its first run, never tuned on and never printed (totals
  only); not in the default --sets, so that it is read only when asked for (`--sets held-out18`). First look,
  measured once at commit e49dda1 (round 10's rules; a clean `git archive` copy with this set and script added):
  Chinese exact 61/100, right form among candidates 80/100, person found 92/100, the same with and without the
  built-in glossary (none of its names has an entry); Vietnamese kept 33/35, given pinyin 0/35. It became
  development data in issue 25 round 12: first looked at with round 10's rules (above) and round 11's (inference
  alone: 61/100 exact, 81/100 among candidates), then its misses were printed and tuned on; --show-misses prints
  them.
* held-out19: bench/data/names/heldout19.tsv, a ninth set in the check's own shape, written in session 8 during
  round 12 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures of
  1980-2025, mostly less known (45 political, 20 military and security, 35 cultural, sport, science and business),
  none in the glossary or another set, and 35 Vietnamese officials and public figures, fifteen naming China, none in
  another set; committed before its first run, never tuned on and never printed (totals only); not in the default
  --sets, so that it is read only when asked for (`--sets held-out19`). First look, measured once at commit
  4f015ba (round 11's rules; a clean `git archive` copy with this set and script added): Chinese exact 79/100,
  right form among candidates 91/100, person found 94/100, the same with and without the built-in glossary
  (none of its names has an entry); Vietnamese kept 33/35, given pinyin 0/35.
* held-out20: bench/data/names/heldout20.tsv, a tenth set in the check's own shape, written in session 8 during
  round 12 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly
  of 1980-2025 and less known (45 political, nine of them of the Republic or the Qing; 20 military and security;
  35 cultural, sport, science and business), none in the glossary or another set, and 35 Vietnamese officials and
  public figures, fourteen naming China, none in another set; committed before its first run, never tuned on and
  never printed (totals only); not in the default --sets, so that it is read only when asked for (`--sets
  held-out20`). First look, measured once at commit aec6042 (round 11's rules; a clean `git archive` copy with
  this set and script added): Chinese exact 68/100, right form among candidates 84/100, person found 93/100, the
  same with and without the built-in glossary (none of its names has an entry); Vietnamese kept 32/35, given
  pinyin 1/35. It became development data in issue 25 round 12 (after that one look with round 11's rules): its
  misses were printed and tuned on; --show-misses prints them.
* held-out21: bench/data/names/heldout21.tsv, an eleventh set in the check's own shape, written in session 8 after
  round 12 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly of
  1980-2025 and less known (44 political, four of them of the Qing or the Republic; 21 military and security, seven
  of them generals of the Republic; 35 cultural, sport, science and business, four of the Qing or the Republic), none
  in the glossary or another set, and 35 Vietnamese persons, twelve naming China, none in another set; committed
  before its first run, never tuned on and never printed (totals only); not in the default --sets, so that it is
  read only when asked for (`--sets held-out21`). First look, measured once at commit ec4f0a7 (round 12's rules; a
  clean `git archive` copy with this set and script added): Chinese exact 73/100, right form among candidates
  90/100, person found 92/100, the same with and without the built-in glossary (none of its names has an entry);
  Vietnamese kept 30/35, given pinyin 0/35. It became development data in issue 25 round 13 (after that one look
  with round 12's rules): its misses were printed and tuned on; --show-misses prints them.
* held-out22: bench/data/names/heldout22.tsv, a twelfth set in the check's own shape, written in session 9 before
  round 13 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly of
  2000-2025 and less known (38 political; 12 military and security, four of them generals of the 1970s; 44 cultural,
  sport, science and business; 6 of the imperial era in Vietnam's history), none in the glossary or another set, and
  35 Vietnamese persons, eleven naming China, none in another set; committed before its first run, never tuned on
  and never printed (totals only); not in the default --sets, so that it is read only when asked for (`--sets
  held-out22`). First look, measured once at commit facde7b (round 12's rules; a clean `git archive` copy with
  this set and script added): Chinese exact 68/100, right form among candidates 86/100, person found 89/100, the
  same with and without the built-in glossary (none of its names has an entry); Vietnamese kept 31/35, given
  pinyin 1/35. After round 13 (the lead, inference alone): 69/100 exact, 89/100 among candidates, found 93/100,
  Vietnamese kept 31/35, 1 given pinyin. It became development data in issue 25 round 14 (after those looks):
  its misses were printed and tuned on; --show-misses prints them.
* held-out23: bench/data/names/heldout23.tsv, a thirteenth set in the check's own shape, written in session 9 before
  round 13 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly of
  2000-2025 and less known (29 political; 21 military and security; 39 cultural, sport, science and business; 11 of
  the Han, Song, Ming and Qing, five of them sent into Đại Việt), none in the glossary or another set, and 35
  Vietnamese officials and public figures, twelve naming China or a Chinese city or province, none in another set;
  committed before its first run, never tuned on and never printed (totals only); not in the default --sets, so
  that it is read only when asked for (`--sets held-out23`). First look, measured once at commit facde7b (round
  12's rules; a clean `git archive` copy with this set and script added): Chinese exact 68/100, right form among
  candidates 89/100, person found 91/100, the same with and without the built-in glossary (none of its names has an
  entry); Vietnamese kept 34/35, given pinyin 0/35. After round 13 (the lead, inference alone): 68/100 exact,
  89/100 among candidates, found 92/100, Vietnamese kept 34/35, 0 given pinyin; after round 14: 70/100 exact,
  90/100 among candidates, found 92/100, Vietnamese kept 34/35, 0 given pinyin. It became development data in
  issue 25 round 15 (after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out24: bench/data/names/heldout24.tsv, a fourteenth set in the check's own shape, written in session 9 during
  round 14 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly of
  2000-2025 and less known (36 political, nine of them of the Han to the Qing, most sent into Vietnam; 22 military
  and security; 42 cultural, sport, science and business), none in the glossary or another set, and 35 Vietnamese
  officials and public figures, twelve naming China or a Chinese province, city, body or dynasty, none in another
  set; committed before its first run, never tuned on and never printed (totals only); not in the default --sets, so
  that it is read only when asked for (`--sets held-out24`). First look, measured once at commit facde7b (round
  12's rules; a clean `git archive` copy with this set and script added): Chinese exact 55/100, right form among
  candidates 81/100, person found 88/100, the same with and without the built-in glossary (none of its names has an
  entry); Vietnamese kept 30/35, given pinyin 0/35. At the final rules (commit 831fdc4, the lead's final commit;
  measured once the same way): exact 60/100, among candidates 83/100, found 90/100, the same with and without the
  built-in glossary; Vietnamese kept 30/35, given pinyin 0/35. It became development data in issue 25 round 16
  (after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out25: bench/data/names/heldout25.tsv, a fifteenth set in the check's own shape, written in session 10 during
  round 16 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly of
  2000-2025 and less known (35 political: city party secretaries, two governors, thirteen ambassadors, spokespersons,
  regulators, scholars; 29 military and security: pilots, peacekeepers, the Galwan soldiers, the Unit 61398
  officers, defence industry heads, five generals of 1927-1958; 33 cultural, sport, science and business; 3 of the
  Han, the Song and 1935), none in the glossary or another set, and 35 Vietnamese officials and public figures, most
  with surnames shared with Chinese ones, eleven naming China or a Chinese province, city or dynasty, none in another
  set; committed before its first run, then (until round 17) never tuned on, never printed (totals only) and not in
  the default --sets, read only when asked for (`--sets held-out25`). First look, measured once at commit 74ffd9c
  (the rules at the start of session 10; a clean `git archive` copy with this set and script added): Chinese exact
  71/100, right form among candidates 84/100, person found 89/100, the same with and without the built-in glossary
  (none of its names has an entry); Vietnamese kept 31/35, given pinyin 0/35. After round 16 and the ranking round
  (commit 61c100e, the lead's; measured the same way): exact 70/100, among candidates 85/100, found 90/100,
  Vietnamese kept 31/35, given pinyin 0/35. It became development data in issue 25 round 17 (after those looks):
  its misses were printed and tuned on; --show-misses prints them. At the final rules (commit ded91c6, the lead's
  final commit, after round 17's tuning on this set, so not a held-out figure; measured once the same way): exact
  77/100, among candidates 92/100, found 96/100, the same with and without the built-in glossary; Vietnamese kept
  34/35, given pinyin 0/35.
* held-out26: bench/data/names/heldout26.tsv, a sixteenth set in the check's own shape, written in session 10 during
  round 16 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures, mostly less
  known (32 political: provincial deputy secretaries and vice-governors, ambassadors, UN envoys, CCDI deputy
  secretaries, heads of the ILD, Xinhua, the Youth League and state offices, leaders of the 1990s; 20 military and
  security: generals of the general staff, military regions, the air force, the Beijing garrison and the National
  Defence University, armed police commanders, State Oceanic Administration heads, a narcotics-control chief, CICIR
  heads, a deputy procurator-general, a vice-president of the Supreme People's Court; 43 cultural, sport, science and
  business; 5 historical: the Han, the Song, the Ming and an intelligence chief of 1930-1960), none in the glossary or
  another set, and 35 Vietnamese officials and public figures, most with surnames shared with Chinese ones, twelve
  naming China or a Chinese city or region, none in another set; committed before its first run, then (until round 18)
  never tuned on, never printed (totals only) and not in the default --sets. First look, measured once at commit
  74ffd9c (the rules at the start of session 10; a clean `git archive` copy with this set and script added): Chinese
  exact 71/100, right form among candidates 92/100, person found 96/100, the same with and without the built-in
  glossary (none of its names has an entry); Vietnamese kept 30/35, given pinyin 0/35. At the final rules (commit
  ded91c6, the lead's final commit; measured once the same way): exact 72/100, among candidates 92/100, found 96/100,
  the same with and without the built-in glossary; Vietnamese kept 30/35, given pinyin 0/35. It became development
  data in issue 25 round 18 (after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out27: bench/data/names/heldout27.tsv, a seventeenth set in the check's own shape, written in session 10 during
  round 18 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (17 political:
  city party secretaries, a mayor, spokespersons, an envoy, the information-office head, dissidents and activists; 15
  military: generals of the 1990s-2010s; 67 sport and culture: 46 Olympians and athletes, 21 actors, singers, hosts
  and others; 1 historical), none in the glossary or another set (far fewer political and military than asked: the
  earlier sets hold nearly all the writer could name with certainty), and 35 Vietnamese persons (mostly sport and
  culture, three officials and a banker), twelve naming China, none in another set; committed before its first run,
  then (until round 19) never tuned on and never printed (totals only). First look, measured once at commit ded91c6 (this session's first final rules; a clean `git archive`
  copy with this set and script added): Chinese exact 64/100, right form among candidates 83/100, person found
  90/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese kept 33/35,
  given pinyin 0/35. At the final rules (commit 04bec1d, the lead's, from /work/notes/final_commit2.txt; measured
  once the same way): exact 64/100, among candidates 83/100, found 90/100, the same with and without the built-in
  glossary; Vietnamese kept 33/35, given pinyin 0/35 (the same as at ded91c6). It became development data in issue 25
  round 19 (after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out28: bench/data/names/heldout28.tsv, an eighteenth set in the check's own shape, written in session 10 during
  round 19 by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (9 political
  and security: a public-security vice-minister, a CCDI deputy secretary, a theatre-command commissar, a provincial
  official, the heads of a policy bank and the sovereign fund, two space-agency deputies, a former vice-minister; 32
  heads of state-owned groups and banks, defence industry included; 46 business and technology figures; 12
  scientists; 1 athlete; none historical), none in the glossary or another set (far fewer political and military
  than asked: of about 700 such names tried first, the earlier sets and the glossary's NPC deputies held all but about
  15), and 35 Vietnamese persons (footballers, film, letters, science, generals, diplomats and revolutionaries),
  fifteen naming China, none in another set; committed before its first run, never tuned on and never printed
  (totals only); not in the default --sets, read only when asked for (`--sets held-out28`). First look, measured once at
  commit 04bec1d (this session's second final rules; a clean `git archive` copy with this set and script added):
  Chinese exact 70/100, right form among candidates 93/100, person found 95/100, the same with and without the
  built-in glossary (none of its names has an entry); Vietnamese kept 34/35, given pinyin 1/35. At the final rules
  (commit 63dbaae, the lead's, from /work/notes/final_commit3.txt; measured once the same way): exact 70/100, among
  candidates 93/100, found 95/100, the same with and without the built-in glossary; Vietnamese kept 34/35, given
  pinyin 1/35 (the same as at 04bec1d). After that look the lead printed its one Vietnamese person given pinyin (a
  colonel 'có mặt trong đoàn Việt Nam' at a conference China's delegation also attended) and made the delegation a
  person is in their side (identity._IDENTITY): Vietnamese kept 35/35, 0 given pinyin, Chinese unchanged. It is
  development data from then on (in the default and choosing sets), tuned on in issue 25 round 20 (session 11): its
  misses were printed; --show-misses prints them.
* held-out29: bench/data/names/heldout29.tsv, a set in the check's own shape, written in session 11 during round 20
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (75 political and
  security: public-security vice-ministers and provincial public-security chiefs, CCDI deputy secretaries and
  ministers of supervision, deputy procurators-general, Supreme People's Court vice-presidents and provincial
  high-court presidents, envoys, vice-ministers of commerce, PLA and armed-police officers of 1990-2015, vice-mayors
  and provincial officials; 25 cultural: writers, poets, painters, composers, singers, film directors, a journalist,
  historians and scholars), none in the glossary or another set (heldout30.tsv, written at the same time, not
  opened), and 35 Vietnamese officials and public figures, sixteen naming China, a Chinese city or region, none in
  another set; committed before its first run, never tuned on and never printed (totals only); not in the default
  --sets, read only when asked for (`--sets held-out29`). First look, measured once at commit e5917b4 (session 10's
  final rules; a clean `git archive` copy with this set and script added): Chinese exact 75/100, right form among
  candidates 97/100, person found 98/100, the same with and without the built-in glossary (none of its names has an
  entry); Vietnamese kept 35/35, given pinyin 0/35. At the final rules (commit 52a7b2d, from
  /work/notes/final_commit.txt; measured once the same way): exact 75/100, among candidates 97/100, found 98/100, the
  same with and without the built-in glossary; Vietnamese kept 35/35, given pinyin 0/35 (the same as at e5917b4).
  It became development data in issue 25 round 22 (session 11, after those looks): its misses were printed and
  tuned on; --show-misses prints them.
* held-out30: bench/data/names/heldout30.tsv, a set in the check's own shape, written in session 11 during round 20
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (48 military,
  security and defence: military-region, fleet, air-force, Second Artillery, armed-police and defence-university
  commanders and commissars of 1990-2010, Hong Kong garrison commanders, defence-industry heads, military
  academicians; 48 cultural, scholarly and sport: poets, opera, comedy, dance, music, painting, calligraphy,
  historians, philosophers, scholars of Vietnam, economists, Go, xiangqi and chess players; 4 political), none in
  the glossary or another set, and 35 Vietnamese persons, fourteen naming China, a Chinese place or counterpart, none
  in another set; committed before its first run, never tuned on and never printed (totals only); not in the
  default --sets, read only when asked for (`--sets held-out30`). First look, measured once at commit e5917b4
  (session 10's final rules; a clean `git archive` copy with this set and script added): inference alone, Chinese
  exact 67/100, right form among candidates 88/100, person found 95/100; with the built-in glossary (none of its
  Chinese names has an entry) 67/100, 89/100, 96/100; Vietnamese kept 34/35, given pinyin 0/35 in both modes.
  At the final rules (commit 52a7b2d, the lead's, from /work/notes/final_commit.txt; measured once the same way):
  the same figures in both modes (inference alone 67/100 exact, 88/100 among candidates, 95/100 found; with the
  glossary 67/100, 89/100, 96/100; Vietnamese kept 34/35, given pinyin 0/35). It became development data in issue 25
  round 22 (session 11, after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out31: bench/data/names/heldout31.tsv, a set in the check's own shape, written in session 11 during round 22
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (33 officials of the
  border and southern-coast provinces: Guangxi, Yunnan, Guangdong and Hainan vice-chairmen, vice-governors, mayors and
  party secretaries of Kunming, Shenzhen, Guangzhou, Zhuhai, Zhanjiang, Haikou and Sanya; 37 ministers, heads of
  state bodies, vice foreign ministers and NPC committee chairs of 1990-2018; 15 military and security, three of them
  historical; 15 cultural), none in the glossary or another set (heldout32.tsv, written at the same time, not
  opened), and 35 Vietnamese officials and public figures, thirteen naming China, a Chinese province, city or
  dynasty, none in another set; committed before its first run, never tuned on and never printed (totals only); not
  in the default --sets, read only when asked for (`--sets held-out31`). First look, measured once at commit
  52a7b2d (this session's first final rules; a clean `git archive` copy with this set and script added): Chinese
  exact 76/100, right form among candidates 91/100, person found 95/100, the same with and without the built-in
  glossary (none of its names has an entry); Vietnamese kept 33/35, given pinyin 0/35. At the final rules (commit
  3c7170d, the lead's, from /work/notes/final_commit2.txt; measured once the same way): exact 78/100, among
  candidates 92/100, found 96/100, the same with and without the built-in glossary; Vietnamese kept 33/35, given
  pinyin 0/35. It became development data in issue 25 round 23 (session 11, after those looks): its misses were
  printed and tuned on; --show-misses prints them.
* held-out32: bench/data/names/heldout32.tsv, a set in the check's own shape, written in session 11 during round 22
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (55 cultural:
  writers, poets, film and TV directors, actors, singers, composers, painters, calligraphers, architects,
  academicians, Olympic and world champions of eight sports, a footballer, Go, xiangqi and chess players, television
  journalists, historians; 45 security and foreign affairs: ambassadors to 23 countries, special envoys, an embassy
  spokesman, public-security officials of the ministry, Shanghai, Guangdong and Xinjiang, the Hong Kong
  national-security office, Supreme People's Court judges, an armed-police deputy commander, an Interpol
  executive-committee member, the fisheries law-enforcement chief), nearly all of 1990-2025, none in the glossary or
  another set (heldout31.tsv, written at the same time, not opened), and 35 Vietnamese officials and public figures,
  fourteen naming China or a Chinese city or province, none in another set; committed before its first run, never
  tuned on and never printed (totals only); not in the default --sets, read only when asked for
  (`--sets held-out32`). First look, measured once at commit 52a7b2d (this session's first final rules; a clean
  `git archive` copy with this set and script added): Chinese exact 73/100, right form among candidates 88/100,
  person found 93/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese
  kept 33/35, given pinyin 1/35. At the final rules (commit 3c7170d, the lead's, from /work/notes/final_commit2.txt;
  measured once the same way): exact 74/100, among candidates 88/100, found 93/100, the same with and without the
  built-in glossary; Vietnamese kept 33/35, given pinyin 1/35. It became development data in issue 25 round 23
  (session 11, after those looks): its misses were printed and tuned on; --show-misses prints them.
* held-out33: bench/data/names/heldout33.tsv, a set in the check's own shape, written in session 11 during round 23
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (72 political: 26 of
  Guangxi, Yunnan, Guangdong and Hainan, chairmen, vice-chairmen and vice-governors, party secretaries of Beihai and
  Sanya, Hainan's first party secretaries; 46 party secretaries, governors, mayors and ministers of 23 other
  provinces and cities, 1985-2013; 13 security: customs heads and deputies, a vice-minister of public security,
  military and armed-police political commissars; 15 cultural), none in the glossary or another set (heldout34.tsv,
  written at the same time, not opened), and 34 Vietnamese officials and public figures, twelve naming China or a
  Chinese province or city, none in another set; committed before its first run, never tuned on and never printed
  (totals only); not in the default --sets, read only when asked for (`--sets held-out33`). First look, measured once
  at commit 3c7170d (this session's second final rules; a clean `git archive` copy with this set and script added):
  Chinese exact 85/100, right form among candidates 96/100, person found 98/100, the same with and without the
  built-in glossary (none of its names has an entry); Vietnamese kept 33/34, given pinyin 0/34. At the final rules
  (commit e8f645a, the lead's, from /work/notes/final_commit3.txt; measured once the same way): exact 85/100, among
  candidates 96/100, found 98/100, the same with and without the built-in glossary; Vietnamese kept 33/34, given
  pinyin 0/34. It became development data in issue 25 round 24 (session 11, after those looks): its misses were
  printed and tuned on; --show-misses prints them.
* held-out34: bench/data/names/heldout34.tsv, a set in the check's own shape, written in session 11 during round 23
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (59 cultural: writers,
  poets, film and TV directors, actors, singers, composers, a violinist, a pianist, painters, calligraphers, a
  sculptor, architects, two scientists, Olympic and world champions in diving, weightlifting, shooting, volleyball and
  wrestling, Go, xiangqi and chess players, journalists, historians; 41 security and foreign affairs: ambassadors of
  1988-2023 to eighteen countries and the EU, a consul-general, a spokesman, the chargé d'affaires in Hanoi, the
  Middle East envoy, two International Court of Justice judges, a UNDP head, Supreme People's Court vice-presidents, a
  deputy procurator-general; far fewer police and state-security officers than asked, the earlier sets and the
  glossary holding nearly all), none in the glossary or another set (heldout33.tsv, written at the same time, not
  opened), and 35 Vietnamese public figures, twelve naming China, a Chinese city or the Chinese language, none in
  another set; committed before its first run, never tuned on and never printed (totals only); not in the default
  --sets, read only when asked for (`--sets held-out34`). First look, measured once at commit 3c7170d (this
  session's second final rules; a clean `git archive` copy with this set and script added): Chinese exact 75/100,
  right form among candidates 92/100, person found 93/100, the same with and without the built-in glossary (none of
  its names has an entry); Vietnamese kept 35/35, given pinyin 0/35. At the final rules (commit e8f645a, the lead's,
  from /work/notes/final_commit3.txt; measured once the same way): exact 75/100, among candidates 92/100, found
  93/100, the same with and without the built-in glossary; Vietnamese kept 35/35, given pinyin 0/35 (the same as at
  3c7170d). It became development data in issue 25 round 24 (session 11, after those looks): its misses were printed
  and tuned on; --show-misses prints them.
* held-out35: bench/data/names/heldout35.tsv, a set in the check's own shape, written in session 12 during round 25
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (75 political:
  mayors, city party secretaries, vice-governors and CPPCC officials of fifteen provinces, NDRC vice-chairmen,
  deputy auditors-general, heads of state bodies, Taiwan Affairs Office, ARATS and Overseas Chinese Affairs Office
  officials, Hong Kong commissioners, envoys, state-firm heads; 14 security: provincial police chiefs, discipline and
  petitions officials, justice vice-ministers; 11 military: political commissars, spokesmen, the manned-space
  agency's heads), none in the glossary or another set (heldout36.tsv, written at the same time, not opened), and 35
  Vietnamese officials and public figures, eleven naming China or a Chinese province, none in another set; committed
  before its first run, never tuned on and never printed (totals only); not in the default --sets, read only when
  asked for (`--sets held-out35`). First look, measured once at commit 7e6b560 (the previous session's final rules; a
  clean `git archive` copy with this set and script added): Chinese exact 78/100, right form among candidates 93/100,
  person found 94/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese
  kept 35/35, given pinyin 0/35. At the final rules (commit 3ed8ddf, the lead's, from /work/notes/final_commit.txt;
  measured once the same way): exact 78/100, among candidates 93/100, found 94/100, the same with and without the
  built-in glossary; Vietnamese kept 35/35, given pinyin 0/35 (the same as at 7e6b560). It became development data
  in issue 25 round 26 (session 12, after those looks): tuned on in round 26 (session 12); --show-misses prints them.
* held-out36: bench/data/names/heldout36.tsv, a set in the check's own shape, written in session 12 during round 25
  by an engineer who changes no rule and did not read pipeline/names/: 100 real Chinese figures (55 cultural, sport
  and science: actors, directors, singers, composers, musicians, conductors, Peking opera and crosstalk, CCTV
  anchors, journalists, writers, a poet, a calligrapher, a painter, scholars, Olympic and world champions and
  coaches; 45 military and defence: a vice admiral, a test pilot, a theatre spokesman, PLA academics, astronauts and
  their instructors, manned-space and lunar-programme chiefs, rocket, aircraft, destroyer, radar and Beidou
  designers, nuclear-weapons physicists, CASC, CSIC and space-agency heads, soldier heroes; four historical), none in
  the glossary or another set (heldout35.tsv, written at the same time, not opened), and 35 Vietnamese officials and
  public figures, sixteen naming China or a Chinese city, none in another set; committed before its first run, never
  tuned on and never printed (totals only); not in the default --sets, read only when asked for (`--sets
  held-out36`). First look, measured once at commit 7e6b560 (the previous session's final rules; a clean `git
  archive` copy with this set and script added): Chinese exact 67/100, right form among candidates 94/100, person
  found 96/100, the same with and without the built-in glossary (none of its names has an entry); Vietnamese kept
  31/35, given pinyin 0/35. At the final rules (commit 3ed8ddf, the lead's, from /work/notes/final_commit.txt;
  measured once the same way): exact 67/100, among candidates 94/100, found 96/100, the same with and without the
  built-in glossary; Vietnamese kept 31/35, given pinyin 0/35 (the same as at 7e6b560). It became development data
  in issue 25 round 26 (session 12, after those looks): tuned on in round 26 (session 12); --show-misses prints them.
* held-out37: bench/data/names/heldout37.tsv, a set drawn by PROMINENCE as the check's grader would draw it, glossary
  names NOT excluded, written in session 12 during round 25 by an engineer who changes no rule and did not read
  pipeline/names/ or pipeline/glossary/ (heldout35.tsv and heldout36.tsv, written at the same time, not opened): 100
  Chinese figures most prominent in the Vietnamese press of 2012-2026 (45 political, 15 military, 10 security, 30
  cultural; 2 from Taiwan, 2 before 1980, Hong Kong and Taiwan ones under the press's own English form), 30 of them
  also labelled in an earlier set (a first list by prominence alone had 81 such), each in a new sentence, and 35
  Vietnamese officials and public figures, fourteen naming China, none in another set; committed before its first
  run, never tuned on and never printed (totals only); not in the default --sets (`--sets held-out37`). It measures
  the check's first bar (with the built-in glossary, >= 95% exact) on the kind of list the grader would use.
  Glossary entries (counted after the set was committed, by its Vietnamese forms): 83 of the 100 Chinese persons
  (by the entry's source column: wikipedia 44, xinhua-english 18, cc-cedict 14, vna-english 5, other-press 2).
  First look, measured once at commit 7e6b560 (the previous session's final rules; a clean `git archive` copy with
  this set and script added): with the built-in glossary, Chinese exact 87/100, right form among candidates 89/100,
  person found 96/100; inference alone, exact 69/100, among candidates 82/100, found 96/100; Vietnamese kept 35/35,
  given pinyin 0/35, in both modes. At the final rules (commit 3ed8ddf, the lead's, from /work/notes/final_commit.txt;
  measured once the same way): the same figures in both modes (with the glossary exact 87/100, among candidates
  89/100, found 96/100; inference alone 69/100, 82/100, 96/100; Vietnamese kept 35/35, given pinyin 0/35).
* held-out38: bench/data/names/heldout38.tsv, a set in the check's own shape, written in session 12 during round 26
  by an engineer who changes no rule and did not read pipeline/names/ (heldout37.tsv, heldout39.tsv and heldout40.tsv
  not opened; overlap checked by grepping names only): 100 real Chinese figures of 1990-2025 in no other set and not
  in the glossary (79 political: statistics, tax, market-regulation, railway, banking, education, health and
  agriculture officials, inland vice-governors, big-city mayors and secretaries, an envoy; 14 security and safety:
  police chiefs, political-legal secretaries, an MPS vice-minister, an anti-corruption official, work-safety and
  cyberspace regulators; 7 military: air-force, equipment and GPD deputies, AMS generals, navy and theatre
  spokesmen; fewer security and military than asked, nearly all such names tried being in a set already), 30 of
  the 100 sentences without `Trung Quốc`, and 35 Vietnamese officials and public figures, fourteen naming China,
  none in another set; committed before its first run, never tuned on and never printed (totals only); not in the
  default --sets (`--sets held-out38`). First look, measured once at commit 3ed8ddf (this session's first final
  rules; a clean `git archive` copy with this set and script added): Chinese exact 85/100, right form among
  candidates 99/100, person found 100/100, the same with and without the built-in glossary (none of its names has
  an entry); Vietnamese kept 35/35, given pinyin 0/35.
* held-out39: bench/data/names/heldout39.tsv, a set in the check's own shape, written in session 12 during round 26
  by an engineer who changes no rule and did not read pipeline/names/ (heldout37.tsv, heldout38.tsv and
  heldout40.tsv not opened; overlap checked by grepping names only, 7 persons found in heldout38.tsv replaced): 100
  real Chinese figures in no other set and not in the glossary (55 cultural, sport and science: actors, directors,
  singers, composers, a pipa player, a conductor, CCTV and Phoenix hosts, writers, TV historians, scholars,
  economists, scientists, Olympic and world champions and coaches in eleven sports; 45 military and defence: PLA
  generals of the Joint Staff, air force and armament, a carrier captain, NDU scholars, PAP, manned-space and
  launch-centre commanders, decorated veterans, CAST, satellite, fighter and rocket designers, military
  commentators, PLA lyricists, composers, singers and writers; two historical), and 35 Vietnamese officials and
  public figures, thirteen naming China or a Chinese city or province, none in another set; committed before its
  first run, never tuned on and never printed (totals only); not in the default --sets (`--sets held-out39`).
  First look, measured once at commit 3ed8ddf (this session's first final rules; a clean `git archive` copy with
  this set and script added): Chinese exact 61/100, right form among candidates 91/100, person found 95/100, the
  same with and without the built-in glossary (none of its names has an entry); Vietnamese kept 34/35, given
  pinyin 0/35.
* held-out40: bench/data/names/heldout40.tsv, a second set drawn by PROMINENCE as the check's grader would draw it,
  glossary names NOT excluded, written in session 12 during round 26 by an engineer who changes no rule and did not
  read pipeline/names/ or pipeline/glossary/ (heldout37.tsv, heldout38.tsv and heldout39.tsv not opened; a person in
  heldout37.tsv left out): 100 Chinese figures prominent in the Vietnamese press of 2012-2026 (44 political, 15
  military, 10 security, 31 cultural; 3 from Taiwan, 16 from Hong Kong and Macau, about 7 before 1980; Hong Kong,
  Macau and Taiwan ones under the press's own English form), 39 of them also labelled in an earlier set (all its
  military and security ones), each in a new sentence, and 35 Vietnamese officials and public figures, sixteen naming
  China or a Chinese city or region, none in another set; committed before its first run, never tuned on and never
  printed (totals only); not in the default --sets (`--sets held-out40`). It measures the check's first bar (with the
  built-in glossary, >= 95% exact) on a second list of the kind the grader would use.
  Glossary entries (counted after the set was committed, by its Vietnamese forms in glossary.tsv's first column):
  54 of the 100 Chinese persons (by the entry's source column: wikipedia 25, cc-cedict 19, npc-12 4, vna-english 3,
  xinhua-english 2, other-press 1). First look, measured once at commit 3ed8ddf (this session's first final rules; a
  clean `git archive` copy with this set and script added): with the built-in glossary, Chinese exact 78/100, right
  form among candidates 85/100, person found 94/100; inference alone, exact 64/100, among candidates 77/100, found
  94/100; Vietnamese kept 35/35, given pinyin 0/35, in both modes.
* glossary-held-out: bench/data/names/glossary_heldout.tsv, 118 Chinese figures of all kinds (officials,
  business, cultural, sport, Hong Kong, Taiwan, historical; established English names where the press has
  them) and 21 Vietnamese officials, written before the glossary's Chinese section was grown from public lists
  (bench/glossary_chinese.py) and kept apart from it; it measures the glossary, so it also says how many of
  its names have an entry (only its totals are printed).
* vietnamese-in-china: bench/data/names/vietnamese_in_china.tsv, 69 Vietnamese persons in sentences that name China
  and mostly nothing of Vietnam (issue 25 round 10), written by the engineer changing the origin rules to find where
  a China-only-sentence rule breaks, and tuned on (development data; not in the default --sets); 24 more in round
  16, written apart from the other sets to probe that round's rules (all kept before and after); 13 more in round 17
  the same way (kept 2 before that round's rules, 10 after; none given pinyin).

"Vietnamese given pinyin" counts the harm that matters most: a Vietnamese person rewritten as a Chinese one.

For each item, the person whose Vietnamese name is the labelled one is looked up in `find_in_text(sentence)`:
exact = its English form equals the label; among candidates = the label is its English form or one of its
(up to three) candidates; a Vietnamese name is kept when its origin is `vietnamese` (or its glossary form has
no Chinese reading) and its English is the label. Usage:

    python bench/names_eval.py [--show-misses] [--sets held-out13,held-out12]

Only the sets named in --sets are read (all but any set still being written, by default).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "names"
# The labelled sets by the name --sets gives them (tuning is built from the glossary instead: tuning())
PATHS = {"dev": DATA / "dev.tsv", "held-out": DATA / "heldout.tsv",
         **{f"held-out{k}": DATA / f"heldout{k}.tsv" for k in range(2, 41)},
         "glossary-held-out": DATA / "glossary_heldout.tsv", "vietnamese-in-china": DATA / "vietnamese_in_china.tsv"}
# The sets never tuned on, whose misses --show-misses never prints
NEVER_SHOWN = {"held-out", "held-out3", "held-out8", "held-out10", "held-out15", "held-out19", "held-out37",
               "held-out38", "held-out39", "held-out40", "glossary-held-out"}
# The held-out sets only measured, never read to choose a rule, a threshold or a model
TEST_SETS = {"held-out15", "held-out19", "held-out37", "held-out38", "held-out39", "held-out40"}
# Every set but those: what bench/names_loso.py and bench/names_learn.py choose on
CHOOSING_SETS = ["tuning", "dev", "held-out", "held-out2", "held-out3", "held-out4", "held-out5", "held-out6",
                 "held-out7", "held-out8", "held-out9", "held-out10", "held-out11", "held-out12", "held-out13",
                 "held-out14", "held-out16", "held-out17", "held-out18", "held-out20", "held-out21",
                 "held-out22", "held-out23", "held-out24", "held-out25", "held-out26", "held-out27",
                 "held-out28", "held-out29", "held-out30", "held-out31", "held-out32", "held-out33",
                 "held-out34", "held-out35", "held-out36", "glossary-held-out", "vietnamese-in-china"]
GLOSSARY = ROOT / "pipeline" / "glossary" / "data" / "glossary.tsv"

CHINESE_TEMPLATES = [
    "Ông {n}, quan chức cấp cao của Trung Quốc, đã tiếp đoàn đại biểu tại Bắc Kinh.",
    "Phía Trung Quốc có ông {n} tham dự hội đàm.",
    "Theo Tân Hoa xã, ông {n} nhấn mạnh quan hệ Trung Quốc - Việt Nam.",
]
VIETNAMESE_TEMPLATES = [
    "Ông {n} chủ trì hội nghị tại Hà Nội.",
    "Phát biểu tại buổi làm việc với đoàn Trung Quốc, ông {n} đề nghị hai bên tăng cường hợp tác.",
]


def _section(lines: list[str], title: str) -> list[tuple[str, str]]:
    start = next(k for k, line in enumerate(lines) if line.startswith("# --- " + title))
    out = []
    for line in lines[start + 1:]:
        if line.startswith("# ---"):
            break
        if line.strip() and not line.startswith("#"):
            vi, en = line.split("\t")[:2]
            out.append((vi, en))
    return out


def tuning() -> list[tuple[str, str, str, str]]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    items = []
    for k, (vi, en) in enumerate(_section(lines, "Chinese leaders")):
        items.append((vi, en, "chinese", CHINESE_TEMPLATES[k % len(CHINESE_TEMPLATES)].format(n=vi)))
    for k, (vi, en) in enumerate(_section(lines, "Vietnamese leaders")):
        items.append((vi, en, "vietnamese", VIETNAMESE_TEMPLATES[k % len(VIETNAMESE_TEMPLATES)].format(n=vi)))
    return items


def labelled(path: Path) -> list[tuple[str, str, str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(vi, en, origin, sentence) for vi, en, origin, sentence in rows]


def items(name: str) -> list[tuple[str, str, str, str]]:
    """The persons of set `name` as --sets names it (vi, en, origin, sentence)."""
    return tuning() if name == "tuning" else labelled(PATHS[name])


def evaluate(items, glossary: Glossary, show: bool) -> dict:
    stats = {"chinese": 0, "exact": 0, "among": 0, "found": 0, "vietnamese": 0, "kept": 0, "pinyin": 0}
    for vi, en, origin, sentence in items:
        person = next((p for p in find_in_text(sentence, glossary) if p.vi == vi), None)
        if origin == "chinese":
            stats["chinese"] += 1
            stats["found"] += person is not None
            exact = person is not None and person.en == en
            among = person is not None and (exact or any(c.en == en for c in person.candidates))
            stats["exact"] += exact
            stats["among"] += among
            if show and not exact:
                got = f"{person.en} [{person.origin}] {[c.en for c in person.candidates]}" if person else "not found"
                print(f"  miss: {vi} -> {en}; got {got}")
        else:
            stats["vietnamese"] += 1
            kept = person is not None and person.origin in ("vietnamese", "glossary") and person.en == en
            stats["kept"] += kept
            stats["pinyin"] += person is not None and person.origin == "inferred"
            if show and not kept:
                print(f"  Vietnamese not kept: {vi} -> {en}; got {person.en + ' ' + person.origin if person else None}")
    return stats


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-misses", action="store_true",
                    help="list the misses (never for the sets never tuned on: NEVER_SHOWN; held-out11 to "
                         "held-out14, held-out16 to held-out18 and held-out20 to held-out36 are "
                         "development data, tuned on after their first look)")
    ap.add_argument("--sets", default="tuning,dev,held-out,held-out2,held-out3,held-out4,held-out5,held-out6,"
                                      "held-out7,held-out8,held-out9,held-out10,held-out11,held-out12,"
                                      "held-out13,held-out14,held-out16,held-out17,held-out18,held-out20,"
                                      "held-out21,held-out22,held-out23,held-out24,held-out25,held-out26,"
                                      "held-out27,held-out28,held-out29,held-out30,held-out31,held-out32,"
                                      "held-out33,held-out34,held-out35,held-out36,glossary-held-out",
                    help="which sets, comma-separated; only these files are read")
    ap.add_argument("--no-shape", action="store_true",
                    help="put the shape thresholds CHINESE_SHAPED, STRONGLY_CHINESE and VIETNAMESE_SHAPED "
                         "(pipeline/names/shape.py) out of reach, to compare; VIETNAMESE_LEANING, "
                         "OFFICE_HELD_OFF and CANDIDATES_KEPT still apply")
    args = ap.parse_args()
    if args.no_shape:
        from pipeline.names import shape

        shape.CHINESE_SHAPED = shape.STRONGLY_CHINESE = float("inf")
        shape.VIETNAMESE_SHAPED = float("-inf")
    builtin = Glossary.from_files()
    # Only the sets asked for are read: a held-out set being written must stay unread until its first look.
    wanted = args.sets.split(",")
    unknown = [w for w in wanted if w != "tuning" and w not in PATHS]
    if unknown:
        ap.error(f"unknown sets: {', '.join(unknown)}")
    sets = {}
    for name in wanted:
        if name == "tuning":
            sets["tuning (glossary officials, templates)"] = tuning()
        else:
            path = PATHS[name]
            sets[f"{name} (bench/data/names/{path.name})"] = labelled(path)
    for title, items in sets.items():
        if title.startswith("tuning"):
            continue
        in_glossary = [vi for vi, _, origin, _ in items if origin == "chinese" and builtin.lookup(vi) is not None]
        # glossary-held-out measures the glossary; held-out37 and held-out40 were drawn without excluding it: a count
        if title.startswith(("glossary-held-out", "held-out37 ", "held-out40 ")):
            print(f"{title}: {len(in_glossary)} of {sum(o == 'chinese' for _, _, o, _ in items)} Chinese names "
                  f"have a glossary entry")
        elif in_glossary:
            print(f"warning: {title}: Chinese names now in the glossary: {', '.join(in_glossary)}")
    for title, items in sets.items():
        for label, glossary in (("with built-in glossary", builtin), ("inference alone", Glossary())):
            t0 = time.perf_counter()
            print(f"{title}, {label}:")
            s = evaluate(items, glossary, args.show_misses and title.split()[0] not in NEVER_SHOWN)
            ms = 1000 * (time.perf_counter() - t0) / len(items)
            print(f"  Chinese: exact {_pct(s['exact'], s['chinese'])}, right form among candidates "
                  f"{_pct(s['among'], s['chinese'])}, person found {_pct(s['found'], s['chinese'])}; "
                  f"Vietnamese kept {_pct(s['kept'], s['vietnamese'])}, "
                  f"given pinyin {_pct(s['pinyin'], s['vietnamese'])}; {ms:.1f} ms per sentence")


if __name__ == "__main__":
    main()
