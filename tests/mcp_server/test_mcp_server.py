"""`kpi mcp`, driven by the MCP SDK's own client (`ClientSession` over `stdio_client`), as
an assistant drives it: the server runs as a child process on the example catalog, or on a
copy that a test edits while the session is open.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import pytest
from click.testing import CliRunner
from mcp import ClientSession, MCPError, StdioServerParameters, stdio_client

from catalog_factory import TODAY, copy_example_catalog
from kpi_catalog.cli import main
from kpi_catalog.model.diagnostics import BIDI_CONTROLS

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "kpis"
DAY = TODAY.isoformat()
CONFIDENTIAL = "rasio-gaji-terhadap-pasar"
TOOLS = {"find_kpis", "get_kpi", "list_attention", "explain_rule"}


@asynccontextmanager
async def session(catalog: Path, *args: str, language: str = "en"):
    """A client session with `kpi --language LANGUAGE mcp CATALOG --today DAY ARGS`."""
    server = StdioServerParameters(
        command=sys.executable,
        args=["-c", "from kpi_catalog.cli import main; main()", "--language", language, "mcp",
              str(catalog), "--today", DAY, *args],
        # this checkout's kpi_catalog (PYTHONPATH), whatever the venv holds: the SDK passes
        # the server a few variables only by default
        env=dict(os.environ))
    async with stdio_client(server) as (read, write), ClientSession(read, write) as client:
        await client.initialize()
        yield client


async def call(client: ClientSession, tool: str, **arguments) -> dict:
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content
    return result.structured_content


async def error_of(client: ClientSession, tool: str, **arguments) -> str:
    result = await client.call_tool(tool, arguments)
    assert result.is_error, result.structured_content
    return " ".join(part.text for part in result.content)


def run(test) -> None:
    anyio.run(test)


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def kpi_status_json(catalog: Path) -> dict[str, dict]:
    out = CliRunner().invoke(main, ["status", str(catalog), "--format", "json", "--today", DAY])
    assert out.exit_code == 0, out.output
    return {k["id"]: k["status"] for k in json.loads(out.output)["kpis"]}


def test_an_assistant_lists_read_only_tools_and_finds_the_kpi_it_asks_for(tmp_path):
    # the example, with one review date passed by DAY (the example's own are all ahead)
    example = copy_example_catalog(tmp_path) / "kpis"
    chatbot = example / "customer-service" / "chatbot-resolution-rate.yml"
    text = chatbot.read_text(encoding="utf-8")
    passed = re.sub(r"^review_date: .*$", "review_date: 2026-06-30", text, count=1, flags=re.M)
    assert passed != text
    chatbot.write_text(passed, encoding="utf-8")
    before = fingerprint(example)
    expected = kpi_status_json(example)
    exported = CliRunner().invoke(main, ["export", str(example), "--today", DAY])
    counted = json.loads(exported.output)["active_rollup"]  # what the site's roll-ups count

    async def test():
        async with session(example) as client:
            tools = (await client.list_tools()).tools
            assert {t.name for t in tools} == TOOLS
            for tool in tools:
                assert tool.annotations.read_only_hint is True, tool.name
                assert tool.annotations.destructive_hint is False, tool.name
                assert tool.description and tool.input_schema["type"] == "object"
            # single words readers use, not in the KPI's name
            for query, kpi_id in [("stockout", "store-stockout-rate"),
                                  ("opex", "opex-to-net-sales"),
                                  ("gross merchandise value", "online-gmv"),
                                  ("kepuasan pelanggan", "contact-csat"),
                                  ("stok kosong", "store-stockout-rate")]:
                found = await call(client, "find_kpis", query=query)
                assert found["kpis"][0]["id"] == kpi_id, (query, found["kpis"][:3])
            gmv = await call(client, "get_kpi", kpi_id="online-gmv")
            assert gmv["status"] == expected["online-gmv"], "as `kpi status --format json`"
            assert gmv["name"] == "Monthly online GMV" and gmv["actuals"]
            assert gmv["department_name"] and gmv["today"] == DAY
            behind = await call(client, "list_attention")
            assert behind["kpis"] and behind["kpis"][0]["status"] == "behind"
            assert all(k["reasons"] for k in behind["kpis"])
            assert behind["active_rollup"] == counted, "the active KPIs, as the site"
            assert sum(behind["rollup"].values()) > sum(counted.values()), "drafts too"
            review = [k for k in behind["kpis"] if "review_overdue" in k["reasons"]]
            assert [k["id"] for k in review] == ["chatbot-resolution-rate"]
            assert {k["id"] for k in behind["kpis"] if "behind" in k["reasons"]} == {
                kpi_id for kpi_id, status in expected.items() if status["value"] == "behind"}
            rule = await call(client, "explain_rule", code="K109")
            assert rule["name"] == "review-date-not-past" and rule["page"].endswith("/K109/")
            assert [p["where"].split(":")[0] for p in rule["broken_by"]] == [
                "kpis/customer-service/chatbot-resolution-rate.yml"]
            assert (await call(client, "explain_rule", code="e202"))["code"] == "E202"
            templates = (await client.list_resource_templates()).resource_templates
            assert [t.uri_template for t in templates] == ["kpi://kpis/{kpi_id}"]
            whole = await client.read_resource("kpi://catalog")
            assert json.loads(whole.contents[0].text)["active_rollup"] == counted
            one = await client.read_resource("kpi://kpis/online-gmv")
            assert json.loads(one.contents[0].text)["status"] == expected["online-gmv"]

    run(test)
    assert fingerprint(example) == before, "the server changed a file"


def test_a_question_without_an_answer_says_what_to_ask_instead():
    async def test():
        async with session(EXAMPLE) as client:
            said = await error_of(client, "get_kpi", kpi_id="store-stockout")
            assert "No KPI has this id" in said
            assert "store-stockout-rate" in said, "a close id is suggested"
            said = await error_of(client, "find_kpis", query="x", status="late")
            assert "no status `late`" in said and "on_track" in said
            said = await error_of(client, "list_attention", department="nope")
            assert "no department `nope`" in said and "finance" in said
            said = await error_of(client, "find_kpis", query="", department="markting")
            assert "no department `markting`" in said and "marketing" in said
            assert "no rule or error code `K999`" in await error_of(
                client, "explain_rule", code="K999")

    run(test)


def test_a_public_server_never_shows_a_confidential_kpi():
    async def test():
        async with session(EXAMPLE, "--audience", "public") as client:
            everything = await call(client, "find_kpis", limit=200)
            assert CONFIDENTIAL not in {k["id"] for k in everything["kpis"]}
            found = json.dumps(await call(client, "find_kpis", query="gaji median pasar"))
            assert CONFIDENTIAL not in found and "Gaji staf toko" not in found
            said = await error_of(client, "get_kpi", kpi_id=CONFIDENTIAL)
            assert "No KPI has this id" in said and CONFIDENTIAL not in said, "not even echoed"
            with pytest.raises(MCPError) as missing:
                await client.read_resource(f"kpi://kpis/{CONFIDENTIAL}")
            assert CONFIDENTIAL not in str(missing.value)
            catalog = await client.read_resource("kpi://catalog")
            text = catalog.contents[0].text
            assert CONFIDENTIAL not in text and json.loads(text)["audience"] == "public"
            internal = await call(client, "get_kpi", kpi_id="negotiated-savings")
            assert internal["actuals"] == [] and internal["status"]["value"] == "no_data"
        async with session(EXAMPLE, "--audience", "internal") as client:
            found = await call(client, "get_kpi", kpi_id=CONFIDENTIAL)
            assert found["visibility"] == "confidential"

    run(test)


def copy_of_the_example(repo: Path) -> Path:
    """The example catalog in a repository of its own, with the dbt manifest it names."""
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(EXAMPLE, repo / "kpis")
    manifest = Path("examples", "dbt", "target", "semantic_manifest.json")
    (repo / manifest).parent.mkdir(parents=True)
    shutil.copy(REPO / manifest, repo / manifest)
    return repo / "kpis"


def test_the_server_reads_the_catalog_again_when_a_file_changes(tmp_path):
    catalog = copy_of_the_example(tmp_path)
    gmv = catalog / "sales" / "online-gmv.yml"
    text = gmv.read_text(encoding="utf-8")

    async def test():
        async with session(catalog) as client:
            assert (await call(client, "find_kpis", query="marketplace gross"))["count"] >= 1
            gmv.write_text(text.replace("name: Monthly online GMV",
                                        "name: Monthly online GMV\naliases: [omzet daring]"),
                           encoding="utf-8")
            found = await call(client, "find_kpis", query="omzet daring")
            assert found["kpis"][0]["id"] == "online-gmv"
            gmv.write_text(text.replace("direction:", "direction: sideways\nx:"),
                           encoding="utf-8")
            said = await error_of(client, "find_kpis", query="gmv")
            assert "online-gmv.yml" in said and "`kpi validate`" in said
            gmv.write_text(text, encoding="utf-8")
            assert (await call(client, "get_kpi", kpi_id="online-gmv"))["aliases"] == []

    run(test)


def test_an_invalid_catalog_is_refused_before_the_server_starts(tmp_path):
    catalog = copy_of_the_example(tmp_path)
    (catalog / "sales" / "online-gmv.yml").write_text("id: online-gmv\nname: [\n")
    done = subprocess.run(
        [sys.executable, "-c", "from kpi_catalog.cli import main; main()", "mcp", str(catalog)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stderr
    assert "kpis/sales/online-gmv.yml:" in done.stderr and "E101" in done.stderr
    assert done.stdout == "", "stdout belongs to the protocol"
    missing = CliRunner().invoke(main, ["mcp", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no catalog folder" in missing.output


def test_without_the_sdk_the_command_says_how_to_install_it(monkeypatch):
    loaded = [m for m in sys.modules if m == "mcp" or m.startswith(("mcp.", "kpi_catalog.mcp_"))]
    for name in loaded:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "mcp", None)
    out = CliRunner().invoke(main, ["mcp", str(EXAMPLE)])
    assert out.exit_code == 1
    assert "pip install 'kpi-catalog[mcp]'" in out.output


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_no_tool_takes_a_path_or_anything_to_write(tool):
    """The tools' inputs are words, ids, codes and numbers: nothing names a file, a query
    to run or a value to store."""
    from kpi_catalog.mcp_server.queries import CatalogState
    from kpi_catalog.mcp_server.server import build_server

    server = build_server(CatalogState(EXAMPLE, today=TODAY))
    listed = {t.name: t for t in anyio.run(server.list_tools)}
    properties = listed[tool].input_schema.get("properties", {})
    assert set(properties) <= {"query", "department", "status", "limit", "kpi_id", "code"}


def with_bidi_controls(tmp_path: Path) -> Path:
    """A copy of the example whose online-gmv KPI's name, and the catalog's name, hold
    bidirectional controls (`gpj.exe` shows as `exe.jpg`)."""
    catalog = copy_of_the_example(tmp_path)
    for path, old, new in (
            (catalog / "sales" / "online-gmv.yml", "name: Monthly online GMV\n", NAME),
            (catalog / "catalog.yml", "name: Nusantara Retail KPI catalog\n", CATALOG_NAME)):
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, f"name: {json.dumps(new)}\n", 1), encoding="utf-8")
    return catalog


NAME = "Monthly online GMV \u202egpj.exe\u202c"
CATALOG_NAME = "Nusantara \u2067Retail\u2069 KPI catalog"


def test_an_answer_holds_a_names_text_without_its_bidi_controls(tmp_path):
    """The data of an answer (structuredContent, which the SDK writes raw) holds a KPI's
    name as the site shows it, without its bidirectional controls; the text an assistant
    reads is that data as JSON, and both read back the same."""
    catalog = with_bidi_controls(tmp_path)

    async def test():
        async with session(catalog) as client:
            for tool, arguments in (("get_kpi", {"kpi_id": "online-gmv"}),
                                    ("find_kpis", {"query": "online GMV"})):
                result = await client.call_tool(tool, arguments)
                assert not result.is_error, result.content
                text = " ".join(part.text for part in result.content)
                assert json.loads(text) == result.structured_content
                data = json.dumps(result.structured_content, ensure_ascii=False)
                assert "Monthly online GMV gpj.exe" in data, tool
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            assert tools["get_kpi"].output_schema["type"] == "object"

    run(test)


def test_what_the_server_writes_holds_no_raw_bidi_control(tmp_path):
    """Every message the server writes, as bytes on its stdout: the SDK wrote the answers'
    data (structuredContent) and the instructions (the catalog's name) with U+202E raw,
    which reorders what a person reading the exchange (a client's log) sees."""
    catalog = with_bidi_controls(tmp_path)
    requests = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {},
            "clientInfo": {"name": "test", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        *({"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": {
            "name": tool, "arguments": arguments}} for n, (tool, arguments) in enumerate((
                ("get_kpi", {"kpi_id": "online-gmv"}), ("find_kpis", {"query": "GMV"}),
                ("list_attention", {}), ("explain_rule", {"code": "K101"})), start=2))]
    server = subprocess.Popen(
        [sys.executable, "-c", "from kpi_catalog.cli import main; main()", "mcp",
         str(catalog), "--today", DAY], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, env=dict(os.environ))
    written = []
    try:
        for request in requests:
            server.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            server.stdin.flush()
            if "id" in request:
                written.append(server.stdout.readline())
    finally:
        server.stdin.close()
        server.wait(timeout=60)
    answers = [json.loads(line) for line in written]
    assert [answer["id"] for answer in answers] == [1, 2, 3, 4, 5]
    assert "Nusantara Retail KPI catalog" in answers[0]["result"]["instructions"]
    assert "Monthly online GMV gpj.exe" in written[1].decode("utf-8")
    for line in written:
        assert not set(line.decode("utf-8")) & set(BIDI_CONTROLS), line[:200]


SDK_WORDS = ("validation error", "pydantic", "Error executing tool", "Traceback", "Arguments")


def test_wrong_arguments_are_answered_in_plain_words_in_the_language_asked():
    """A type the tool does not take, a number out of range, an argument missing, one no
    tool takes, a tool that does not exist: the answer names the argument and what it
    takes, without pydantic's report (its model's name, a link to its pages)."""
    english = [("find_kpis", {"limit": 0}, "`limit`", "from 1 to 200"),
               ("find_kpis", {"query": 123}, "`query`", "text"),
               ("list_attention", {"limit": -1}, "`limit`", "from 1 to 200"),
               ("get_kpi", {"kpi_id": None}, "`kpi_id`", "it was null"),
               ("get_kpi", {}, "needs the argument `kpi_id`", "id"),
               ("get_kpi", {"kpi_id": "online-gmv", "path": "../catalog.yml"},
                "no argument `path`", "it takes: kpi_id"),
               ("explain_rule", {"code": ["K101"]}, "`code`", "K101"),
               ("delete_kpi", {}, "no tool `delete_kpi`", "find_kpis")]
    indonesian = [("find_kpis", {"limit": 10**12}, "`limit`", "1 sampai 200"),
                  ("get_kpi", {}, "`kpi_id`", "id"),
                  ("get_kpi", {"kpi_id": "x", "extra": 1}, "`extra`", "kpi_id"),
                  ("get_kpi", {"kpi_id": "zzz-qqq"}, "Tidak ada KPI", "find_kpis")]

    async def test():
        for language, cases in (("en", english), ("id", indonesian)):
            async with session(EXAMPLE, language=language) as client:
                for tool, arguments, *expected in cases:
                    said = await error_of(client, tool, **arguments)
                    assert all(part in said for part in expected), (tool, said)
                    assert not any(word in said for word in SDK_WORDS), (tool, said)
        async with session(EXAMPLE, language="id") as client:  # the rule in its language
            rule = await call(client, "explain_rule", code="K101")
            assert rule["page"].endswith("/id/rules/K101/"), rule["page"]
            assert rule["asks"] == "Pernyataannya satu kalimat.", rule["asks"]

    run(test)


def test_a_long_or_hostile_value_is_quoted_short_and_without_bidi_controls():
    """What a client sent comes back cut short (an answer stays small whatever it sent),
    without bidirectional controls; an id that only looks like one is told the real one."""
    huge = "x" * 200_000

    async def test():
        async with session(EXAMPLE) as client:
            for tool, arguments in (("get_kpi", {"kpi_id": huge}),
                                    ("explain_rule", {"code": huge}),
                                    ("find_kpis", {"department": huge}),
                                    ("list_attention", {"department": "\u202e" + huge}),
                                    ("find_kpis", {"status": huge}),
                                    ("find_kpis", {huge: 1})):
                said = await error_of(client, tool, **arguments)
                assert len(said) < 1_000, (tool, said[:200])
                assert not set(said) & set(BIDI_CONTROLS), (tool, said[:200])
            for look_alike in ("Online-GMV", " online-gmv ", "\u202eonline-gmv"):
                said = await error_of(client, "get_kpi", kpi_id=look_alike)
                assert "Did you mean: online-gmv" in said, said
            said = await error_of(client, "get_kpi", kpi_id="../catalog")
            assert "catalog.yml" not in said and "No KPI has this id" in said
            assert (await call(client, "find_kpis", query=huge))["count"] == 0
            for uri in ("kpi://kpis/../catalog", f"kpi://{huge}", "kpi://kpis/%E2%80%AEx"):
                with pytest.raises(MCPError) as missing:
                    await client.read_resource(uri)
                said = str(missing.value)
                assert len(said) < 1_000 and not set(said) & set(BIDI_CONTROLS), said[:200]
                assert "kpi://catalog" in said, said

    run(test)


def test_a_long_list_is_cut_to_its_limit_with_its_count():
    """`list_attention` lists its first `limit` KPIs (50 unless asked) and counts them all;
    `explain_rule` counts the places it lists: no answer grows with the catalog."""
    async def test():
        async with session(EXAMPLE) as client:
            every = await call(client, "list_attention")
            assert every["count"] == len(every["kpis"]) > 1
            one = await call(client, "list_attention", limit=1)
            assert one["count"] == every["count"] and one["kpis"] == every["kpis"][:1]
            rule = await call(client, "explain_rule", code="K109")
            assert rule["broken_by_count"] == len(rule["broken_by"])
            assert rule["silenced_by_count"] == len(rule["silenced_by"])
            code = await call(client, "explain_rule", code="E202")
            assert code["found_count"] == len(code["found"])

    run(test)


def test_a_public_server_names_no_confidential_file_when_the_catalog_breaks(tmp_path):
    """The catalog is edited while a public server runs, and a confidential KPI's file
    breaks: the answer says the catalog has an error, not in which file or what it says,
    nor where the server keeps the catalog (its folder from the repository's root)."""
    catalog = copy_of_the_example(tmp_path)
    secret = catalog / "human-resources" / f"{CONFIDENTIAL}.yml"
    text = secret.read_text(encoding="utf-8")

    async def test():
        async with session(catalog, "--audience", "public") as client, \
                session(catalog, "--audience", "internal") as internal:
            await call(client, "find_kpis", query="gmv")
            secret.write_text(re.sub(r"^direction: .*$", "direction: sideways", text,
                                     flags=re.M), encoding="utf-8")
            said = await error_of(client, "find_kpis", query="gmv")
            assert "The catalog in kpis has 1 error" in said and "`kpi validate`" in said
            assert CONFIDENTIAL not in said and "sideways" not in said, said
            assert str(tmp_path) not in said, "the server's own folders are not the client's"
            assert "It is in a file this audience may not read" in said
            with pytest.raises(MCPError) as broken:
                await client.read_resource("kpi://catalog")
            assert CONFIDENTIAL not in str(broken.value)
            said = await error_of(internal, "find_kpis", query="gmv")
            assert f"{CONFIDENTIAL}.yml" in said, "the internal server says where"

    run(test)
