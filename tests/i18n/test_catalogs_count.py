"""`python -m kpi_catalog.i18n.catalogs` counts one message left to translate in the
singular ("1 message to translate", not "1 messages")."""

from __future__ import annotations

import pytest

from kpi_catalog.i18n import catalogs


@pytest.mark.parametrize(("left", "said"), [(1, "1 message to translate or check:"),
                                            (2, "2 messages to translate or check:")])
def test_messages_left_are_counted(monkeypatch, capsys, left, said):
    monkeypatch.setattr(catalogs, "refresh", lambda: [])
    monkeypatch.setattr(catalogs, "problems", lambda: ["kpi_catalog.po: no translation"] * left)
    assert catalogs.main([]) == 0
    assert said in capsys.readouterr().out
