"""The page's visual vocabulary in one place, so the drawing, the legend and the docs cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from kg.folding import fold
from kg.models import RELATIONS as PARSER_RELATIONS

# Bands from top to bottom: the order in which directives flow down the system.
BANDS: tuple[tuple[str, str], ...] = (
    ("central-party", "Trung ương · Đảng"),
    ("central-state", "Trung ương · Nhà nước"),
    ("province", "Tỉnh"),
    ("district", "Huyện"),
    ("commune", "Xã"),
    ("unplaced", "Chưa xác định cấp"),
)
BAND_LABELS = dict(BANDS)
TIERS: tuple[str, ...] = ("central", "province", "district", "commune")

BRANCH_COLOURS: dict[str, str] = {
    "party": "#c62828",
    "state": "#1565c0",
    "joint": "#7b1fa2",
    "other": "#757575",
}
BRANCH_LABELS: dict[str, str] = {
    "party": "Đảng (party)",
    "state": "Nhà nước (state)",
    "joint": "Liên tịch (joint)",
    "other": "Khác / chưa rõ (other)",
}


@dataclass(frozen=True)
class ShapeFamily:
    """Document types that play the same part in the flow share one vis-network shape."""

    shape: str
    label: str
    types: tuple[str, ...]


SHAPE_FAMILIES: tuple[ShapeFamily, ...] = (
    ShapeFamily("hexagon", "Nghị quyết", ("Nghị quyết", "Nghị quyết liên tịch")),
    ShapeFamily("triangle", "Chỉ thị, Công điện, Thông tri", ("Chỉ thị", "Công điện", "Thông tri")),
    ShapeFamily("diamond", "Kết luận, Thông báo", ("Kết luận", "Thông báo", "Thông cáo")),
    ShapeFamily(
        "square",
        "Kế hoạch, Chương trình, Đề án",
        ("Kế hoạch", "Chương trình", "Đề án", "Phương án", "Dự án"),
    ),
    ShapeFamily("star", "Quyết định, Quy định, Quy chế", ("Quyết định", "Quy định", "Quy chế", "Lệnh")),
    ShapeFamily(
        "triangleDown",
        "Luật, Nghị định, Thông tư",
        (
            "Hiến pháp",
            "Bộ luật",
            "Luật",
            "Pháp lệnh",
            "Nghị định",
            "Thông tư",
            "Thông tư liên tịch",
            "Văn bản hợp nhất",
        ),
    ),
    ShapeFamily("dot", "Hướng dẫn, Công văn, khác", ()),
)
_SHAPE_BY_TYPE = {fold(t): f.shape for f in SHAPE_FAMILIES for t in f.types}
GROUP_SHAPE = "box"
ORGAN_SHAPE = "ellipse"


def shape_for(doc_type: str | None) -> str:
    """The shape of a document type; unknown and minor types fall back to a dot."""
    return _SHAPE_BY_TYPE.get(fold(doc_type or ""), "dot")


# Strongest first: a drawn edge that merges several relations takes the style of the strongest.
RELATIONS: tuple[str, ...] = (*PARSER_RELATIONS, "issued_by")
RELATION_STYLES: dict[str, dict[str, object]] = {
    "implements": {"color": "#2e7d32", "width": 2.2, "dashes": False, "label": "thực hiện (implements)"},
    "based_on": {"color": "#455a64", "width": 1.6, "dashes": False, "label": "căn cứ (based on)"},
    "guides": {"color": "#ef6c00", "width": 1.6, "dashes": False, "label": "hướng dẫn (guides)"},
    "amends": {"color": "#6d4c41", "width": 1.6, "dashes": False, "label": "sửa đổi (amends)"},
    "replaces": {"color": "#ad1457", "width": 1.6, "dashes": False, "label": "thay thế (replaces)"},
    "repeals": {"color": "#b71c1c", "width": 1.6, "dashes": [6, 4], "label": "bãi bỏ (repeals)"},
    "issues": {"color": "#00838f", "width": 1.4, "dashes": False, "label": "ban hành (issues)"},
    "cites": {"color": "#9e9e9e", "width": 1.0, "dashes": [3, 4], "label": "dẫn chiếu (cites)"},
    "issued_by": {"color": "#bdbdbd", "width": 1.0, "dashes": [1, 4], "label": "do … ban hành (issued by)"},
}
UNKNOWN_RELATION_STYLE: dict[str, object] = {"color": "#9e9e9e", "width": 1.0, "dashes": [3, 4]}

UNRESOLVED_BORDER = "#616161"
UNRESOLVED_DASHES = [4, 3]


def band_of(tier: str | None, branch: str | None) -> str:
    """Central documents split into a Party band above a State band; the rest follow their tier."""
    if tier == "central":
        return "central-party" if branch == "party" else "central-state"
    return tier if tier in TIERS else "unplaced"
