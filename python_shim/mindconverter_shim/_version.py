"""Version of the shim; equal to the version in package.json (a test checks it)."""

__version__ = "0.1.0"
