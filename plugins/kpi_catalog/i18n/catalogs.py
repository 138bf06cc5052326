"""Keep the message catalogs current: ``python -m kpi_catalog.i18n.catalogs`` (``nox -s messages``).

Extracts every marked message of the package with Babel (``_()``, ``ngettext()``, ``N_()``),
the site's labels (each label's key is its message context), the first sentence of each
field's documentation (the hint for a missing field quotes it) and the `kpi` command's help;
merges them into each language's ``.po`` file (a new message comes in untranslated, a
reworded one fuzzy with the old translation as a suggestion, a removed one is dropped);
compiles each ``.po`` into the ``.mo`` that is loaded. ``--check`` writes nothing and says
what is missing or wrong: the test suite runs it.

The ``.po`` files are sorted by message and name files without line numbers, so that two
people adding messages to different modules rarely touch the same lines.
"""

from __future__ import annotations

import argparse
import inspect
import io
import re
import string
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from kpi_catalog.i18n.labels import EN, PLURALS
from kpi_catalog.i18n.messages import DOMAIN, LANGUAGES, LOCALE_DIR
from kpi_catalog.reading.file_kinds import FILE_KINDS
from kpi_catalog.reading.plain_errors import field_summaries

PACKAGE = Path(__file__).resolve().parents[1]
REFRESH_COMMAND = "python -m kpi_catalog.i18n.catalogs"
TRANSLATED = [language for language in LANGUAGES if language != "en"]
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)  # a header that never changes
_NO_LINE = 0  # a location's line: the .po files are written without them (po_bytes)

MessageId = str | tuple[str, ...] | list[str]
"""A message as Babel holds it: its text, or its singular and plural texts."""


def template() -> Catalog:
    """Every message of the package, in English."""
    found = _catalog(None)
    root = PACKAGE.parent
    for filename, _line, message, comments, context in extract_from_dir(
            PACKAGE, keywords=DEFAULT_KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True):
        where = (PACKAGE / filename).relative_to(root).as_posix()
        found.add(message, locations=[(where, _NO_LINE)], auto_comments=comments, context=context,
                  flags=_flags(message))
    labels = (PACKAGE / "i18n" / "labels.py").relative_to(root).as_posix()
    for key, english in EN.items():
        found.add(english, context=key, locations=[(labels, _NO_LINE)], flags=_flags(english))
    for key, forms in PLURALS.items():
        found.add(forms, context=key, locations=[(labels, _NO_LINE)], flags=_flags(forms))
    fields = (PACKAGE / "model").relative_to(root).as_posix()
    for kind in FILE_KINDS.values():  # what the hint for a missing field says of the field
        for summary in field_summaries(kind.model):
            found.add(summary, locations=[(fields, _NO_LINE)])
    cli = (PACKAGE / "cli").relative_to(root).as_posix()
    for text in help_texts():
        found.add(text, locations=[(cli, _NO_LINE)])
    return found


def help_texts() -> list[str]:
    """The `kpi` command's help: each command's text and each option's, as ``--help`` shows
    them (written in the decorators; :mod:`kpi_catalog.cli.app` translates them)."""
    from kpi_catalog.cli import main  # the whole command line: only this tool needs it

    main.all_commands(click.Context(main))  # imports every command's module (registers it)
    texts, todo = [], [main]
    while todo:
        command = todo.pop()
        for thing in (command, *command.params):
            help_text = getattr(thing, "help", None)  # an argument has none
            if help_text:
                texts.append(inspect.cleandoc(help_text))
        todo += getattr(command, "commands", {}).values()
    return texts


def _catalog(language: str | None) -> Catalog:
    catalog = Catalog(locale=language, domain=DOMAIN, project="kpi-catalog", version="",
                      copyright_holder="the kpi-catalog authors", fuzzy=False,
                      creation_date=_FIXED_DATE, revision_date=_FIXED_DATE,
                      last_translator="the kpi-catalog authors",
                      language_team=f"{language} (kpi-catalog)",
                      msgid_bugs_address="https://github.com/nusantara-retail/kpi-catalog/issues")
    catalog.header_comment = (f"# Messages of kpi-catalog in {language}: edit the msgstr lines; "
                              f"`{REFRESH_COMMAND}` adds new messages and compiles.\n#")
    return catalog


def _flags(message: MessageId) -> set[str]:
    return {"python-brace-format"} if any(placeholders(t) for t in _strings(message)) else set()


def placeholders(text: str) -> set[str]:
    """The ``{names}`` of a message (doubled braces are literal)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    """A language's ``.po`` file as it is (an empty catalog when there is none yet)."""
    path = po_path(language)
    if not path.exists():
        return _catalog(language)
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def merged(language: str, extracted: Catalog) -> Catalog:
    """The language's messages brought up to ``extracted``, its header kept stable."""
    catalog = _catalog(language)
    for message in read(language):
        if message.id:
            catalog[message.id] = message
    catalog.update(extracted, update_creation_date=False)
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, ignore_obsolete=True,
             include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def refresh() -> list[Path]:
    """Rewrite each language's ``.po`` and ``.mo`` where they changed; the files written."""
    extracted = template()
    written = []
    for language in TRANSLATED:
        catalog = merged(language, extracted)
        po, mo = po_path(language), po_path(language).with_suffix(".mo")
        po_data, mo_data = po_bytes(catalog), mo_bytes(catalog)
        if not po.exists() or po.read_bytes() != po_data:
            po.parent.mkdir(parents=True, exist_ok=True)
            po.write_bytes(po_data)
            written.append(po)
        if not mo.exists() or _compiled(mo.read_bytes()) != _compiled(mo_data):
            mo.write_bytes(mo_data)
            written.append(mo)
    return written


