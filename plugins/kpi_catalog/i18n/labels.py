"""Labels of the catalog site in English and Bahasa Indonesia, and how to format numbers and dates.

One dict per language, with the same keys; :func:`labels` picks one. The site's language
comes from ``catalog.yml`` (``language: en``) and can be overridden by the MkDocs plugin's
``language`` option. Only the site's own words are translated here: what contributors
write in the catalog is shown as they wrote it.
"""

from __future__ import annotations

from datetime import date

from kpi_catalog.i18n.numbers import format_number
from kpi_catalog.model.enums import Direction, Frequency, Lifecycle, StatusValue

LANGUAGES = ("en", "id")

EN: dict[str, str] = {
    # statuses
    "status.achieved": "Achieved",
    "status.ahead": "Ahead",
    "status.on_track": "On track",
    "status.behind": "Behind",
    "status.no_data": "No data",
    "status.not_started": "Not started",
    "status.data_overdue": "Data overdue",
    # lifecycles
    "lifecycle.draft": "Draft",
    "lifecycle.active": "Active",
    "lifecycle.retired": "Retired",
    # directions
    "direction.higher_is_better": "Higher is better",
    "direction.lower_is_better": "Lower is better",
    "direction.within_range": "Within a range",
    # frequencies
    "frequency.daily": "Daily",
    "frequency.weekly": "Weekly",
    "frequency.monthly": "Monthly",
    "frequency.quarterly": "Quarterly",
    "frequency.half_yearly": "Half-yearly",
    "frequency.yearly": "Yearly",
    # RAG bands
    "rag.green": "Green",
    "rag.amber": "Amber",
    "rag.red": "Red",
    # the default perspectives (DEFAULT_PERSPECTIVES); a catalog's own are shown as written
    "perspective.financial": "Financial",
    "perspective.customer": "Customer",
    "perspective.internal-process": "Internal process",
    "perspective.learning-growth": "Learning and growth",
    # the field tables of the kpi_fields macro
    "fields.field": "field",
    "fields.type": "type",
    "fields.default": "default",
    "fields.meaning": "meaning",
    "fields.required": "required",
    # page titles and sections
    "overview.title": "All KPIs",
    "errors.title": "The KPI catalog has errors",
    "errors.intro": "The catalog pages come back as soon as these files are fixed and saved; "
                    "this page reloads by itself.",
    "errors.count": "Errors: {count}, the same as `kpi validate` reports.",
    "errors.edit": "Edit",
    "departments.title": "Departments",
    "objectives.title": "Strategic objectives",
    "glossary.title": "Glossary",
    "section.measurement": "Measurement",
    "section.thresholds": "Thresholds",
    "section.actuals": "Actual values",
    "section.objective": "Objective and success",
    "section.description": "Background",
    "section.related": "Related KPIs",
    "section.links": "Links",
    "section.terms": "Terms used",
    "section.silenced": "Rules that do not apply",
    "section.changelog": "Change log",
    "section.use": "Using this KPI well",
    "section.tree": "What drives it",
    "section.objective_tree": "KPI tree",
    "section.success": "What success looks like",
    "section.kpis": "KPIs",
    "section.status": "Status at a glance",
    # fields
    "field.status": "Status",
    "field.baseline": "Baseline",
    "field.target": "Target",
    "field.target_date": "Target date",
    "field.latest": "Latest value",
    "field.owner": "Owner",
    "field.department": "Department",
    "field.objective": "Objective",
    "field.success_part": "Measures",
    "field.lifecycle": "Lifecycle",
    "field.review_date": "Next review",
    "field.metric": "Metric",
    "field.unit": "Unit",
    "field.data_source": "Data source",
    "field.method": "Method",
    "field.collection_frequency": "Collected",
    "field.reporting_frequency": "Reported",
    "field.direction": "Direction",
    "field.period": "Period",
    "field.value": "Value",
    "field.expected": "Expected",
    "field.note": "Note",
    "field.kpi": "KPI",
    "field.head": "Head",
    "field.perspective": "Perspective",
    "field.kpi_count": "KPIs",
    "field.aliases": "Also written",
    "field.used_by": "Used by",
    "field.progress": "Progress",
    "field.measurement": "Measurement",
    "field.question": "Question it answers",
    "field.data_steward": "Data steward",
    "field.valid_range": "Possible values",
    "field.target_rationale": "Why this target",
    "field.limitations": "Limitations",
    "field.unintended_effects": "Unintended effects and countermeasures",
    "field.milestones": "Milestones",
    "field.method_changed": "Changes of method",
    "field.drives": "Drives",
    "field.driven_by": "Driven by",
    "field.tags": "Tags",
    # sentences and fragments
    "text.manual": "set by hand",
    "text.manual_reason": "Status set by hand: {reason}",
    "text.changelog_fields": "for: {fields}",
    "section.history": "History",
    "text.history_intro": "Every change to this KPI's file, newest first.",
    "text.history_commit": "{subject} ({author})",
    "text.history_unreadable": "The file could not be read at this point.",
    "text.history_reason": "Reason: {reason}",
    "text.history_no_fields": "Layout or comments only: no field changed.",
    "change.added": "new KPI",
    "change.deleted": "deleted (instead of retired)",
    "change.retired": "retired",
    "change.lifecycle_changed": "lifecycle changed: {old} → {new}",
    "change.moved.department": "moved to another department: {old} → {new}",
    "change.moved.objective": "moved to another objective: {old} → {new}",
    "change.moved.success_part": "moved to another success part: {old} → {new}",
    "change.statement_changed": "statement changed from “{old}” to “{new}”",
    "change.direction_changed": "direction changed: {old} → {new}",
    "change.target_easier": "target made easier: {old} → {new}",
    "change.target_harder": "target made harder: {old} → {new}",
    "change.target_moved": "target range moved: {old} → {new}",
    "change.target_changed": "target changed: {old} → {new}",
    "change.target_set": "target set: {new}",
    "change.target_removed": "target removed (was {old})",
    "change.deadline_later": "deadline moved later: {old} → {new}",
    "change.deadline_earlier": "deadline moved earlier: {old} → {new}",
    "change.milestone": "milestone of {date}: {text}",
    "change.baseline_changed": "baseline changed: {old} → {new}",
    "change.baseline_set": "baseline set: {new}",
    "change.thresholds_changed": "thresholds changed: {old} → {new}",
    "change.owner_changed": "owner changed: {old} → {new}",
    "change.measurement_changed": "measurement ({name}) changed: {old} → {new}",
    "change.actual_added": "value added for {period}: {new}",
    "change.actual_edited": "past value for {period} edited: {old} → {new}",
    "change.actual_deleted": "past value for {period} deleted (was {old})",
    "change.actual_note_changed": "note of the {period} value changed",
    "change.note_added": "change log entry added: {new}",
    "change.changed": "{name} changed: {old} → {new}",
    "change.period_changed": "period changed: {old} → {new}",
    "change.part_added": "success part `{part}` added: {new}",
    "change.part_removed": "success part `{part}` removed: {old}",
    "change.part_changed": "success part `{part}` reworded: {new}",
    "text.progress": "{progress}% of the way from baseline to target",
    "text.progress_expected":
        "{progress}% of the way from baseline to target; {expected}% expected by now",
    "text.no_progress": "No progress to show yet.",
    "text.by": "by {date}",
    "text.range": "between {min} and {max}",
    "text.none": "Not set",
    "text.no_actuals": "No values have been measured yet.",
    "text.measures_part": "This KPI measures one part of the objective {objective}:",
    "text.green_from": "Green from {value}",
    "text.amber_from": "Amber from {value}",
    "text.red_below": "Red below {value}",
    "text.red_above": "Red above {value}",
    "text.current_band": "The latest value is in the {band} band.",
    "text.no_kpis": "No KPI measures this yet.",
    "text.no_kpis_here": "There are no KPIs here yet.",
    "text.count_shown": "Showing {count} of {total} KPIs",
    "text.kpis_total": "{count} KPIs",
    "text.all": "All",
    "text.find": "Find",
    "text.find_hint": "Name, statement, owner, tag or id",
    "text.led_by": "Led by {head}.",
    "text.period": "From {start} to {end}.",
    "text.trend": "Trend of {name}",
    "text.trend_table": "The values in the chart",
    "text.glossary_link": "All terms in the glossary",
    "text.other_kpis": "KPIs of other objectives",
    "text.part": "Part {number}",
    "text.replaced_by": "This KPI is retired. It is followed by {successor}.",
    "text.values_internal": "This KPI's values are shown on the internal site only.",
    "text.range_from": "from {min}",
    "text.range_up_to": "up to {max}",
    "text.method_break":
        "New method from {date}: values before it are shown apart and do not count for status.",
    "text.tree_desc": "The objective, the parts of its success, the KPIs that measure each part "
                      "and the KPIs that drive them; each box links to its page and is coloured "
                      "by status.",
    "text.tree_title": "KPI tree of {name}",
    "chart.milestone": "Milestone",
    "chart.method_change": "Method changed",
    "chart.actual": "Actual",
    "chart.target": "Target",
    "chart.expected": "Expected",
}

