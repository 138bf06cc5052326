"""The parts a KPI holds many of (actual values, links, its baseline and thresholds) are
slotted, frozen pydantic dataclasses, not models: a loaded catalog holds thousands of actual
values. They must read, compare, dump, copy and document exactly as models did."""

from __future__ import annotations

import dataclasses
import pickle
import sys
from datetime import date

import pytest

from catalog_factory import kpi_data
from kpi_catalog.model.fields import dumped, fields_of, is_shape, replaced
from kpi_catalog.model.kpi import Actual, Baseline, Kpi, Link, Target, Thresholds
from kpi_catalog.model.language import Original
from kpi_catalog.site.field_docs import field_table

ACTUALS = [{"period": "2026-03", "value": 130, "note": "March note."},
           {"period": "2026-W14", "value": 140}]
LINKS = [{"url": "https://example.org/a", "title": "Report A"}]


def loaded() -> Kpi:
    return Kpi.model_validate(kpi_data(actuals=ACTUALS, links=LINKS,
                                       thresholds={"green": 150, "amber": 120}))


@pytest.mark.parametrize("part", [Actual, Baseline, Thresholds, Link])
def test_a_part_is_compact(part):
    assert is_shape(part) and dataclasses.is_dataclass(part)
    kpi = loaded()
    made = {Actual: kpi.actuals[0], Baseline: kpi.baseline, Thresholds: kpi.thresholds,
            Link: kpi.links[0]}[part]
    assert not hasattr(made, "__dict__")  # fields in slots, no fields-set either
    assert sys.getsizeof(made) < 100  # a model instance with its __dict__: about 480 bytes


def test_a_part_is_frozen_and_keeps_its_properties():
    actual = loaded().actuals[1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        actual.value = 1  # type: ignore[misc]
    assert actual.date == date(2026, 4, 5)  # the end of ISO week 14
    assert loaded().actuals == loaded().actuals and hash(actual) == hash(loaded().actuals[1])


def test_a_kpi_dumps_its_parts_as_before():
    kpi = loaded()
    assert kpi.model_dump()["actuals"] == [
        {"period": "2026-03", "value": 130.0, "note": "March note."},
        {"period": "2026-W14", "value": 140.0, "note": ""}]
    assert kpi.model_dump(mode="json")["baseline"] == {"value": kpi.baseline.value,
                                                       "date": kpi.baseline.date.isoformat()}
    assert dumped(kpi.actuals[1], mode="json", exclude_defaults=True) == {
        "period": "2026-W14", "value": 140.0}
    assert dumped(kpi.target, mode="json") == kpi.target.model_dump(mode="json")


def test_a_kpi_with_parts_survives_pickling():
    kpi = loaded()
    marked = kpi.model_copy(update={"actuals": [replaced(kpi.actuals[0],
                                                         note=Original("March note.", "en"))]})
    back = pickle.loads(pickle.dumps(marked))
    assert back == marked and isinstance(back.actuals[0].note, Original)


def test_replaced_changes_a_part_without_validating_it_again():
    actual = loaded().actuals[0]
    note = Original("March note.", "en")
    copy = replaced(actual, note=note)
    assert copy.note is note and actual.note == "March note." and copy.value == actual.value
    with pytest.raises(AttributeError):
        replaced(actual, comment="x")  # no field of that name


def test_fields_of_a_part_are_what_its_model_had():
    fields = fields_of(Actual)
    assert list(fields) == ["period", "value", "note"]
    assert [f.is_required() for f in fields.values()] == [True, True, False]
    assert fields["note"].get_default() == ""
    assert fields["value"].description == "The measured value."
    assert fields_of(Target) is Target.model_fields
    assert "| `value` | number (within ±10^15) | **required** | The measured value. |" in (
        field_table(Actual))
    assert "| `links` | list of Link | `[]` |" in field_table(Kpi)
