"""Keeping actual values current: import them, pull them from a database, see what is due.

The KPI files in git stay the one source of truth: values arrive from a CSV or JSON lines
file (:mod:`.sources`) or from each KPI's own SQL query (:mod:`.database`), are checked
against the catalog (:mod:`.checks`), and are written into the YAML files without touching
anything else in them (:mod:`.writer`). :mod:`.due` says which values should exist by now.
"""
