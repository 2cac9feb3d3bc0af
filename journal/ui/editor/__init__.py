"""The entry editor: every field of an entry, behaviours and feelings, attachments."""
