"""A public build of a catalog whose history touched confidential KPIs holds nothing of them
in any file: their ids (now, and before a rename), names and texts, and the subjects of the
commits that changed them. And the rule that drops a change of history naming a hidden KPI
(:class:`~kpi_catalog.model.named_ids.NamedIds`, one pass over each change for all of them)
answers as asking each hidden id in turn did."""

from __future__ import annotations

import random
from datetime import date

from changes_helpers import kpi

from kpi_catalog.model.named_ids import NamedIds
from kpi_catalog.reading.loader import load_catalog
from kpi_catalog.site import SiteOptions
from kpi_catalog.site.render import render_site

SECRETS = {
    "salary-ratio": {"name": "Top salary to median salary", "statement":
                     "Keep the top salary below 20 medians by 31 December 2026."},
    "pay-gap": {"name": "Gender pay gap", "statement":
                "Close the gender pay gap from 9% to 4% by 31 December 2026."},
    "bonus-pool": {"name": "Executive bonus pool", "statement":
                   "Cut the executive bonus pool from 800 to 600 by 31 December 2026."},
}


def _secret(kpi_id: str, **fields) -> dict:
    return kpi(kpi_id, "sales", visibility="confidential", **{**SECRETS[kpi_id], **fields})


def test_a_public_build_holds_nothing_of_the_hidden_kpis_its_history_touched(repo, tmp_path):
    repo.write_kpi(kpi("leads", related=["salary-ratio", "deals"]))
    repo.write_kpi(kpi("deals", related=["pay-gap"]))
    for kpi_id in SECRETS:
        repo.write_kpi(_secret(kpi_id))
    repo.commit("Add")
    repo.write_kpi(kpi("leads", related=["deals"], owner="New owner"))
    repo.write_kpi(_secret("salary-ratio", owner="CFO"))
    repo.commit("CEO salary set to IDR 9.9 billion; leads owner changed")
    repo.remove("kpis/sales/pay-gap.yml")  # renamed: its old id only in history
    repo.write_kpi(_secret("pay-gap", id="gender-pay-gap"))
    repo.write_kpi(kpi("deals", related=["gender-pay-gap", "leads"]))
    repo.commit("Pay gap renamed")
    repo.write_kpi(kpi("deals", related=["leads"], owner="Sales Lead"))
    repo.write_kpi(_secret("bonus-pool", owner="Board"))
    repo.commit("Bonus pool of 2026 agreed")
    catalog = load_catalog(repo.repo / "kpis").catalog
    folder = tmp_path / "public"
    render_site(catalog, folder, today=date(2026, 11, 25), options=SiteOptions(
        site_url="https://kpi.example.org/", history=True, audience="public"))
    leads = (folder / "kpis" / "leads" / "index.md").read_text(encoding="utf-8")
    assert "kpi-history" in leads and "New owner" in leads  # history is there
    words = ["CEO salary", "9.9 billion", "Bonus pool of 2026", "gender-pay-gap", "Pay gap"]
    for kpi_id, texts in SECRETS.items():
        words += [kpi_id, texts["name"], texts["statement"]]
    files = [path for path in folder.rglob("*") if path.is_file()]
    assert len(files) > 20
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace")
        found = [word for word in words if word in text]
        assert not found, (path, found)


def test_a_change_is_named_as_asking_each_hidden_id_finds_it():
    hidden = ["gmv", "salary-ratio", "a", "x-1", "kpi-00036", "pay gap", "Ünï", ""]
    texts = ['[["online-gmv"], []]', '["salary-ratios", null]', '["Salary-Ratio"]',
             '[["deals", "leads"], ["deals"]]', "https://bi.example.org/kpi-000361",
             '["x-1x", 3]', "the pay gap", "Ünïcode", '["\\u00fc"]', "", "-salary-ratio-"]
    for ids in ([], hidden[:-1], hidden, ["gmv", "kpi-00036"], ["salary-ratio"], ["pay gap"]):
        named = NamedIds(ids)
        assert bool(named) == bool(ids)
        for text in texts:
            assert named.named_in(text) == any(i in text for i in ids), (ids, text)


def test_many_ids_against_many_texts_as_asking_each_one():
    rng = random.Random(20261207)
    alphabet = "ab-1 ,\"[]Aé"
    for _round in range(200):
        ids = ["".join(rng.choice(alphabet) for _i in range(rng.randint(1, 5)))
               for _n in range(rng.randint(0, 6))]
        named = NamedIds(ids)
        for _text in range(20):
            text = "".join(rng.choice(alphabet) for _i in range(rng.randint(0, 30)))
            assert named.named_in(text) == any(i in text for i in ids), (ids, text)
