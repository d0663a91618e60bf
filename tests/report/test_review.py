"""report.html: self-contained, every note text escaped and inert, cards, charts, map, bullets
linked to their notes, set-aside notes listed."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from muistiinpanot.messages import render
from muistiinpanot.records import (
    BlogPost,
    Bullet,
    Clinic,
    Note,
    SourceRef,
    Theme,
    ThemeAssignment,
    ThemeResult,
)
from muistiinpanot.report.review import note_map, render_review
from muistiinpanot.report.review_records import AppliedCorrections

HOSTILE = (
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "</script><script>alert(2)</script>",
    "\"'><svg onload=alert(3)> & &amp;",
)


def _note(number: int, text: str, group: str = "ryhmä 1", status: str = "kept") -> Note:
    return Note(
        id=f"k/ryhma.txt:{number}",
        clinic="k",
        group=group,
        text=text,
        source=SourceRef("ryhma.txt", line=number),
        lemmas=("tieto", "kulkea"),
        status=status,  # type: ignore[arg-type]
        duplicate_of="k/ryhma.txt:1" if status == "duplicate" else None,
    )


def _page(
    texts: tuple[str, ...],
    *,
    label: str = "Siilot",
    group: str = "ryhmä 1",
    corrections: AppliedCorrections | None = None,
    redacted: bool = False,
    withheld: dict[str, str] | None = None,
) -> str:
    notes = [_note(n, text, group) for n, text in enumerate(texts, start=1)]
    notes.append(_note(len(texts) + 1, texts[0], status="duplicate"))
    kept = [note.id for note in notes if note.status == "kept"]
    themes = ThemeResult(
        themes=(
            Theme("siilot", label, "seeded", size=len(kept) - 1, keywords=(label, "raja")),
            Theme("uusi-1", "Resurssit", "emergent", size=1, representative_ids=(kept[-1],)),
            Theme("luottamus", "Luottamus", "seeded", size=0),
            Theme("muu", "Muut aiheet", "muu", size=0),
        ),
        assignments=tuple(
            ThemeAssignment(note_id, "uusi-1" if note_id == kept[-1] else "siilot", 0.5)
            for note_id in kept
        ),
    )
    post = BlogPost(
        title="Otsikko",
        lead="Johdanto",
        paragraphs=(),
        highlights_heading="Nostoja",
        bullets=(Bullet("siilot", label, texts[0], (kept[0], kept[1 % len(kept)])),),
        closing="",
        contact_heading="Lisätiedot",
        contact_lines=(),
    )
    coordinates = {note_id: (float(i), float(i % 3)) for i, note_id in enumerate(kept)}
    clinic = Clinic(id="k", title=f"Klinikka {label}", date="2026-01-15")
    return render_review(
        clinic,
        notes,
        themes,
        post,
        coordinates,
        skipped=(("kuva.png", "ei tuettu / not supported"),),
        corrections=corrections,
        redacted=redacted,
        withheld=withheld,
    )


class _Scripts(HTMLParser):
    """Collects tags, and the text of <script> elements, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(page)
    return parser


def test_review_escapes_hostile_note_text() -> None:
    page = _page(HOSTILE, label="<b>Siilot</b>", group="<i>r</i>")
    parsed = _parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"img", "b", "i"}  # no element came from a note, label or group
    assert [tag for tag, _ in parsed.tags if tag == "script"] == ["script", "script"]
    assert [tag for tag, _ in parsed.tags if tag == "svg"] == ["svg", "svg", "svg"]
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    for text in HOSTILE:
        assert str(escape(text)) in page
    data, script = parsed.scripts
    assert json.loads(data)["clinic"] == "k"
    assert "alert" not in script