def problems() -> list[str]:
    """What keeps the catalogs from being current and complete, one line each."""
    extracted = template()
    wanted = {(m.context, _key(m.id)) for m in extracted if m.id}
    found = []
    for language in TRANSLATED:
        path = po_path(language)
        catalog = read(language)
        have = {(m.context, _key(m.id)) for m in catalog if m.id}
        found += [f"{path.name} ({language}): no entry for {_shown(c, k)}"
                  for c, k in sorted(wanted - have, key=str)]
        found += [f"{path.name} ({language}): {_shown(c, k)} is no longer used"
                  for c, k in sorted(have - wanted, key=str)]
        for message in catalog:
            if not message.id:
                continue
            shown = _shown(message.context, _key(message.id))
            if not all(_strings(message.string)):
                found.append(f"{path.name} ({language}): no translation for {shown}")
                continue
            if message.fuzzy:
                found.append(f"{path.name} ({language}): the translation of {shown} is fuzzy "
                             "(its English changed): check it, then remove the `fuzzy` flag")
            found += [f"{path.name} ({language}): {shown}: {problem}"
                      for problem in translation_problems(message)]
        mo = path.with_suffix(".mo")
        if not mo.exists() or _compiled(mo.read_bytes()) != _compiled(mo_bytes(catalog)):
            found.append(f"{mo.name} ({language}) is not compiled from {path.name}")
    return found


def translation_problems(message: Message) -> list[str]:
    """A translation keeps the ``{placeholders}`` of its message and its `code`."""
    ids = _strings(message.id)
    wanted = set().union(*(placeholders(text) for text in ids))
    code = _code_spans(ids[0])
    found = []
    for text in _strings(message.string):
        names = placeholders(text)
        if names != wanted and not (len(ids) > 1 and names <= wanted):
            found.append(f"has the placeholders {sorted(names)} instead of {sorted(wanted)}")
        lost = [span for span in code if span not in text]
        if lost:
            found.append("keep the code as it is written: " + ", ".join(lost))
    return found


_CODE_SPAN = re.compile(r"`[^`]+`")
_PLAIN_WORDS = re.compile(r"^`(?!kpi )[^:{}=_./@*&<>]* [^:{}=_./@*&<>]*`$")


def _code_spans(text: str) -> list[str]:
    """The `code` a translation keeps: field names, YAML, commands; not an example in plain
    words (`Are more shoppers coming back?`), which is translated like the sentence."""
    return [span for span in _CODE_SPAN.findall(text) if not _PLAIN_WORDS.match(span)]


def _strings(value: MessageId | None) -> tuple[str, ...]:
    """The text, or the singular and plural texts; ``("",)`` for no translation at all."""
    if value is None:
        return ("",)
    return (value,) if isinstance(value, str) else tuple(value)


def _key(message_id: MessageId) -> str:
    return _strings(message_id)[0]


def _shown(context: str | None, key: str) -> str:
    return repr(key) + (f" (label {context})" if context else "")


def _compiled(data: bytes) -> dict:
    """What a compiled catalog holds: each translation by message and context."""
    return {(_tuple(m.id), m.context): _tuple(m.string) for m in read_mo(io.BytesIO(data))
            if m.id}


def _tuple(value):
    return tuple(value) if isinstance(value, (list, tuple)) else value


def resolve_conflicts() -> list[Path]:
    """After a merge or rebase stopped on a ``.po`` file: both sides' messages, joined (a
    message translated on one side only keeps that translation; one translated on both keeps
    the side being applied), written back; :func:`refresh` then drops the unused ones and
    compiles."""
    resolved = []
    for language in TRANSLATED:
        path = po_path(language)
        if not path.exists() or b"\n<<<<<<< " not in path.read_bytes():
            continue
        joined = _catalog(language)
        for stage in (2, 3):  # ours, then theirs: the later side wins a tie
            shown = subprocess.run(["git", "show", f":{stage}:./{path.name}"], cwd=path.parent,
                                   capture_output=True, check=True).stdout
            for message in read_po(io.BytesIO(shown), locale=language, domain=DOMAIN):
                have = joined.get(message.id, message.context)
                if message.id and (have is None or not _done(have) or _done(message)):
                    joined[message.id] = message
        path.write_bytes(po_bytes(joined))
        resolved.append(path)
    return resolved


def _done(message: Message) -> bool:
    return all(_strings(message.string)) and not message.fuzzy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REFRESH_COMMAND,
                                     description="Keep the message catalogs current.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; list what is missing or wrong, exit 1 if anything is")
    parser.add_argument("--resolve", action="store_true",
                        help="after a merge or rebase stopped on a .po file: join both sides' "
                        "messages, then refresh (git add the files afterwards)")
    args = parser.parse_args(argv)
    if args.resolve:
        for path in resolve_conflicts():
            print(f"joined both sides of {path}")
    if args.check:
        found = problems()
        print("\n".join(found) or "The message catalogs are current and complete.")
        return 1 if found else 0
    for path in refresh():
        print(f"wrote {path}")
    left = [line for line in problems() if "translation" in line]
    if left:
        messages = "message" if len(left) == 1 else "messages"  # a tool for developers: English
        print(f"{len(left)} {messages} to translate or check: edit the .po files (msgstr), "
              f"then run `{REFRESH_COMMAND}` again.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
