"""Reading a catalog folder: safe YAML (:mod:`.yaml_reader`), files into models
(:mod:`.loader`), pydantic's errors in plain words (:mod:`.plain_errors`), and what makes
large catalogs and served rebuilds quick (:mod:`.parallel`, :mod:`.memo`)."""
