"""Strip scraped-page noise from an article and pull out its metadata.

Every rule here is written against the shape of Vietnamese news pages in general (photo credits, bylines
with timestamps, related-article blocks, CMS footers, ...), never against one file or one outlet. Each rule
only fires on a signal that real prose does not produce, because deleting a real sentence is worse than
letting a caption through: the caption costs a line of translation, the lost sentence silently changes the
brief. Everything removed is recorded with its reason, captions are kept as data, and a line a rule was
unsure of is kept and noted.

    lines.py      the page as lines and blocks, and the record of removals
    labels.py     furniture anywhere: labels, widgets, URL footers, promos, teaser headings
    webui.py      a site's own interface: comment forms, share and copy buttons, sort controls, ad units
    markup.py     a line of the page's code or data: a JSON object, an unfilled placeholder, an open tag, a slug
    sitebox.py    boxes beside every story saved a cell a line: visitor counter, weather, a box's lone head; a call
                  to click here; a text-size control's value under the head's furniture; a language switch; an
                  empty box's placeholder; a credit's label alone ('Nguồn:')
    credits.py    photo/video credits, signatures, sources
    offices.py    an office signing in place of a person, and the run of names it rests on
    pictures.py   image lines, numbered alt text, and the caption under each
    slugs.py      a picture's file name written as words, its empty table cell
    captions.py   captions without credit, between paragraphs or in a gallery
    overlap.py    the words a line shares with the story around it
    runs.py       lines read together: galleries, two captions in a row, what announces a list or the pictures
    scenes.py     captions showing people at work, told from sub-headings by the page; a caption's own words
                  set right over its paragraph
    midflow.py    a caption set between two paragraphs of one train of thought (the lower one points back)
    officials.py  a caption naming an official by the form of address ('Đồng chí X - <posts> ...')
    cues.py       what ties a short line to a photo (when or where it was taken, who stands where)
    related.py    related-article blocks, runs and flattened boxes, other stories' leads after the story
    ticker.py     other stories' headlines listed at the top around the page's own
    linked.py     another story's headline set in square brackets between the paragraphs (a link)
    datedlist.py  other stories listed after the story, each headline closed by the day it was posted
    cutteasers.py other stories' leads cut short by '...' in a box at the page's end
    foreign.py    an English sentence outside a Vietnamese story: a site's or platform's blurb
    calls.py      a call to read or see more, under the story or between the headline and the lead
    contacts.py   a box of contact fields (address, phone, e-mail) outside the story
    attendance.py the guests of an event at what a photo shows them doing ('Các đại biểu tham dự hội nghị'), no stop
    imagelabels.py a template's picture labels ('Image caption', 'Image copyright') and the caption or agency under each
    figures.py    a figure alone on its line between the story's sentences (a view counter, a pager's numbers)
    platforms.py  a blog's, a forum's and a comment plugin's own strings (a comment box's label and empty state, a
                  pager, a post's footer, a thread's header, viewers) and a forum's member card
    slogans.py    a portal's banner watchwords over the story ('Tất cả vì mục tiêu dân giàu, nước mạnh, ...')
    selfdesc.py   a site describing itself over the story: its kind ('TRANG THÔNG TIN ĐIỆN TỬ') or promise ('Tin tức
                  hàng ngày')
    controls.py   a reader's controls as one line: text size 'A- A A+', contrast, share tooltips
    desklabels.py a news desk's label ('Tin thế giới', 'Bản tin X') right over a story whose headline was not saved
    cutcaptions.py a caption cut over two lines as a block of its own; a taken caption's rest going on in lower case
    boxheads.py   a related box's head alone: what it lists, then 'liên quan' ('TIN, BÀI LIÊN QUAN:', 'Bài văn liên quan')
    commentbox.py what a comment box's head ('Ý KIẾN') closes once the story is over: readers' opinions, other leads
    navbuttons.py a page's back and top buttons ('Về trang trước', 'Quay lại đầu trang'); the home link alone
    figuredates.py a dateline in figures dates.py does not read ('2019.06.27', 'TH08 08, 2012', '12/ 11/ 2019')
    fieldlines.py a post's fields parted by stops, commas or spaces ('Tác giả: X .Ngày đăng: <date> .Lượt xem: N')
    pagelabels.py a portal's name for the page under the headline ('Chi tiết tin', 'Xuất bản thông tin')
    figcaptions.py a picture's caption numbered as a figure ('Hình 1. Lễ khai mạc ...', 'Ảnh 2: Bà X phát biểu')
    blocks.py     last: short lines between lines the rules took (a widget's remains), whatever their words
    header.py     the headline, apart from the lead
    headsplit.py  where a text file's headline ends in one block with its lead (one line, two, capitals)
    headdate.py   a headline saved with its date and time after it on one line: the stamp goes as the dateline
    headjoin.py   a headline cut over two lines (lower case, capitals, or a line a block), joined into the title
    headscore.py  the headline by shape: the head's lines scored, overruling a title no headline reads as
    headbanner.py what a site prints over its headline that no headline reads as: a skip link, a slogan in capitals
    headmeta.py   the headline named by a metadata field atop a crawler's text ('Title: <headline>')
    headrecall.py the headline under a box of links, taken by the title rules or the box's as one more link
    headnull.py   a template's empty value printed before the headline ('null <headline>'): the word goes
    headbullet.py a headline printed as the last item of a bulleted menu or breadcrumb ('• <headline>'): the bullet goes
    headstop.py   last, where no title stands: a headline closed by a full stop, one under the story's dateline,
                  or a first line the lead tells again after its time
    headtag.py    last of all, no title found: the line right over a lead that opens on the outlet's tag
    bylines.py    datelines, bylines, outlet tags
    dates.py      a dateline told by its parts, in any date form
    menus.py      a site's section menu saved as text, one item a line or on one line; a table of contents
    repeats.py    repeated lines and pull quotes
    furniture.py  batch-level boilerplate (a first pass over the batch)
    prose.py      the loss guard: a line a layout rule took that reads as a sentence of the story goes back, noted
    structure.py  the loss guard's second half: a list item under its lead-in, a numbered or a series' head
    rowruns.py    the loss guard's third part: a run of like rows (a table's, a list's, a timeline's) between kept lines
    verse.py      the loss guard's fourth part: a line of verse, told by its metre and rhyme (lục bát, one length)
    wrapped.py    the loss guard's fifth part: a line of a paragraph wrapped by hand, the sentence running on over it
    cells.py      the loss guard's sixth part: a table printed one cell a line (rows of one period, a figure column)
    ownhead.py    the loss guard at the top, no title found: a first line read as a byline or an author, no name,
                  or a headline-shaped line a layout rule took over the first kept line, is the headline
    driver.py     the order the rules run in
"""

from pipeline.ingest.clean.driver import clean_article
from pipeline.ingest.clean.furniture import Furniture, FurnitureCounter, find_furniture, fingerprint_part

__all__ = ["clean_article", "Furniture", "FurnitureCounter", "find_furniture", "fingerprint_part"]
