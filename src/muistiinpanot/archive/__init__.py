"""The archive: a SQLite store of every processed clinic (store.py), its lock (lock.py), the
content hashes that decide what to redo (fingerprint.py), trends across clinics (trends.py,
report.py) and where per-clinic work runs (backends.py)."""
