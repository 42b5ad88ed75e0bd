"""The tables under kg/data: every row of every table fits its header (an unquoted comma once cut a law's head
"phong, chong" to "phong", which made any "Luật phòng …" a law name)."""

from __future__ import annotations

from importlib import resources

import pytest

from kg import registry

TABLES = sorted(p.name for p in resources.files("kg.data").iterdir() if p.name.endswith(".csv"))


@pytest.mark.parametrize("name", TABLES)
def test_every_row_fits_the_header(name: str) -> None:
    rows = registry.data_rows(name)
    assert rows, name
    for row in rows:
        assert None not in row and all(value is not None for value in row.values()), row
