"""The order the rules run in, and the per-line rules that need no context."""

from __future__ import annotations

import re

from pipeline.ingest.article import ArticleError, CleanArticle, RawArticle
from pipeline.ingest.clean import (
    attendance, blocks, boxheads, bylines, calls, captions, commentbox, contacts, controls, credits, cutcaptions,
    cutteasers, datedlist, desklabels, fieldlines, figcaptions, figuredates, figures, foreign, furniture, header,
    headbanner, headrecall, headscore, headsplit, headstop, headunder, imagelabels, labels, linked, markup, menus,
    midflow, navbuttons, ownhead, pagelabels, pictures, platforms, prose, related, officials, repeats, runs, scenes,
    selfdesc, sitebox, slogans, slugs, span, ticker, trails, webui,
)
from pipeline.ingest.clean.lines import SENTENCE_END, VI_LETTERS, Line, Page, is_paragraph, key, split_lines, words
from pipeline.ingest.metadata import with_meta
from pipeline.text.tokens import CAPITALS

_END_MARKER_RE = re.compile(r"\s*(?:\.+|…)\s*/\s*\.\s*$")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_GLUED_CREDIT_RE = re.compile(r"(?<=[a-zà-ỹđ.)])(?=(?:Ảnh|Nguồn ảnh|Đồ họa|Video|Clip)\s*:\s*\S)")


_PHOTO_SHOWS_RE = re.compile(r"^(?:Ảnh|ẢNH)\s*:\s*(?P<what>[" + CAPITALS + r"][^:.!?]{10,300}[.]?)$")


def _credit_line(text: str) -> str | None:
    """'Ảnh: X', 'Nguồn: X' alone; 'Ảnh: <what the photo shows>' is a caption. 'Video: <headline>' is a headline,
    so video credits must name a person."""
    if credits.BARE_PHOTO_CREDIT_RE.match(text):
        return "photo-credit"
    if credits.SITE_REPRINT_RE.match(text):
        return "source-credit"
    m = credits.PHOTO_CREDIT_LINE_RE.match(text)
    if not m or words(m.group("who")) > 10:
        # past a credit's length the words after the label say what the photo shows ('Ảnh: Buổi giao lưu ...')
        m = _PHOTO_SHOWS_RE.match(text)
        return "photo-caption" if m and words(m.group("what")) <= 40 else None
    if text.startswith(("Video", "Clip")) and not credits.is_name(m.group("who").strip(" .")):
        return None
    source = text.startswith(("Nguồn", "NGUỒN")) and not text.startswith("Nguồn ảnh")  # 'NGUỒN: Tổng hợp' in capitals
    return "source-credit" if source else "photo-credit"


# 'TRANG THÔNG TIN ĐIỆN TỬ', 'Cổng thông tin điện tử': what a portal's masthead says it is, alone on a line (its
# owner's name, when printed, stands on the next); a story names a portal in a sentence.
_PORTAL_KIND_RE = re.compile(r"^\s*(?:trang|cổng)\s+thông\s+tin\s+điện\s+tử\s*$", re.IGNORECASE)


def _over_the_story(page: Page, line: Line) -> bool:
    """In the page header, with no paragraph of prose above it: where a site prints its masthead."""
    return line.index < page.header_end and not any(
        ln.index < line.index and is_paragraph(ln.text) for ln in page.lines)


def _opens_a_section(page: Page, line: Line) -> bool:
    """A box's label heads other stories' headlines; over a short line of the story's that ends in a colon (a
    bulletin's 'Heo hơi tăng giá:' under 'TIÊU ĐIỂM') and prose under that, it is the story's own rubric."""
    pos = next(i for i, ln in enumerate(page.lines) if ln is line)
    below = [ln for ln in page.lines[pos + 1:] if ln.text][:3]
    return len(below) == 3 and below[0].text.endswith(":") and words(below[0].text) <= 8 \
        and labels.teaser_label(below[0].text) is None \
        and any(is_paragraph(ln.text) for ln in below[1:])


