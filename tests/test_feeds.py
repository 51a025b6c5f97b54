"""releasebot fetch, run as a user would, against presseportal on loopback: an HTTP server serving
the RSS feeds and release pages in tests/fixtures/feeds/ (their links rewritten to point back at
it), beside a broken feed, a feed that answers HTTP 500 and one nobody listens at."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fake_presseportal import (
    AALEN_FEED,
    BROKEN_FEED,
    DROP,
    FAHRRAD,
    FAILING_FEED,
    FIXTURES,
    HAMM_FEED,
    PRESSEPORTAL,
    SCHOCKANRUF,
    TITLES,
    Presseportal,
)

from bot.cli import main
from index.feeds import (
    LOCK_FILE,
    STATE_FILE,
    FeedError,
    FeedItem,
    FetchedRelease,
    file_name,
    html_to_text,
    parse_feed,
    publisher_from_feed_title,
    release_from_text,
)
from index.releases import read_corpus


@pytest.fixture
def presseportal() -> Iterator[Presseportal]:
    site = Presseportal()
    yield site
    site.stop()


@pytest.fixture
def unreachable_feed() -> str:
    """A loopback address nobody listens at."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/blaulicht/rss/dienststelle_11788.rss2"


@pytest.fixture
def releasebot(tmp_path, monkeypatch, capsys):
    """`releasebot ARGS` in tmp_path (no .env read there) -> (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_TOKEN", "EMBEDDING_MODEL", "FEED_URLS"):
        monkeypatch.delenv(f"RELEASEBOT_{name}", raising=False)
    monkeypatch.setenv("RELEASEBOT_CORPUS_DIR", "corpus")
    monkeypatch.setenv("RELEASEBOT_INDEX_DIR", "var/index")

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def one_line(text: str) -> str:
    return " ".join(text.split())


def corpus_files(corpus_dir: Path = Path("corpus")) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(corpus_dir.glob("*.md"))}


def front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def feed_with(site: Presseportal, path: str, items: list[tuple[str, str, str]]) -> str:
    """Serve an RSS feed at path of items (title, page path, teaser); its URL."""
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(page)}</link>"
        f"<description>{teaser}</description><pubDate>Fri, 22 Mar 2024 12:00:00 +0100</pubDate>"
        f"<guid>{site.url(page)}</guid></item>"
        for title, page, teaser in items
    )
    site.serve(
        path,
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Presseportal.de - Polizei Dortmund</title>{entries}</channel></rss>",
        "application/rss+xml",
    )
    return site.url(path)


# --- the feature, through the command line ------------------------------------------------------


def test_first_fetch_adds_five_releases_and_names_each_feed_that_failed(
    releasebot, presseportal, unreachable_feed, monkeypatch
):
    feeds = [presseportal.url(p) for p in (HAMM_FEED, BROKEN_FEED, AALEN_FEED, FAILING_FEED)]
    monkeypatch.setenv("RELEASEBOT_FEED_URLS", json.dumps([*feeds, unreachable_feed]))

    code, out, err = releasebot("fetch")

    assert code == 0  # some feeds were read
    added = out.splitlines()
    assert len(added) == 5
    files = corpus_files()
    for line in added:
        assert line.startswith("added ")
        name, title = line.removeprefix("added ").split("  ", 1)
        assert name in files and title in TITLES
    problems = one_line(err)
    assert f"{presseportal.url(BROKEN_FEED)}: not a readable RSS or Atom feed" in problems
    assert f"{presseportal.url(FAILING_FEED)}: the server answered HTTP 500" in problems
    assert f"{unreachable_feed}: cannot connect" in problems
    assert "added 5 releases from 5 feeds" in problems and "3 of 5 feeds failed" in problems
    assert "Traceback" not in out + err
    assert all(agent.startswith("releasebot/") for agent in presseportal.user_agents)

    corpus = read_corpus(Path("corpus"))
    assert len(corpus.releases) == 5 and not corpus.problems  # .feeds.json is no release
    assert (Path("corpus") / STATE_FILE).is_file()

    code, out, err = releasebot("fetch")

    assert code == 0
    assert out == ""
    assert "added 0 releases from 5 feeds; 5 already fetched" in one_line(err)
    assert corpus_files() == files


def test_a_fetched_release_is_a_clean_markdown_file_with_its_facts(releasebot, presseportal):
    code, out, _ = releasebot("fetch", "--feed", presseportal.url(HAMM_FEED), "--corpus", "neu")

    assert code == 0 and len(out.splitlines()) == 3
    (name,) = [n for n in corpus_files(Path("neu")) if "goldmuenzen" in n]
    assert name.startswith("2024-03-19-pol-ham-betrueger-erbeuten-goldmuenzen-polizei-warnt-")
    text = (Path("neu") / name).read_text()
    assert front_matter(text) == {
        "title": "POL-HAM: Betrüger erbeuten Goldmünzen - Polizei warnt vor Schockanrufen",
        "date": dt.date(2024, 3, 19),
        "publisher": "Polizei Hamm",
        "place": "Hamm",
        "url": presseportal.url(SCHOCKANRUF),
        "guid": presseportal.url(SCHOCKANRUF),
        "fetched": dt.date.today(),
        "text_from": "page",
    }
    body = text.split("---\n", 2)[2]
    assert body.startswith("Mit einem sogenannten Schockanruf haben Betrüger am Montag, 18. März,")
    assert body.rstrip().endswith("unter der Ihnen bekannten Nummer zurück. (hei)")
    for boilerplate in (
        "(ots)",  # the dateline is the place
        "Rückfragen",
        "Pressestelle",
        "Original-Content",
        "Cookies",
        "Weitere Meldungen",
        "Einbruch in Kiosk",  # a teaser of another release in the sidebar
        "Impressum",
        "Drucken",
    ):
        assert boilerplate not in body

    (release,) = [r for r in read_corpus(Path("neu")).releases if r.url.endswith(SCHOCKANRUF)]
    assert release.place == "Hamm" and release.publisher == "Polizei Hamm"
    assert release.date == dt.date(2024, 3, 19)


def test_a_fetched_release_is_answered_with_its_link_as_the_source(releasebot, presseportal):
    feeds = ("--feed", presseportal.url(HAMM_FEED), "--feed", presseportal.url(AALEN_FEED))
    assert releasebot("fetch", *feeds)[0] == 0
    assert releasebot("rebuild")[0] == 0

    code, out, _ = releasebot(
        "ask", "--json", "Wie viel waren die Goldmünzen wert, die die Seniorin übergeben hat?"
    )

    assert code == 0
    answer = json.loads(out)
    assert "40.000 Euro" in answer["answer"]
    source = answer["sources"][0]
    assert source["url"] == presseportal.url(SCHOCKANRUF)
    assert source["publisher"] == "Polizei Hamm"
    assert source["date"] == "2024-03-19"


def test_the_same_text_under_another_link_is_skipped(releasebot, presseportal):
    assert releasebot("fetch", "--feed", presseportal.url(HAMM_FEED))[0] == 0
    files = corpus_files()
    # A regional overview feed republishes the release under a link of its own.
    presseportal.routes["/blaulicht/pm/4971/5734599"] = presseportal.routes[FAHRRAD]
    overview = feed_with(
        presseportal,
        "/blaulicht/rss/land_nw.rss2",
        [("POL-HAM: Fahrraddiebe festgenommen", "/blaulicht/pm/4971/5734599", "Hamm (ots) - …")],
    )

    code, out, err = releasebot("fetch", "--feed", overview)

    assert code == 0 and out == ""
    assert "added 0 releases from 1 feed; 0 already fetched, 1 duplicate texts skipped" in (
        one_line(err)
    )
    assert corpus_files() == files


def test_a_release_already_in_the_corpus_folder_is_not_fetched_again(releasebot, presseportal):
    corpus_dir = Path("corpus")
    corpus_dir.mkdir()
    page_text = (FIXTURES / "pm_11787_5734512.html").read_text()
    paragraphs = page_text.split('<div class="story-text">')[1].split("<p>Rückfragen")[0]
    body = "\n".join(p.split("</p>")[0].replace("&quot;", '"') for p in paragraphs.split("<p>")[1:])
    (corpus_dir / "hamm-fahrraddiebe.txt").write_text(
        f"14.03.2024\n\nPolizei Hamm\n\n{body}\n", encoding="utf-8"
    )

    code, out, err = releasebot("fetch", "--feed", presseportal.url(HAMM_FEED))

    assert code == 0
    assert len(out.splitlines()) == 2
    assert "Fahrraddiebe" not in out
    assert "1 duplicate texts skipped" in one_line(err)


def test_a_network_error_keeps_what_was_fetched_before(releasebot, presseportal):
    presseportal.routes[AALEN_FEED] = DROP

    code, out, err = releasebot(
        "fetch", "--feed", presseportal.url(HAMM_FEED), "--feed", presseportal.url(AALEN_FEED)
    )

    assert code == 0
    assert len(out.splitlines()) == 3  # the Hamm feed, read before the Aalen feed failed
    assert f"{presseportal.url(AALEN_FEED)}: network error" in one_line(err)
    files = corpus_files()
    state = (Path("corpus") / STATE_FILE).read_bytes()
    assert presseportal.url(FAHRRAD) in json.loads(state)["seen"]

    presseportal.stop()  # the network is gone

    code, out, err = releasebot(
        "fetch", "--feed", presseportal.url(HAMM_FEED), "--feed", presseportal.url(AALEN_FEED)
    )

    assert code == 1  # every feed failed
    assert out == ""
    assert f"{presseportal.url(HAMM_FEED)}: cannot connect" in one_line(err)
    assert f"{presseportal.url(AALEN_FEED)}: cannot connect" in one_line(err)
    assert "Traceback" not in err
    assert corpus_files() == files
    assert (Path("corpus") / STATE_FILE).read_bytes() == state


def test_a_page_that_cannot_be_read_leaves_the_feeds_teaser_or_a_retry(releasebot, presseportal):
    teaser = (
        "Dortmund (ots) - Unbekannte haben in der Nacht zu Freitag an der Hansastraße "
        "ein Schaufenster eingeschlagen und Schmuck im Wert von rund 8.000 Euro gestohlen."
    )
    feed = feed_with(
        presseportal,
        "/blaulicht/rss/dienststelle_4971.rss2",
        [
            ("POL-DO: Schaufenstereinbruch an der Hansastraße", "/blaulicht/pm/4971/1", teaser),
            ("POL-DO: Unfall auf der B 1", "/blaulicht/pm/4971/2", "Dortmund (ots) - Auf der …"),
        ],
    )
    presseportal.routes["/blaulicht/pm/4971/2"] = (503, "text/html", b"Wartungsarbeiten")

    code, out, err = releasebot("fetch", "--feed", feed)

    assert code == 0
    assert out.splitlines() == [
        next(
            f"added {name}  POL-DO: Schaufenstereinbruch an der Hansastraße"
            for name in corpus_files()
        )
    ]
    problems = one_line(err)
    assert (
        f"{feed}: item {presseportal.url('/blaulicht/pm/4971/1')}: its page could not be read "
        "(the server answered HTTP 404 Not Found) — kept the feed's teaser instead"
    ) in problems
    assert (
        f"{feed}: item {presseportal.url('/blaulicht/pm/4971/2')}: the server answered HTTP 503 "
        "Service Unavailable — will try again at the next fetch"
    ) in problems
    (text,) = corpus_files().values()
    assert front_matter(text)["text_from"] == "feed summary"
    assert front_matter(text)["publisher"] == "Polizei Dortmund"  # from the feed's title
    assert front_matter(text)["place"] == "Dortmund"
    assert "Schmuck im Wert von rund 8.000 Euro" in text

    presseportal.serve("/blaulicht/pm/4971/2", (FIXTURES / "pm_11787_5736120.html").read_text())
    code, out, _ = releasebot("fetch", "--feed", feed)

    assert code == 0
    assert out.startswith("added ") and "POL-DO: Unfall auf der B 1" in out


def test_a_broken_state_file_is_named_and_the_corpus_files_still_count(releasebot, presseportal):
    feed = presseportal.url(HAMM_FEED)
    assert releasebot("fetch", "--feed", feed)[0] == 0
    files = corpus_files()
    (Path("corpus") / STATE_FILE).write_text('{"seen": [')

    code, out, err = releasebot("fetch", "--feed", feed)

    assert code == 0 and out == ""
    assert "corpus/.feeds.json: unreadable fetch state" in one_line(err)
    assert "3 already fetched" in one_line(err)  # by the links in their front matter
    assert corpus_files() == files
    assert len(json.loads((Path("corpus") / STATE_FILE).read_text())["seen"]) == 3


def test_a_second_fetch_into_the_same_folder_waits_its_turn(releasebot, presseportal):
    Path("corpus").mkdir()
    with (Path("corpus") / LOCK_FILE).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)

        code, out, err = releasebot("fetch", "--feed", presseportal.url(HAMM_FEED))

    assert code == 1 and out == ""
    assert "another releasebot fetch into corpus is running" in one_line(err)


def test_fetch_without_feeds_says_to_set_them_and_exits_2(releasebot):
    code, out, err = releasebot("fetch")

    assert code == 2
    assert "set RELEASEBOT_FEED_URLS" in one_line(out + err)


# --- the pure middle ----------------------------------------------------------------------------


def test_a_feed_reads_into_items_with_the_publishers_own_dates():
    feed = parse_feed((FIXTURES / "dienststelle_11787.rss2").read_bytes(), PRESSEPORTAL + HAMM_FEED)

    assert feed.title == "Polizei Hamm" and feed.malformed is None
    assert [item.date for item in feed.items] == [
        dt.date(2024, 3, 19),
        dt.date(2024, 3, 16),
        dt.date(2024, 3, 14),
    ]
    first = feed.items[0]
    assert first.guid == first.link == PRESSEPORTAL + SCHOCKANRUF
    assert first.summary.startswith("Hamm (ots) - Mit einem sogenannten Schockanruf")


def test_a_page_that_is_no_feed_is_an_error_and_a_cut_off_feed_keeps_its_items():
    with pytest.raises(FeedError, match="not a readable RSS or Atom feed .line 12: no element"):
        parse_feed((FIXTURES / "dienststelle_broken.rss2").read_bytes(), "https://x.test/a.rss2")
    with pytest.raises(FeedError, match="no feed in the response"):
        parse_feed(b"<html><body><h1>Wartungsarbeiten</h1></body></html>", "https://x.test/b")

    whole = (FIXTURES / "dienststelle_11787.rss2").read_text()
    cut = whole[: whole.index("<item>", whole.index("</item>"))]
    feed = parse_feed(cut.encode(), "https://x.test/c.rss2")

    assert [item.link for item in feed.items] == [PRESSEPORTAL + SCHOCKANRUF]
    assert feed.malformed is not None


def test_a_teaser_in_html_or_with_entities_becomes_plain_text():
    assert html_to_text("Polizei &amp; Zoll &lt;3") == "Polizei & Zoll <3"
    assert html_to_text("<p>Polizei &amp; Zoll</p><p>Zweiter Absatz</p>") == (
        "Polizei & Zoll\nZweiter Absatz"
    )


def test_publisher_comes_from_a_feed_title_without_the_site_name():
    assert publisher_from_feed_title("Presseportal.de - Polizeipräsidium Aalen") == (
        "Polizeipräsidium Aalen"
    )
    assert publisher_from_feed_title("Polizei Hamm") == "Polizei Hamm"
    assert publisher_from_feed_title("Polizei Hamm | presseportal.de") == "Polizei Hamm"
    assert publisher_from_feed_title("Presseportal") is None
    assert publisher_from_feed_title(None) is None


def test_ots_footer_names_the_publisher_and_dateline_the_place():
    item = FeedItem("guid-1", "https://example.org/1", "Brand in Scheune", date=dt.date(2024, 5, 2))
    text = (
        "Brand in Scheune\nLauf an der Pegnitz (ots) - In der Nacht brannte eine Scheune.\n"
        "Rückfragen bitte an:\nPressestelle\nTelefon 0911 2112-1030\n"
        "Original-Content von: Polizeipräsidium Mittelfranken, übermittelt durch news aktuell"
    )

    release = release_from_text(text, item, "Presseportal.de - Polizei", "page")

    assert release == FetchedRelease(
        title="Brand in Scheune",
        text="In der Nacht brannte eine Scheune.",
        date=dt.date(2024, 5, 2),
        publisher="Polizeipräsidium Mittelfranken",
        place="Lauf an der Pegnitz",
        url="https://example.org/1",
        guid="guid-1",
        text_from="page",
    )


def test_file_names_are_readable_and_stable():
    release = FetchedRelease(
        title="POL-AA: Schwäbisch Gmünd: Katalysatoren von Gebrauchtwagen gestohlen – Zeugen "
        "gesucht (Foto)",
        text="…",
        date=dt.date(2024, 3, 20),
        publisher=None,
        place=None,
        url="https://www.presseportal.de/blaulicht/pm/110969/5739450",
        guid="https://www.presseportal.de/blaulicht/pm/110969/5739450",
        text_from="page",
    )

    name = file_name(release, today=dt.date(2030, 1, 1))

    assert name == file_name(release, today=dt.date(2031, 1, 1))
    assert name.startswith("2024-03-20-pol-aa-schwaebisch-gmuend-katalysatoren-von-")
    stem = name.removesuffix(".md")
    assert len(stem.rsplit("-", 1)[1]) == 8 and len(stem) <= 11 + 60 + 9
