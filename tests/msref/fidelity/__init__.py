"""Fidelity of the msref oracle: MindSpore's docstring examples run against it (test support code)."""
