"""SHACL validation of an export against ``ontology/shapes.ttl``, reported in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable

import pyshacl
import rdflib
from rdflib.namespace import SH

from kg.rdf.vocab import PREFIXES


def ontology_file(name: str) -> Traversable:
    """A file of ``kg/ontology`` (the top-level ``ontology/`` links there), also in an installed wheel."""
    return resources.files("kg").joinpath("ontology", name)


def load_ontology(name: str) -> rdflib.Graph:
    with ontology_file(name).open("rb") as f:
        return rdflib.Graph().parse(f, format="turtle")


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = f" ({self.path}" + (f" = {self.value}" if self.value else "") + ")" if self.path else ""
        return f"{self.focus}: {self.message}{where}"


def validate(data: rdflib.Graph) -> list[Violation]:
    """Every shape violation of ``data``, sorted; an empty list means the export conforms."""
    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=load_ontology("shapes.ttl"),
        ont_graph=load_ontology("kg.ttl"),
        inference="none",
        allow_warnings=False,
    )
    ns = rdflib.Graph()
    for prefix, uri in PREFIXES.items():
        ns.bind(prefix, uri)

    def show(term: rdflib.term.Node | None) -> str | None:
        if term is None or isinstance(term, rdflib.BNode):  # a blank path is the alternative of relations
            return None
        if isinstance(term, rdflib.Literal):
            return repr(str(term))
        return term.n3(ns.namespace_manager) if isinstance(term, rdflib.URIRef) else str(term)

    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        messages = [str(m) for m in report.objects(result, SH.resultMessage)]
        out.append(
            Violation(
                focus=show(report.value(result, SH.focusNode)) or "?",
                path=show(report.value(result, SH.resultPath)),
                value=show(report.value(result, SH.value)),
                message="; ".join(sorted(messages))
                or "violates " + str(report.value(result, SH.sourceShape)),
            )
        )
    return sorted(out, key=str)
