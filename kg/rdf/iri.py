"""Stable IRIs for what kg exports (docs/rdf.md, "IRIs").

A document's IRI is ``{base}/eli/`` followed by its canonical node id (``kg.graph.identity``), which is
already the ELI path ``vn/{issuer}/{type}/{period}/{number}`` (local issuers prefixed by their
jurisdiction). Reusing the id rather than recomputing a path from the attributes keeps one notion of
identity: two nodes never share an IRI, and a document keeps its IRI on every run and every machine
because the id does. Organs and places are named by their code and jurisdiction slugs.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from kg.folding import slug
from kg.registry import Jurisdiction

# RFC 3987 forbids these in an IRI; a base or graph name containing them would corrupt every triple.
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|\\^`]')
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^/]|[A-Za-z][A-Za-z0-9+.-]*://[^/]")


def valid_iri(text: str) -> bool:
    """True for an absolute IRI that can be written between ``<`` ``>`` in N-Triples and SPARQL."""
    return bool(_ABSOLUTE.match(text)) and not _BAD_IRI_CHARS.search(text)


def code_slug(code: str) -> str:
    """A code as an IRI segment: Đ is spelled ``dd`` (telex) so that ĐA (Đề án) and DA (Dự án) stay apart."""
    return slug(code.replace("Đ", "DD").replace("đ", "dd"))


def short_hash(text: str) -> str:
    """12 hex digits of SHA-1: a name for things that have no readable unique one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def document_iri(base: str, node_id: str) -> str:
    """``{base}/eli/vn/ttg/ct/2021/33``; ids are ASCII already, quoting only guards a contract change."""
    return f"{base}/eli/{quote(node_id, safe='/-._~')}"


def place_path(j: Jurisdiction) -> str:
    """ "vn/kien-giang" or "vn/dong-thap/thap-muoi": the larger unit first."""
    return "/".join(["vn", slug(j.province) or "_", *([slug(j.district) or "_"] if j.district else [])])


def place_iri(base: str, j: Jurisdiction) -> str:
    return f"{base}/place/{place_path(j)}"


def organ_iri(base: str, code: str, j: Jurisdiction | None) -> str:
    """``{base}/organ/ttg`` for a national organ, ``{base}/organ/vn/kien-giang/ubnd`` for a local one."""
    where = f"{place_path(j)}/" if j else ""
    return f"{base}/organ/{where}{code_slug(code) or '_'}"


def evidence_iri(base: str, source: str, relation: str, target: str) -> str:
    """One evidence node per graph edge; the graph keys edges by relation, so (source, relation, target) is unique."""
    return f"{base}/evidence/{short_hash(chr(31).join((source, relation, target)))}"
