"""When the answering release says that what is asked is not known yet ("Informationen über
mögliches Diebesgut liegen bislang keine vor"), the bot says so and quotes that sentence with its
source, rather than show it as the answer; what the release does tell is answered as before."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DISTRACTORS, shipped_among

from bot.answer import Answer, Source, answer_question
from bot.cli import answer_json, answer_text
from bot.cues import reasons
from bot.not_known import not_known_statement, whether_not_known
from bot.replies import answer_reply
from index.releases import Release

BREAK_IN = {
    "id": "pol-ma-2015-05-19-einbruch-angelbachtal",
    "title": "Einbruch in Einfamilienhaus",
    "date": "2015-05-19",
    "publisher": "Polizeipräsidium Mannheim",
    "place": "Angelbachtal",
    "text": "Zwischen Samstag, 16 Uhr und Dienstag, 14 Uhr kam es zu einem Einbruch in ein "
    "Einfamilienhaus in der Sportplatzstraße. Ein bislang unbekannter Täter hebelte eine "
    "Terrassentür auf um in das Anwesen zu gelangen. Im Inneren durchwühlte er in mehreren Räumen "
    "sämtliche Schränke und Schubladen. Informationen über mögliches Diebesgut liegen bislang "
    "keine vor, da sich die Bewohner im Urlaub befinden. Der Sachschaden lässt sich bislang nicht "
    "näher beziffern. Zeugen werden gebeten, sich mit dem Polizeirevier Sinsheim unter Tel.: "
    "07261/690-0 in Verbindung zu setzen.",
}
FIRE = {
    "id": "pol-wn-2016-09-30-brand-hoesslinswart",
    "title": "Berglen-Hößlinswart: Brand in Doppelhaus",
    "date": "2016-09-30",
    "publisher": "Polizeipräsidium Aalen",
    "place": "Berglen",
    "text": "Im Zusammenhang mit dem Brand am frühen Freitagmorgen in der Hirschstraße in "
    "Hößlinswart gibt es aktuell noch keine Hinweise auf die Ursache des Brandes. Wie berichtet, "
    "brach kurz vor 3.30 Uhr im Dachgeschoss eines Doppelhauses ein Feuer aus. Die Bewohner "
    "konnten sich retten. Das Haus ist nicht mehr bewohnbar.",
}

# Whether the bottle was thrown for political reasons is being investigated.
BOTTLE = {
    "id": "pol-aa-2015-01-16-bierflasche-backnang",
    "title": "Backnang: Bierflasche durch Fenster geworfen",
    "date": "2015-01-16",
    "publisher": "Polizeipräsidium Aalen",
    "place": "Backnang",
    "text": "Am Donnerstag kurz vor Mitternacht betrat eine dreiköpfige Personengruppe das "
    "Jugendzentrum in der Mühlstraße. Zwischen den anwesenden Gästen und der alkoholisierten "
    "Gruppierung kam es relativ rasch zu einer Diskussion über die jüngsten Pegida-Ereignissen. "
    "Da die Situation zu eskalieren begann, wurden die drei Personen aufgefordert, das "
    "Jugendzentrum wieder zu verlassen. Sie kamen dieser Aufforderung nach, jedoch wurde beim "
    "Weggehen eine Bierflasche gegen ein Fenster geworfen. Hierbei ging auch die Fensterscheibe "
    "zu Bruch. Ob die Täter politisch motiviert gehandelt haben, ist derzeit auch Gegenstand der "
    "polizeilichen Ermittlungen.",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, encoder):
    return shipped_among(
        tmp_path_factory.mktemp("not-known"), [*DISTRACTORS, BREAK_IN, FIRE, BOTTLE], encoder
    )


@pytest.mark.parametrize(
    ("question", "release_id", "said"),
    [
        (
            "einbruch angelbachtal was haben die diebe mitgenommen",
            BREAK_IN["id"],
            "Informationen über mögliches Diebesgut liegen bislang keine vor",
        ),
        (
            "what did the burglar in angelbachtal steal",
            BREAK_IN["id"],
            "Informationen über mögliches Diebesgut liegen bislang keine vor",
        ),
        (
            "wie hoch ist der schaden beim einbruch in angelbachtal",
            BREAK_IN["id"],
            "Der Sachschaden lässt sich bislang nicht näher beziffern.",
        ),
        (
            "hößlinswart hirschstraße brand warum hat es gebrannt",
            FIRE["id"],
            "noch keine Hinweise auf die Ursache des Brandes",
        ),
        # whether it was so, said anywhere in the report: not in the sentences that match best
        (
            "so the beer bottle at the backnang jugendzentrum, was that a political thing or not",
            BOTTLE["id"],
            "Ob die Täter politisch motiviert gehandelt haben",
        ),
        (
            "backnang jugendzentrum war das politisch motiviert",
            BOTTLE["id"],
            "Ob die Täter politisch motiviert gehandelt haben",
        ),
    ],
)
def test_what_the_release_says_is_not_known_is_declined_with_its_sentence(
    searcher, question, release_id, said
):
    answer = answer_question(searcher, question)

    assert answer.declined, answer.excerpt
    assert said in answer.not_known
    assert answer.sources[0].release.release_id == release_id


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("einbruch angelbachtal wie ist der täter reingekommen", "Terrassentür"),
        ("wann war der brand in der hirschstraße in hößlinswart", "3.30 Uhr"),
        ("backnang jugendzentrum was war das für ne diskussion", "Pegida"),
    ],
)
def test_what_the_same_release_tells_is_still_answered(searcher, question, shown):
    answer = answer_question(searcher, question)

    assert answer.not_known is None
    assert shown in answer.excerpt


@pytest.mark.parametrize(
    ("question", "sentence", "not_known"),
    [
        (
            "niederstetten altreifen who did it",
            "Noch unbekannt ist, wer die Reifen entsorgt hat.",
            True,
        ),
        (
            "was haben die geraucht",
            "Sie hatten eine bislang noch unbekannte Substanz geraucht.",
            True,
        ),
        (
            "was für ne droge haben die geraucht",
            "Sie hatten eine bislang noch unbekannte Substanz geraucht.",
            True,
        ),
        (
            "warum kam er von der straße ab",
            "Aus noch ungeklärter Ursache kam er ins Schleudern.",
            True,
        ),
        ("why did the car crash", "Die Unfallursache wird derzeit ermittelt.", True),
        # how they got in, said to be unknown, is shown as the answer: people who ask take
        # "auf noch ungeklärte Weise" for one
        (
            "how did the thieves get into the cellars",
            "Auf noch ungeklärte Weise gelangten Täter in das Untergeschoss.",
            False,
        ),
        # but not when the report only says that it is not known
        (
            "how did the burglars get into the kindergarten",
            "Wie die Tatverdächtigen in das Gebäude gelangten, ist derzeit noch nicht klar.",
            True,
        ),
        ("wer hat die reifen entsorgt", "Wer die Reifen entsorgt hat, ist bislang unklar.", True),
        # nothing known of the loot does not tell who investigates
        (
            "wer ermittelt beim einbruch in der sportplatzstrasse",
            "Informationen über mögliches Diebesgut liegen bislang keine vor.",
            False,
        ),
        # an unknown burglar tells only that nobody knows who it was (six blind-written
        # unanswerable questions of six sets asked it so)
        ("wer ist eingebrochen", "Ein bislang unbekannter Täter hebelte die Tür auf.", True),
        # whether break-ins belong together is not what was stolen
        (
            "how much cash was stolen",
            "Ob ein Zusammenhang mit dem Einbruch besteht, bei dem 10.000 Euro entwendet worden "
            "waren, ist Gegenstand der Ermittlungen.",
            False,
        ),
        # why nothing is known is answered by the reason
        (
            "warum weiss man nicht was gestohlen wurde",
            "Informationen über Diebesgut liegen keine vor, da die Bewohner im Urlaub sind.",
            False,
        ),
        ("wann war der brand", "Zur Ursache gibt es noch keine Hinweise.", False),
        # what was in the safe is not known until the owner has counted
        (
            "was war in dem aufgebrochenen tresor drin",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        # what was taken from the safe, asked as such, is not known either
        (
            "was haben die aus dem tresor in dem laden mitgenommen",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        (
            "was anything taken out of the tresor in that shop",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        # how much was got out of the slot machines
        (
            "wieviel kohle haben die aus den spielautomaten rausgeholt",
            "Wie viel Geld daraus erbeutet werden konnte ist noch nicht bekannt.",
            True,
        ),
        (
            "winnenden imbiss spielautomaten how much did they get",
            "Wie viel Geld daraus erbeutet werden konnte ist noch nicht bekannt.",
            True,
        ),
        (
            "so what did they actually nick from that house in angelbachtal",
            "Informationen über mögliches Diebesgut liegen bislang keine vor.",
            True,
        ),
        (
            "haben die in bad cannstatt auch was aus dem tresor geholt",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        (
            "did the thieves get anything out of the tresor in bad cannstatt",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        (
            "bad cannstatt marktstraße, did they get anything out of the safe",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            True,
        ),
        (
            "so what did the burglar actually get away with",
            "Informationen über mögliches Diebesgut liegen bislang keine vor.",
            True,
        ),
        (
            "was haben die einbrecher denn alles mitgehen lassen",
            "Informationen über mögliches Diebesgut liegen bislang keine vor.",
            True,
        ),
        # whether the same people did both is not known yet
        (
            "were the same ppl behind the gartencenter and the baumschule break ins",
            "Ob ein Tatzusammenhang mit Einbrüchen in eine Baumschule am 13.05.2015 in Ladenburg "
            "besteht, ist Gegenstand der Ermittlungen.",
            True,
        ),
        (
            "when was the baumschule break in",
            "Ob ein Tatzusammenhang mit Einbrüchen in eine Baumschule am 13.05.2015 in Ladenburg "
            "besteht, ist Gegenstand der Ermittlungen.",
            False,
        ),
        # who did it, where the report knows only unknown doers
        (
            "wer hat den container an der seesteige angezündet, hat man da wen",
            "Darin befanden sich Holzdielen, welche durch unbekannte Täter entzündet worden waren.",
            True,
        ),
        (
            "who poisoned the rotdorn trees in bopfingen",
            "Ein Unbekannter beschädigte elf Rotdornbäume, die dadurch abstarben.",
            True,
        ),
        (
            "who torched the altkleidercontainer in künzelsau",
            "Auffällig war der schwankende Gang des Unbekannten.",
            True,
        ),
        # who did it, where witnesses are sought who can tell who did that deed (not another)
        (
            "hat man den typen schon der in edingen das stationierungszeichen rausgerissen hat, "
            "wer war das",
            "Zeugen, die Hinweise auf die Person oder Personen geben können, die das "
            "Stationierungszeichen auf die Fahrbahn war, werden gebeten, sich mit dem "
            "Polizeiposten Edingen-Neckarhausen in Verbindung zu setzen.",
            True,
        ),
        (
            "wer hat die ölspur in edingen dann weggemacht",
            "Zeugen, die Hinweise auf die Person oder Personen geben können, die das "
            "Stationierungszeichen auf die Fahrbahn war, werden gebeten, sich mit dem "
            "Polizeiposten Edingen-Neckarhausen in Verbindung zu setzen.",
            False,
        ),
        # how long someone is out, where the report gives no span
        (
            "how many weeks will the injured mosbach cop be off work",
            "Ein Beamter erlitt hierbei Verletzungen und wird die nächste Zeit nicht dienstfähig "
            "sein.",
            True,
        ),
        # who set a fire whose cause is unknown; not who caused an accident
        (
            "wer hat das feld zwischen kornwestheim und ludwigsburg angezündet",
            "Aus bislang unbekannter Ursache geriet ein frisch gemähter Acker in Brand.",
            True,
        ),
        (
            "wer hat den unfall auf der b27 verursacht",
            "Aus ungeklärter Ursache kam der 30-Jährige von der Fahrbahn ab.",
            False,
        ),
        (
            "who was the driver that reversed into the sign at the taxi rondell",
            "Gegen 24 Uhr fuhr ein bislang noch unbekannter Fahrzeugführer rückwärts gegen ein "
            "Verkehrszeichen.",
            True,
        ),
        # someone the police were told of is no unknown doer
        (
            "who was it supposedly",
            "Die Ford Ka-Fahrerin gab an, dass ein anderer, bislang unbekannter Mann gefahren sei.",
            False,
        ),
        # what was stolen, asked as a whole, is told by the sentences before it
        (
            "was haben die einbrecher in bad cannstatt mitgenommen",
            "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur "
            "des Ladenbesitzers ergeben.",
            False,
        ),
    ],
)
def test_a_sentence_says_not_known_only_what_the_question_asks(question, sentence, not_known):
    assert (not_known_statement(question, [sentence]) == sentence) is not_known


@pytest.mark.parametrize(
    ("question", "not_known"),
    [
        ("fehlt eigentlich was aus dem aufgebrochenen tresor in bad cannstatt", True),
        ("how much cash was in the tresor at the shop in bad cannstatt", True),
        ("so they cracked a tresor in that shop, do we know how much was in it", True),
        ("bad cannstatt marktstr einbruch, wieviel kohle war in der geldkassette", False),
    ],
)
def test_how_much_was_in_what_is_not_known_yet_wherever_the_report_says_so(question, not_known):
    """The excerpt may show the sentences about the cash box ("aus einer Geldkassette mehrere
    Hundert Euro"), not the one about the safe the question names."""
    report = [
        "Dort nahmen sie aus einer Geldkassette mehrere Hundert Euro Bargeld mit.",
        "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss noch eine Inventur des "
        "Ladenbesitzers ergeben.",
    ]
    assert (whether_not_known(question, report) == report[1]) is not_known


@pytest.mark.parametrize(
    ("question", "not_known"),
    [
        ("was the ladenburg break in connected or not", True),
        ("war das mit der baumschule in ladenburg dieselbe bande", True),
        ("wann war das mit der baumschule in ladenburg", False),  # a question word: the date
        ("was war das für ne baumschule", False),
    ],
)
def test_whether_it_was_so_is_not_known_only_for_a_yes_or_no_question(question, not_known):
    report = [
        "Ob ein Tatzusammenhang mit Einbrüchen in eine Baumschule am 13.05.2015 in Ladenburg "
        "besteht, ist Gegenstand der Ermittlungen.",
    ]
    assert (whether_not_known(question, report) is not None) is not_known


def test_an_unknown_doer_in_bold_still_says_who_did_it_is_not_known():
    sentence = "Darin befanden sich Holzdielen, welche durch unbekannte Täter entzündet wurden."

    assert (
        not_known_statement("wer hat die holzdielen angezündet", [sentence], ["Täter"]) == sentence
    )


def test_a_sentence_holding_the_answer_is_no_statement_that_it_is_not_known():
    sentence = "Die Ursache ist unklar, vermutlich ein technischer Defekt."

    assert not_known_statement("warum brannte es", [sentence], ["technischer Defekt"]) is None


RELEASE = Release(
    FIRE["id"],
    FIRE["text"],
    title=FIRE["title"],
    date=dt.date(2016, 9, 30),
    publisher=FIRE["publisher"],
    place=FIRE["place"],
)
SAID = "Im Zusammenhang mit dem Brand gibt es aktuell noch keine Hinweise auf die Ursache."
NOT_KNOWN = Answer(
    "warum hat es gebrannt", "de", None, (), 0.9, (Source(RELEASE, SAID, 0.9),), not_known=SAID
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aus unbekannter Ursache geriet während der Fahrt die Ladung in Brand.",
        "Aus noch ungeklärter Ursache war im Bereich einer Firma gelagerter Müll in Brand geraten.",
    ],
)
def test_a_cause_said_to_be_unknown_is_no_reason_and_is_declined(sentence):
    # no clause of it in bold as the reason, which would keep the decline away
    assert reasons(sentence) == ()
    assert not_known_statement("wodurch hat die ladung feuer gefangen", [sentence]) == sentence