def test_review_json_block_cannot_be_closed_by_a_note_id() -> None:
    notes = [
        Note("k/</script><script>alert(1)</script>.txt:1", "k", "r", "x", SourceRef("a")),
    ]
    themes = ThemeResult(
        themes=(Theme("muu", "Muut aiheet", "muu", size=1),),
        assignments=(ThemeAssignment(notes[0].id, "muu", 0.5),),
    )
    post = BlogPost("T", "L", (), "N", (), "", "C", ())
    page = render_review(Clinic("k"), notes, themes, post, {})
    parsed = _parse(page)
    assert len(parsed.scripts) == 2
    assert json.loads(parsed.scripts[0])["notes"] == {notes[0].id: "muu"}


def test_review_counts_a_duplicate_once() -> None:
    """A duplicate inherits its original's theme (notes.csv shows what it is about), but it
    is set aside: the header's themed + set aside add up to the notes, as the CLI,
    summary.json and themes.csv count them, and the page's theme sizes leave it out (review
    34, finding 11: "46 muistiinpanoa, 43 teemoiteltu, 4 sivuun jätetty")."""
    from muistiinpanot.themes.assign import inherited_assignments

    notes = [_note(1, "tieto ei kulje"), _note(2, "siilot estävät"), _note(3, "tyhjä", "r")]
    notes.append(_note(4, "tieto ei kulje", status="duplicate"))
    own = tuple(ThemeAssignment(n.id, "siilot", 0.5) for n in notes[:3])
    themes = ThemeResult(
        themes=(Theme("siilot", "Siilot", "seeded", size=3),),
        assignments=own + inherited_assignments(notes, own),
    )
    assert len(themes.assignments) == 4  # as the pipeline hands them over
    post = BlogPost("T", "L", (), "N", (), "", "C", ())
    page = render_review(Clinic("k"), notes, themes, post, {})
    assert "4 muistiinpanoa, 3 teemoiteltu, 1 sivuun jätetty" in page
    data = json.loads(_parse(page).scripts[0])
    assert sorted(data["notes"]) == [n.id for n in notes[:3]]


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_review_any_note_text_stays_text(text: str) -> None:
    page = _page((text, "toinen muistiinpano"))
    assert str(escape(text)) in page
    assert len(_parse(page).scripts) == 2


def test_review_is_self_contained_with_a_strict_policy() -> None:
    page = _page(("tieto ei kulje", "siilot pitää purkaa"))
    for external in ("<link", "src=", "http://", "https://", "@import", "url("):
        assert external not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    script = _parse(page).scripts[1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy.group(1)


def test_review_cards_charts_map_and_links() -> None:
    page = _page(("tieto ei kulje", "siilot pitää purkaa", "rahaa ei ole"))
    parsed = _parse(page)
    cards = [a for tag, a in parsed.tags if tag == "article" and "card" in (a.get("class") or "")]
    assert [card["data-theme"] for card in cards] == ["siilot", "uusi-1", "luottamus"]
    assert "määritelty" in page and "uusi" in page
    circles = [a for tag, a in parsed.tags if tag == "circle"]
    assert len(circles) == 3
    bars = [a for tag, a in parsed.tags if tag == "rect" and a.get("fill")]
    assert len(bars) >= 4
    ids = {a["id"] for _, a in parsed.tags if "id" in a and a["id"]}
    links = [
        a["href"] for tag, a in parsed.tags if tag == "a" and (a.get("href") or "")[:2] == "#n"
    ]
    assert links and all(link[1:] in ids for link in links)
    assert "Sivuun jätetyt" in page and "toisto" in page and "kuva.png" in page
    assert "Lemmat" in page and "tieto kulkea" in page


def test_review_warns_near_the_top_when_the_notes_are_not_redacted() -> None:
    """Review 34 #15: a page of unredacted notes says, before its first section, in Finnish
    with English in brackets, that it is for internal review only; a --redact page does not."""
    page = _page(("Kalle Mäkelä sanoi, että tieto ei kulje", "siilot"))
    warning = re.search(r'<p class="internal"[^>]*>(.*?)</p>', page, re.S)
    assert warning is not None and warning.start() < page.index('<section id="teemat">')
    text = re.sub(r"<[^>]+>", "", warning.group(1))
    assert "Vain sisäiseen tarkasteluun." in text
    assert "muistiinpanot sellaisinaan, henkilötietoja poistamatta" in text
    assert "[For internal review only: this page shows the notes unredacted" in text
    redacted = _page(("[nimi] sanoi, että tieto ei kulje", "siilot"), redacted=True)
    assert 'class="internal"' not in redacted and "internal review" not in redacted


def test_note_map_is_deterministic_and_places_every_note() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 5))
    vectors[2] = 0.0
    ids = [f"n{i}" for i in range(6)]
    first = note_map(ids, vectors)
    assert set(first) == set(ids) and first["n2"] == (0.0, 0.0)
    assert note_map(ids, vectors.copy()) == first
    flipped = note_map(ids, -vectors)
    assert {k: (abs(x), abs(y)) for k, (x, y) in flipped.items()} == {
        k: (abs(x), abs(y)) for k, (x, y) in first.items()
    }


