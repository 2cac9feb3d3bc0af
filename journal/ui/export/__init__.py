"""The export dialog: what to export, for whom, and where."""
