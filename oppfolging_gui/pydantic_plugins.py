"""No pydantic plugins, and no search for them.

pydantic hands every validated value to plugins that installed packages declare as
entry points. The plan holds health data: only this program's own code may see it,
so ``PYDANTIC_DISABLE_PLUGINS=__all__`` (pydantic's documented switch) turns them off.

The switch is read inside ``pydantic.plugin._loader.get_plugins``, but that module
imports ``importlib.metadata`` (with email, zipfile, csv, calendar …) when it is first
imported, that is when the first model's validator is built: some 80 M instructions,
an eighth of a bare window's whole start, for an answer that is fixed at "none"
(issue 15). So this module puts a loader in its place whose ``get_plugins`` gives that
answer at once. Anything else asked of the loader (a later pydantic that uses more of
it) loads pydantic's own module, so a new pydantic is only slower, never broken;
``tests/test_pydantic_plugins.py`` tells when that happens. Drop this module when
pydantic imports ``entry_points`` only after reading the switch.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable

LOADER = "pydantic.plugin._loader"


class _NoPluginsLoader(types.ModuleType):
    """Stands in for ``pydantic.plugin._loader`` while plugins are switched off."""

    @staticmethod
    def get_plugins() -> Iterable[object]:
        return ()

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asks whether it is a package
            raise AttributeError(name)
        # Not what this program's pydantic asks for: hand over to pydantic's own loader.
        if sys.modules.get(LOADER) is self:
            del sys.modules[LOADER]
        import importlib

        return getattr(importlib.import_module(LOADER), name)


def switch_off() -> None:
    """No plugin sees a plan; called once when the package is imported, before pydantic."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    sys.modules.setdefault(LOADER, _NoPluginsLoader(LOADER))
