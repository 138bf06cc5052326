"""The model: what a catalog is, as data.

The catalog files' models (:mod:`.kpi`, :mod:`.registries`, :mod:`.config`) with their
building blocks (:mod:`.fields`, :mod:`.enums`, :mod:`.periods`), the loaded
:class:`~.catalog.Catalog`, what one audience may read of it (:mod:`.audience`), and the
problems a file can have (:mod:`.diagnostics`, :mod:`.codes`). Nothing here reads a file.
"""