ID: dict[str, str] = {
    "status.achieved": "Tercapai",
    "status.ahead": "Lebih cepat dari rencana",
    "status.on_track": "Sesuai rencana",
    "status.behind": "Tertinggal",
    "status.no_data": "Belum ada data",
    "status.not_started": "Belum dimulai",
    "status.data_overdue": "Data terlambat",
    "lifecycle.draft": "Draf",
    "lifecycle.active": "Aktif",
    "lifecycle.retired": "Tidak dipakai lagi",
    "direction.higher_is_better": "Makin tinggi makin baik",
    "direction.lower_is_better": "Makin rendah makin baik",
    "direction.within_range": "Di dalam rentang",
    "frequency.daily": "Harian",
    "frequency.weekly": "Mingguan",
    "frequency.monthly": "Bulanan",
    "frequency.quarterly": "Triwulanan",
    "frequency.half_yearly": "Semesteran",
    "frequency.yearly": "Tahunan",
    "rag.green": "Hijau",
    "rag.amber": "Kuning",
    "rag.red": "Merah",
    "perspective.financial": "Keuangan",
    "perspective.customer": "Pelanggan",
    "perspective.internal-process": "Proses bisnis internal",
    "perspective.learning-growth": "Pembelajaran dan pertumbuhan",
    "fields.field": "kolom",
    "fields.type": "jenis",
    "fields.default": "bawaan",
    "fields.meaning": "arti",
    "fields.required": "wajib",
    "overview.title": "Semua KPI",
    "errors.title": "Katalog KPI memiliki kesalahan",
    "errors.intro": "Halaman katalog kembali begitu berkas-berkas ini diperbaiki dan disimpan; "
                    "halaman ini dimuat ulang dengan sendirinya.",
    "errors.count": "Kesalahan: {count}, sama seperti laporan `kpi validate`.",
    "errors.edit": "Sunting",
    "departments.title": "Departemen",
    "objectives.title": "Sasaran strategis",
    "glossary.title": "Glosarium",
    "section.measurement": "Pengukuran",
    "section.thresholds": "Ambang batas",
    "section.actuals": "Nilai aktual",
    "section.objective": "Sasaran dan keberhasilan",
    "section.description": "Latar belakang",
    "section.related": "KPI terkait",
    "section.links": "Tautan",
    "section.terms": "Istilah yang dipakai",
    "section.silenced": "Aturan yang tidak berlaku",
    "section.changelog": "Catatan perubahan",
    "section.use": "Memakai KPI ini dengan benar",
    "section.tree": "Apa yang menggerakkannya",
    "section.objective_tree": "Pohon KPI",
    "section.success": "Seperti apa keberhasilannya",
    "section.kpis": "KPI",
    "section.status": "Ringkasan status",
    "field.status": "Status",
    "field.baseline": "Nilai awal",
    "field.target": "Target",
    "field.target_date": "Tanggal target",
    "field.latest": "Nilai terakhir",
    "field.owner": "Penanggung jawab",
    "field.department": "Departemen",
    "field.objective": "Sasaran",
    "field.success_part": "Mengukur",
    "field.lifecycle": "Tahap",
    "field.review_date": "Tinjauan berikutnya",
    "field.metric": "Metrik",
    "field.unit": "Satuan",
    "field.data_source": "Sumber data",
    "field.method": "Cara menghitung",
    "field.collection_frequency": "Dikumpulkan",
    "field.reporting_frequency": "Dilaporkan",
    "field.direction": "Arah",
    "field.period": "Periode",
    "field.value": "Nilai",
    "field.expected": "Diharapkan",
    "field.note": "Catatan",
    "field.kpi": "KPI",
    "field.head": "Pimpinan",
    "field.perspective": "Perspektif",
    "field.kpi_count": "KPI",
    "field.aliases": "Juga ditulis",
    "field.used_by": "Dipakai oleh",
    "field.progress": "Kemajuan",
    "field.measurement": "Pengukuran",
    "field.question": "Pertanyaan yang dijawab",
    "field.data_steward": "Pengelola data",
    "field.valid_range": "Nilai yang mungkin",
    "field.target_rationale": "Alasan target ini",
    "field.limitations": "Keterbatasan",
    "field.unintended_effects": "Efek yang tidak diinginkan dan penangkalnya",
    "field.milestones": "Tonggak capaian",
    "field.method_changed": "Perubahan metode",
    "field.drives": "Menggerakkan",
    "field.driven_by": "Digerakkan oleh",
    "field.tags": "Label",
    "text.manual": "ditetapkan manual",
    "text.manual_reason": "Status ditetapkan manual: {reason}",
    "text.changelog_fields": "untuk: {fields}",
    "section.history": "Riwayat",
    "text.history_intro": "Setiap perubahan pada berkas KPI ini, yang terbaru lebih dulu.",
    "text.history_commit": "{subject} ({author})",
    "text.history_unreadable": "Berkas tidak dapat dibaca pada titik ini.",
    "text.history_reason": "Alasan: {reason}",
    "text.history_no_fields": "Hanya tata letak atau komentar: tidak ada isian yang berubah.",
    "change.added": "KPI baru",
    "change.deleted": "dihapus (bukan dipensiunkan)",
    "change.retired": "dipensiunkan",
    "change.lifecycle_changed": "siklus hidup berubah: {old} → {new}",
    "change.moved.department": "pindah ke departemen lain: {old} → {new}",
    "change.moved.objective": "pindah ke sasaran lain: {old} → {new}",
    "change.moved.success_part": "pindah ke bagian keberhasilan lain: {old} → {new}",
    "change.statement_changed": "pernyataan berubah dari “{old}” menjadi “{new}”",
    "change.direction_changed": "arah berubah: {old} → {new}",
    "change.target_easier": "target dipermudah: {old} → {new}",
    "change.target_harder": "target diperberat: {old} → {new}",
    "change.target_moved": "rentang target digeser: {old} → {new}",
    "change.target_changed": "target berubah: {old} → {new}",
    "change.target_set": "target ditetapkan: {new}",
    "change.target_removed": "target dihapus (sebelumnya {old})",
    "change.deadline_later": "tenggat dimundurkan: {old} → {new}",
    "change.deadline_earlier": "tenggat dimajukan: {old} → {new}",
    "change.milestone": "tonggak {date}: {text}",
    "change.baseline_changed": "nilai awal berubah: {old} → {new}",
    "change.baseline_set": "nilai awal ditetapkan: {new}",
    "change.thresholds_changed": "ambang batas berubah: {old} → {new}",
    "change.owner_changed": "pemilik berubah: {old} → {new}",
    "change.measurement_changed": "pengukuran ({name}) berubah: {old} → {new}",
    "change.actual_added": "nilai ditambahkan untuk {period}: {new}",
    "change.actual_edited": "nilai lampau {period} diubah: {old} → {new}",
    "change.actual_deleted": "nilai lampau {period} dihapus (sebelumnya {old})",
    "change.actual_note_changed": "catatan nilai {period} berubah",
    "change.note_added": "catatan perubahan ditambahkan: {new}",
    "change.changed": "{name} berubah: {old} → {new}",
    "change.period_changed": "periode berubah: {old} → {new}",
    "change.part_added": "bagian keberhasilan `{part}` ditambahkan: {new}",
    "change.part_removed": "bagian keberhasilan `{part}` dihapus: {old}",
    "change.part_changed": "bagian keberhasilan `{part}` dirumuskan ulang: {new}",
    "text.progress": "{progress}% dari nilai awal menuju target",
    "text.progress_expected":
        "{progress}% dari nilai awal menuju target; seharusnya {expected}% saat ini",
    "text.no_progress": "Belum ada kemajuan yang dapat ditampilkan.",
    "text.by": "paling lambat {date}",
    "text.range": "antara {min} dan {max}",
    "text.none": "Belum ditetapkan",
    "text.no_actuals": "Belum ada nilai yang diukur.",
    "text.measures_part": "KPI ini mengukur satu bagian dari sasaran {objective}:",
    "text.green_from": "Hijau mulai {value}",
    "text.amber_from": "Kuning mulai {value}",
    "text.red_below": "Merah di bawah {value}",
    "text.red_above": "Merah di atas {value}",
    "text.current_band": "Nilai terakhir berada di pita {band}.",
    "text.no_kpis": "Belum ada KPI yang mengukur bagian ini.",
    "text.no_kpis_here": "Belum ada KPI di sini.",
    "text.count_shown": "Menampilkan {count} dari {total} KPI",
    "text.kpis_total": "{count} KPI",
    "text.all": "Semua",
    "text.find": "Cari",
    "text.find_hint": "Nama, pernyataan, penanggung jawab, label atau id",
    "text.led_by": "Dipimpin oleh {head}.",
    "text.period": "Dari {start} sampai {end}.",
    "text.trend": "Tren {name}",
    "text.trend_table": "Nilai-nilai pada grafik",
    "text.glossary_link": "Semua istilah di glosarium",
    "text.other_kpis": "KPI dari sasaran lain",
    "text.part": "Bagian {number}",
    "text.replaced_by": "KPI ini tidak dipakai lagi. Penggantinya: {successor}.",
    "text.values_internal": "Nilai KPI ini hanya ditampilkan di situs internal.",
    "text.range_from": "mulai {min}",
    "text.range_up_to": "sampai {max}",
    "text.method_break": "Metode baru sejak {date}: nilai sebelumnya ditampilkan terpisah dan "
                         "tidak dihitung untuk status.",
    "text.tree_desc": "Sasaran, bagian-bagian keberhasilannya, KPI yang mengukur tiap bagian dan "
                      "KPI yang menggerakkannya; setiap kotak menuju halamannya dan diwarnai "
                      "menurut status.",
    "text.tree_title": "Pohon KPI {name}",
    "chart.milestone": "Tonggak",
    "chart.method_change": "Metode berubah",
    "chart.actual": "Aktual",
    "chart.target": "Target",
    "chart.expected": "Diharapkan",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "id": ID}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
}
# Thousands separator and decimal mark.
NUMBER_MARKS = {"en": (",", "."), "id": (".", ",")}


