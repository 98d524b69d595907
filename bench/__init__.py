"""Benchmarks of claude-messages against the official SDK (run with ``scripts/bench``).

Modules: ``streams`` (deterministic Claude SSE streams), ``peers`` (the clients measured,
behind one interface, and the plain floor), ``timing`` (interleaved rounds and stats),
``suite_sse`` / ``suite_http`` / ``suite_import`` (the three suites), ``server`` (the
loopback server process), ``rows`` and ``report`` (results, JSON and markdown).
"""
