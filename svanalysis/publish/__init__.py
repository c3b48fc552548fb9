"""Publishing: tables, charts, reports and the draft Government response, fit to go out.

Every published number passes one gate, ``svanalysis.core.disclosure.publishable``.

- ``tables``: the publication CSVs and the accessible spreadsheet (gptables); exact tables only in
  the processed folder's restricted area.
- ``charts``: charts in the Analysis Function style, 16 cm at 300 dpi, saved with their data and
  text alternative.
- ``compare``: whether one estimate leads the others, by their 95% intervals (titles, sentences).
- ``labels``: the words readers know for what tables call by code; numbers formatted for reading.
- ``findings``: the key sentences reports, the index and the document lead with.
- ``quotes``: respondents' words as they may be published (consented, redacted).
- ``present``: small helpers the report notebooks call (headings, findings, tables, quotes).
- ``reports``: the report grid, executed with Papermill and rendered to HTML, built atomically,
  with an index that leads with the headline findings.
- ``document``: the draft Government response as a Word document.
- ``themes``: the themes raised in free text as they may be published (gated tables, sentences,
  redacted quotes), for the themes reports, the spreadsheet and the document.
- ``templates/``: the nbconvert template of the HTML reports and the index template.

Publishing imports analysis and the ground, never ingest.
"""
