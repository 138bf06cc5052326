"""Load a catalog folder: every file read, every problem reported, nothing silently changed.

Layout of a catalog folder (``kpis/`` by default)::

    catalog.yml          settings shared by `kpi` and the MkDocs plugin (optional)
    departments.yml      the departments
    objectives.yml       the strategic objectives and their success parts
    glossary.yml         terms KPI text may use (optional)
    <department>/<id>.yml  one KPI per file, in the folder of its department

One broken file never hides the others: each file is read on its own. What the files
refer to is checked afterwards, on everything that did load (:mod:`kpi_catalog.checking.references`;
:func:`kpi_catalog.checking.check.check_catalog` runs the whole check).
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kpi_catalog.i18n.messages import LANGUAGES, _
from kpi_catalog.model import codes
from kpi_catalog.model.catalog import Catalog, SourceFile
from kpi_catalog.model.diagnostics import Diagnostic, Severity, sort_diagnostics, visible
from kpi_catalog.model.fields import SLUG_PATTERN
from kpi_catalog.model.kpi import Kpi
from kpi_catalog.model.names import look_alike, spelling_key
from kpi_catalog.model.registries import (
    Department,
    DepartmentsFile,
    GlossaryFile,
    Objective,
    ObjectivesFile,
)
from kpi_catalog.reading.closest import Guesser, named
from kpi_catalog.reading.file_kinds import (
    CATALOG_FILE_NAMES,
    CONFIG,
    FILE_KINDS,
    KPI,
    REGISTRIES,
    YAML_SUFFIXES,
)
from kpi_catalog.reading.memo import LoadMemo
from kpi_catalog.reading.parallel import Parsed, parse_ahead, take
from kpi_catalog.reading.plain_errors import must_be_number, plain_errors
from kpi_catalog.reading.yaml_reader import (
    DEFAULT_LIMITS,
    Limits,
    YamlProblem,
    escapes_in_quotes,
    number_in_brackets,
    parse_yaml,
    read_text,
    read_yaml_file,
)

ProgressCallback = Callable[[int, int], None]

_Entry = TypeVar("_Entry", Department, Objective)  # an entry of a registry with ids


@dataclass
class LoadResult:
    catalog: Catalog
    diagnostics: list[Diagnostic] = field(default_factory=list)
    index_in_file: dict[str, dict[str, int]] = field(default_factory=dict)
    """Where each id first appears in its registry's list: ``{"objectives": {"grow": 0}}``."""
    unreadable_ids: set[str] = field(default_factory=set)
    """The names (without suffix) of KPI files that did not load: a KPI relating to one of
    them is not wrong as well."""

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors


