"""The HTML brief and the HTML digest in a real headless Chromium (Debian's chromium + chromium-driver, through
Selenium): every sentence pair is in the rendered page, clicking a sentence highlights its pair, the English-only
switch hides the Vietnamese, nothing is requested from the network, and an article's `<script>` is text.

One small run (two sample articles, one article carrying markup, one empty file that fails) is shared by all the
tests. Screenshots go to $VIETBRIEF_SCREENSHOTS when it is set (to look at them), else to the test's folder.
"""

import copy
import json
import os
import shutil
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from pipeline.brief import headline, schema
from pipeline.cli.main import app

from helpers import INPUTS, NO_GLOSSARY_ARGS, SHORTEST

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = [pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver "
                                 "(apt-get install chromium chromium-driver; .ci/run installs them)"),
              # One worker: the module's run and browser (Chromium) are then started once, not once per worker.
              pytest.mark.xdist_group("html")]

MARKUP = ("Ông Nguyễn Văn An cho biết đoạn mã <script>alert(1)</script> và ký hiệu & trong bài viết phải hiện ra "
          "đúng như văn bản. Bộ Công an Việt Nam và Bộ Công an Trung Quốc đã ký kết biên bản hợp tác tại Hà Nội "
          "vào chiều ngày hôm qua.\n\nHai bên thống nhất tăng cường hợp tác trong thời gian tới, theo thông báo "
          "của các cơ quan chức năng.\n")


@pytest.fixture(scope="module")
def run(tiny, tmp_path_factory):
    root = tmp_path_factory.mktemp("html")
    src, out = root / "in", root / "out"
    src.mkdir()
    for name in SHORTEST:
        shutil.copy(INPUTS / name, src / name)
    (src / "markup.txt").write_text(MARKUP, encoding="utf-8")
    (src / "empty.txt").write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                      "--summarizer", "lead", "--beams", "1", "--length-ratio", "0.25",
                                      "--engine", "transformers", *NO_GLOSSARY_ARGS, "--format", "html"],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.output  # empty.txt fails, the others are briefed
    briefs = {p.stem: schema.read_text(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}
    assert len(briefs) == 3
    return out, briefs


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="vietbrief-chromium-")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1280,1000"):
        options.add_argument(arg)
    # Every request the page makes, from Chromium's own network log (DevTools protocol events).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path) -> list[str]:
    """Load `path`; returns the URLs of every request the page made (its own load included)."""
    driver.get_log("performance")  # drop what came before
    driver.get(path.as_uri())
    driver.execute_script("return document.readyState")
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        # Chromium's own pages (the new-tab page it opens at start) log requests too: keep this page's.
        if message["method"] == "Network.requestWillBeSent" and \
                message["params"].get("documentURL") == path.as_uri():
            requests.append(message["params"]["request"]["url"])
    return requests