# The figure alone, grouped by thousands or not, maybe with the bullet of the share row it stood in ("• 3.965").
_BARE_COUNT_RE = re.compile(r"(?:[•·]\s*)?(?:\d{1,7}|\d{1,3}(?:[.,]\d{3})+)")


def _date_part(page: Page, line: Line) -> bool:
    """A day of the month over a short line (a month's name, 'FEB', 'Tháng 2'): a date a calendar widget printed
    on two lines, for the dateline rules, not a counter."""
    below = next((ln for ln in page.lines if ln.index > line.index and ln.text.strip()), None)
    day = line.text.strip()  # (a grouped or bulleted count is no day)
    return day.isdigit() and 1 <= int(day) <= 31 and below is not None and words(below.text) <= 2


# A wire or photo agency's name alone on its line ('Sputnik' under a picture, 'Bloomberg' closing the story): the
# credit with its 'Ảnh:' or 'Theo' lost. A closed list of the agencies the Vietnamese press reprints; a story names
# one inside a sentence.
_AGENCY_RE = re.compile(r"^\(?(?:Reuters|AFP|AP|Sputnik|TTXVN|Bloomberg|Xinhua|Tân Hoa Xã|Kyodo|Yonhap|EPA|TASS|"
                        r"RIA Novosti|Getty Images|AFP/TTXVN|Reuters/TTXVN)\)?\.?$")


def _sources_anywhere(page: Page) -> None:
    """'Theo Reuters', 'Theo Minh Anh (Tiền Phong)' alone under the headline or over a related box, where the
    signature walk does not read, or an agency's name alone: no sentence is a source's name alone. Once the title
    is found, so that a byline of that form under the headline is read as the author first; never the title nor the
    first line."""
    for line in page.kept():
        if line.text == page.title or not any(ln.text.strip() for ln in page.lines if ln.index < line.index):
            continue
        if _AGENCY_RE.match(line.text.strip()):
            below = any(is_paragraph(ln.text) for ln in page.kept() if ln.index > line.index)
            page.drop(line, "photo-credit" if below else "source-credit")  # under a picture, or the story's source
            continue
        if credits.source_line(line.text):
            page.drop(line, "source-credit")
            below = next((ln for ln in page.lines if ln.index > line.index and ln.text.strip()), None)
            if below is not None and below.kept and credits.outlet_line(below.text):
                page.drop(below, "source-credit")  # the paper the reprint's author wrote for, on its own line


