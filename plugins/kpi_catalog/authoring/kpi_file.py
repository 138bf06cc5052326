"""Writing a new KPI file: from answers to a checked, commented YAML file in its folder.

`kpi new` (see :mod:`kpi_catalog.authoring.questions`) asks the questions; this module turns the
answers into a draft :class:`Kpi`, runs the real SMART rules on its statement, renders the
file with a comment before each section, checks it with the real loader against the
catalog's registries, and writes it: whole or not at all, and never over an existing file.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kpi_catalog import yaml_text
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.checking.rules import RULES, Context, severities
from kpi_catalog.checking.semantic import manifest_in, manifest_path
from kpi_catalog.i18n.messages import _
from kpi_catalog.model.catalog import Catalog
from kpi_catalog.model.diagnostics import Diagnostic, Severity
from kpi_catalog.model.enums import Direction, Frequency
from kpi_catalog.model.fields import SLUG_PATTERN
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.periods import period_containing
from kpi_catalog.reading.file_kinds import CATALOG_FILE_NAMES
from kpi_catalog.reading.plain_errors import plain_errors
from kpi_catalog.reading.yaml_reader import YamlProblem, parse_yaml

STATEMENT_RULES = ("K101", "K102", "K103", "K104", "K112", "K113")
"""The SMART rules checked while the statement is written."""
TARGET_RULES = ("K105", "K106")
"""The rules on the target and its date, checked as soon as the target is known."""

_SLUG = re.compile(SLUG_PATTERN)


def slugify(name: str) -> str:
    """``Cost to win a customer (IDR)`` -> ``cost-to-win-a-customer-idr``, at most 100 long."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 100:
        slug = slug[:100].rsplit("-", 1)[0]
    return slug


def is_slug(text: str) -> bool:
    return bool(_SLUG.match(text)) and len(text) <= 100


# --- answers -> draft KPI -----------------------------------------------------------


def kpi_data(answers: dict[str, Any]) -> dict[str, Any]:
    """The KPI file's fields, in the method's order, from the flat answers."""
    data: dict[str, Any] = {
        "id": answers["id"],
        "name": answers["name"],
        "statement": answers.get("statement") or "",
        "department": answers["department"],
        "objective": answers["objective"],
        "success_part": answers["success_part"],
        "owner": answers.get("owner") or None,
        "lifecycle": answers.get("lifecycle") or "active",
        "measurement": {
            key: answers.get(key) or None
            for key in ("metric", "unit", "data_source", "method",
                        "collection_frequency", "reporting_frequency", "semantic_metric")
        },
        "direction": answers["direction"],
        "baseline": {"value": answers["baseline_value"], "date": answers["baseline_date"]},
        "target": _target(answers),
        "description": answers.get("description") or "",
    }
    data["measurement"] = {k: v for k, v in data["measurement"].items() if v is not None}
    if answers.get("language"):
        data = {"id": data["id"], "language": answers["language"], **data}
    translations = translation_data(answers)
    if translations:
        data["translations"] = translations
    return {k: v for k, v in data.items() if v is not None and v != ""}


TRANSLATED_ANSWERS = ("name", "statement", "metric", "unit", "data_source", "method",
                      "description")
"""The answers of `kpi new` that may also be given in the catalog's other languages, as
``translations.<language>.<answer>``."""
MEASUREMENT_TEXTS = ("metric", "unit", "data_source", "method")


