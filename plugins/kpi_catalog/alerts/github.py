"""A small client of GitHub's REST API: the few calls the alerts need, and nothing else.

The repository, token and API address come from the environment GitHub Actions sets
(``GITHUB_REPOSITORY``, ``GITHUB_TOKEN``, ``GITHUB_API_URL``), never from a catalog file;
the API address can point anywhere (GitHub Enterprise, or a fake in the tests). Standard
library only: five endpoints do not justify a dependency.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kpi_catalog import json_text
from kpi_catalog.i18n.messages import _

DEFAULT_API = "https://api.github.com"
TIMEOUT = 30  # seconds per call
_NEXT = re.compile(r'<([^>]+)>;\s*rel="next"')


class GitHubError(Exception):
    """A call failed; the message says which call and what GitHub answered."""

    def __init__(self, message: str, status: int = 0, rate_limited: bool = False):
        super().__init__(message)
        self.status = status
        self.rate_limited = rate_limited
        """GitHub refused the call for its rate limit: later calls would be refused too."""


@dataclass
class GitHub:
    repository: str
    """``owner/name``."""
    token: str
    api_url: str = DEFAULT_API

    @classmethod
    def from_environment(cls, environ=os.environ) -> GitHub | None:
        """The repository of this workflow run, or None outside GitHub Actions."""
        repository, token = environ.get("GITHUB_REPOSITORY"), environ.get("GITHUB_TOKEN")
        if not repository or not token:
            return None
        return cls(repository, token, environ.get("GITHUB_API_URL") or DEFAULT_API)

    def call(self, method: str, path: str, body: dict | None = None,
             params: dict | None = None) -> Any:
        """One call; ``path`` is relative to the repository (``issues/3``) or absolute
        (``/repos/...``, or a whole URL from a `Link` header)."""
        return self._send(method, self._url(path, params), body)[0]

    def pages(self, path: str, params: dict | None = None) -> Iterator[Any]:
        """Every item of a listing, page after page (``Link: rel="next"``)."""
        url: str | None = self._url(path, {"per_page": 100, **(params or {})})
        while url:
            items, headers = self._send("GET", url, None)
            yield from items
            found = _NEXT.search(headers.get("Link", ""))
            url = found.group(1) if found else None

    def _url(self, path: str, params: dict | None) -> str:
        if path.startswith(("http://", "https://")):
            url = path
        elif path.startswith("/"):
            url = self.api_url.rstrip("/") + path
        else:
            url = f"{self.api_url.rstrip('/')}/repos/{self.repository}/{path}"
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        return url

    def _send(self, method: str, url: str, body: dict | None) -> tuple[Any, dict]:
        data = None if body is None else json_text.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method, headers={
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {self.token}",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "kpi-catalog",
            **({"Content-Type": "application/json"} if data is not None else {}),
        })
        what = f"{method} {urllib.parse.urlsplit(url).path}"
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                raw = response.read()
                return (json.loads(raw) if raw else None), dict(response.headers)
        except urllib.error.HTTPError as error:
            limited = _rate_limited(error)
            raise GitHubError(f"{what}: {error.code} {_reason(error, limited)}", error.code,
                              limited) from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise GitHubError(_("{call}: the API could not be reached ({reason})", call=what,
                                reason=reason)) from None


def _rate_limited(error: urllib.error.HTTPError) -> bool:
    """GitHub's primary or secondary rate limit, as its documentation tells them: 429, or
    403 with `Retry-After` or no requests remaining (any other 403 is a permission)."""
    if error.code == 429:
        return True
    headers = error.headers
    return error.code == 403 and headers is not None and bool(
        headers.get("Retry-After") or headers.get("X-RateLimit-Remaining") == "0")


def _reason(error: urllib.error.HTTPError, rate_limited: bool = False) -> str:
    try:
        message = json.loads(error.read() or b"{}").get("message", "")
    except (ValueError, AttributeError):
        message = ""
    hint = ""
    if error.code in (401, 403) and not rate_limited:
        hint = " " + _("(the token may lack the permission: the job needs `permissions: "
                       "issues: write`)")
    return (message or error.reason or _("failed")) + hint
