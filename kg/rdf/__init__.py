"""RDF for legal libraries: the ELI-aligned export, SHACL validation, SPARQL and remote stores (docs/rdf.md).

Only plain constants here: the CLI reads ``DEFAULT_BASE`` for its option help at start-up, and must not
import rdflib to do so.
"""

DEFAULT_BASE = "https://w3id.org/vnkg"