def find_repo_root(start: Path) -> Path:
    """The nearest folder holding ``.git``; paths in messages and exports are relative to it."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start.parent


class _Loader:
    def __init__(self, root: Path, repo_root: Path, limits: Limits, parallel: bool = False,
                 memo: LoadMemo | None = None):
        self.root = root
        self.memo = memo  # the models of the last load, by file and text (`mkdocs serve`)
        self.parallel = parallel
        self.parsed: dict[Path, Parsed] = {}  # what worker processes read ahead (parallel_load)
        self.repo_root = repo_root
        self.repo_prefix = os.path.join(str(repo_root), "")  # with a trailing separator
        self.limits = limits
        self.diagnostics: list[Diagnostic] = []
        self.reported: set[Diagnostic] = set()  # what report() added: each said once
        self.catalog = Catalog(root=root, repo_root=repo_root)
        self.guessers: dict[str, Guesser] = {}  # by field: the ids a name or a slip means
        self.index_in_file: dict[str, dict[str, int]] = {}  # registry -> id -> list index
        self.unreadable_ids: set[str] = set()  # file names of KPI files that did not load
        self.saved_as_text: list[tuple[Path, str]] = []  # `x.yml.txt` and its KPI file name

    # --- reading one file ------------------------------------------------------------

    def rel(self, path: Path) -> str:
        text = str(path)
        if text.startswith(self.repo_prefix):  # the usual case, without pathlib's parsing
            return printable(text[len(self.repo_prefix):].replace(os.sep, "/"))
        try:
            return printable(path.relative_to(self.repo_root).as_posix())
        except ValueError:
            return printable(path.as_posix())

    def report(self, rel: str, line: int, column: int, code: str, message: str,
               hint: str = "") -> None:
        """Add a problem, once: a file of the catalog's own linked out of the repository was
        said to be so twice, by the listing of the catalog's folder and by the reading."""
        diagnostic = Diagnostic(rel, line, column, code, message, hint)
        if diagnostic not in self.reported:
            self.reported.add(diagnostic)
            self.diagnostics.append(diagnostic)

    def inside_repo(self, path: Path) -> bool:
        """Links are followed only within the repository: a pull request must not be able to
        show, say, /etc/passwd in CI messages by linking a KPI file to it."""
        try:
            return path.resolve(strict=True).is_relative_to(self.repo_root)
        except (OSError, RuntimeError):  # a loop, or a link to nothing: read() says so
            return True

    def listed(self, folder: Path) -> list[os.DirEntry[str]]:
        """A folder's entries by name, without the hidden ones (``.git``, ``_drafts``), the
        ones whose names are not UTF-8, and links that lead out of the repository, nowhere
        or round in a loop: each of those is reported, and its content never read."""
        try:
            with os.scandir(folder) as entries:
                found = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            self.report(self.rel(folder), 1, 1, codes.UNREADABLE_FILE,
                        _("This folder could not be read: {strerror}.", strerror=exc.strerror),
                        _("Check that it exists and that you may read it."))
            return []
        return [entry for entry in found if not entry.name.startswith((".", "_"))
                and self.usable_name(entry) and self.usable_link(entry)]

    def usable_name(self, entry: os.DirEntry[str]) -> bool:
        if printable(entry.name) == entry.name:
            return True
        self.report(self.rel(Path(entry.path)), 1, 1, codes.UNREADABLE_FILE,
                    _("This name is not UTF-8 text, so it cannot be shown or linked to."),
                    _("Rename it using plain letters, digits and hyphens."))
        return False

    def usable_link(self, entry: os.DirEntry[str]) -> bool:
        if not entry.is_symlink():
            return True
        try:
            target = Path(entry.path).resolve(strict=True)
        except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
            self.report(self.rel(Path(entry.path)), 1, 1, codes.UNREADABLE_FILE,
                        _("This is a link that leads nowhere or round in a loop."),
                        _("Replace the link with the file or folder itself, or delete it."))
            return False
        if target.is_relative_to(self.repo_root):
            return True
        if target.is_dir():
            message = _("This folder is a link to a folder outside the repository.")
            hint = _("Replace the link with the folder itself.")
        else:
            message = _("This file is a link to a file outside the repository.")
            hint = _("Replace the link with the file itself.")
        self.report(self.rel(Path(entry.path)), 1, 1, codes.UNREADABLE_FILE, message, hint)
        return False

    def read(self, path: Path, model: type[BaseModel], what: str,
             words_as_text: frozenset[tuple[str, ...]] = frozenset(),
             ) -> tuple[Any, SourceFile] | None:
        """Parse and validate one file; ``None`` (with diagnostics) when it is broken."""
        rel = self.rel(path)
        ahead = self.parsed.pop(path, None)  # read ahead by a worker process: not a link
        if ahead is None and os.path.islink(path) and not self.inside_repo(path):
            self.report(rel, 1, 1, codes.UNREADABLE_FILE,
                        _("This file is a link to a file outside the repository."),
                        _("Replace the link with the file itself."))
            return None
        memo_key = (path, model, words_as_text, self.limits)
        try:
            if ahead is not None:
                text, data = take(ahead)
            else:
                text = read_text(path, self.limits)
                remembered = self.memo.get(memo_key, text) if self.memo is not None else None
                if remembered is not None:
                    return remembered[0], SourceFile(path, rel, text, remembered[1])
                data = parse_yaml(text, self.limits, words_as_text=words_as_text)
        except YamlProblem as found:
            for problem in found.all():
                self.report(rel, problem.line, problem.column, problem.code, problem.message,
                            problem.hint)
            return None
        if data is None:
            self.report(rel, 1, 1, codes.NOT_FIELDS,
                        _("The file is empty; it should describe {what}.", what=_(what)),
                        _("Fill it in, or delete the file."))
            return None
        if not isinstance(data, dict):
            self.report(rel, 1, 1, codes.NOT_FIELDS,
                        _("The file should be a set of fields describing {what}, not a list.",
                          what=_(what)) if isinstance(data, list) else
                        _("The file should be a set of fields describing {what}, not a single "
                          "value.", what=_(what)),
                        _("Start each line with `field: value`."))
            return None
        source = SourceFile(path, rel, text, len(data))
        try:
            loaded = model.model_validate(data)
        except ValidationError as exc:
            for field_path, code, message, hint in plain_errors(exc, model):
                if model is KPI.model and code == codes.INVALID_VALUE and field_path in (
                        ("department",), ("objective",)):
                    hint = self.id_for_name(str(field_path[0]), data.get(field_path[0])) or hint
                said = source.diagnostic(field_path, code, message, hint)
                if code == codes.INVALID_VALUE and _holds_control(data, field_path):
                    escaped = escapes_in_quotes(text, said.line, said.column)
                    if escaped is not None:  # `"C:\new\table.xlsx"`: a line break, a tab
                        column, message, hint = escaped  # said at the backslash
                        said = replace(source.diagnostic(field_path, code, message, hint),
                                       column=column)
                if message == must_be_number(field_path) and _holds_number_pair(data,
                                                                                field_path):
                    split = number_in_brackets(text, said.line, said.column,
                                               str(field_path[-1]))
                    if split is not None:  # `value: [24,5]`: 24.5 meant
                        column, message, hint = split
                        said = replace(source.diagnostic(field_path, code, message, hint),
                                       column=column)
                self.diagnostics.append(said)
            return None
        if self.memo is not None:
            self.memo.put(memo_key, text, loaded, len(data))
        return loaded, source

    def id_for_name(self, field: str, written: object) -> str | None:
        """The fix for a department or objective written as the site names it (in any of
        the catalog's languages), or by its initials, where its id belongs: `department:
        Marketing`, `department: HR`."""
        if not isinstance(written, str):
            return None
        if field not in self.guessers:
            entries: Mapping[str, Department | Objective] = (
                self.catalog.departments if field == "department" else self.catalog.objectives)
            self.guessers[field] = Guesser(
                lambda: named(entries.values(), self.catalog.config.language))
        return self.guessers[field].did_you_mean(written, field) or None

    # --- the folder --------------------------------------------------------------------

    def load(self, progress: ProgressCallback | None) -> LoadResult:
        if not self.root.is_dir():
            self.report(self.rel(self.root), 1, 1, codes.MISSING_FILE,
                        _("The catalog folder does not exist."),
                        _("Pass the folder that holds departments.yml and objectives.yml."))
            return LoadResult(self.catalog, self.diagnostics)
        if not self.holds_catalog_files():
            self.report(self.rel(self.root), 1, 1, codes.MISSING_FILE,
                        _("This folder is not a catalog: it holds none of {files}.",
                          files=", ".join(sorted(CATALOG_FILE_NAMES))),
                        _("Pass the folder that holds departments.yml and objectives.yml (in "
                          "the example, `kpis`), or create them in this one."))
            return LoadResult(self.catalog, self.diagnostics)
        self.load_config()
        self.load_registries()
        kpi_files = self.scan()
        loaded = []
        ordered = parse_ahead(kpi_files, self.limits, self.parsed) if self.parallel else kpi_files
        for done, path in enumerate(ordered, 1):
            kpi_and_source = self.load_kpi(path)
            if kpi_and_source:
                loaded.append(kpi_and_source)
            if progress:
                progress(done, len(kpi_files))
        # A file named after its id keeps the id; a misnamed copy is the one reported.
        loaded.sort(key=lambda item: item[0].id != _stem(item[1].path))
        named: dict[str, Path] = {}  # a KPI file by its name's id, as a rename would clash
        for path in kpi_files:
            named.setdefault(_stem(path), path)
        for kpi, source in loaded:
            if kpi.id != _stem(source.path):
                self.misnamed(kpi, source, named)
            else:
                self.register_kpi(kpi, source)
        self.catalog.kpis = dict(sorted(self.catalog.kpis.items()))
        self.report_saved_as_text()
        return LoadResult(self.catalog, sort_diagnostics(self.diagnostics),
                          self.index_in_file, self.unreadable_ids)

    def load_config(self) -> None:
        path = self.root / CONFIG.fixed_name
        if path.exists():
            loaded = self.read(path, CONFIG.model, CONFIG.describes, CONFIG.words_as_text)
            if loaded:
                self.catalog.config, self.catalog.registry_sources["catalog"] = loaded
            else:
                self.catalog.unread.add(CONFIG.kind)

    def load_registries(self) -> None:
        for kind in REGISTRIES:
            path = self.root / kind.fixed_name
            if not path.exists():
                if kind.required:
                    self.report(self.rel(path), 1, 1, codes.MISSING_FILE,
                                _("{file} is missing from the catalog.",
                                  file=kind.file_name),
                                _("Create {rel}; see the docs for its fields.", rel=self.rel(path)))
                continue
            loaded = self.read(path, kind.model, kind.describes)
            if not loaded:
                self.catalog.unread.add(kind.kind)
                continue
            registry, source = loaded
            self.catalog.registry_sources[kind.kind] = source
            if isinstance(registry, DepartmentsFile):
                self.catalog.departments = self.unique(registry.departments, source, "departments")
            elif isinstance(registry, ObjectivesFile):
                self.catalog.objectives = self.unique(registry.objectives, source, "objectives")
            else:
                self.catalog.glossary = registry.glossary
                self.check_glossary(registry, source)

    def unique(self, items: Sequence[_Entry], source: SourceFile, key: str) -> dict[str, _Entry]:
        found: dict[str, _Entry] = {}
        indexes = self.index_in_file.setdefault(key, {})
        for index, item in enumerate(items):
            indexes.setdefault(item.id, index)
            if item.id in found:
                self.diagnostics.append(source.diagnostic(
                    (key, index, "id"), codes.DUPLICATE_ID,
                    _("The id `{id}` is used twice in {key}.", id=item.id, key=key),
                    _("Give each entry its own id.")))
            else:
                found[item.id] = item
        return found

    def check_glossary(self, registry: GlossaryFile, source: SourceFile) -> None:
        seen: dict[str, str] = {}  # the first word written, by its spelling_key
        for index, term in enumerate(registry.glossary):
            for word in (term.term, *term.aliases):  # two that look the same are one
                key = spelling_key(word)
                first = seen.setdefault(key, word)
                if first is not word:
                    self.diagnostics.append(source.diagnostic(
                        ("glossary", index, "term"), codes.DUPLICATE_ID,
                        " ".join((_("The glossary defines `{word}` twice.", word=visible(word)),
                                  look_alike(word, first))).rstrip(),
                        _("Keep one definition.")))

    def holds_catalog_files(self) -> bool:
        """Whether the folder holds a file of the catalog itself (`departments.yml`, or one
        named like it): a folder that holds none is not read, so that a wrong folder (`docs`,
        a repository's root, `/etc` in mkdocs.yml) gets one message, not one for each file
        and folder in it."""
        try:
            with os.scandir(self.root) as entries:  # listed() reports each odd entry: later
                names = [entry.name for entry in entries]
        except OSError:
            return True  # scan() says why the folder cannot be read
        return any(name.lower().endswith(YAML_SUFFIXES) and _fixed_name_meant(name) is not None
                   for name in names)

    def scan(self) -> list[Path]:
        """KPI files, one folder deep; stray files are reported, never skipped in silence."""
        found: list[Path] = []
        for entry in self.listed(self.root):
            if entry.is_dir():
                found.extend(self.scan_department(Path(entry.path)))
            elif entry.name.lower().endswith(YAML_SUFFIXES) \
                    and entry.name not in CATALOG_FILE_NAMES:
                meant = _fixed_name_meant(entry.name)
                if meant is not None:  # `catalog.yaml`, `Glossary.yml`
                    self.catalog.unread.update(kind for kind, known in FILE_KINDS.items()
                                               if known.file_name == meant
                                               and kind not in self.catalog.registry_sources)
                    self.report(self.rel(Path(entry.path)), 1, 1, codes.MISPLACED_FILE,
                                _("This file is not read: the catalog reads {name} by that "
                                  "name only.", name=meant),
                                _("Rename it to {name}.", name=meant))
                    continue
                self.report(self.rel(Path(entry.path)), 1, 1, codes.MISPLACED_FILE,
                            _("This file is not part of the catalog: KPI files belong in the "
                              "folder of their department."),
                            _("Move it to {rel}/<department>/{entry_name}.",
                              rel=self.rel(self.root), entry_name=entry.name))
        return found

    def scan_department(self, folder: Path) -> list[Path]:
        found = []
        for entry in self.listed(folder):
            if entry.is_dir():
                self.report(self.rel(Path(entry.path)), 1, 1, codes.MISPLACED_FILE,
                            _("Folders inside a department folder are not read."),
                            _("Move the KPI files up into the department folder."))
            elif entry.name.lower().endswith(YAML_SUFFIXES):  # `.YML` is a KPI file too
                found.append(Path(entry.path))
            else:  # a README is fine; a misnamed `kpi.yaml.txt` must not vanish unnoticed
                kpi_file = _kpi_file_meant(entry.name)
                if kpi_file is not None:  # said once the KPIs are known
                    self.saved_as_text.append((Path(entry.path), kpi_file))
                    continue
                self.not_read(Path(entry.path))
        return found

    def not_read(self, path: Path) -> None:
        self.diagnostics.append(Diagnostic(
            self.rel(path), 1, 1, codes.NOT_A_KPI_FILE,
            _("This file is not read: only .yml and .yaml files are KPI files."),
            _("Rename it to end in .yml if it describes a KPI."), Severity.INFO))

    def report_saved_as_text(self) -> None:
        """`gross-margin.yml.txt` (Notepad adds .txt unless "All files" is chosen): a note
        when the catalog has that KPI (a copy), a warning when the KPI is missing."""
        for path, kpi_file in self.saved_as_text:
            kpi_id = kpi_file.rsplit(".", 1)[0]
            if kpi_id in self.catalog.kpis or kpi_id in self.unreadable_ids:
                self.not_read(path)
                continue
            self.diagnostics.append(Diagnostic(
                self.rel(path), 1, 1, codes.NOT_A_KPI_FILE,
                _("This file is not read, so its KPI is missing from the catalog: its name goes "
                  "on after {suffix} (Notepad adds .txt unless \"All files\" is chosen when "
                  "saving).", suffix=kpi_file[len(kpi_id):]),
                _("Rename it to {name}.", name=kpi_file), Severity.WARNING))

    def load_kpi(self, path: Path) -> tuple[Kpi, SourceFile] | None:
        """Read one KPI file and check it against its own name and folder."""
        loaded = self.read(path, KPI.model, KPI.describes)
        if not loaded:  # already reported; KPIs that refer to it are not wrong as well
            self.unreadable_ids.add(path.name.rsplit(".", 1)[0])
            return None
        kpi, source = loaded
        folder = path.parent.name
        unknown = ("departments" in self.catalog.registry_sources
                   and kpi.department not in self.catalog.departments)
        if kpi.department != folder and not unknown:  # an unknown one is E307, said once
            hint = _department_fix(kpi.department, folder, self.catalog.departments)
            self.diagnostics.append(source.diagnostic(
                ("department",), codes.WRONG_FOLDER,
                _("The KPI says department `{department}` but lies in the folder `{folder}`.",
                  department=kpi.department, folder=folder), hint))
        return kpi, source

    def misnamed(self, kpi: Kpi, source: SourceFile, named: Mapping[str, Path]) -> None:
        """A KPI whose id is not its file name: rename the file after the id, unless a file
        of that name is there, or another file has the id (a copy: `gross-margin - Copy.yml`,
        `gross-margin (1).yml`, or a new KPI begun from one); then it is said once, as a copy,
        without a rename onto the file it copies."""
        path, file_id = source.path, _stem(source.path)
        taken = self.catalog.kpi_sources.get(kpi.id)
        original = taken.path if taken is not None else named.get(kpi.id)
        own_id = re.fullmatch(SLUG_PATTERN, file_id) is not None
        if original is None:
            self.diagnostics.append(source.diagnostic(
                ("id",), codes.ID_NOT_FILE_NAME,
                _("The id `{id}` does not match the file name `{file}`.",
                  id=kpi.id, file=path.name),
                _("Rename the file to {id}{suffix}, or set `id: {file_id}`.",
                  id=kpi.id, suffix=path.suffix, file_id=file_id)
                if own_id else  # `Gross margin.yml`: no id
                _("Rename the file to {id}{suffix}: a file name is its KPI's id, in "
                  "lowercase letters a-z, digits and hyphens.", id=kpi.id, suffix=path.suffix)))
            self.register_kpi(kpi, source)
            return
        self.diagnostics.append(source.diagnostic(
            ("id",), codes.DUPLICATE_ID,
            _("This file is a copy of {other}: it has the same id, `{id}`, under another "
              "file name.", other=self.rel(original), id=kpi.id),
            _("If it is a KPI of its own, set `id: {file_id}`; if it is a leftover copy, delete "
              "it.", file_id=file_id) if own_id
            else _("Delete it if it is a leftover copy. If it is a KPI of its own, give it its "
                   "own id and name the file after it (`id: new-id` in new-id{suffix}).",
                   suffix=path.suffix)))

    def register_kpi(self, kpi: Kpi, source: SourceFile) -> None:
        if kpi.id in self.catalog.kpis:
            first = self.catalog.kpi_sources[kpi.id]
            other = first.rel
            if first.path.parent == source.path.parent:  # `x.yml` and `x.yaml`, `x.YML`
                self.diagnostics.append(source.diagnostic(
                    ("id",), codes.DUPLICATE_ID,
                    _("The KPI `{id}` is in two files of this folder, {file} and {other}: "
                      "the same name with another ending.", id=kpi.id,
                      file=source.path.name, other=first.path.name),
                    _("Keep one of the two files and delete the other (after moving into it "
                      "what only the other one says).")))
                return
            self.diagnostics.append(source.diagnostic(
                ("id",), codes.DUPLICATE_ID, _("The KPI id `{id}` is also used by {other}.",
                                               id=kpi.id, other=other),
                _("Give each KPI its own id (and file name).")))
            return
        self.catalog.kpis[kpi.id] = kpi
        self.catalog.kpi_sources[kpi.id] = source


