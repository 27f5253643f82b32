"""Learners' responses to and from their stored JSON form.

Choice answers are stored as a list of option indices (as they always were); typed answers
as ``{"text": ...}``; matching answers as ``{"match": [index or null, ...]}``.
"""

from __future__ import annotations

import json

from sellertrain.core.models import Response


def encode(response: Response) -> str:
    if isinstance(response, str):
        return json.dumps({"text": response}, ensure_ascii=False)
    if isinstance(response, tuple):
        return json.dumps({"match": list(response)})
    return json.dumps(sorted(response))


def decode(stored: str) -> Response:
    value = json.loads(stored)
    if isinstance(value, dict):
        if "text" in value:
            return str(value["text"])
        return tuple(None if v is None else int(v) for v in value.get("match", []))
    return frozenset(int(v) for v in value)