def translation_data(answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The file's `translations` block from the answers ``translations.<language>.<name>``,
    in the shape of the file (measurement texts under `measurement`)."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in answers.items():
        if not key.startswith("translations.") or value in (None, ""):
            continue
        language, name = key.split(".", 2)[1:]
        texts = out.setdefault(language, {})
        if name in MEASUREMENT_TEXTS:
            texts.setdefault("measurement", {})[name] = value
        else:
            texts[name] = value
    order = {name: rank for rank, name in enumerate(("name", "statement", "measurement",
                                                     "description"))}
    return {language: dict(sorted(texts.items(), key=lambda item: order[item[0]]))
            for language, texts in out.items()}


def _target(answers: dict[str, Any]) -> dict[str, Any]:
    if answers["direction"] == Direction.WITHIN_RANGE.value:
        return {"min": answers.get("target_min"), "max": answers.get("target_max"),
                "date": answers["target_date"]}
    return {"value": answers.get("target_value"), "date": answers["target_date"]}


def draft_kpi(data: dict[str, Any]) -> Kpi:
    """A :class:`Kpi` from the fields (a placeholder statement while it is not written yet);
    :class:`ValidationError` in the model's words if an answer does not fit."""
    fields = dict(data)
    fields.setdefault("statement", "(not written yet)")
    fields["baseline"] = {**fields["baseline"], "date": _iso(fields["baseline"]["date"])}
    fields["target"] = {**fields["target"], "date": _iso(fields["target"]["date"])}
    return Kpi.model_validate(fields)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    hint: str
    severity: Severity
    field: tuple = ()

    def text(self) -> str:
        level = "error" if self.severity is Severity.ERROR else "warning"
        return f"{self.code} ({level}) {self.message} {self.hint}".rstrip()


def model_problems(error: ValidationError) -> list[Problem]:
    """The model's complaints about a draft, in the loader's plain words."""
    return [Problem(code, message, hint, Severity.ERROR, tuple(field))
            for field, code, message, hint in plain_errors(error, Kpi)]


def rule_problems(kpi: Kpi, catalog: Catalog, today: date, codes: tuple[str, ...]) -> list[Problem]:
    """Run the catalog's rules ``codes`` (as configured in catalog.yml) on a draft KPI."""
    levels = severities(catalog)[0]
    context = Context(catalog, today)
    found = []
    for code in codes:
        if levels[code] is Severity.OFF:
            continue
        for finding in RULES[code].check(kpi, context):
            found.append(Problem(code, finding.message, finding.hint, levels[code],
                                 tuple(finding.field)))
    return found


# --- the YAML text ------------------------------------------------------------------


def _block(key: str, text: str, indent: str = "") -> str:
    """Multi-line text as a literal block (``|``), or quoted when a block cannot hold it."""
    lines = text.removesuffix("\n").split("\n")
    blockable = (len(lines) > 1 and not text.endswith("\n\n") and lines[0][:1] not in (" ", "")
                 and all(line.isprintable() and line == line.rstrip() for line in lines))
    if not blockable:
        return f"{indent}{key}: {yaml_text.scalar(text)}"
    keep = "" if text.endswith("\n") else "-"
    body = "\n".join(f"{indent}  {line}" if line else "" for line in lines)
    return f"{indent}{key}: |{keep}\n{body}"


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {yaml_text.scalar(v)}" for k, v in mapping.items()
                           if v is not None) + "}"


def _first_period(data: dict[str, Any]) -> str:
    """The period of the baseline's day, as the KPI's reported values write it."""
    start = date.fromisoformat(str(data["baseline"]["date"]))
    return period_containing(start, Frequency(data["measurement"]["reporting_frequency"]))


