"""The workbench's core: everything that runs without Qt (ingest, nlp, places, dates, store, export)."""
