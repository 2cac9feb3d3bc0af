"""Bundled data: installed as the package `journal._resources` (see setup.py)."""
