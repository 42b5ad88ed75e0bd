"""The RDF export: ontology, IRIs, round trip, SHACL, SPARQL, and the ontology shipped in the wheel."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.cli import main
from kg.graph import load
from kg.rdf import DEFAULT_BASE, iri
from kg.rdf.export import ExportError, graph_counts, rdf_counts, to_rdflib, write
from kg.rdf.validate import load_ontology, validate
from kg.rdf.vocab import DOCTYPE, ELI, ELI_SUPER, KG, RELATION_PROPERTY
from kg.registry import type_codes
from tests.conftest import REPO, SAMPLES
from tests.rdf_graphs import CT33, KG_PLAN, sample_graph

BASE = "https://kg.test"
PARSE = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "samples.db"
    code, _, err = run("ingest", str(SAMPLES), "--db", str(db))
    assert code == 0, err
    return db


# --- ontology -------------------------------------------------------------------------------------


def test_relations_are_eli_subproperties_with_inverses() -> None:
    onto = load_ontology("kg.ttl")
    for relation, prop in RELATION_PROPERTY.items():
        assert (prop, RDFS.subPropertyOf, ELI_SUPER[relation]) in onto, relation
        inverse = onto.value(prop, OWL.inverseOf)
        assert inverse is not None, f"{relation} has no inverse"
        assert onto.value(inverse, RDFS.subPropertyOf) is not None, f"inverse of {relation} is not aligned"
    assert (KG.implements, RDFS.subPropertyOf, ELI.ensures_implementation_of) in onto
    assert (KG.Document, RDFS.subClassOf, ELI.LegalResource) in onto


def test_every_registry_type_code_is_a_concept_with_vi_and_en_labels() -> None:
    onto = load_ontology("kg.ttl")
    for code in type_codes():
        concept = DOCTYPE[iri.code_slug(code)]
        assert (concept, SKOS.inScheme, KG.DocumentTypes) in onto, code
        langs = {label.language for label in onto.objects(concept, SKOS.prefLabel)}
        assert langs == {"vi", "en"}, code


def test_code_slugs_keep_type_codes_apart() -> None:
    slugs = [iri.code_slug(c) for c in type_codes()]
    assert len(set(slugs)) == len(slugs)
    assert iri.code_slug("ĐA") != iri.code_slug("DA")


# --- IRIs -----------------------------------------------------------------------------------------


def test_document_iris_follow_the_eli_pattern_and_are_stable() -> None:
    assert iri.document_iri(BASE, CT33) == f"{BASE}/eli/vn/ttg/ct/2021/33"
    first = {str(s) for s in to_rdflib(sample_graph(), BASE).subjects(RDF.type, KG.Document)}
    second = {str(s) for s in to_rdflib(sample_graph(), BASE).subjects(RDF.type, KG.Document)}
    assert first == second
    assert f"{BASE}/eli/vn/kien-giang.chau-thanh/ubnd/kh/2024/12" in first


def test_colliding_organ_slugs_get_distinct_iris() -> None:
    g = sample_graph()
    g.add_node("organ:ĐA", kind="organ", code="ĐA", name="x", branch="state", tier="central")
    g.add_node("organ:DDA", kind="organ", code="DDA", name="y", branch="state", tier="central")
    organs = set(to_rdflib(g, BASE).subjects(RDF.type, KG.Organ))
    assert len(organs) == graph_counts(g)["organs"]


@pytest.mark.parametrize("bad", ["relative/path", "http://x y", 'http://x"y', "http://x/{a}"])
def test_invalid_iris_are_refused(bad: str) -> None:
    assert not iri.valid_iri(bad)


# --- export ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_round_trip_counts_equal_the_graph(fmt: str) -> None:
    g = sample_graph()
    out = io.BytesIO()
    count = write(g, out, fmt, BASE)
    parsed = rdflib.Graph().parse(data=out.getvalue(), format=PARSE[fmt])
    assert len(parsed) == count
    assert rdf_counts(parsed) == graph_counts(g)


def test_nt_is_one_triple_per_line() -> None:
    out = io.BytesIO()
    count = write(sample_graph(), out, "nt", BASE)
    assert out.getvalue().count(b"\n") == count


def test_evidence_explains_each_edge() -> None:
    g = to_rdflib(sample_graph(), BASE)
    plan, target = rdflib.URIRef(iri.document_iri(BASE, KG_PLAN)), rdflib.URIRef(iri.document_iri(BASE, CT33))
    assert (plan, KG.implements, target) in g
    assert (plan, ELI.ensures_implementation_of, target) in g
    [ev] = [e for e in g.subjects(RDF.subject, plan) if g.value(e, RDF.object) == target]
    assert g.value(ev, RDF.predicate) == KG.implements
    assert "33/CT-TTg" in str(g.value(ev, KG.sentence))
    assert g.value(ev, KG.startOffset).toPython() == 120
    assert g.value(ev, KG.confidence).datatype == XSD.double
    assert str(g.value(ev, KG.extractionMethod)) == "kg.parse/0.1 rule"
    assert (plan, KG.evidence, ev) in g


def test_impossible_dates_are_not_exported_as_xsd_date() -> None:
    g = to_rdflib(sample_graph(), BASE)
    district = rdflib.URIRef(f"{BASE}/eli/vn/kien-giang.chau-thanh/ubnd/kh/2024/12")
    assert g.value(district, ELI.date_document) is None
    assert g.value(district, KG.year).toPython() == 2024


def test_merged_province_points_to_its_successor() -> None:
    g = to_rdflib(sample_graph(), BASE)
    assert (
        rdflib.URIRef(f"{BASE}/place/vn/kien-giang"),
        KG.mergedInto,
        rdflib.URIRef(f"{BASE}/place/vn/an-giang"),
    ) in g


def test_unknown_relation_is_an_error_not_a_silent_drop() -> None:
    g = sample_graph()
    g.add_edge(KG_PLAN, CT33, key="praises", relation="praises")
    with pytest.raises(ExportError, match="praises"):
        write(g, io.BytesIO(), "nt", BASE)


# --- SHACL ----------------------------------------------------------------------------------------


def test_hand_built_graph_validates_clean() -> None:
    assert validate(to_rdflib(sample_graph(), BASE)) == []


def test_shapes_report_broken_data_in_plain_words() -> None:
    g = to_rdflib(sample_graph(), BASE)
    ct33 = rdflib.URIRef(f"{BASE}/eli/vn/ttg/ct/2021/33")
    g.remove((ct33, ELI.type_document, None))
    g.set((ct33, ELI.date_document, rdflib.Literal("26/11/2021")))
    g.add((ct33, KG.implements, rdflib.Literal("33/CT-TTg")))
    g.remove((ct33, ELI.passed_by, None))
    g.add((rdflib.URIRef(f"{BASE}/eli/oops"), RDF.type, KG.Document))
    messages = "\n".join(str(v) for v in validate(g))
    assert "exactly one type" in messages
    assert "xsd:date" in messages
    assert "must point to a kg:Document" in messages
    assert "needs an issuer (eli:passed_by) or the flag kg:unresolvedIssuer" in messages
    assert "does not follow {base}/eli/vn/" in messages


# --- the real store -------------------------------------------------------------------------------


def test_samples_export_validates_and_round_trips(samples_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "samples.ttl"
    code, _, err = run("export", "--db", str(samples_db), "-o", str(out))
    assert code == 0, err
    parsed = rdflib.Graph().parse(out, format="turtle")
    assert rdf_counts(parsed) == graph_counts(load(samples_db))
    code, stdout, err = run("validate", str(out))
    assert code == 0, stdout + err
    assert "conforms" in stdout


def test_export_defaults_to_exports_dir(
    samples_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("export", "--db", str(samples_db), "--format", "nt")
    assert code == 0, err
    assert (tmp_path / "exports" / "kg.nt").stat().st_size > 0


def test_sparql_property_path_from_kien_giang_plan_reaches_33_ct_ttg(samples_db: Path) -> None:
    query = """SELECT DISTINCT ?symbol WHERE {
      ?plan kg:sourceFile ?file . FILTER(CONTAINS(?file, "kien-giang_ke-hoach-ct33"))
      ?plan kg:implements+ ?target . ?target eli:id_local ?symbol }"""
    code, stdout, err = run("sparql", "--db", str(samples_db), "--format", "csv", query)
    assert code == 0, err
    symbols = {row["symbol"] for row in csv.DictReader(io.StringIO(stdout))}
    assert "33/CT-TTg" in symbols


def test_sparql_json_and_query_file(samples_db: Path, tmp_path: Path) -> None:
    q = tmp_path / "count.rq"
    q.write_text("SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }", encoding="utf-8")
    code, stdout, err = run("sparql", "--db", str(samples_db), "--format", "json", f"@{q}")
    assert code == 0, err
    assert '"n"' in stdout and str(graph_counts(load(samples_db))["documents"]) in stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["sparql", "SELECT ?x WHERE { ?x kg:implements+ ?y"], "bad query: error at line 1"),
        (["sparql", "@/nonexistent/q.rq"], "cannot read query file"),
        (["export", "--base", "not an iri"], "--base must be an absolute IRI"),
    ],
)
def test_cli_input_errors_are_one_line_exit_2(samples_db: Path, args: list[str], needle: str) -> None:
    code, _, err = run(*args, "--db", str(samples_db))
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1


def test_validate_bad_file_and_nonconforming_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    code, _, err = run("validate", str(broken))
    assert code == 2 and "is not valid turtle" in err and len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.ttl"
    g = to_rdflib(sample_graph(), BASE)
    g.remove((None, ELI.type_document, None))
    g.serialize(bad, format="turtle")
    code, stdout, _ = run("validate", str(bad))
    assert code == 1
    assert "exactly one type" in stdout


def test_missing_store_is_one_line(tmp_path: Path) -> None:
    code, _, err = run("export", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no store at" in err


# --- packaging ------------------------------------------------------------------------------------


def test_wheel_ships_the_package_data(tmp_path: Path) -> None:
    """The ontology, the registry tables and the page assets are read at run time from the package."""
    build = subprocess.run(
        [
            sys.executable,
            *("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"),
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    [wheel] = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl"}
    for folder in ("kg/data", "kg/html/assets"):
        shipped |= {
            f"{folder}/{p.name}" for p in (REPO / folder).iterdir() if p.suffix != ".py" and p.is_file()
        }
    assert shipped - names == set()
    assert (REPO / "ontology" / "kg.ttl").resolve() == (REPO / "kg" / "ontology" / "kg.ttl").resolve()


def test_default_base_is_an_iri() -> None:
    assert iri.valid_iri(DEFAULT_BASE)