def test_a_reason_given_beside_another_unknown_one_answers_why():
    unknown = "Das Auto kam aus unbekannten Gründen von der Fahrbahn ab und fing Feuer."
    given = "Der Grund, warum der 30-Jährige wegging, liegt vermutlich darin, weil er keinen hat."
    question = "why did the guy whose golf burned just walk off"

    assert not_known_statement(question, [unknown, given]) is None
    assert not_known_statement(question, [unknown]) == unknown


def test_the_reply_says_it_is_not_known_and_quotes_the_release_with_its_source():
    reply = answer_reply(NOT_KNOWN)

    assert reply.startswith("Das ist laut der Pressemitteilung noch nicht bekannt:")
    assert f"«{SAID}»" in reply
    assert "Berglen-Hößlinswart: Brand in Doppelhaus" in reply
    assert "Polizeipräsidium Aalen" in reply


def test_the_command_line_says_it_is_not_known_and_gives_the_sentence():
    assert answer_json(NOT_KNOWN)["answer"] is None
    assert answer_json(NOT_KNOWN)["not_known"] == SAID
    text = answer_text(NOT_KNOWN)
    assert text.startswith("Das ist laut der Pressemitteilung noch nicht bekannt:")
    assert SAID in text and "Quelle: Berglen-Hößlinswart" in text
