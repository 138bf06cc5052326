"""Kinds of the plugin's options that say a wrong value in plain words, in the language
spoken: MkDocs' own say ``Expected type: <class 'bool'> but received: <class 'str'>`` and
``Expected one of: ('en', 'id') but received: ''``, Python's words, in English only."""

from __future__ import annotations

from collections.abc import Sequence

from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from kpi_catalog.i18n.messages import _, or_list
from kpi_catalog.model.diagnostics import quoted_value
from kpi_catalog.reading.plain_errors import written_value


def written(value: object) -> str:
    """``value`` as YAML writes it (``true``, ``null``, ``[1, 2]``), cut and made visible:
    what the reader wrote, not Python's repr; ``""`` for empty text."""
    if isinstance(value, str) and not value.strip():
        return '""'
    return quoted_value(written_value(value))


class Flag(c.Type[bool]):
    """``true`` or ``false``."""

    def __init__(self, default: bool) -> None:
        super().__init__(bool, default=default)

    def run_validation(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ValidationError(_("`{value}` is not true or false: write true or false.",
                                    value=written(value)))
        return value


class Number(c.Type[float]):
    """A number (``true`` is none, though Python counts it as 1)."""

    def __init__(self, default: float) -> None:
        super().__init__((int, float), default=default)

    def run_validation(self, value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(_("`{value}` is not a number: write a number, such as "
                                    "{example}.", value=written(value), example=self.default))
        return value


class OneOf(c.Choice):
    """One of a few words."""

    def __init__(self, choices: Sequence[str], **kwargs: object) -> None:
        super().__init__(tuple(choices), **kwargs)

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.choices:
            raise ValidationError(_("`{value}` is not one of the choices: write one of "
                                    "{choices}.", value=written(value),
                                    choices=or_list(list(self.choices))))
        return value


class Folder(c.Dir):
    """A folder that exists, relative to mkdocs.yml."""

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):  # MkDocs says "Expected type: <class 'str'>"
            raise ValidationError(_("`{value}` is not a folder: write the folder's path, "
                                    "relative to mkdocs.yml (such as {example}).",
                                    value=written(value), example=self.default))
        return super().run_validation(value)


class Titles(c.BaseConfigOption[dict[str, dict[str, str]]]):
    """Titles by language: ``{id: {Guide: Panduan}}``."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, dict[str, str]] = {}

    def run_validation(self, value: object) -> dict[str, dict[str, str]]:
        if value is None:
            return {}
        by_language = value if isinstance(value, dict) else None
        if by_language is None or not all(
                isinstance(language, str) and isinstance(titles, dict)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in titles.items())
                for language, titles in by_language.items()):
            raise ValidationError(_("`{value}` is not titles by language: write each "
                                    "language, then each title and its translation, such as "
                                    "{{id: {{Guide: Panduan}}}}.", value=written(value)))
        return by_language
