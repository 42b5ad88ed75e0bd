"""The interactive HTML graph: ``select`` chooses what to draw, ``page`` draws it into one offline file."""

from kg.html.page import render, write
from kg.html.select import AGGREGATE_ABOVE, Selection, TooLarge, select

__all__ = ["AGGREGATE_ABOVE", "Selection", "TooLarge", "render", "select", "write"]