def render(data: dict[str, Any], today: date) -> str:
    """The KPI file: every section introduced by a comment saying what it is for, in the
    language spoken (:func:`write_kpi` speaks the language the KPI is written in)."""
    m = data["measurement"]
    lines = [
        f"# {_comment(data['name'])}",
        *_comments(_("Written with `kpi new` on {date}. Every field is explained in "
                     "docs/reference/kpi-file.md; `kpi validate` checks the file.",
                     date=today.isoformat())),
        f"id: {yaml_text.scalar(data['id'])}",
        *([f"language: {yaml_text.scalar(data['language'])}  # "
           + _comment(_("the language of its texts"))] if "language" in data else []),
        f"name: {yaml_text.scalar(data['name'])}",
        *_comments(_("The KPI in one plain sentence: from the baseline to the target, by a "
                     "date.")),
        f"statement: {yaml_text.scalar(data['statement'])}",
        "",
        *_comments(_("Where it belongs: the department that owns it, the strategic objective "
                     "it serves and the part of that objective's success it measures "
                     "(departments.yml, objectives.yml).")),
        f"department: {yaml_text.scalar(data['department'])}",
        f"objective: {yaml_text.scalar(data['objective'])}",
        f"success_part: {yaml_text.scalar(data['success_part'])}",
        *_comments(_("Who answers for it, and where it is in its life: draft, active or "
                     "retired.")),
    ]
    if "owner" in data:
        lines.append(f"owner: {yaml_text.scalar(data['owner'])}")
    lines += [
        f"lifecycle: {yaml_text.scalar(data['lifecycle'])}",
        "",
        *_comments(_("How it is measured: what is counted, in which unit, where the value "
                     "comes from, how it is computed, and how often it is collected and "
                     "reported.")),
        "measurement:",
    ]
    for key in ("metric", "unit", "data_source"):
        if key in m:
            lines.append(f"  {key}: {yaml_text.scalar(m[key])}")
    if "method" in m:
        lines.append(_block("method", m["method"], "  "))
    for key in ("collection_frequency", "reporting_frequency"):
        if key in m:
            lines.append(f"  {key}: {yaml_text.scalar(m[key])}")
    if "semantic_metric" in m:
        lines += [*_comments(_("The MetricFlow metric `kpi actuals pull` takes the values "
                               "from."), "  "),
                  f"  semantic_metric: {yaml_text.scalar(m['semantic_metric'])}"]
    lines += [
        "",
        *_comments(_("Which way is better, where the value stood at the start (baseline), and "
                     "the value to reach by the deadline (target; a range `min`/`max` for "
                     "within_range).")),
        f"direction: {yaml_text.scalar(data['direction'])}",
        f"baseline: {_flow(data['baseline'])}",
        f"target: {_flow(data['target'])}",
        "",
        *_comments(_("Values measured so far, oldest first, one a line, e.g.")),
        "#   - " + _comment(_("{{period: {period}, value: 1390, note: Webinar series started.}}",
                               period=_first_period(data))),
        "actuals: []",
    ]
    if data.get("description"):
        lines += ["", *_comments(_("Background for readers: why the KPI matters, what it "
                                   "leaves out.")),
                  _block("description", data["description"])]
    if data.get("translations"):
        lines += ["", *_comments(_("The texts in the catalog's other languages, in the shape "
                                   "of the file (docs/guide/two-languages.md).")),
                  "translations:"]
        for language, texts in data["translations"].items():
            lines.append(f"  {language}:")
            for key, value in texts.items():
                if key == "measurement":
                    lines.append("    measurement:")
                    lines += [_block(k, v, "      ") if k == "method"
                              else f"      {k}: {yaml_text.scalar(v)}" for k, v in value.items()]
                elif key == "description":
                    lines.append(_block(key, value, "    "))
                else:
                    lines.append(f"    {key}: {yaml_text.scalar(value)}")
    return "\n".join(lines) + "\n"


def _comments(text: str, indent: str = "") -> list[str]:
    """A comment of the file's own, wrapped to lines of at most 90 characters."""
    return [f"{indent}# {line}" for line in textwrap.wrap(
        _comment(text), 88 - len(indent), break_long_words=False, break_on_hyphens=False)]


def _comment(text: str) -> str:
    """Text for a comment line: one line, printable characters only."""
    return " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())


# --- a new success part in objectives.yml ---------------------------------------------


