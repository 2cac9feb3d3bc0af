"""Preferences and the security dialogs: passphrase, recovery code, integrity, settings."""
