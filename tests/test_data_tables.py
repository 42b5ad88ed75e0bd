"""The tables under kg/data: every row of every table fits its header (an unquoted comma once cut a law's head
"phong, chong" to "phong", which made any "Luật phòng …" a law name)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from kg import registry

TABLES = sorted(p.name for p in resources.files("kg.data").iterdir() if p.name.endswith(".csv"))


@pytest.mark.parametrize("name", TABLES)
def test_every_row_fits_the_header(name: str) -> None:
    rows = registry.data_rows(name)
    assert rows, name
    for row in rows:
        assert None not in row and all(value is not None for value in row.values()), row


def test_a_comment_that_swallows_the_rows_below_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A '"' after a comma in a comment opens a quoted field, which runs on over the rows below and hides them."""
    (tmp_path / "t.csv").write_text(
        'relation,pattern\n# "Theo đó," below, a quote\nbased_on,theo\ncites,x\n', encoding="utf-8"
    )
    monkeypatch.setattr(registry.resources, "files", lambda _package: tmp_path)
    with pytest.raises(ValueError, match="runs on over a line"):
        registry.data_rows("t.csv")
