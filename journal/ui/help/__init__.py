"""The help panel: hotlines, guidance, and the user's own contacts and plans."""