class Labels:
    """The labels of one language: ``labels["status.behind"]``, ``labels.status(value)``."""

    def __init__(self, language: str = "en"):
        if language not in LABELS:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        self.language = language
        self._labels = LABELS[language]

    def __getitem__(self, key: str) -> str:
        return self._labels[key]

    def get(self, key: str, **values: object) -> str:
        """The label, with ``{placeholders}`` filled in (values are not escaped here)."""
        text = self._labels[key]
        return text.format(**values) if values else text

    def status(self, value: StatusValue | str) -> str:
        return self._labels[f"status.{_value(value)}"]

    def lifecycle(self, value: Lifecycle | str) -> str:
        return self._labels[f"lifecycle.{_value(value)}"]

    def direction(self, value: Direction | str) -> str:
        return self._labels[f"direction.{_value(value)}"]

    def frequency(self, value: Frequency | str) -> str:
        return self._labels[f"frequency.{_value(value)}"]

    def rag(self, value: str) -> str:
        return self._labels[f"rag.{value}"]

    def perspective(self, perspective: str) -> str:
        """The four default perspectives in this language; a catalog's own as written."""
        return self._labels.get(f"perspective.{perspective}", perspective)

    def date(self, value: date | None) -> str:
        """``31 December 2026`` / ``31 Desember 2026``."""
        if value is None:
            return ""
        return f"{value.day} {MONTHS[self.language][value.month - 1]} {value.year}"

    def short_date(self, value: date | None) -> str:
        """``31 Dec 2026`` / ``31 Des 2026``: for narrow table columns."""
        if value is None:
            return ""
        return f"{value.day} {MONTHS[self.language][value.month - 1][:3]} {value.year}"

    def number(self, value: float | None) -> str:
        """``1,200`` / ``1.200``; up to two decimals, without trailing zeros."""
        return format_number(value, NUMBER_MARKS[self.language])


def labels(language: str = "en") -> Labels:
    return Labels(language)


def _value(value: object) -> str:
    return getattr(value, "value", value)  # an enum member or its text
