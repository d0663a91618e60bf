"""Report stage: notes.csv, themes.csv, summary.md/.html/.json."""