def with_success_part(text: str, objective_id: str, part_id: str, description: str) -> str | None:
    """objectives.yml with one more success part under the objective, written as the
    existing parts are; ``None`` when it cannot be added safely (then print the snippet).

    The part is inserted as text after the objective's last part, so every other byte of
    the file (comments, blank lines, quoting) stays as it was; the result is read back and
    must equal the old file plus the new part."""
    positions: dict = {}
    try:
        data = parse_yaml(text, positions=positions)
        index = [o.get("id") for o in data["objectives"]].index(objective_id)
        parts = data["objectives"][index]["success"]
        line_no, column = positions[("objectives", index, "success", len(parts) - 1)]
    except (YamlProblem, KeyError, ValueError, TypeError, AttributeError):
        return None
    lines = text.splitlines(keepends=True)
    first = lines[line_no - 1]
    dash = column - 3  # `- ` before the part's first key
    if dash < 0 or first[dash:column - 1] != "- ":
        return None  # a flow list (`success: [...]`): leave it to the author
    end = line_no  # lines after the part that still belong to it (more indented)
    for number in range(line_no, len(lines)):
        line = lines[number]
        if line.strip() and (len(line) - len(line.lstrip(" ")) <= dash
                             or line.lstrip().startswith("#")):
            break
        if line.strip():
            end = number + 1
    newline = "\r\n" if first.endswith("\r\n") else "\n"
    pad = " " * dash
    added = (f"{pad}- id: {yaml_text.scalar(part_id)}{newline}"
             f"{pad}  description: {yaml_text.scalar(description)}{newline}")
    before = "".join(lines[:end])
    if not before.endswith(("\n", "\r")):
        before += newline
    result = before + added + "".join(lines[end:])
    try:
        expected = parse_yaml(text)
        expected["objectives"][index]["success"].append(
            {"id": part_id, "description": description})
        if parse_yaml(result) != expected:
            return None
    except YamlProblem:
        return None
    return result


def success_part_snippet(objective_id: str, part_id: str, description: str) -> str:
    return (f"  - id: {objective_id}\n    ...\n    success:\n      ...\n"
            f"      - id: {yaml_text.scalar(part_id)}\n"
            f"        description: {yaml_text.scalar(description)}\n")


# --- checking with the real loader ---------------------------------------------------


def check_new_file(catalog: Catalog, rel_in_catalog: str, text: str, today: date,
                   objectives_text: str | None = None) -> list[Diagnostic]:
    """What `kpi validate` would report for the new file, checked before it is written:
    the loader reads it beside copies of the catalog's registries in a scratch folder laid
    out as the repository, so the messages name the real path."""
    try:
        catalog_rel = catalog.root.relative_to(catalog.repo_root)
    except ValueError:
        catalog_rel = Path(catalog.root.name)
    with tempfile.TemporaryDirectory(prefix="kpi-new-") as scratch:
        repo = Path(scratch)
        (repo / ".git").mkdir()
        root = repo / catalog_rel
        root.mkdir(parents=True)
        for name in sorted(CATALOG_FILE_NAMES):
            if (catalog.root / name).is_file():
                shutil.copyfile(catalog.root / name, root / name)
        if objectives_text is not None:
            (root / "objectives.yml").write_text(objectives_text, encoding="utf-8", newline="")
        _copy_manifest(catalog, repo)
        target = root / rel_in_catalog
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
        result = check_catalog(root, today=today, repo_root=repo)
    return result.diagnostics


def _copy_manifest(catalog: Catalog, repo: Path) -> None:
    """The manifest (the metrics a semantic_metric may name) where the scratch repository
    ``repo`` looks for it: without the project's dbt_project.yml there, that is `target/`
    even when the project's `target-path` is another folder."""
    config = catalog.config.semantic_layer
    manifest = manifest_path(catalog)
    if config is None or manifest is None or not manifest.is_file():
        return
    copy = manifest_in(repo, config)
    if copy.resolve().is_relative_to(repo.resolve()):  # not an absolute DBT_TARGET_PATH
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(manifest, copy)
