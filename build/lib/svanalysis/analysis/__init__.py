"""Analysis: what the processed tables say, as tidy tables with bases, intervals and suppression.

- ``support``: support for each question and option (counts, bases, Wilson intervals, primary and
  secondary suppression), the option comparison and patterns of support.
- ``costs``: what each option would cost and bring (FTE, volunteer hours, other costs, monetised
  with the unit-cost table), with bootstrap intervals and sensitivities.
- ``quality``: the data-quality account of an ingest (files, rejects, cleaning, coding, review).

Every function takes the questionnaire ``spec`` and the ``settings`` as arguments (the shipped
ones by default) and reads no file but what it is given. Analysis reads processed data only
through ``svanalysis.core.processed`` and never imports ingest.
"""
