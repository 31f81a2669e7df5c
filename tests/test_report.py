"""Markdown and HTML reports: GFM tables that parse, escaping, no executable
content from articles, self-contained HTML."""
from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest
from markdown_it import MarkdownIt
from tests.test_tables import SEED_QUOTES, seed_article_frame, seed_quotes

from quotes.analysis import from_quotes
from quotes.report import _script, escape_md, gfm_table, safe_url, word_diff

SCRIPT = '<script>alert(1)</script>'
IMG = '"><img src=x onerror=alert(1)>'
# GitHub's dialect as far as tables go; raw HTML on, as GitHub passes it
# through (sanitised), so any HTML that leaks from an article shows up here.
# ("gfm-like" would also need linkify-it-py, which is not a dependency.)
GFM = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@pytest.fixture(scope="module")
def seed():
    return from_quotes(seed_quotes(), seed_article_frame())


def hostile_analysis():
    """An article and quotation carrying markup, pipes and newlines everywhere
    a report shows text taken from input."""
    quote = f"We will not | bow {SCRIPT} to\nthreats {IMG} at all"
    text = f'The minister said: "{quote}" on Tuesday. javascript:alert(1)'
    start = text.index(quote)
    articles = pd.DataFrame([{
        "article_id": 'x"><svg onload=alert(1)>', "source": f"Evil {IMG} Post", "date": "2025-04-15",
        "url": "javascript:alert(1)", "title": f"Title {SCRIPT}", "text": text,
    }, {
        "article_id": "ok", "source": "Fine | Times", "date": "2025-04-16",
        "url": "https://example.org/a?b=1&c=<2>", "title": None, "text": "Nothing quoted here.",
    }])
    quotes = pd.DataFrame([{
        "article_id": articles.at[0, "article_id"], "start": start, "end": start + len(quote), "text": quote,
        "type": "direct", "speaker": f"Mr {SCRIPT}", "speaker_group": 'x" onmouseover="alert(1)',
        "source": articles.at[0, "source"], "date": "2025-04-15", "statement_id": f"s {IMG}",
        "cue": "said", "speaker_mention": f"{IMG}",
    }])
    return from_quotes(quotes, articles)


# --- Markdown ---------------------------------------------------------------------

def md_tables(markdown: str) -> list[list[list[str]]]:
    """Every table of a GFM document as rows of cell texts (header first)."""
    tokens = GFM.parse(markdown)
    tables, row, cell_open = [], None, False
    for tok in tokens:
        if tok.type == "table_open":
            tables.append([])
        elif tok.type == "tr_open":
            row = []
            tables[-1].append(row)
        elif tok.type in ("th_open", "td_open"):
            cell_open = True
            row.append("")
        elif tok.type == "inline" and cell_open:
            row[-1] = "".join(child.content for child in tok.children if child.type == "text")
        elif tok.type in ("th_close", "td_close"):
            cell_open = False
    return tables


def test_markdown_has_the_four_tables(seed):
    tables = md_tables(seed.to_markdown())
    assert len(tables) == 4  # summary, speaker-by-source, statement-by-source, articles
    summary, speakers, statements, articles = tables
    assert dict(summary[1:])["Quotations"] == str(len(SEED_QUOTES))
    assert speakers[0] == ["Group", "Speaker", "A2 Televizion", "Al Jazeera", "Daily Mail", "SOFX",
                           "The Guardian (via sott.net)", "All"]
    darmanin = next(r for r in speakers if r[1] == "Gérald Darmanin")
    assert darmanin[-1] == "3 st / 5 q"
    assert len(statements) == 1 + seed.quotes["statement_id"].nunique()
    assert len(articles) == 1 + len(seed_article_frame())
    for table in tables:
        assert len({len(r) for r in table}) == 1, "a row has a different number of cells"


def test_pipes_and_newlines_do_not_break_tables():
    hostile = hostile_analysis()
    tables = md_tables(hostile.to_markdown())
    statements = tables[2]
    assert statements[0][2:] == ["Evil \"><img src=x onerror=alert(1)> Post", "Fine | Times"]
    assert len(statements) == 2 and len(statements[1]) == len(statements[0])
    assert "We will not | bow" in statements[1][1]
    for table in tables:
        assert len({len(r) for r in table}) == 1


def test_markdown_renders_no_raw_html_from_articles():
    html = GFM.render(hostile_analysis().to_markdown())
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert "javascript:" not in html.replace("javascript:alert(1)</", "")  # only as text, never a link
    assert 'href="javascript' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text


