"""The catalog's languages: labels of the site and the reports (:mod:`.labels`), and numbers
and dates as people read them (:mod:`.numbers`)."""
