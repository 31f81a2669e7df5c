"""The HTML report in a real browser: no network request, visible heatmap and
tables, working sort and filter. Needs Debian's chromium; CI sets
QUOTES_REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes.analysis import from_quotes
from tests.test_tables import seed_article_frame, seed_quotes

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found: install Debian's chromium to run the browser tests"
        if os.environ.get("QUOTES_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (QUOTES_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    from_quotes(seed_quotes(), seed_article_frame()).write(out)
    return out / "report.html"


@pytest.fixture
def page(browser, report):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    page.requests = requests
    yield page
    page.close()


def test_opening_the_report_requests_nothing_but_itself(page, report, tmp_path):
    page.screenshot(path=tmp_path / "report.png", full_page=True)
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.mouse.wheel(0, 5000)  # lazy content, if any, would load now
    page.click("a[href^='#q-']")
    assert page.requests == [report.as_uri()]


def test_heatmap_and_tables_are_visible(page):
    for selector in ("table.heatmap", "#quotation-table", "#statement-matrix", "#statement-list"):
        box = page.locator(selector).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50, selector
    shaded = page.locator("table.heatmap td.cell[style*='background-color']")
    assert shaded.count() > 0
    assert shaded.first.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def speakers(page) -> list[str]:
    return page.locator("#quotation-table tbody tr td:nth-child(3)").all_inner_texts()


def test_clicking_a_header_sorts_the_rows(page):
    before = speakers(page)
    page.locator("#quotation-table thead th", has_text="Speaker").click()
    ascending = speakers(page)
    assert ascending == sorted(before, key=str.casefold) != before
    page.locator("#quotation-table thead th", has_text="Speaker").click()
    assert speakers(page) == sorted(before, key=str.casefold, reverse=True)


def test_typing_in_the_filter_hides_other_rows(page):
    page.fill("input[data-filter='quotation-table']", "retailleau")
    visible = page.locator("#quotation-table tbody tr:visible")
    assert visible.count() == 4
    assert all("Retailleau" in text for text in visible.all_inner_texts())
    assert page.locator("#quotation-table-count").inner_text() == "4 of 11 shown"
