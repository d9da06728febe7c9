"""The canonical content of a plan version, and its SHA-256 (what a signature signs).

Per the format: the version object with only the top-level keys the format defines,
less ``signatures`` (so optional keys such as ``saved_at`` never invalidate a
signature), values as the file stores them, JSON with sorted keys and no
insignificant white space, UTF-8.

"As the file stores them" matters for a file of an older format version: it is
read into the newest model (:mod:`.migrations`), but until its content is edited it
*is* still the old file, signed as such. :func:`stored_dict` gives the content in
the format it is (or will be) stored in — the old file's own dict while nothing
but the signatures changed, the newest format after any edit — and both checking
and making a signature go through it. So a signed version 1 file opens with its
signatures valid, a signature added to it signs the same content, and saving it
without an edit keeps its format (``storage`` writes :func:`stored_dict`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .migrations import migrate
from .model import TOP_LEVEL_KEYS, Plan, Signature


def _canonical(data: dict[str, Any]) -> bytes:
    signed = {key: data[key] for key in TOP_LEVEL_KEYS if key != "signatures" and key in data}
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def stored_dict(plan: Plan, *, signatures: bool = True) -> dict[str, Any]:
    """The plan as its file stores it: in the older format it was read in while its
    content is unchanged, else in the newest format. Signatures always the plan's own;
    ``signatures=False`` leaves them out (the content a signature signs, checked on
    every edit: a drawn signature can be megabytes of points)."""
    data = plan.model_dump(mode="json", exclude=None if signatures else {"signatures"})
    as_read = plan._as_read
    if as_read is None or _canonical(migrate(as_read)) != _canonical(data):
        return data
    if not signatures:
        return {key: value for key, value in as_read.items() if key != "signatures"}
    return {**as_read, "signatures": data["signatures"]}


def canonical_bytes(content: Plan | dict[str, Any]) -> bytes:
    return _canonical(stored_dict(content, signatures=False) if isinstance(content, Plan) else content)


def content_sha256(content: Plan | dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def signature_matches(plan: Plan, signature: Signature | None) -> bool:
    """True when ``signature`` was made on exactly this content."""
    return signature is not None and signature.content_sha256 == content_sha256(plan)