def _holds_control(data: Any, path: Sequence[str | int]) -> bool:
    """Whether the value at ``path`` is a text with a control character in it."""
    value = _value_at(data, path)
    return isinstance(value, str) and not value.isprintable()


def _holds_number_pair(data: Any, path: Sequence[str | int]) -> bool:
    """Whether the value at ``path`` is a list of two whole numbers (`[24,5]`)."""
    value = _value_at(data, path)
    return (isinstance(value, list) and len(value) == 2
            and all(type(item) is int for item in value))


def _value_at(data: Any, path: Sequence[str | int]) -> Any:
    """The value at ``path`` of the data read; ``None`` where there is none."""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _stem(path: Path) -> str:
    """A KPI file's name without its suffix: the id it should hold."""
    return path.name.rsplit(".", 1)[0]


def _department_fix(department: str, folder: str, known: Container[str]) -> str:
    """Advice for a KPI outside its department's folder: never to move it to a folder named
    after a department that does not exist."""
    if department in known and folder in known:
        return _("Move the file to the folder {department}/, or set `department: {folder}`.",
                 department=department, folder=folder)
    if department in known:
        return _("Move the file to the folder {department}/.", department=department)
    if folder in known:
        return _("Set `department: {folder}`.", folder=folder)
    return _("Correct `department`, and keep the file in the folder of its department.")


