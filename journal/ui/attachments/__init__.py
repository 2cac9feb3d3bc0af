"""Attached files: the list under an entry, and the picture and sound viewers."""
