"""The catalog for other tools: JSON and CSV (:mod:`.tables`), JSON Schemas for editors
(:mod:`.schema`) and GitHub's CODEOWNERS (:mod:`.codeowners`)."""
