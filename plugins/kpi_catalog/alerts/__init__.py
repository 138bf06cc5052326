"""`kpi alerts`: tell owners when a KPI slips.

:mod:`.moments` reads the two moments to compare (a catalog judged on a day),
:mod:`.detect` finds what changed in where the KPIs stand, :mod:`.report` says it in
words (text, Markdown, JSON), :mod:`.issues` keeps one GitHub issue per KPI and topic
(:mod:`.github`: the REST calls), and :mod:`.notify` pushes the alerts to chat and mail.
"""