def test_review_tells_what_the_corrections_did() -> None:
    """A rerun with corrections says so at the top, marks the corrected and the moved notes
    instead of their score, and hands the corrected ids to the script (a second download keeps
    them); without corrections there is no such line or mark."""
    applied = AppliedCorrections(
        file="<b>korjaukset</b>.csv",
        corrected=frozenset({"k/ryhma.txt:1"}),
        moved=frozenset({"k/ryhma.txt:2"}),
        carried=frozenset({"k/ryhma.txt:3"}),
        unknown=2,
    )
    page = _page(("tieto ei kulje", "siilot", "rajat", "budjetti"), corrections=applied)
    assert (
        "Analyytikon korjaukset (<code>&lt;b&gt;korjaukset&lt;/b&gt;.csv</code>): "
        "1 muistiinpano korjattu, 1 siirtyi niiden mukana, 1 aiempien klinikoiden "
        "korjausten mukana; 2 tunnistetta ei vastannut yhtään muistiinpanoa." in page
    )
    items = re.findall(r'<li id="n\d+" data-note="([^"]+)"[^>]*>(.*?)</li>', page, re.S)
    marks = {i: re.findall(r'<span class="mark">([^<]+)</span>', block) for i, block in items}
    assert {i: found[0] for i, found in marks.items() if found} == {
        "k/ryhma.txt:1": "korjattu",
        "k/ryhma.txt:2": "siirtyi korjausten mukana",
        "k/ryhma.txt:3": "siirtyi aiemman klinikan korjauksen mukana",
    }
    block = re.search(r'id="review-data">(.*?)</script>', page, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    assert marks["k/ryhma.txt:4"] == [] and data["corrected"] == ["k/ryhma.txt:1"]
    plain = _page(("tieto ei kulje", "siilot"))
    assert 'class="applied"' not in plain and 'class="mark"' not in plain


def test_review_counts_agree_with_one_in_finnish() -> None:
    """Review 38 #19: after 1 the noun is nominative singular ("1 tunniste ei vastannut"), after
    other numbers partitive ("2 tunnistetta"), in the corrections line, the header and a card."""
    applied = AppliedCorrections(
        corrected=frozenset({"k/ryhma.txt:1"}),
        unknown=1,
        renamed=frozenset({"siilot"}),
        unplaced=1,
    )
    page = _page(("tieto ei kulje", "siilot"), corrections=applied)
    assert (
        "1 muistiinpano korjattu, 0 siirtyi niiden mukana; 1 teema nimetty uudelleen; "
        "1 tunniste ei vastannut yhtään muistiinpanoa; 1 nimetty teema ei löytynyt tästä ajosta."
    ) in page
    assert "<span>3 teemaa</span>" in page
    card = re.search(r'<article class="card"[^>]*data-theme="uusi-1".*?</article>', page, re.S)
    assert card is not None and "</strong> muistiinpano (" in card.group()
    assert "1 tunnistetta" not in page and "1 teemaa" not in page


def test_review_card_says_when_the_post_left_its_label_out() -> None:
    """Review 37 #9: only `-v` said that the analyst's label was left out of the post as read
    for a person's name; its card says so, the others' do not."""
    message = render("label_withheld")
    page = _page(("tieto ei kulje", "siilot pitää purkaa"), withheld={"uusi-1": message})
    cards = re.findall(r'<article class="card"[^>]*data-theme="([^"]+)".*?</article>', page, re.S)
    assert cards == ["siilot", "uusi-1", "luottamus"]
    card = re.search(r'<article class="card"[^>]*data-theme="uusi-1".*?</article>', page, re.S)
    assert card is not None
    assert "Otsikko jätettiin pois julkaisusta, koska se luetaan henkilön nimeksi" in card.group()
    assert "reads as a person&#39;s name" in card.group()
    assert page.count("luetaan henkilön nimeksi") == 1
    assert "luetaan henkilön nimeksi" not in _page(("tieto ei kulje", "siilot pitää purkaa"))


def test_review_names_the_rows_it_could_not_apply() -> None:
    """Review 39 #10: the page counted the refused note rows but did not name them, and its
    next download does not hold them, so one more round lost them without a trace. It lists
    each (row, note id, theme asked for) and says the next download drops it."""
    lost = ("rivi 4 / row 4: k/ryhma3.txt:7 → <i>luonto</i>",)
    applied = AppliedCorrections(file="c.csv", corrected=frozenset({"k/ryhma.txt:1"}), lost=lost)
    page = _page(("tieto ei kulje", "siilot", "rajat", "budjetti"), corrections=applied)
    assert "1 korjaus jäi soveltamatta" in page
    listed = re.search(r'<ul class="lost">(.*?)</ul>', page, re.S)
    assert listed is not None
    assert "rivi 4 / row 4: k/ryhma3.txt:7 → &lt;i&gt;luonto&lt;/i&gt;" in listed.group(1)
    assert "eivät ole seuraavassa latauksessa" in page


def test_review_lists_the_rows_applied_to_an_edited_note_beside_the_lost_ones() -> None:
    """Review 40 #23: the run warned that a corrected note's text was edited (and applied the
    row), but the page never said so. It counts and lists those rows next to the refused
    ones, and says that the folder's name is not the one the ids were made for (#27)."""
    edited = ("rivi 2 / row 2: vanha/ryhma1.txt:3 → <b>uusi-3</b>",)
    lost = ("rivi 4 / row 4: k/ryhma3.txt:7 → luonto",)
    applied = AppliedCorrections(
        file="c.csv",
        corrected=frozenset({"k/ryhma.txt:1"}),
        lost=lost,
        edited=edited,
        other_clinics=("vanha",),
    )
    page = _page(("tieto ei kulje", "siilot", "rajat", "budjetti"), corrections=applied)
    assert "1 korjaus jäi soveltamatta" in page
    assert "1 korjaus sovellettiin muistiinpanoon, jonka tekstiä on muokattu" in page
    listed = re.search(r'<ul class="edited">(.*?)</ul>', page, re.S)
    assert listed is not None
    assert "rivi 2 / row 2: vanha/ryhma1.txt:3 → &lt;b&gt;uusi-3&lt;/b&gt;" in listed.group(1)
    assert page.index('<ul class="lost">') < page.index('<ul class="edited">')
    assert "tarkista, että se pätee yhä" in page and "check that it still holds" in page
    assert "Tunnisteet on tehty klinikalle <code>vanha</code>" in page
    plain = _page(("tieto ei kulje", "siilot"), corrections=AppliedCorrections(file="c.csv"))
    assert 'class="edited"' not in plain and "muokattu" not in plain
    assert "Tunnisteet on tehty klinikalle" not in plain


def test_review_numbers_its_bullets_as_notes_xlsx_names_them() -> None:
    """Review 40 #19: notes.xlsx names a bullet "1. Siilot" "as in report.html's Nostot", but
    the page's list was unnumbered. Each bullet now starts with its number in the post."""
    page = _page(("tieto ei kulje", "siilot pitää purkaa"))
    section = re.search(r'<section id="nostot">(.*?)</section>', page, re.S)
    assert section is not None and '<ol class="bullets">' in section.group(1)
    assert '<li id="nosto-1"><span class="number">1.</span> <strong>Siilot</strong>' in page


def test_review_names_a_theme_no_noun_names_as_one_to_name() -> None:
    """Review 40 #25: the fallback label "Muita nostoja: info, jatko" (the post's remainder
    heading) was the card's name and the move select's option; the page shows a theme still
    to be named, and its script's theme list (the select, the rename box) says the same."""
    notes = [_note(1, "jatkosta sovitaan"), _note(2, "info puuttui")]
    themes = ThemeResult(
        themes=(
            Theme("uusi-1", "Muita nostoja: info, jatko", "emergent", size=2, named=False),
            Theme("muu", "Muut aiheet", "muu", size=0),
        ),
        assignments=tuple(ThemeAssignment(note.id, "uusi-1", 0.5) for note in notes),
    )
    post = BlogPost("Otsikko", "Johdanto", (), "Nostoja", (), "", "Lisätiedot", ())
    coordinates = {note.id: (1.0, float(i)) for i, note in enumerate(notes)}
    page = render_review(Clinic(id="k", title="Klinikka"), notes, themes, post, coordinates)
    assert "Muita nostoja: info" not in page
    assert page.count("Nimeämätön teema (info, jatko)") >= 2  # the card and the legend
    data = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert data is not None
    assert {"id": "uusi-1", "label": "Nimeämätön teema (info, jatko)", "kind": "emergent"} in (
        json.loads(data[1])["themes"]
    )


def test_review_gives_the_cli_cause_of_a_refused_row_in_both_languages() -> None:
    """Review 41 #4: the corrections line said a refused row's text was "gone or on several
    lines" when it had been edited and moved; it gives the run's cause (lines added or
    deleted, text edited?) and, like every other paragraph of the block, an English half."""
    lost = ("rivi 4 / row 4: k/ryhma3.txt:7 → luonto",)
    applied = AppliedCorrections(file="c.csv", corrected=frozenset({"k/ryhma.txt:1"}), lost=lost)
    page = _page(("tieto ei kulje", "siilot", "rajat", "budjetti"), corrections=applied)
    line = re.search(r'<p class="applied">(.*?)</p>', page, re.S)
    assert line is not None
    text = " ".join(line.group(1).split())
    assert "1 korjaus jäi soveltamatta, koska muistiinpanon tekstiä ei löytynyt" in text
    assert "(rivejä lisätty tai poistettu, teksti muutettu?)" in text
    assert "teksti puuttuu" not in text
    fi, _, en = text.partition(" / ")
    assert "1 muistiinpano korjattu" in fi
    assert en.startswith("Analyst's corrections (<code>c.csv</code>): 1 note corrected")
    assert "1 correction not applied: the note's text was not found (lines added or " in en


def test_review_says_a_file_of_another_clinic_was_refused_or_the_folder_renamed() -> None:
    """Review 41 #5: ids of another clinic were worded as this folder renamed. The page
    says both possibilities, and that none was applied when the file is another clinic's."""
    renamed = AppliedCorrections(file="c.csv", other_clinics=("vanha",))
    page = _page(("tieto ei kulje", "siilot"), corrections=renamed)
    assert "muuten tiedosto kuuluu toiselle klinikalle" in page
    assert "otherwise the file belongs to another clinic" in page
    assert "eikä sen korjauksia sovellettu" not in page
    foreign = AppliedCorrections(file="c.csv", other_clinics=("vanha",), foreign=True)
    page = _page(("tieto ei kulje", "siilot"), corrections=foreign)
    assert "Tunnisteet on tehty klinikalle <code>vanha</code>, eikä useimpien" in page
    assert "none of its corrections was applied" in page


def test_review_tells_the_restored_notes_and_the_unsaid_moves() -> None:
    """Review 80 #2, #3 (mend166): the corrections line counts the notes brought back from
    meeting talk and the moved notes the post does not say, and each theme's card lists its
    unsaid moved notes, saying why: its theme got no bullet, or the note did not pass the
    checks (fails on lead 26c09bed: no such fields, line or card)."""
    applied = AppliedCorrections(
        corrected=frozenset({"k/ryhma.txt:3", "k/ryhma.txt:4"}),
        restored=frozenset({"k/ryhma.txt:4"}),
        unsaid=("k/ryhma.txt:3", "k/ryhma.txt:4"),
    )
    texts = ("tieto ei kulje", "siilot", "rajat yksiköiden välillä", "budjetti kesken")
    page = _page(texts, corrections=applied)
    line = page.partition('<p class="applied">')[2].partition("</p>")[0]
    assert "1 tuotu takaisin kokouspuheesta" in line
    assert "1 brought back from meeting talk" in line
    assert "siirretyistä muistiinpanoista 2 ei näy koosteessa" in line
    assert "2 of the moved notes are not said in the post" in line

    def told(theme: str) -> str:
        card = re.search(
            rf'<article class="card"[^>]*data-theme="{theme}".*?</article>', page, re.S
        )
        assert card is not None
        return card.group().partition('class="no-bullet unsaid-moves"')[2].partition("</div>")[0]

    siilot, uusi = told("siilot"), told("uusi-1")
    assert "koska se ei läpäissyt teeman muistiinpanojen tarkistuksia" in siilot
    assert "rajat yksiköiden välillä" in siilot and "budjetti kesken" not in siilot
    assert "koska teema ei saanut nostoa" in uusi and "as the theme got no bullet" in uusi
    assert "budjetti kesken" in uusi
    assert told("luottamus") == ""
    plain = _page(texts, corrections=AppliedCorrections(corrected=frozenset({"k/ryhma.txt:3"})))
    assert "unsaid-moves" not in plain and "ei näy koosteessa" not in plain


def test_the_card_says_one_unsaid_move_in_the_singular_and_several_in_the_plural() -> None:
    """Review 81 #2 (mend169): a card listing two unsaid moved notes says them in the plural,
    one in the singular, in Finnish and English, whatever the reason (fails on lead 8aee7d4e:
    "Analyytikon siirtämää muistiinpanoa … koska se" over two notes)."""
    applied = AppliedCorrections(
        corrected=frozenset({"k/ryhma.txt:3", "k/ryhma.txt:4", "k/ryhma.txt:5"}),
        unsaid=("k/ryhma.txt:3", "k/ryhma.txt:4", "k/ryhma.txt:5"),
    )
    texts = ("tieto ei kulje", "siilot", "raja-aidat", "ovet kiinni", "budjetti kesken")
    page = _page(texts, corrections=applied)

    def told(theme: str) -> str:
        card = re.search(
            rf'<article class="card"[^>]*data-theme="{theme}".*?</article>', page, re.S
        )
        assert card is not None
        return card.group().partition('class="no-bullet unsaid-moves"')[2].partition("</ul>")[0]

    several, one = told("siilot"), told("uusi-1")
    assert "Analyytikon siirtämiä muistiinpanoja ei sanottu koosteessa, koska ne eivät" in several
    assert "The notes an analyst moved are not said in the post, as they did not" in several
    assert "raja-aidat" in several and "ovet kiinni" in several
    assert "Analyytikon siirtämää muistiinpanoa ei sanottu koosteessa, koska teema" in one
    assert "The note an analyst moved is not said in the post, as the theme got no" in one
