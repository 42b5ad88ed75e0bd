"""RDF for legal libraries: the ELI-aligned export, SHACL validation, SPARQL and remote stores (docs/rdf.md)."""
