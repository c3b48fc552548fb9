"""The ground every stage stands on: the questionnaire spec, settings, paths, safe writing, argument
checks, text helpers, statistics shared by several stages, and the processed-data contract with its
reader.

Nothing here imports a stage (``ingest``, ``analysis``, ``publish``, ``synth``); the import-linter
contracts in ``pyproject.toml`` enforce it. Import the modules directly
(``from svanalysis.core.spec import load_spec``); this package re-exports nothing, so importing it
costs nothing.
"""
