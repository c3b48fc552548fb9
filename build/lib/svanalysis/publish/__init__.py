"""Publishing: tables, charts and reports fit to go out.

- ``tables``: the publication CSVs and the accessible spreadsheet (gptables).
- ``charts``: charts in the Analysis Function style, saved with their data and text alternative.
- ``present``: small helpers the report notebooks call (headings, notes, tables, quotes).
- ``reports``: the report grid, executed with Papermill and rendered to HTML, built atomically.
- ``templates/``: the nbconvert template of the HTML reports.

Publishing imports analysis and the ground, never ingest.
"""
