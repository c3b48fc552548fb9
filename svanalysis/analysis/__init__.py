"""Analysis: what the processed tables say, as tidy tables with bases, intervals and suppression.

- ``support``: support for each question and option (counts, bases, Wilson intervals, primary and
  secondary suppression), the option comparison and patterns of support.
- ``costs``: what each option would cost and bring (FTE, volunteer hours, other costs, monetised
  with the unit-cost table), with bootstrap intervals and sensitivities.
- ``shared``: the tables a report build's segment reports share, made once per build (with the
  grouped versions of the support and cost tables) into a store keyed by the data, code and settings.
- ``quality``: the data-quality account of an ingest (files, rejects, cleaning, coding, review).
- ``themes``: themes in free text, suggested offline, signed off, assigned to every answer,
  counted and quoted (a package of its own: see its docstring).

Every function takes the questionnaire ``spec`` and the ``settings`` as arguments (the shipped
ones by default) and reads no file but what it is given (the theme workflow's steps, in
``themes.workflow``, read and write at the edge, as the command line calls them). Analysis reads processed data only
through ``svanalysis.core.processed`` and never imports ingest.
"""
