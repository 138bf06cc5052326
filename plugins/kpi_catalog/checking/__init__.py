"""Checking a loaded catalog: references between files (:mod:`.references`,
:mod:`.kpi_links`), the KPI-writing rules (:mod:`.rules`, reading statements with
:mod:`.text`), and :func:`.check.check_catalog`, the one entry point `kpi validate` and the
site share; :mod:`.reporting` prints what a check found."""
