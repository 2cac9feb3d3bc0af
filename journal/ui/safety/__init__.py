"""Safety features: quick exit, locking with the system, clipboard, capture, printing."""
