"""The catalog for AI assistants: `kpi mcp` (see docs/guide/machine-readable.md)."""
