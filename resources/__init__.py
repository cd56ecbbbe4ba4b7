"""Data files shipped with HostGuard (installed as the package ``hostguard.resources``).

Kept at the top level of the repository by design; `pyproject.toml` maps this folder to
``hostguard.resources`` so ``importlib.resources`` finds it installed, editable and frozen.
"""
