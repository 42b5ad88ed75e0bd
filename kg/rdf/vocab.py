"""The RDF vocabularies kg writes, as rdflib namespaces so that no IRI is spelled twice.

kg's own terms live under a fixed namespace (independent of ``--base``): the ontology is shared by
every export, while the data IRIs (documents, organs, places, evidence) follow the chosen base.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
KG = Namespace("https://w3id.org/vnkg/ontology#")
DOCTYPE = Namespace("https://w3id.org/vnkg/doctype/")
BRANCH = Namespace("https://w3id.org/vnkg/branch/")
TIER = Namespace("https://w3id.org/vnkg/tier/")
# The EU Publications Office authority table: what ELI recommends for eli:jurisdiction at country level.
COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
VIETNAM = COUNTRY.VNM

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "eli": str(ELI),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "doctype": str(DOCTYPE),
    "branch": str(BRANCH),
    "tier": str(TIER),
    "country": str(COUNTRY),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

# Graph relation (docs/data-model.md) -> kg property. ``issued_by`` is not a document-to-document
# relation: it becomes eli:passed_by.
RELATION_PROPERTY = {
    "implements": KG.implements,
    "based_on": KG.basedOn,
    "guides": KG.guides,
    "issues": KG.issues,
    "amends": KG.amends,
    "replaces": KG.replaces,
    "repeals": KG.repeals,
    "cites": KG.cites,
}
PROPERTY_RELATION = {str(v): k for k, v in RELATION_PROPERTY.items()}

# The ELI super-property of each kg relation, written next to it so that a plain SPARQL store
# without a reasoner still answers ELI queries (the ontology states the same as rdfs:subPropertyOf).
ELI_SUPER = {
    "implements": ELI.ensures_implementation_of,
    "based_on": ELI.based_on,
    "guides": ELI.cites,
    "issues": ELI.cites,
    "amends": ELI.amends,
    "replaces": ELI.repeals,
    "repeals": ELI.repeals,
    "cites": ELI.cites,
}
