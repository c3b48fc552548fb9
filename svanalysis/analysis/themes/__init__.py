"""Themes in what respondents wrote: suggested offline, signed off by an analyst, assigned, counted, quoted.

The workflow, one free-text field at a time, each step a pure function:

- ``suggest``: candidate themes drafted from the answers (``suggest``, ``draft_frame``), campaign
  texts counted once;
- ``frame``: the code frame an analyst signs off (YAML; ``load_frame`` validates it, naming the line);
- ``assign``: every answer gets zero or more of the frame's themes, with confidence, evidence and
  method (``model``, ``rule``, ``manual``); a person's codes win and teach (``assign_themes`` does
  every framed field of the processed responses at once);
- ``review``: which answers a person should code next (a stratified sample and the least
  confident), laid out as a coding sheet;
- ``agreement``: automatic against human codes, precision, recall and F1 with 95% intervals;
- ``counts``: how many raised each theme, by stance, sector, region, respondent type and channel,
  with the support tables' bases and suppression; quotes; ``answers``, the texts behind any count;
- ``llm``: an optional assigner and namer backed by a large language model the user configures
  (off by default).

Private helpers: ``_text`` (normalising, empty answers, clauses and dismissals), ``_embed``
(WordLlama vectors from its wheel, loaded once per process, never from the network), ``_score``
(the similarity signals the assigner and the teacher share).

Nothing here reads a file but ``load_frame`` and ``load_codes`` (the frame and the codes a person
wrote); settings arrive as an argument.
"""
