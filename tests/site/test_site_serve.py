"""`mkdocs serve` rebuilds when a catalog file changes, and survives an invalid edit."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
import yaml
from site_helpers import ENV, small_catalog

TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError:
        return 0, ""


def wait_for(what: str, check, log: list[str], timeout: float = TIMEOUT) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for: {what}\n" + "".join(log[-40:]))


@pytest.fixture
def served(project):
    site = project()
    config = site.write_config()
    port = free_port()
    process = subprocess.Popen(
        # --livereload: MkDocs 1.6 under click 8.3 watches nothing without it (mkdocs #4032)
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-f", str(config),
         "-a", f"127.0.0.1:{port}"],
        cwd=site.root, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    log: list[str] = []
    reader = threading.Thread(target=lambda: log.extend(iter(process.stdout.readline, "")),
                              daemon=True)
    reader.start()
    try:
        # serve mounts the site at the path of site_url (/catalog/)
        yield site, f"http://127.0.0.1:{port}/catalog/", log, process
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl+C: serve stops as it does for a user,
        try:  # sending on_shutdown (the plugin removes its temporary folder)
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_follows_edits_additions_deletions_and_survives_errors(served):
    site, url, log, process = served
    wait_for("the first build", lambda: fetch(url + "kpis/new-leads/")[0] == 200, log)
    source = site.catalog / "marketing" / "new-leads.yml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))

    # an edit shows up
    data["name"] = "Renamed leads KPI"
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    wait_for("the renamed KPI",
             lambda: "Renamed leads KPI" in fetch(url + "kpis/new-leads/")[1], log)

    # an invalid edit is reported with its location and the server keeps running (MkDocs
    # holds requests until a rebuild succeeds: "the server will appear stuck")
    broken = dict(data, measurement={k: v for k, v in data["measurement"].items() if k != "unit"})
    source.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    wait_for("the located error", lambda: any(
        "kpis/marketing/new-leads.yml:" in line and " E2" in line for line in log), log)
    time.sleep(1)
    assert process.poll() is None, "the server stopped:\n" + "".join(log)

    # fixing it and adding a KPI rebuilds, and the server answers again
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    added = dict(small_catalog()["sales/deal-cycle.yml"], id="added-kpi", name="Added KPI")
    (site.catalog / "sales" / "added-kpi.yml").write_text(
        yaml.safe_dump(added, sort_keys=False), encoding="utf-8")
    wait_for("the added KPI", lambda: fetch(url + "kpis/added-kpi/")[0] == 200, log)

    # deleting a KPI removes its page
    (site.catalog / "sales" / "csat-range.yml").unlink()
    wait_for("the deleted KPI to disappear",
             lambda: fetch(url + "kpis/csat-range/")[0] == 404, log)
    assert "Traceback" not in "".join(log)


def test_serve_shows_the_located_errors_until_they_are_fixed(served):
    site, url, log, process = served
    (site.root / "docs" / "index.md").write_text(
        "# Home\n\nThere are {{ kpi_count() }} KPIs.\n", encoding="utf-8")
    (site.root / "docs" / "errors").mkdir()
    (site.root / "docs" / "errors" / "E201.md").write_text(
        "# E201: a required field is missing\n\nAdd the field.\n", encoding="utf-8")
    wait_for("the first build", lambda: fetch(url + "kpis/new-leads/")[0] == 200, log)
    source = site.catalog / "marketing" / "new-leads.yml"
    good = source.read_text(encoding="utf-8")
    data = yaml.safe_load(good)
    data["measurement"] = {k: v for k, v in data["measurement"].items() if k != "unit"}
    data["<img src=x onerror=alert(1)>"] = "hostile"  # a field name is shown in the message
    source.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def shows_errors(page: str) -> bool:
        status, html = fetch(url + page)
        return status == 200 and "kpis/marketing/new-leads.yml:" in html

    # the open KPI page and the catalog's other pages list the located errors
    wait_for("the error page", lambda: shows_errors("kpis/new-leads/"), log)
    status, html = fetch(url + "kpis/new-leads/")
    assert "The KPI catalog has errors" in html
    assert '<strong><a href="../../errors/E201/">E201</a></strong>' in html  # this site's page
    assert "<code>unit</code>" in html  # the missing unit
    assert '<strong><a href="https://' in html and ">E202</a></strong>" in html  # published
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html
    assert 'href="https://github.com/example/catalog/edit/main/kpis/marketing/new-leads.yml"' \
        in html
    assert shows_errors("kpis/") and shows_errors("departments/marketing/")
    assert "livereload" in html  # the page reloads by itself after the next rebuild
    # pages written by hand stay readable, with a note that leads to the errors: the page
    # that explains the error among them
    for page in ("", "errors/E201/"):
        status, hand_written = fetch(url + page)
        assert status == 200 and "kpis/marketing/new-leads.yml:" not in hand_written
        assert "The KPI catalog has errors (2)" in hand_written, page
    assert "Add the field." in fetch(url + "errors/E201/")[1]
    assert "There are 5 KPIs" in fetch(url)[1], "macros show the last valid catalog"
    missing_status, missing = 0, ""
    try:
        urllib.request.urlopen(url + "no-such-page/", timeout=5)
    except urllib.error.HTTPError as error:
        missing_status, missing = error.code, error.read().decode("utf-8", "replace")
    assert missing_status == 404 and "kpis/marketing/new-leads.yml:" in missing
    assert not [line for line in log if "not included in the nav" in line], "".join(log)

    # fixed: the catalog comes back
    source.write_text(good, encoding="utf-8")
    wait_for("the KPI page again", lambda: "New leads" in fetch(url + "kpis/new-leads/")[1]
             and not shows_errors("kpis/new-leads/"), log)
    assert "The KPI catalog has errors" not in fetch(url)[1]
    assert process.poll() is None and "Traceback" not in "".join(log)
