"""The canonical content of a plan version, and its SHA-256 (what a signature signs).

Per the format: the version object with only the top-level keys the format defines,
less ``signatures`` (so optional keys such as ``saved_at`` never invalidate a
signature), values as the file stores them, JSON with sorted keys and no
insignificant white space, UTF-8.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .model import TOP_LEVEL_KEYS, Plan, Signature


def canonical_bytes(content: Plan | dict[str, Any]) -> bytes:
    data = content.to_json_dict() if isinstance(content, Plan) else content
    signed = {key: data[key] for key in TOP_LEVEL_KEYS if key != "signatures" and key in data}
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_sha256(content: Plan | dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def signature_matches(plan: Plan, signature: Signature | None) -> bool:
    """True when ``signature`` was made on exactly this content."""
    return signature is not None and signature.content_sha256 == content_sha256(plan)