def line_rules(page: Page, line: Line) -> None:
    if bylines.metadata_line(page, line):
        return
    text = line.text
    if line.index < page.header_end and text.casefold() in labels.SECTION_NAMES:
        page.drop(line, "section-label")
        return
    if page.accented and webui.foreign_label(text) \
            and sum(1 for ln in page.lines if ln.index < line.index and is_paragraph(ln.text)) <= 1:
        # over the lead (a long headline may read as prose) of a Vietnamese page: the foreign template's label
        page.drop(line, "widget")
        return
    # Over the story the trail is the header's to read (headtrail, menus, labels); under prose a home step is one alone
    if menus.glued_crumbs(text) and _over_the_story(page, line) \
            or trails.home_trail(text) and not _over_the_story(page, line):
        page.drop(line, "breadcrumb")
        return
    roster = credits.staff_roster(text) if ":" in text else None
    # Under the headline one credit is the byline; further down only several on a line say so ('Nội dung:' opens
    # real lines; trailing_credits reads a single one at the end).
    if roster is not None and (line.index < page.header_end or roster[1] >= 2):
        page.set_author(roster[0])
        page.drop(line, "byline")
        return
    if labels.contact_line(text) and _over_the_story(page, line):
        page.drop(line, "site-header")  # the paper's hotline and e-mail printed in its masthead
        return
    if _PORTAL_KIND_RE.match(text) and _over_the_story(page, line):
        page.drop(line, "site-header")  # the kind of site a government portal's masthead names, over the story
        return
    # '* Mời bạn đọc ...': an asterisk marks an add-on, furniture's as well as the story's.
    reason = labels.whole_line_noise(text.lstrip("* ") or text, page.accented) or _credit_line(text) \
        or ("promo" if sitebox.click_call(text) else None) \
        or ("language-switch" if sitebox.language_switch(text) else None) \
        or ("placeholder" if sitebox.placeholder(text) else None) \
        or ("widget" if markup.markup_line(text) else None)
    if reason == "teaser-label" and _opens_a_section(page, line):
        page.doubt(line, "kept: a box label over a line of the story's that opens a section (its rubric?)")
        return
    if reason is not None:
        page.drop(line, reason)
        return
    if repeats.doubled(text):
        page.drop(line, "related-headline")
        return
    if line.index < page.header_end and _BARE_COUNT_RE.fullmatch(text.strip()) and not _date_part(page, line) \
            and not any(is_paragraph(ln.text) for ln in page.lines if ln.index < line.index):
        page.drop(line, "counter")  # a figure alone over the lead: the page's views or comments, no label left
        return
    if labels.programme_invitation(text):
        page.doubt(line, "kept: the presenter inviting the audience to the programme, maybe a channel's promo")
        return
    glued = _GLUED_CREDIT_RE.search(text)
    if glued:  # 'đền GióngẢnh: X': the extractor joined the caption and its credit; a space parts them again
        line.text = text = text[:glued.start()] + " " + text[glued.start():]
    split = credits.strip_credit(text)
    if split is not None:
        before, credit = split
        # a sentence naming what a picture shows, with no verb, credited to a web site is that picture's caption
        if credits.credit_takes_line(before, credit) or (
                credits.web_source(credit) and captions.caption_kind(before) is not None):
            credits.drop_captioned(page, line, before, credit)
        else:
            if credit.rstrip().endswith(".") and not before.endswith(tuple(SENTENCE_END)):
                before += "."  # the period closed the sentence, not the credit
            page.drop_fragment(line, credit, credits.credit_reason(credit), before)
        return

    slugs.glued_slug(page, line)
    text = line.text
    m = _END_MARKER_RE.search(text)  # "../." and ".../." close wire-service copy
    if m:
        page.drop_fragment(line, text[m.start():], "end-marker", text[: m.start()] + ".")
        text = line.text
    m = re.match(r"^\*+\s*", text)  # "*Cùng ngày, ..." marks an add-on paragraph (or an interview question)
    if m and "*" not in text[m.end():]:
        page.drop_fragment(line, m.group(0), "leading-asterisk", text[m.end():])
        text = line.text
    m = _MD_HEADING_RE.match(text)
    if m:
        page.drop_fragment(line, m.group(0), "markdown-heading", text[m.end():])


_TAG_LABELS = {"tags", "tag", "từ khóa", "từ khoá", "chủ đề", "keywords"}


def _tag_values(page: Page) -> None:
    """The tags printed on the line under a bare 'Từ khóa:' / 'Tags:' label: a list of short phrases between
    commas, no sentence."""
    labelled = {r.index for r in page.removed_lines()
                if r.reason == "section-label" and r.text.casefold().rstrip(": ") in _TAG_LABELS}
    for pos, line in enumerate(page.lines[1:], 1):
        if line.kept and page.lines[pos - 1].index in labelled and "," in line.text:
            parts = [p.strip() for p in line.text.split(",")]
            if words(line.text) <= 30 and all(1 <= words(p) <= 6 for p in parts) \
                    and not line.text.endswith(tuple(SENTENCE_END)):
                page.drop(line, "tags")


_TO_READER_RE = re.compile(r"\b(?:bạn|quý vị|độc giả|bạn đọc)\b", re.IGNORECASE)


