"""The archive: a SQLite store of every processed clinic (store.py, with its schema.py,
rows.py and writes.py), the content hashes that decide what to redo (fingerprint.py), trends
across clinics (trends.py, report.py) and where per-clinic work runs (backends.py)."""