def screenshot(driver, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("VIETBRIEF_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    assert driver.save_screenshot(str(target)) and target.stat().st_size > 10_000
    return target


def fold(text: str) -> str:
    """As the digest's search box compares: no accents, đ as d, lower case."""
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def rendered_pairs(driver) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for key, lang, text in driver.execute_script(
            "return Array.from(document.querySelectorAll('.s')).map(function (e) {"
            " return [e.getAttribute('data-pair'), e.getAttribute('lang'), e.textContent]; });"):
        found.setdefault(key, {})[lang] = text
    return found


def test_every_sentence_pair_is_in_the_rendered_page(run, browser, tmp_path):
    out, briefs = run
    for stem, brief in briefs.items():
        requests = open_page(browser, out / f"{stem}.html")
        assert requests == [(out / f"{stem}.html").as_uri()], requests  # the page itself, nothing else
        assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
        shown = rendered_pairs(browser)
        expected = {f"p{p}s{s}": {"vi": pair.vi, "en": pair.en}
                    for p, para in enumerate(brief.paragraphs, 1) for s, pair in enumerate(para.sentences, 1)}
        assert shown == expected
        assert browser.title == " ".join(headline.shown(brief).split())  # a generated headline labelled as such
    screenshot(browser, tmp_path, "brief.png")


def test_clicking_a_sentence_highlights_its_pair(run, browser):
    from selenium.webdriver.common.by import By

    out, briefs = run
    stem = Path(SHORTEST[0]).stem
    open_page(browser, out / f"{stem}.html")
    keys = list(rendered_pairs(browser))
    assert len(keys) >= 2
    first, second = keys[0], keys[1]

    def highlighted():
        return browser.execute_script("return Array.from(document.querySelectorAll('.s.hl'))"
                                      ".map(function (e) { return e.getAttribute('data-pair') + ':' + e.lang; });")

    browser.find_element(By.CSS_SELECTOR, f'.s.vi[data-pair="{first}"]').click()
    assert sorted(highlighted()) == [f"{first}:en", f"{first}:vi"]
    browser.find_element(By.CSS_SELECTOR, f'.s.en[data-pair="{second}"]').click()
    assert sorted(highlighted()) == [f"{second}:en", f"{second}:vi"]  # the first pair lets go
    # The highlight is visible: the counterpart's background changes.
    colour = browser.find_element(By.CSS_SELECTOR, f'.s.vi[data-pair="{second}"]').value_of_css_property(
        "background-color")
    plain = browser.find_element(By.CSS_SELECTOR, f'.s.vi[data-pair="{first}"]').value_of_css_property(
        "background-color")
    assert colour != plain


def test_english_only_switch_hides_the_vietnamese(run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    out, _ = run
    open_page(browser, out / f"{Path(SHORTEST[0]).stem}.html")
    vi = browser.find_elements(By.CSS_SELECTOR, ".s.vi")
    en = browser.find_elements(By.CSS_SELECTOR, ".s.en")
    assert vi and all(e.is_displayed() for e in vi[:5])
    browser.find_element(By.ID, "en-only").click()
    assert not any(e.is_displayed() for e in vi)
    assert all(e.is_displayed() for e in en[:5])
    assert not any(e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, ".title-vi"))
    screenshot(browser, tmp_path, "english-only.png")
    browser.find_element(By.ID, "en-only").click()
    assert vi[0].is_displayed()


def test_markup_in_an_article_shows_as_text(run, browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException

    out, briefs = run
    open_page(browser, out / "markup.html")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - alert(1) never ran
    assert browser.execute_script("return document.scripts.length") == 1  # vietbrief's own, inline
    text = browser.execute_script("return document.body.innerText")
    assert "<script>alert(1)</script>" in text and " & " in text
    first = briefs["markup"].paragraphs[0].sentences[0].vi
    assert "<script>alert(1)</script>" in first
    assert rendered_pairs(browser)["p1s1"]["vi"] == first
    screenshot(browser, tmp_path, "markup.png")


def test_no_html_file_references_an_external_resource(run):
    out, _ = run
    pages = sorted(out.glob("*.html"))
    assert {p.name for p in pages} == {"index.html", "markup.html"} | {f"{Path(n).stem}.html" for n in SHORTEST}
    for page in pages:
        tree = lxml_html.fromstring(page.read_bytes())
        for el in tree.iter():
            for attr in ("src", "href", "action", "data", "poster", "srcset"):
                value = el.get(attr)
                if value is not None:
                    assert "//" not in value and ":" not in value.split("#")[0], (page.name, attr, value)
        assert not tree.xpath("//link | //iframe | //img | //object | //embed | //script[@src]"), page.name
        text = page.read_text(encoding="utf-8")
        assert "url(" not in text and "@import" not in text
        assert "default-src 'none'" in text  # and the page forbids itself any request


def test_digest_links_every_brief_sorts_filters_and_lists_failures(run, browser, tmp_path):
    from selenium.webdriver.common.by import By

    out, briefs = run
    requests = open_page(browser, out / "index.html")
    assert requests == [(out / "index.html").as_uri()]
    rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")
    assert len(rows) == len(briefs) + 1  # + empty.txt, failed
    links = {a.get_attribute("href").rsplit("/", 1)[-1]
             for a in browser.find_elements(By.CSS_SELECTOR, "#articles a")}
    assert {f"{stem}.html" for stem in briefs} <= links and {f"{stem}.json" for stem in briefs} <= links
    failed = browser.find_element(By.ID, "failed").text
    assert "empty.txt" in failed
    screenshot(browser, tmp_path, "digest.png")

    # The search box filters on titles and summaries, accents optional: typing a word of one article's title
    # or summary without its accents leaves exactly the rows whose text holds it.
    target = briefs["markup"]
    text = " ".join(x for x in (target.title_en, target.title_vi, target.summary_en) if x)
    words = [w for w in text.split() if len(w) >= 4 and w.isalpha()]
    word = fold(min(words, key=lambda w: sum(fold(w) in fold(r.get_attribute("data-search")) for r in rows)))
    search = browser.find_element(By.ID, "search")
    search.send_keys(word)
    expected = {r.get_attribute("data-search") for r in rows if word in fold(r.get_attribute("data-search"))}
    assert target.source in " ".join(expected)
    assert {r.get_attribute("data-search") for r in rows if r.is_displayed()} == expected
    search.clear()
    browser.execute_script("arguments[0].dispatchEvent(new Event('input'))", search)
    assert all(r.is_displayed() for r in rows)

    # Sorting: a click on a column head sorts the rows by it, a second click reverses them.
    head = browser.find_element(By.XPATH, "//th[normalize-space()='Title']")
    head.click()
    assert head.get_attribute("aria-sort") == "ascending"
    assert browser.execute_script(
        "var k = Array.from(document.querySelectorAll('#articles tbody tr')).map(function (r) {"
        " return r.cells[2].getAttribute('data-sort'); });"
        "return k.every(function (x, i) { return i === 0 || k[i - 1].localeCompare(x, 'vi') <= 0; });")
    order = [r.get_attribute("data-search") for r in browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")]
    head.click()
    assert head.get_attribute("aria-sort") == "descending"
    again = [r.get_attribute("data-search") for r in browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")]
    assert again == list(reversed(order))


def test_digest_entity_index_names_the_articles(run, browser):
    from selenium.webdriver.common.by import By

    out, briefs = run
    open_page(browser, out / "index.html")
    index = browser.find_element(By.ID, "entities")
    people = index.find_elements(By.CSS_SELECTOR, 'ul[data-kind="person"] li')
    # markup.txt introduces "Ông Nguyễn Văn An": detected in the Vietnamese, listed in its English form.
    entry = next(li for li in people if li.find_element(By.TAG_NAME, "strong").text == "Nguyen Van An")
    assert entry.find_element(By.TAG_NAME, "a").get_attribute("href").endswith("markup.html")


def test_flagged_sentences_and_summary_evidence(run, browser, tmp_path):
    """A brief whose sentences carry checks and whose summary carries evidence (pipeline/checks, run on the
    brief's real pairs): flagged rows show their reasons, each summary sentence links to its supports."""
    from selenium.webdriver.common.by import By

    from pipeline.brief.formats import FORMATS
    from pipeline.brief.formats.base import flags
    from pipeline.checks import check_pair
    from pipeline.checks.evidence import link, split_summary

    _, briefs = run
    brief = copy.deepcopy(briefs[Path(SHORTEST[0]).stem])
    for para in brief.paragraphs:
        for pair in para.sentences:
            pair.checks = check_pair(pair.vi, pair.en)
    article = [(p, s, pair.vi, pair.en) for p, para in enumerate(brief.paragraphs, 1)
               for s, pair in enumerate(para.sentences, 1)]
    brief.evidence = link(split_summary(brief.summary_en), article)
    flagged = {f"p{p}s{s}": flags(pair) for p, s, pair in
               ((p, s, pair) for p, para in enumerate(brief.paragraphs, 1) for s, pair in enumerate(para.sentences, 1))
               if pair.checks}
    assert flagged, "random-weight English should trip some check"
    page = tmp_path / "checked.html"
    page.write_text(FORMATS["html"].render(brief), encoding="utf-8")
    open_page(browser, page)

    rows = browser.find_elements(By.CSS_SELECTOR, ".pair.flagged")
    assert {r.get_attribute("id"): [li.get_attribute("textContent") for li in r.find_elements(By.CSS_SELECTOR, ".flags li")]
            for r in rows} == {k: [f"⚑ {reason}" for reason in v] for k, v in flagged.items()}
    # The badge counts the summary's flagged sentences too (an unsupported one among them).
    summary_flagged = sum(1 for e in brief.evidence if e.checks)
    assert str(len(flagged) + summary_flagged) in browser.find_element(By.CSS_SELECTOR, ".badge").text

    points = browser.find_elements(By.CSS_SELECTOR, "#summary .points li")
    assert [p.find_elements(By.CSS_SELECTOR, "a")[0].get_attribute("data-pair") if p.find_elements(By.CSS_SELECTOR, "a")
            else None for p in points] == [f"p{e.support[0].paragraph}s{e.support[0].sentence}" if e.support else None
                                           for e in brief.evidence]
    evidence = next(a for p in points for a in p.find_elements(By.CSS_SELECTOR, ".ev a"))
    key = evidence.get_attribute("data-pair")
    evidence.click()
    for lang in ("vi", "en"):
        assert "hl" in browser.find_element(By.CSS_SELECTOR, f'.s.{lang}[data-pair="{key}"]').get_attribute("class")
    screenshot(browser, tmp_path, "flagged.png")


class _Nesting(HTMLParser):
    """Checks that every element is closed, in order (browsers repair what is not; a reader should not have to)."""
    VOID = {"meta", "input", "br", "img", "link", "hr", "wbr", "source"}

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'} at line {self.getpos()[0]}")
        else:
            self.open.pop()


def test_every_element_is_closed_in_order(run):
    out, _ = run
    for page in sorted(out.glob("*.html")):
        checker = _Nesting()
        checker.feed(page.read_text(encoding="utf-8"))
        checker.close()
        assert not checker.errors and not checker.open, (page.name, checker.errors[:3], checker.open)
