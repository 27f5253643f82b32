"""SHA-256 for the start-up path, without loading OpenSSL."""

from __future__ import annotations

import importlib


def builtin_sha256_hex(data: bytes) -> str:
    """SHA-256 (hex) from CPython's own implementation: ``hashlib`` loads OpenSSL (3.5 MiB
    and a few ms), which nothing needs before the first screen. Same digest either way."""
    for name in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    import hashlib  # a build without the built-in modules

    return hashlib.sha256(data).hexdigest()