def _sort_options(page: Page) -> None:
    """The options under a comment list's sort label ('Xếp theo:' over 'Thời gian', 'Mặc định')."""
    for pos, line in enumerate(page.lines):
        if not line.kept and webui.SORT_LABEL_RE.match(line.text.strip()):
            n = webui.sort_options([ln.text for ln in page.lines], pos + 1)
            for option in page.lines[pos + 1:pos + 1 + n]:
                if option.kept:
                    page.drop(option, "widget")


_FORM_REASONS = {"widget", "comment-counter", "share-bar", "section-label", "url-footer", "counter"}


def _form_lines(page: Page) -> None:
    """A line set between two lines of a site's interface that speaks of the interface too (a comment form's
    rules, a pop-up's title): part of the form."""
    reasons = {r.index: r.reason for r in page.removed_lines()}
    lines = [ln for ln in page.lines if ln.text]
    for a, line, b in zip(lines, lines[1:], lines[2:]):
        if line.kept and reasons.get(a.index) in _FORM_REASONS and reasons.get(b.index) in _FORM_REASONS \
                and webui.in_a_form(line.text):
            page.drop(line, "widget")
            reasons[line.index] = "widget"


def _reader_question(page: Page) -> None:
    """The question put to readers right above the call for their letters ("Bạn có đồng tình ...? ...")."""
    calls = {r.index for r in page.removed_lines() if r.reason == "reader-call"}
    for pos, line in enumerate(page.lines[:-1]):
        if line.kept and page.lines[pos + 1].index in calls and line.text.endswith("?") \
                and _TO_READER_RE.search(line.text) and words(line.text) <= 60:
            page.drop(line, "reader-call")


def _site_footer(page: Page) -> None:
    """The site named in unaccented letters at the very end ("Bao Dien tu Dan tri"), on a page whose text is
    accented, or named as the label over the headline was ("VnEconomy" on top, "VnEconomy - Tạp chí Kinh tế
    Việt Nam" at the end): a footer, not a sentence of the story."""
    kept = page.kept()
    top = {key(r.text) for r in page.removed_lines() if r.reason == "section-label" and r.index < page.header_end
           and len(key(r.text)) >= 4 and r.text[:1].isupper()}
    for line in kept[-3:]:
        if top and words(line.text) <= 12 and not line.text.endswith(tuple(SENTENCE_END)) \
                and any(key(line.text).startswith(label) for label in top):
            page.drop(line, "site-footer")
    # Contact lines under what a page prints once the story is over (a site's name, a widget) are its footer; an
    # advertiser's contact block closes the text itself, under prose, and stays.
    furniture = {r.index for r in page.removed_lines() if r.reason not in ("author", "photo-caption", "image-caption")}
    for pos in range(len(page.lines) - 1, 0, -1):
        line = page.lines[pos]
        if not line.kept:
            continue
        if not labels.contact_line(line.text) or page.lines[pos - 1].index not in furniture:
            break
        page.drop(line, "site-footer")
        furniture.add(line.index)
    kept = page.kept()
    text = " ".join(ln.text for ln in kept)
    if sum(1 for w in text.split() if any(ch in VI_LETTERS for ch in w.lower())) < 0.2 * max(words(text), 1):
        return  # an unaccented article: every line would look like this
    for line in reversed(kept[-3:]):
        t = line.text
        if 2 <= words(t) <= 12 and not any(ch in VI_LETTERS for ch in t.lower()) and not t.endswith((".", "!", "?")) \
                and t[:1].isupper() and not credits.parse_signature(t) and not any(ch.isdigit() or ch == ":" for ch in t):
            page.drop(line, "site-footer")
        else:
            break


def _paragraphs(page: Page) -> list[str]:
    paragraphs: list[str] = []
    current_block = None
    for line in page.lines:
        if not line.kept or not line.text:
            continue
        if not any(ch.isalnum() for ch in line.text):  # nothing to translate: a stray mark
            page.drop(line, "widget")
            continue
        if line.block == current_block:
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
            current_block = line.block
    return paragraphs


