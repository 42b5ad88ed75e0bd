"""The ``kg`` command: a thin shell over the library, one module per command family."""

from __future__ import annotations

import click

from kg import __version__
from kg.cli import graph_cmds, html_cmd, rdf_cmds, refs_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: the knowledge graph of references between Vietnamese Party and State documents.

    \b
    Typical session:
      kg refs plan.txt                 citations found in one document
      kg ingest samples/               build the store (./kg.db, or $KG_DB)
      kg lineage 33/CT-TTg --down      which local plans implement a directive
      kg lineage plan.txt --up         which central directives stand behind a plan
      kg html -o graph.html            interactive graph that works offline
      kg export -o kg.ttl              RDF (ELI-aligned) for a legal library
    """


for _module in (refs_cmd, graph_cmds, rdf_cmds, html_cmd):
    for _command in _module.COMMANDS:
        main.add_command(_command)
