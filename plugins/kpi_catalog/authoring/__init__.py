"""Writing a new KPI: the questions of `kpi new` (:mod:`.questions`) and the checked,
commented YAML file made from the answers (:mod:`.kpi_file`)."""
