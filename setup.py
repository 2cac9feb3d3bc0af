"""Which packages setuptools builds (all other metadata lives in pyproject.toml).

pyproject.toml alone cannot both discover packages and ship a folder under another package
name, so this file does both: every `journal` package and subpackage is found automatically
(new ones need no edit here), and the top-level `resources/` folder ships inside the wheel as
the package `journal._resources` (its files are listed as package data in pyproject.toml).
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["journal", "journal.*"], exclude=["*.__pycache__"]),
        "journal._resources",
    ],
    package_dir={"journal._resources": "resources"},
)
