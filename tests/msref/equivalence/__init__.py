"""Per-mapping and model equivalence on top of msref (test support code)."""
