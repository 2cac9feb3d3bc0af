"""The journal page: the list of entries, the entry shown, the editor beside them."""
