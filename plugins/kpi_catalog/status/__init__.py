"""Where each KPI stands (:mod:`.compute`), and the `kpi status` report (:mod:`.report`)."""
