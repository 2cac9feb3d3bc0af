"""Qt widgets of Reality Check: thin views over the vault and model services."""
