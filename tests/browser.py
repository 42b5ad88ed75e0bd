"""Open a generated page in headless Debian Chromium with the network cut off, recording what it tried.

Shared by the browser tests and ``bench/bench_html.py``. Playwright drives the system Chromium
(``/usr/bin/chromium``, installed by .ci/run); Playwright's own browser download is never used.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 20_000


def missing_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install -e '.[test]')"
    return None


@dataclass
class Visit:
    """What the page did: requests it attempted beyond its own file, console errors, dialogs opened."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[Any]:
    """One headless Chromium for several pages (Playwright allows one sync session per thread)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS, timeout=TIMEOUT_MS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_page(browser: Any, path: Path, *, width: int = 1600, height: int = 1000) -> Iterator[Visit]:
    """Load ``path`` and wait for the page's ready flag; every request but the file itself is blocked."""
    url = path.resolve().as_uri()
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        visit = Visit(page)
        # Every request is both recorded (the event fires for all schemes) and, if routable, refused.
        page.on("request", lambda r: visit.requests.append(r.url) if r.url != url else None)
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
        page.on("websocket", lambda ws: visit.requests.append(ws.url))
        page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: visit.errors.append(str(e)))

        def dialog(d: Any) -> None:
            visit.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(url, wait_until="load")
        page.wait_for_selector("body[data-kg-ready]", state="attached")
        yield visit
    finally:
        context.close()


def screenshot(page_path: str | Path, out: str | Path, *, width: int = 1600, height: int = 1000) -> None:
    """Save what a reader first sees of a page (how docs/graph-screenshot.png is made)."""
    with chromium() as browser, open_page(browser, Path(page_path), width=width, height=height) as visit:
        visit.page.screenshot(path=str(out))
