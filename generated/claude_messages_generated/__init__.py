"""The low-level client of the Claude Messages API, generated from openapi.yaml.

``Client`` and ``AuthenticatedClient`` are imported on first use, so that importing a
submodule (``claude_messages_generated.models``, ``.params``) does not import the client.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(".client", __name__), name)
        globals()[name] = value
        return value