def printable(name: str) -> str:
    """A file name as text that prints and serialises anywhere: bytes that are not UTF-8
    (which Python keeps as lone surrogates) are shown as ``\\xff``."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def load_catalog(
    root: Path | str,
    *,
    repo_root: Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    parallel: bool = False,
    memo: LoadMemo | None = None,
) -> LoadResult:
    """Load the catalog in ``root``; the result holds what loaded and every problem found.

    ``parallel``: read and parse a large catalog's KPI files in worker processes
    (:mod:`kpi_catalog.reading.parallel`); the result is the same. ``memo``: files unchanged
    since the load that used the same memo are not parsed and validated again
    (:mod:`kpi_catalog.reading.memo`); the result is the same.
    """
    root = Path(root).resolve()
    repo_root = (repo_root or find_repo_root(root)).resolve()
    with collector_paused():
        result = _Loader(root, repo_root, limits, parallel, memo).load(progress)
    if memo is not None:
        memo.finish()
    return result


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading creates many long-lived objects and almost no cycles; the cyclic garbage
    collector's passes over the growing catalog find nothing and cost a fifth of the time
    of a large catalog (and an eighth of the rules' time over it). It is paused meanwhile
    (and runs as usual afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def catalog_language(root: Path) -> str:
    """The language of a catalog's messages: `language` in its catalog.yml; English when the
    file is missing or broken, or names a language the tool does not speak (loading the
    catalog reports why). Read before the catalog, so that loading it speaks the language."""
    return named_language(root) or "en"


def named_language(root: Path) -> str | None:
    """The `language` a catalog's catalog.yml names, where the tool speaks it; None where
    the file is missing or broken or names none: the command then goes by the locale."""
    try:
        _text, data = read_yaml_file(root / CONFIG.fixed_name)
    except (YamlProblem, OSError):
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in LANGUAGES else None


_SAVED_AS_TEXT = re.compile(r"(.+\.ya?ml)\.txt", re.IGNORECASE)


def _kpi_file_meant(name: str) -> str | None:
    """The KPI file a name saved as text goes on from (`gross-margin.yml.txt`: Notepad's
    doing); a copy (`.bak`, `.orig`, `~`) is a copy made on purpose."""
    found = _SAVED_AS_TEXT.fullmatch(name)
    return found.group(1) if found else None


def _fixed_name_meant(name: str) -> str | None:
    """The catalog file (`catalog.yml`...) a file of its folder is named like, in another
    case or with .yaml."""
    stem = name.rsplit(".", 1)[0].lower()
    return next((fixed for fixed in sorted(CATALOG_FILE_NAMES)
                 if fixed.rsplit(".", 1)[0] == stem), None)


def unread(catalog: Catalog, kind: str) -> bool:
    """Whether the catalog's file of ``kind`` (``catalog``: catalog.yml, ``glossary``...) is
    there but did not load, or is there by a name not read (`glossary.yaml`): an error says
    why. What it says, such as the languages, the dbt project or the terms, is unknown then,
    so nothing is checked against it: each KPI would otherwise be reported for what the file
    does say."""
    return kind in catalog.unread
