"""The closed sets of values a catalog file may use: directions, lifecycles, frequencies,
visibilities and statuses."""

from __future__ import annotations

import enum


class Direction(str, enum.Enum):
    """Which way is better for the measured value."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"
    WITHIN_RANGE = "within_range"


class Lifecycle(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class Frequency(str, enum.Enum):
    """How often a value is collected or reported, from most to least frequent."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def rank(self) -> int:
        """0 for daily; a larger rank is less frequent."""
        return list(Frequency).index(self)


class Visibility(str, enum.Enum):
    """Who may read a KPI: what a build for the public audience shows of it."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def openness(self) -> int:
        """How many read a KPI: a larger openness is a wider audience (public the widest)."""
        return len(Visibility) - 1 - list(Visibility).index(self)


class StatusValue(str, enum.Enum):
    """Where a KPI stands. The order is the order of the site's roll-ups."""

    ACHIEVED = "achieved"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"
    NO_DATA = "no_data"


class ChangeKind(str, enum.Enum):
    """What a change does to a KPI or a registry entry (`kpi diff`, the history on KPI
    pages), most important first: the order of changes in every report."""

    DELETED = "deleted"
    RENAMED = "renamed"  # deleted and added with the same content (compare.renames)
    VISIBILITY_WIDENED = "visibility_widened"  # shown to more readers: published
    TARGET_EASIER = "target_easier"
    DEADLINE_LATER = "deadline_later"
    BASELINE_CHANGED = "baseline_changed"
    ACTUAL_EDITED = "actual_edited"
    ACTUAL_DELETED = "actual_deleted"
    ADDED = "added"
    RETIRED = "retired"
    LIFECYCLE_CHANGED = "lifecycle_changed"
    TARGET_HARDER = "target_harder"
    TARGET_MOVED = "target_moved"
    TARGET_CHANGED = "target_changed"
    TARGET_SET = "target_set"
    TARGET_REMOVED = "target_removed"
    DEADLINE_EARLIER = "deadline_earlier"
    DIRECTION_CHANGED = "direction_changed"
    STATEMENT_CHANGED = "statement_changed"
    TRANSLATION_STALE = "translation_stale"  # left as it was while its original changed
    MOVED = "moved"
    THRESHOLDS_CHANGED = "thresholds_changed"
    OWNER_CHANGED = "owner_changed"
    VISIBILITY_NARROWED = "visibility_narrowed"
    MEASUREMENT_CHANGED = "measurement_changed"
    BASELINE_SET = "baseline_set"
    ACTUAL_ADDED = "actual_added"
    ACTUALS_RELABELLED = "actuals_relabelled"
    ACTUAL_NOTE_CHANGED = "actual_note_changed"
    NOTE_ADDED = "note_added"
    TRANSLATION_ADDED = "translation_added"  # a language's texts
    TRANSLATION_REMOVED = "translation_removed"
    TRANSLATION_CHANGED = "translation_changed"
    LANGUAGE_CHANGED = "language_changed"
    PERIOD_CHANGED = "period_changed"  # an objective's period
    PART_ADDED = "part_added"  # a success part of an objective
    PART_REMOVED = "part_removed"
    PART_CHANGED = "part_changed"
    CHANGED = "changed"  # any other field

    @property
    def rank(self) -> int:
        """The place in the order of importance (0 first)."""
        return _CHANGE_RANKS[self]


_CHANGE_RANKS = {kind: rank for rank, kind in enumerate(ChangeKind)}
