"""``python -m kpi_catalog``: the `kpi` command, where the `kpi` script is not on the PATH
(pip on Windows installs it into a Scripts folder that often is not, and says so only in a
warning the reader may not see)."""

from kpi_catalog.cli import main

if __name__ == "__main__":
    main()
