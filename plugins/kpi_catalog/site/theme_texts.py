"""The site's texts that mkdocs.yml would otherwise hold in one language: the names of the
palette toggles ("Switch to dark mode") and the title of the headings' permanent links.

When mkdocs.yml leaves them out, the plugin writes them in the site's language; a text
mkdocs.yml gives is kept. A build that runs again on the same configuration (the live
preview, a plugin building each language in turn) gets the texts of its own language: a
text is recognised as the plugin's own by being the one it wrote last.
"""

from __future__ import annotations

from typing import Any

from kpi_catalog.i18n.labels import Labels

SYSTEM_MEDIA = "(prefers-color-scheme)"
"""The media query of a palette that follows the system's setting (Material's "automatic")."""


class ThemeTexts:
    """Fills in the theme's texts of each build; remembers what it wrote."""

    def __init__(self) -> None:
        self.written: dict[tuple, str] = {}

    def fill(self, config: Any, t: Labels) -> None:
        """The palette toggles' names and the permalink title of ``config`` in ``t``'s
        language, where mkdocs.yml does not name them."""
        self._palette(config, t)
        self._permalink(config, t)

    def _own(self, place: tuple, value: object) -> bool:
        """Whether the value at ``place`` is missing or is the one this plugin wrote."""
        return value is None or value == self.written.get(place)

    def _write(self, place: tuple, holder: dict, key: str, text: str) -> None:
        holder[key] = text
        self.written[place] = text

    def _palette(self, config: Any, t: Labels) -> None:
        palette = config.theme["palette"] if "palette" in config.theme else None
        options = palette if isinstance(palette, list) else [palette] if palette else []
        for index, option in enumerate(options):
            toggle = option.get("toggle") if isinstance(option, dict) else None
            if not isinstance(toggle, dict) or not self._own(("palette", index),
                                                             toggle.get("name")):
                continue
            after = options[(index + 1) % len(options)]  # the toggle switches to the next one
            self._write(("palette", index), toggle, "name", t[_switch_label(after)])

    def _permalink(self, config: Any, t: Labels) -> None:
        toc = config.mdx_configs.get("toc")
        if not isinstance(toc, dict) or not toc.get("permalink"):
            return
        if self._own(("permalink",), toc.get("permalink_title")):
            self._write(("permalink",), toc, "permalink_title", t["site.permalink"])


def _switch_label(option: object) -> str:
    option = option if isinstance(option, dict) else {}
    if option.get("media") == SYSTEM_MEDIA:
        return "site.to_system"
    scheme = option.get("scheme", "default")
    return {"slate": "site.to_dark", "default": "site.to_light"}.get(scheme, "site.to_palette")
