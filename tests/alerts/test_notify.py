"""`kpi alerts --notify`: apprise sends the alerts to the targets in KPI_NOTIFY_URLS; a
failing target is reported and the others still get theirs. The targets here are apprise's
own `json://` service posting to a local server, so every byte goes through apprise."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from alerts_helpers import monthly

ON_TRACK = (130, 140, 150, 160, 168, 175, 181, 186)
BEHIND = (*ON_TRACK[:-1], 170)


@pytest.fixture
def inbox():
    """A local web hook: what it receives, by path."""
    received: dict[str, list[dict]] = {}

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            size = int(self.headers.get("Content-Length") or 0)
            received.setdefault(self.path, []).append(json.loads(self.rfile.read(size)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _two_slipping(history):
    history.commit([monthly("leads", *ON_TRACK, start=3),
                    monthly("deals", *ON_TRACK, start=3, department="sales")], "2026-11-10")
    history.commit([monthly("leads", *BEHIND, start=3, owner="Ayu @everyone <!channel>"),
                    monthly("deals", *BEHIND, start=3, department="sales")], "2026-11-11")


def test_every_target_gets_the_alerts_and_a_failing_one_is_reported(history, inbox):
    address, received = inbox
    _two_slipping(history)
    urls = (f"json://{address}/first json://127.0.0.1:{_closed_port()}/down?token=s3cret,"
            f"json://{address}/second")
    result = history.alerts("2026-11-10", "2026-11-11", "--notify",
                            env={"KPI_NOTIFY_URLS": urls})
    assert result.exit_code == 1, "a target failed"
    assert set(received) == {"/first", "/second"}, "the failure stopped no one"
    message = received["/first"][0]
    assert message["title"] == "KPI alerts: 2 changes"
    assert "KPI leads (leads), Marketing: on track → behind" in message["message"]
    assert "Owner: Ayu @\u2060everyone <!channel>." in message["message"], "no ping"
    assert "Notification failed: json://127.0.0.1:" in result.output
    [failed] = [line for line in result.output.splitlines() if "failed: json" in line]
    assert failed.endswith(".") and not failed.endswith(".."), "apprise's reason ends in '.'"
    assert "Notifications: 2 sent, 1 failed." in result.output
    assert "s3cret" not in result.output


def test_a_kpi_no_longer_achieved_is_sent_too(history, inbox):
    address, received = inbox
    history.commit([monthly("leads", *ON_TRACK[:-1], 201, start=3)], "2026-11-10")
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-11")
    result = history.alerts("2026-11-10", "2026-11-11", "--notify",
                            env={"KPI_NOTIFY_URLS": f"json://{address}/hook"})
    assert result.exit_code == 0, result.output
    message = received["/hook"][0]["message"]
    assert "No longer achieved" in message and "achieved → on track" in message


def test_data_skipped_is_sent_as_skipped_not_received(history, inbox):
    address, received = inbox
    waiting = monthly("late", *ON_TRACK[:-1], start=3)  # up to 2026-09: 2026-10 due 11-14
    history.commit([waiting], "2026-11-15")
    history.commit([{**waiting, "actuals": [*waiting["actuals"],
                                            {"period": "2026-11", "value": 190}]}],
                   "2026-12-10")
    result = history.alerts("2026-11-15", "2026-12-10", "--notify",
                            env={"KPI_NOTIFY_URLS": f"json://{address}/hook"})
    assert result.exit_code == 0, result.output
    message = received["/hook"][0]["message"]
    assert "Data skipped\n  - KPI late (late), Marketing: a value for November 2026 arrived, " \
           "but October 2026 was left empty" in message
    assert "Data received" not in message


def test_a_department_target_gets_only_its_department(history, inbox):
    address, received = inbox
    _two_slipping(history)
    urls = f"sales=json://{address}/sales\nmarketing=json://{address}/marketing"
    result = history.alerts("2026-11-10", "2026-11-11", "--notify",
                            env={"KPI_NOTIFY_URLS": urls})
    assert result.exit_code == 0, result.output
    assert "(deals)" in received["/sales"][0]["message"]
    assert "(leads)" not in received["/sales"][0]["message"]
    assert "(leads)" in received["/marketing"][0]["message"]


def test_an_address_apprise_does_not_know_is_reported(history, inbox):
    address, received = inbox
    _two_slipping(history)
    result = history.alerts("2026-11-10", "2026-11-11", "--notify",
                            env={"KPI_NOTIFY_URLS": f"nosuch://x/y json://{address}/ok"})
    assert result.exit_code == 1
    assert "Notification failed: nosuch://…: not a notification address apprise knows." \
        in result.output
    assert "/ok" in received


def test_nothing_is_sent_without_alerts_or_without_targets(history, inbox):
    address, received = inbox
    history.commit([monthly("leads", *ON_TRACK, start=3)], "2026-11-10")
    quiet = history.alerts("2026-11-10", "2026-11-10", "--notify",
                           env={"KPI_NOTIFY_URLS": f"json://{address}/x"})
    assert quiet.exit_code == 0 and received == {}
    unset = history.alerts("2026-11-10", "2026-11-10", "--notify",
                           env={"KPI_NOTIFY_URLS": None})
    assert unset.exit_code == 0 and "KPI_NOTIFY_URLS names no target" in unset.output
