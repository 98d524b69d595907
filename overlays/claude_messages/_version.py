"""The single source of the package version (read by hatchling and by the user-agent)."""

__version__ = "0.1.0"
