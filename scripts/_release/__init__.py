"""The release pipeline behind scripts/build, scripts/release and scripts/publish.

Run as ``python -m _release {build,release,publish} ...`` with ``scripts/`` on the path;
the shell wrappers do that. Each command works on the git repository of the current
directory, so tests can run them inside a temporary clone.
"""

from __future__ import annotations

__all__: list[str] = []