def clean_article(raw: RawArticle, boilerplate: frozenset[str] = frozenset()) -> CleanArticle:
    """Remove page boilerplate, keep the story, extract title/date/outlet/author and the captions.

    `boilerplate`: the batch-level furniture keys found in this article (furniture.Furniture.for_text).
    Raises ArticleError when nothing but boilerplate is left.
    """
    page = Page(raw, split_lines(raw.text), boilerplate)
    # Order matters: the related-stories tail first, so that the signature walk starts at the story's real
    # end; signatures before batch furniture, so that an author who signs many stories of the batch is an
    # author; images claim their captions before the generic caption rules see them; related runs,
    # duplicates and the title are judged only on what is left. A site menu goes first of all: the header is
    # under it.
    menus.site_menus(page)
    menus.contents_list(page)
    header.other_story_first(page)
    headsplit.split_headline(page)
    related.cut_teaser_tail(page)
    credits.trailing_credits(page)
    furniture.remove_furniture(page)
    pictures.images(page)
    pictures.shortcodes(page)
    pictures.glued_files(page)
    pictures.headline_alts(page)
    slugs.closed_cells(page)
    credits.cut_credits(page)  # before the line rules read the cut halves one by one
    for line in page.lines:
        if line.kept:
            line_rules(page, line)
    platforms.platform_furniture(page)  # a blog's, a forum's and a comment plugin's own strings
    controls.control_lines(page)  # a reader's controls (text size, contrast, share tooltips) as one line
    navbuttons.nav_lines(page)  # a page's back and top buttons, wherever they stand
    pictures.cut_caption_heads(page)  # once the credited captions are known
    pictures.loose_credits(page)  # a caption's credit in a form the line rules passed over
    imagelabels.template_labels(page)  # a template's 'Image caption' / 'Image copyright' and what each labels
    sitebox.site_boxes(page)
    repeats.equal_runs(page)
    _tag_values(page)
    _sort_options(page)
    _form_lines(page)
    webui.ad_units(page)
    _reader_question(page)
    related.flattened_boxes(page)  # first: a glued teaser belongs to the run of related headlines it stands in
    related.related_runs(page)
    runs.series_index(page)
    related.teaser_pairs(page)
    related.tagged_teasers(page)
    # After the runs: a '>>' line is a link wherever it stands, and may head a run.
    page.drop_where(lambda text: labels.arrow_link(text) or linked.closing_arrow(text), "related-headline")
    linked.linked_headlines(page, page.kept())
    datedlist.dated_lists(page)
    _site_footer(page)
    credits.trailing_credits(page, last=True)  # a signature under related headlines or a site footer is the end now
    related.bulleted_link_after_the_end(page)
    boxheads.related_heads(page)  # a box's head ('Bài văn liên quan'), after the runs that read it with its items
    # Pull quotes before captions: a quote set out between paragraphs is no neighbour a caption is judged by.
    repeats.split_pull_quotes(page)  # before the one-line rule takes the first half alone
    repeats.pull_quotes(page)
    repeats.twice_in_a_row(page)  # before captions are judged by their neighbours: it is one of them
    captions.captions_between(page)
    scenes.scene_captions(page)  # after: a caption already taken is no sub-heading the page is cut by
    scenes.last_scene(page)
    scenes.named_at_work(page)  # a person named in full and what they do, with no stop, between paragraphs
    scenes.glued_caption(page)
    officials.official_captions(page)  # after the scenes: one the page's sections kept may still name an official
    attendance.guests_captions(page)  # the guests at what a photo shows them doing, with no stop, under a paragraph
    midflow.midflow_captions(page)  # after the caption rules: a line they passed over, read by the text around it
    pictures.picture_notes(page)  # after the caption rules: 'Ảnh minh họa' alone, where they passed it over
    prose.keep_prose(page)  # last of the removals a line's place decides: a line that reads as prose stays
    bylines.outlet_tag(page)
    repeats.dedupe(page)
    prose.keep_repeated_items(page)  # a list's item printed twice on the page: the list keeps it
    desklabels.desk_labels(page)  # before the headline is chosen: a desk's label over the story is none
    header.find_title(page)
    headscore.second_look(page)  # the head weighed by shape: overrules a title no headline reads as
    headunder.headline_under_dateline(page)  # a menu's item taken over the dateline the headline stands under
    headrecall.linked_headline(page)  # the headline a box's rule took as a link, right over the lead
    headstop.take_stopped(page)  # none found: a headline closed by a full stop (over its dateline, or set apart)
    ownhead.keep_dated_headline(page)  # none found still: a first line read as a name that is none
    ownhead.keep_untitled_copies(page)  # none found at all: the title's copies rest on nothing
    ticker.ticker_over_headline(page)  # once the headline is known
    sitebox.box_heads(page)  # once the headline is known
    figuredates.figure_datelines(page)  # once the headline is known: a line under it is no copy of the lead's
    fieldlines.field_lines(page)  # once the headline is known: a post's fields in a form bylines.py does not read
    _sources_anywhere(page)  # once the headline and the head's author are known
    bylines.initials_alone(page)  # once the headline is known: it is never one
    menus.bulleted_head(page)  # once the headline is known
    menus.menu_over_headline(page)  # once the headline is known
    webui.english_interface(page)  # once the headline is known
    navbuttons.home_links(page)  # once the menus over the headline were read: the home link alone
    pagelabels.page_labels(page)  # once the headline is known: a portal's name for the page under it
    figcaptions.figure_captions(page)  # once the headline is known: a numbered picture's caption
    foreign.english_outside_story(page)  # once the headline is known: English outside the story's Vietnamese prose
    calls.calls_outside_story(page)  # once the headline is known: a call to read more outside the story
    contacts.contact_boxes(page)  # once the headline is known: a box of contact fields outside the story
    platforms.member_cards(page)  # once the headline is known: over it the card is the head's to read
    slogans.banner_slogans(page)  # once the headline is known: a portal's watchwords over the story
    headbanner.dated_bars(page)  # once the headline is known: the date of the day glued to a widget's words
    selfdesc.self_descriptions(page)  # once the headline is known: the site's own kind or promise over the story
    figures.bare_figures(page)  # once the headline is known: a counter's or a pager's figure alone between sentences
    cutteasers.cut_teaser_box(page)  # once the headline is known: the run stops at it
    cutcaptions.cut_captions(page)  # once the headline is known: a caption cut over two lines under it
    cutcaptions.caption_tails(page)  # a taken caption's rest, going on in lower case on the lines under it
    commentbox.after_comment_box(page)  # once the story's furniture is known: what a comment box's head closes
    sitebox.zoom_values(page)  # once the head's furniture and headline are known
    span.outside_story(page)  # last: the headline and what the rules took around the lead are known
    blocks.furniture_blocks(page)  # after the span: short lines between lines the rules took, whatever their words
    prose.keep_prose(page)  # again, last: what the rules after the first pass took (the headline's) is weighed too
    page.set_outlet(page.signature_outlet)
    paragraphs = _paragraphs(page)
    if not paragraphs:
        raise ArticleError("no article text left after removing boilerplate")
    page.removed.sort(key=lambda item: (item[0], item[1]))
    # A page's, a Word file's or a dataset record's own metadata and figure captions (metadata.py).
    return with_meta(CleanArticle(
        source=raw.source,
        title=page.title,
        date=page.date,
        outlet=page.outlet,
        author=page.author,
        paragraphs=paragraphs,
        removed=[item[2] for item in page.removed],
        captions=[c for _, c in sorted(page.captions, key=lambda item: item[0])],
        unsure=[u for _, u in sorted(page.unsure, key=lambda item: item[0])],
    ), raw)
