"""K125: an e-mail address one slip of the keys from the catalog's usual domain."""

from __future__ import annotations

from collections import Counter

import pytest
from rules_helpers import DEPARTMENTS, kpi_data

import catalog_factory as factory
from kpi_catalog.checking.addresses import domains, likely_meant, one_edit_apart
from kpi_catalog.checking.check import check_catalog
from kpi_catalog.i18n.messages import speaking

HOME = "nusantara-retail.co.id"


def _owned(kpi_id: str, owner: str | None = None, **changes) -> dict:
    return kpi_data(id=kpi_id, name=f"Name of {kpi_id}", owner=owner,
                    measurement={"metric": f"Metric of {kpi_id}", "data_source": "CRM"},
                    **changes)


def _k125(result) -> list:
    return [d for d in result.diagnostics if d.code == "K125"]


def _usual(*ids: str) -> list[dict]:
    return [_owned(kpi_id, f"Owner <{kpi_id}@{HOME}>") for kpi_id in ids]


@pytest.mark.parametrize("typo", ["nusantara-retal.co.id", "nusantara-retaill.co.id",
                                  "nusantara-retial.co.id", "nusantara-retaul.co.id",
                                  "Nusantara-Retal.CO.ID"],
                         ids=["left-out", "added", "swapped", "changed", "capitals"])
def test_k125_a_domain_one_slip_from_the_usual_one_is_reported_at_its_field(
        check, tmp_path, typo):
    """new22's trial: `@nusantara-retal.co.id` passed; alerts to it reach no one."""
    found = _k125(check([*_usual("a-one", "b-two"),
                         _owned("c-three", f"Rina Wijaya <rina@{typo}>")]))
    assert [(d.path.rsplit("/", 1)[-1], d.field) for d in found] == [
        ("c-three.yml", ("owner",))], found
    [diagnostic] = found
    assert diagnostic.severity.value == "warning"
    assert f"`{HOME}`" in diagnostic.message and typo.casefold() in diagnostic.message
    assert f"Write `{HOME}`" in diagnostic.hint
    lines = (tmp_path / "kpis" / "marketing" / "c-three.yml").read_text().splitlines()
    assert lines[diagnostic.line - 1].lstrip().startswith("owner:"), lines[diagnostic.line - 1]


def test_k125_looks_at_the_steward_the_translations_and_mailto_links(check):
    typo = "rina@nusantara-retial.co.id"
    found = _k125(check([*_usual("a-one", "b-two"), _owned(
        "c-three", "Head of Sales", data_steward=f"Rina <{typo}>",
        translations={"id": {"owner": f"Kepala Penjualan ({typo})"}},
        links=[{"title": "Ask", "url": f"mailto:{typo}?subject=KPI"}])],
        config={"language": "en", "languages": ["en", "id"]}))
    assert sorted(d.field for d in found) == sorted([
        ("data_steward",), ("translations", "id", "owner"), ("links", 0, "url")]), found


def test_k125_leaves_alone_the_usual_domain_other_domains_and_an_even_split(check):
    result = check([
        *_usual("a-one", "b-two"),
        _owned("c-three", "Vendor <ops@acme.example>"),       # far from every other
        _owned("d-four", f"Rina <RINA@{HOME.upper()}>"),      # the same domain in capitals
        _owned("e-five", "Budi <budi@gmail.com>"),            # each written once: no habit
        _owned("f-six", "Sari <sari@gmial.com>"),
    ])
    assert not _k125(result), _k125(result)


def test_k125_counts_the_department_heads_addresses_too(tmp_path):
    """One KPI alone has no habit to differ from; the departments' heads give it one."""
    heads = [dict(d, head=f"{d['name']} <head@{HOME}>") for d in DEPARTMENTS]
    root = factory.write_catalog(tmp_path / "kpis", factory.catalog_files(
        [_owned("a-one", "Rina <rina@nusantara-retal.co.id>")], departments=heads))
    found = _k125(check_catalog(root, today=factory.TODAY, repo_root=root.parent))
    assert [d.field for d in found] == [("owner",)], found


def test_k125_speaks_indonesian(check):
    with speaking("id"):
        [found] = _k125(check([*_usual("a-one", "b-two"),
                               _owned("c-three", "Rina <rina@nusantara-retal.co.id>")]))
    assert "nusantara-retail.co.id" in found.message
    with speaking("en"):
        [english] = _k125(check([*_usual("a-one", "b-two"),
                                 _owned("c-three", "Rina <rina@nusantara-retal.co.id>")]))
    assert found.message != english.message and found.hint != english.hint


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("abc", "abc", False), ("abc", "ab", True), ("abc", "abcd", True), ("abc", "axc", True),
    ("abc", "bac", True), ("abcd", "badc", False), ("abc", "a", False), ("", "a", True),
    ("gmail.com", "gmial.com", True), ("acme.co.id", "acme.co.uk", False),
])
def test_one_edit_apart(one, other, apart):
    assert one_edit_apart(one, other) is apart
    assert one_edit_apart(other, one) is apart


def test_likely_meant_among_many_one_off_domains():
    """A hostile catalog gives each KPI a domain of its own, many one edit from another:
    a domain written once is no habit to follow (and comparing all pairs would not end)."""
    counts = Counter({f"dept{n}.example": 1 for n in range(20_000)})
    counts.update({HOME: 50, "nusantara-retal.co.id": 1})
    assert likely_meant(counts) == {"nusantara-retal.co.id": HOME}


def test_addresses_in_a_long_hostile_owner_are_found():
    """A hostile file's owner may be long: the address after 60,000 letters is still found
    (a pattern tried at every position took minutes here)."""
    text = "a" * 60_000 + " @ " + "b-" * 30_000 + " rina@Retail.example!"
    assert list(domains(text)) == [("rina@Retail.example", "retail.example")]
