"""Encrypted backups: making one and restoring the journal from one."""
