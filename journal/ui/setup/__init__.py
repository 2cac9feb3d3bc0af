"""The pages before the journal opens: welcome, create, recovery code, unlock."""
