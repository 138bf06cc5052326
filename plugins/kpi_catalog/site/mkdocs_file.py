"""What `kpi render` reads of a site's mkdocs.yml: the kpi-catalog plugin's options and the
few settings the pages depend on, so that rendered pages are the pages the plugin makes.

Site engines that read mkdocs.yml (MkDocs, ProperDocs, Zensical) share one file, so the
options are written once. The file is read as data: ``!ENV`` reads the environment as MkDocs
and Zensical do (``site_url: !ENV [SITE_URL, https://...]``, an audience chosen per build),
and YAML tags that would run code (``!!python/name:...``) are read as empty values, which is
harmless for the settings read here. PyYAML's loader has no bounds: the file is held to those
of catalog files first (:func:`~kpi_catalog.reading.yaml_reader.check_limits`).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from mkdocs.config import config_options as c

from kpi_catalog.i18n.messages import _
from kpi_catalog.model.diagnostics import quoted_value
from kpi_catalog.reading.yaml_reader import YamlProblem, check_limits, read_text
from kpi_catalog.site.config import KpiCatalogConfig

PLUGIN = "kpi-catalog"


@dataclass
class MkDocsSettings:
    """The settings of one mkdocs.yml that the generated pages depend on."""

    options: KpiCatalogConfig
    """The plugin's options, validated (the defaults when mkdocs.yml does not list it)."""
    docs_dir: Path
    use_directory_urls: bool
    custom_dir: Path | None
    """The theme's ``custom_dir``: template overrides are in its ``kpi-catalog/`` folder."""
    site_name: str = ""
    site_url: str = ""
    """Where the site is published (absolute links: the Atom feeds, alerts)."""
    repo_url: str | None = None
    edit_uri: str | None = None
    """As MkDocs reads it: without one, its default for ``repo_url``'s host."""
    edit_uri_template: str | None = None
    nav: list | None = None
    """The ``nav`` as written (``None`` without one): `kpi render` writes it as a file."""
    warnings: list[str] = field(default_factory=list)
    """What is wrong with the options but does not stop a build, as MkDocs warns of it (an
    option it does not know: a typo, left unread), located."""