def test_escape_md_neutralises_inline_syntax():
    rendered = GFM.renderInline(escape_md("*not bold* _nor_ `code` [link](x) ~~s~~ $x$ a&amp;b"))
    assert "<em>" not in rendered and "<code>" not in rendered and "<a " not in rendered and "<s>" not in rendered
    assert "*not bold*" in rendered and "a&amp;amp;b" in rendered


def test_gfm_table_shape():
    text = gfm_table(["a", "b"], [["1", escape_md("x|y\nz")]], "lr")
    assert text.splitlines()[1] == "| :--- | ---: |"
    assert md_tables(text) == [[["a", "b"], ["1", "x|yz"]]]


def test_skipped_inputs_are_listed(seed):
    seed.log.skip("corpus/bad.jsonl", 3, None, "not valid JSON | truncated")
    try:
        tables = md_tables(seed.to_markdown())
        assert tables[-1] == [["File", "Line", "Article", "Reason"],
                              ["corpus/bad.jsonl", "3", "", "not valid JSON | truncated"]]
        assert "not valid JSON | truncated" in seed.to_html()
    finally:
        seed.log.skipped.clear()


# --- HTML -------------------------------------------------------------------------

class Elements(HTMLParser):
    """Collect scripts, attributes and text of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def test_nothing_executable_reaches_the_html():
    page = parse(hostile_analysis().to_html())
    assert page.scripts == [_script()[0]]
    assert [t for t, _ in page.tags if t in ("img", "svg", "iframe", "object", "embed", "link")] == []
    for tag, attrs in page.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert value.startswith(("#", "http://", "https://")), (tag, name, value)
    text = "".join(page.text)
    assert SCRIPT in text and IMG in text  # shown to the reader, as text
    assert "\"><svg onload=alert(1)>" in text


def test_unsafe_urls_are_dropped_and_safe_ones_kept():
    hrefs = [v for _, attrs in parse(hostile_analysis().to_html()).tags for n, v in attrs if n == "href"]
    assert "https://example.org/a?b=1&c=%3C2%3E" in hrefs
    assert not any("javascript" in h for h in hrefs)
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<b>") is None
    assert safe_url("//evil.example/x") is None
    assert safe_url("https://www.aljazeera.com/news") == "https://www.aljazeera.com/news"


def test_html_is_self_contained_with_a_strict_policy(seed):
    html = seed.to_html()
    page = parse(html)
    policy = next(dict(a)["content"] for t, a in page.tags
                  if t == "meta" and dict(a).get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and f"script-src '{_script()[1]}'" in policy
    assert not any(n == "src" for _, attrs in page.tags for n, _ in attrs)
    assert "url(" not in html and "@import" not in html


def test_html_links_quotations_to_their_highlighted_spans(seed):
    page = parse(seed.to_html())
    ids = {dict(a).get("id") for _, a in page.tags}
    anchors = [v for t, attrs in page.tags for n, v in attrs if n == "href" and v.startswith("#q-")]
    assert len(set(anchors)) == len(SEED_QUOTES)
    assert all(a[1:] in ids for a in anchors)
    marks = sum(1 for t, a in page.tags if t == "mark")
    assert marks >= len(SEED_QUOTES) - 1  # the two "unacceptable" spans are in different articles


def test_heatmap_shades_busier_cells_darker(seed):
    page = parse(seed.to_html())
    styles = {}
    for tag, attrs in page.tags:
        a = dict(attrs)
        if tag == "td" and "title" in a and a.get("style"):
            styles[a["title"]] = a["style"]
    darmanin = styles["Gérald Darmanin / All: 3 statements, 5 quotations"]
    fo = styles["FO Justice / All: 1 statements, 1 quotations"]
    darkness = [sum(int(x) for x in s.split("rgb(")[1].split(")")[0].split(", ")) for s in (darmanin, fo)]
    assert darkness[0] < darkness[1]


def test_word_diff_shows_translation_differences():
    canonical = SEED_QUOTES[1][1]  # "The Republic is confronted with ..."
    variant = SEED_QUOTES[0][1]    # "The French Republic is facing up to ..."
    segments = word_diff(canonical, variant)
    assert "".join(s.text + " " for s in segments if s.op in ("same", "ins")).split() == variant.split()
    assert any(s.op == "del" and "confronted with" in s.text for s in segments)
    assert any(s.op == "ins" and "facing up to" in s.text for s in segments)


def test_word_diff_marks_a_fragment_as_cut_not_deleted():
    canonical = SEED_QUOTES[4][1]
    segments = word_diff(canonical, "massively disrupt the criminal networks")
    assert [s.op for s in segments] == ["cut", "same"]
    assert segments[1].text == "massively disrupt the criminal networks"
