"""The app's version, and for the built app the date it was built.

``packaging/build.py`` writes ``build-info.json`` into the bundle next to the package; a source
checkout has none, so its build date is None.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sellertrain.core.paths import frozen_bundle

log = logging.getLogger(__name__)
BUILD_INFO_FILE = "build-info.json"  # in the bundle's sellertrain/ folder


@dataclass(frozen=True)
class BuildInfo:
    """What ``--version`` and the About box show."""

    version: str
    build_date: str | None  # ISO date of the build, None when running from source
    commit: str | None  # the git commit built from, when the build knew it


def package_version() -> str:
    """The version in the package metadata (pyproject.toml), or ``__version__`` without it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sellertrain")
    except PackageNotFoundError:
        from sellertrain import __version__

        return __version__


def build_info() -> BuildInfo:
    """The version, plus the build date and commit when this is the built app."""
    bundle = frozen_bundle()
    if bundle is None:
        return BuildInfo(package_version(), None, None)
    path = bundle / "sellertrain" / BUILD_INFO_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", path, exc)
        return BuildInfo(package_version(), None, None)
    if not isinstance(data, dict):
        return BuildInfo(package_version(), None, None)
    date, commit = data.get("build_date"), data.get("commit")
    return BuildInfo(
        str(data.get("version") or package_version()),
        date if isinstance(date, str) else None,
        commit if isinstance(commit, str) else None,
    )


def version_line() -> str:
    """``sellertrain 0.1.0`` from source; ``sellertrain 0.1.0 (built 2026-12-06, abc1234)``."""
    info = build_info()
    if info.build_date is None:
        return f"sellertrain {info.version}"
    built = ", ".join(part for part in (info.build_date, info.commit) if part)
    return f"sellertrain {info.version} (built {built})"
