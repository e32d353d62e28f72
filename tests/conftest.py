"""Shared fixtures: the headless Chromium session is started once for the whole run."""
from conftest_browser import chromium, open_page  # noqa: F401  (fixtures registered for every module)
