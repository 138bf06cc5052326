"""Department, objective and KPI pages link to each other, and every internal link works.

The crawl reads the pages over HTTP from the test server (fast); a walk in the browser
follows a few of the same links by clicking them.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from kpi_browser import Site, expect

pytestmark = pytest.mark.browser

CATALOG_PAGES = re.compile(r"^/(kpis|departments|objectives|glossary)/([^/]+/)?$")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


@dataclass
class Crawl:
    pages: dict[str, set[str]] = field(default_factory=dict)  # page path -> linked paths
    ids: dict[str, set[str]] = field(default_factory=dict)  # page path -> element ids
    broken: list[str] = field(default_factory=list)


def normal(path: str) -> str:
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def fetch(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            kind = answer.headers.get_content_type()
            body = answer.read().decode("utf-8", "replace") if kind == "text/html" else ""
            return answer.status, kind, body
    except urllib.error.HTTPError as error:
        return error.code, "", ""


@pytest.fixture(scope="module")
def crawl(site: Site) -> Crawl:
    """Every catalog page reachable from the home page and the overview, with its links."""
    result = Crawl()
    status: dict[str, int] = {}
    fragments: list[tuple[str, str, str]] = []  # (from page, to page, fragment)
    queue = deque(["/", "/kpis/"])
    seen = set(queue)
    while queue:
        path = queue.popleft()
        code, kind, body = fetch(site.url + path)
        status[path] = code
        if code != 200 or kind != "text/html":
            continue
        parser = _Links()
        parser.feed(body)
        result.ids[path] = parser.ids
        linked = set()
        for href in parser.hrefs:
            target = urlsplit(urljoin(site.url + path, href))
            if target.scheme not in ("http", "https") or target.netloc != urlsplit(site.url).netloc:
                continue
            to = normal(target.path or "/")
            linked.add(to)
            if target.fragment:
                fragments.append((path, to, target.fragment))
            if to not in seen:
                seen.add(to)
                if to == "/" or CATALOG_PAGES.match(to):
                    queue.append(to)  # crawl it
                else:
                    status[to] = fetch(urlunsplit(("http", target.netloc, to, "", "")))[0]
        result.pages[path] = linked
    for path, code in sorted(status.items()):
        if code != 200:
            linkers = sorted(p for p, links in result.pages.items() if path in links)
            result.broken.append(f"{path} answers {code}; linked from {linkers}")
    for page, to, fragment in fragments:
        if to in result.ids and fragment not in result.ids[to]:
            result.broken.append(f"{page} links to {to}#{fragment}, which has no such anchor")
    return result


def test_every_internal_link_works(crawl):
    assert len(crawl.pages) > 3
    if crawl.broken:
        pytest.fail("broken internal links:\n  " + "\n  ".join(crawl.broken), pytrace=False)


def test_every_kpi_department_and_objective_page_is_reachable(site, crawl):
    for kpi in site.kpis:
        for path in (kpi.path, f"/departments/{kpi.department}/", f"/objectives/{kpi.objective}/"):
            assert path in crawl.pages, f"{path} is not reachable from / or /kpis/"
    assert "/glossary/" in crawl.pages


def test_catalog_pages_link_to_each_other(site, crawl):
    missing = []

    def need(page: str, target: str) -> None:
        if target not in crawl.pages.get(page, set()):
            missing.append(f"{page} does not link to {target}")

    for kpi in site.kpis:
        department, objective = f"/departments/{kpi.department}/", f"/objectives/{kpi.objective}/"
        need("/kpis/", kpi.path)
        need(kpi.path, department)
        need(kpi.path, objective)
        need(department, kpi.path)
        need(objective, kpi.path)
    assert not missing, "\n".join(missing)


def test_walk_the_links_in_the_browser(site, page):
    """Overview -> KPI -> its department -> back to the KPI -> its objective -> the KPI."""
    kpi = site.showcase
    content = page.locator(".md-content")

    def follow(link_path: str, heading: str | None = None) -> None:
        link = content.locator(f"a[href$='{link_path.strip('/').split('/')[-1]}/']")
        candidates = [
            i for i in range(link.count())
            if urlsplit(urljoin(page.url, link.nth(i).get_attribute("href"))).path == link_path
        ]
        assert candidates, f"{urlsplit(page.url).path} has no link to {link_path}"
        link.nth(candidates[0]).click()
        page.wait_for_url(lambda url: urlsplit(url).path == link_path)
        if heading:
            expect(page.locator("h1").first).to_contain_text(heading)

    page.open("/kpis/")
    follow(kpi.path, kpi.text("name"))
    follow(f"/departments/{kpi.department}/")
    follow(kpi.path, kpi.text("name"))
    follow(f"/objectives/{kpi.objective}/")
    follow(kpi.path, kpi.text("name"))
    page.go_back()
    page.wait_for_url(lambda url: urlsplit(url).path == f"/objectives/{kpi.objective}/")
    page.watch.check()
