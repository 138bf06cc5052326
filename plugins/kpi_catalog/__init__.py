"""kpi-catalog: documentation-as-code for Key Performance Indicators."""

__version__ = "0.1.0"
