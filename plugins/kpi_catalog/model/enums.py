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


class StatusValue(str, enum.Enum):
    """Where a KPI stands. The order is the order of the site's roll-ups."""

    ACHIEVED = "achieved"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"
    NO_DATA = "no_data"