class _DataLoader(yaml.SafeLoader):
    """YAML as data: ``!ENV`` as MkDocs reads it (the first variable that is set, else the
    default), any other tag PyYAML's safe loader does not know is an empty value."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]`` as MkDocs reads it (pyyaml-env-tag):
    the first variable that is set, read as YAML reads a plain value; else the default."""
    if isinstance(node, yaml.SequenceNode):
        names, default = node.value, None
        if len(names) > 1:
            names, default = names[:-1], loader.construct_object(names[-1])
    elif isinstance(node, yaml.ScalarNode):
        names, default = [node], None
    else:
        return None
    for name in names:
        value = os.environ.get(str(loader.construct_scalar(name)))
        if value is not None:
            tag = loader.resolve(yaml.ScalarNode, value, (True, False))
            return loader.construct_object(yaml.ScalarNode(tag, value))
    return default


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A date or time, as PyYAML reads it; one that does not exist (``2026-02-30``) is a
    YAML error with its line, not a bare :class:`ValueError` ("day is out of range")."""
    try:
        return loader.construct_yaml_timestamp(node)  # type: ignore[arg-type]
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date: {exc}", node.start_mark) from None


_DataLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_DataLoader.add_constructor("!ENV", _env)
_DataLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_DataLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _load(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """The file's settings, with those of the file it ``INHERIT``s under them."""
    if path.resolve() in seen:
        raise ValueError(_("{path}: `INHERIT` goes round in a loop: one of the files must "
                           "not inherit from the other.", path=path))
    try:
        text = read_text(path)  # bounded, UTF-8 (or the encoding it is in named)
        check_limits(text)  # PyYAML's loader has no bounds (an alias bomb, deep nesting)
        data = yaml.load(text, Loader=_DataLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: {getattr(exc, 'strerror', None) or exc}") from None
    except YamlProblem as problem:
        raise ValueError(f"{path}:{problem.line}:{problem.column}: {problem.message} "
                         f"{problem.hint}".rstrip()) from None
    except yaml.YAMLError as exc:
        raise ValueError(_("{path}: this is not YAML that can be read ({problem}).",
                           path=path, problem=exc)) from None
    data = data if isinstance(data, dict) else {}
    _check_plugin_options(path, text, data.get("plugins"))
    parent = data.pop("INHERIT", None)
    if isinstance(parent, str):
        return _merged(_load(path.parent / parent, (*seen, path.resolve())), data)
    return data


def _check_plugin_options(path: Path, text: str, plugins: Any) -> None:
    """MkDocs refuses the plugin when its options are not a mapping; so does `kpi render`,
    with the line, rather than render with the defaults (no options at all is the defaults)."""
    if all(name != PLUGIN or options is None or isinstance(options, dict)
           for name, options in _listed(plugins)):
        return
    raise ValueError(_(
        "{path}, line {line}: the kpi-catalog plugin's options must be a mapping of option "
        "names to values: write `kpi-catalog:` with one indented `option: value` line under "
        "it for each option (or `kpi-catalog` alone for the defaults).",
        path=path, line=_plugin_line(text)))


def _plugin_line(text: str) -> int | str:
    """The line of the kpi-catalog plugin's options in ``text`` (``?`` if not found)."""
    options = _plugin_node(yaml.compose(text, Loader=_DataLoader))  # noqa: S506
    return "?" if options is None else options.start_mark.line + 1


def _option_warning(place: str, name: str, warning: str) -> str:
    """A warning of MkDocs about an option, located; for an option the plugin does not
    have, with the option's name closest to it (MkDocs says "Unrecognised configuration
    name" alone, and `kpi render` said nothing: ``kpi_prefx: indicators`` was left unread)."""
    known = [key for key, value in vars(KpiCatalogConfig).items()
             if isinstance(value, c.BaseConfigOption)]
    if name in known:
        return _("{path}: kpi-catalog option `{name}`: {problem}",
                 path=place, name=name, problem=warning)
    close = difflib.get_close_matches(name, known, 1)
    hint = (_("Did you mean `{name}`?", name=close[0]) if close else
            _("The options are {names}.", names=", ".join(known)))
    return _("{path}: the kpi-catalog plugin has no option `{name}`: it is left unread. "
             "{hint}", path=place, name=quoted_value(str(name)), hint=hint)


def _option_places(path: Path | None) -> dict[str, str]:
    """``mkdocs.yml:45:7``: where each option is written in the plugin's options of
    ``path``, to go to it in an editor, read once for all the problems of a build; an
    option not written there (from a file it inherits, or from the command line) is
    placed at the path alone (:func:`_place`)."""
    if path is None:
        return {}
    try:
        root = yaml.compose(read_text(path), Loader=_DataLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, YamlProblem, yaml.YAMLError):
        return {}
    options = _plugin_node(root)
    return {key.value: f"{path}:{key.start_mark.line + 1}:{key.start_mark.column + 1}"
            for key, _value in (options.value if isinstance(options, yaml.MappingNode)
                                else ())}


def _place(places: dict[str, str], path: Path | None, name: str) -> str:
    """Where the option ``name`` is written (:func:`_option_places`), else the file."""
    return places.get(name) or (str(path) if path is not None else "the kpi-catalog options")


def _plugin_node(root: yaml.Node | None) -> yaml.Node | None:
    """The node of the kpi-catalog plugin's options in a composed mkdocs.yml."""
    for key, value in root.value if isinstance(root, yaml.MappingNode) else ():
        if key.value != "plugins":
            continue
        pairs = value.value if isinstance(value, yaml.MappingNode) else [
            pair for item in value.value if isinstance(item, yaml.MappingNode)
            for pair in item.value] if isinstance(value, yaml.SequenceNode) else []
        for name, options in pairs:
            if name.value == PLUGIN:
                return options
    return None


def _merged(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merged(out[key], value) \
            if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _listed(plugins: Any) -> Iterable[tuple[Any, Any]]:
    """Each plugin of a ``plugins`` setting (a list of names and one-key mappings, or a
    mapping) with its options as written (``{}`` for a bare name)."""
    if isinstance(plugins, dict):
        return plugins.items()
    if not isinstance(plugins, list):
        return ()
    return (next(iter(item.items())) if isinstance(item, dict) and len(item) == 1
            else (item, {}) for item in plugins)


def plugin_entry(plugins: Any) -> dict | None:
    """The options given to the kpi-catalog plugin in a ``plugins`` setting; ``None`` if it
    is not listed (no options written: the defaults, ``{}``)."""
    for name, options in _listed(plugins):
        if name == PLUGIN:
            return options if isinstance(options, dict) else {}
    return None


def read_mkdocs_file(path: Path | None, overrides: dict[str, Any] | None = None
                     ) -> MkDocsSettings:
    """The settings of ``path`` (``None``: no mkdocs.yml, the plugin's defaults, relative to
    the current folder), with the plugin options in ``overrides`` instead of the file's
    (paths in them absolute). :class:`ValueError` says what is wrong with the file."""
    data = _load(path) if path is not None else {}
    base = path.parent if path is not None else Path.cwd()
    options = KpiCatalogConfig(config_file_path=str(path or base / "mkdocs.yml"))
    options.load_dict({**(plugin_entry(data.get("plugins")) or {}), **(overrides or {})})
    failed, warnings = options.validate()
    places = _option_places(path) if failed or warnings else {}
    if failed:
        raise ValueError("\n".join(_("{path}: kpi-catalog option `{name}`: {problem}",
                                     path=_place(places, path, key), name=key, problem=error)
                                   for key, error in failed))
    theme_setting = data.get("theme")
    theme = theme_setting if isinstance(theme_setting, dict) else {}
    custom_dir = theme.get("custom_dir")
    return MkDocsSettings(
        options=options,
        docs_dir=base / str(data.get("docs_dir") or "docs"),
        use_directory_urls=data.get("use_directory_urls", True) is not False,
        custom_dir=base / custom_dir if isinstance(custom_dir, str) and custom_dir else None,
        site_name=data["site_name"] if isinstance(data.get("site_name"), str) else "",
        site_url=data["site_url"] if isinstance(data.get("site_url"), str) else "",
        nav=data["nav"] if isinstance(data.get("nav"), list) else None,
        warnings=[_option_warning(_place(places, path, key), key, warning)
                  for key, warning in warnings],
        **_edit_settings(data),
    )


def _edit_settings(data: dict[str, Any]) -> dict[str, str | None]:
    """``repo_url``, ``edit_uri`` and ``edit_uri_template`` as MkDocs makes them (its
    default ``edit_uri`` for GitHub, GitLab and Bitbucket, a ``/`` at its end), so that the
    edit links `kpi render` writes are the ones the plugin gives under MkDocs."""
    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) else None

    repo_url, edit_uri = text("repo_url"), text("edit_uri")
    if repo_url is not None and edit_uri is None:
        host = urlsplit(repo_url).netloc.lower()
        edit_uri = "edit/master/docs/" if host in ("github.com", "gitlab.com") else \
            "src/default/docs/" if host == "bitbucket.org" else ""
    if edit_uri and not edit_uri.endswith("/"):
        edit_uri += "/"
    return {"repo_url": repo_url, "edit_uri": edit_uri,
            "edit_uri_template": text("edit_uri_template")}
