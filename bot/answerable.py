"""Whether a report can answer a question at all: some questions take a fact as given that
only a report telling of it answers — a person's name, the dead, a vehicle's make or model, a
thing's brand, a business's name, the money taken, an arrest, a fine, a verdict, what comes
next … A report that tells nothing of it cannot answer, however well it matches ("how many
people died in the Aalen fire" of a report on a fire nobody died in)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.cues import CHARGE, CUES, FIND_WORDS, HOUR_WORDS, MAKE, MONEY_AMOUNT
from bot.people import person_names
from bot.question import (
    FIND_ASKED,
    IS_CALLED,
    MONEY_SLANG,
    OFFICE_HOLDER_NOUN,
    asks_road,
    question_kind,
)
from index.lexical import COMPOUND_MIN_LENGTH, TermMatch, term_of, term_set, tokenize, words_for
from index.places import street_names

# Someone named by what they are to another: "die Mutter", "the husband".
_PARENT_OR_SPOUSE = r"mutter|vater|ehemann|ehefrau|mother|father|husband|wife"
# A question for a person's name: "wie hieß der Fahrer", "what is the name of the guy who …",
# "what is the mayor called" (not "wie hieß der Stamm der Frau").
_PERSON = (
    r"(\w*fahrer\w*|driver|rider|guy|man|mann(es)?|frau|woman|t(ä|ae)ter\w*|burglar|thief|robber"
    r"|einbrecher|r(ä|ae)uber|dieb\w*|anf(ü|ue)hrer\w*|leader|b(ü|ue)rgermeister\w*|mayor"
    r"|person|boy|girl|junge|m(ä|ae)dchen|besitzer\w*|owner"
    r"|halter\w*|opfer|victim|zeug(e|in)|witness|nachbar\w*|neighbou?r|anwohner\w*|\w*bewohner\w*"
    r"|resident|passant\w*|passers?-by|bystanders?|helfer\w*|helpers?|fu(ß|ss)g(ä|ae)nger\w*"
    r"|pedestrian|passenger|cyclist|\w*arbeiter\w*|worker|\w*eigner\w*|cop|policem[ae]n"
    r"|fahrlehrer\w*|instructor|\w*leader|r(ä|ae)delsf(ü|ue)hrer\w*|\w*chef|boss|typ|kerl"
    r"|angestellte\w*|employee|segler\w*|sailor|skipper|beamt\w*|polizist\w*|officer|verd(ä|ae)chtig\w*"
    r"|suspect|jugendliche\w*|teenager|sch(ü|ue)ler\w*|student|raser\w*|speeder"
    r"|\w*arzt|\w*(ä|ae)rztin|doctor|dentist|j(ä|ae)ger\w*|hunter|f(ö|oe)rster\w*"
    r"|\w*wart|\w*wirt|wirtin|kassierer\w*|cashier|attendant|hausmeister\w*|inhaber\w*"
    rf"|{_PARENT_OR_SPOUSE}"
    # "the 19 yo who …", "the 28 y/o", "der 19-jährige"
    r"|(\d+[- ]?)?(j(ä|ae)hrige\w*|yo|y/o|yr[- ]old|year[- ]old))s?\b"
)


# Up to three words that describe the one named ("der 20-jährige vw fahrer"), not another's
# ("der Stamm der Frau").
_DESCRIBED = r"((?!(?:der|des|die|dem|von|vom|of|the)\b)[\w-]+ ){0,3}"


def _name_of(noun: str) -> str:
    """A question for the name of what the noun pattern tells: "wie hieß der (golf) fahrer",
    "name of the sailor"."""
    return (
        rf"\bwie {IS_CALLED} (nochmal |eigentlich |denn )*"
        rf"(der|die|das|den) {_DESCRIBED}{noun}"
        rf"|\bnames? (of|vom|von dem|von der|des|der) (the |this |that )?{_DESCRIBED}{noun}"
    )


_NAME_ASKED = re.compile(
    _name_of(_PERSON) + rf"|\bwhat(?: is|'s|s| was) the (\w+ )?{_PERSON}.*\b(called|named)\b"
    # "whats the girls name", "what's his name", "wie heißt er"
    rf"|\b{_PERSON}'?s? names?\b|\b(his|her|their) names?\b"
    rf"|\bwie {IS_CALLED} (er|sie)\b|\bwie {IS_CALLED} (die|den) (beiden|zwei|drei)\b"
    # "weiß man schon wie der kerl heißt der das mädchen in die büsche gezerrt hat"
    rf"|\bwie (der|die) {_DESCRIBED}{_PERSON} {IS_CALLED}\b"
    # "wer war der fahrer vom focus, name?", "wer war der raser …, weiss man den namen"
    rf"|\b{_PERSON}\b.*\bnamen?\W*$"
    # "weiss man schon wie der heisst der den altkleidercontainer angezündet hat"
    rf"|\bwie (der|die) {IS_CALLED} (der|die|den)\b"
    # "what name did he give"
    r"|\bwhat name did (he|she|they)\b"
)


def asks_for_a_name(question: str) -> bool:
    """Does the question ask what a person is called (not a thing: "wie hieß die
    Ermittlungsgruppe")?"""
    return bool(_NAME_ASKED.search(question.lower()))


# A question about a mayor ("wer ist der bürgermeister von hamm"), which only a report that
# names a mayor answers: the Hamm release names a police president, a judge and a prosecutor.
_MAYOR_ASKED = re.compile(r"\b(ober)?b(ü|ue)rgermeister\w*|\bmayor\b")
_MAYOR = re.compile(r"bürgermeister", re.I)


def asks_about_the_mayor(question: str) -> bool:
    return bool(_MAYOR_ASKED.search(question.lower()))


def names_a_mayor(text: str) -> bool:
    return bool(_MAYOR.search(text))


# A question for the dead ("wie viele tote gab es", "was anyone killed"), which only a report
# that tells of a death answers ("ums Leben", "tödlich verletzt", "starb").
_DEATHS_ASKED = re.compile(
    r"\b(how many|wie ?viele)\b.*\b(died|dead|deaths|killed|tote[n]?|todesopfer|starben"
    r"|ums leben|get(ö|oe)tet)\b"
    r"|\b(was|were) (any ?one|anybody|someone|somebody|people) (killed|dead)\b"
    r"|\b(gab es|gabs)( da| dabei| auch)? (tote|todesopfer)\b|\bist (jemand|wer) (gestorben|tot)\b"
)
_DEATH = re.compile(
    r"\b(tot|tote[nr]?|Tod(?:e|es)?|Todes\w*|getötet\w*|ums Leben|\w*starb(?:en|st)?"
    r"|\w*gestorben|verstorben\w*|tödlich\w*|Leiche\w*|verendet\w*)\b",
    re.I,
)


def asks_for_the_dead(question: str) -> bool:
    return bool(_DEATHS_ASKED.search(question.lower()))


def tells_of_a_death(text: str) -> bool:
    return bool(_DEATH.search(text))


# A question that takes an arrest as given ("wann wurde der täter festgenommen", "where were they
# arrested"), which only a report that tells of one answers; not "was the thief caught", which a
# report of an escape answers too.
_ARREST_ASKED = re.compile(
    r"\b(festgenommen|festnahme|verhaftet|gefasst|geschnappt|arrest\w*|apprehended"
    r"|caught(?! fire))\b"
)
_ARREST = re.compile(
    r"\b(festgenommen|Festnahme\w*|verhaftet|gefasst|geschnappt|dingfest|Gewahrsam|Haftbefehl"
    r"|Untersuchungshaft|ergriffen|gestellt|stellten? sich|nahm\w*\b.{0,80}\bfest)\b"
)


# What a thing was made of ("waren die dachrinnen aus kupfer oder was", "what were the gutters
# made of"), which only a report that names a material answers.
_MATERIALS = (
    r"kupfer\w*|zink\w*|messing\w*|alu\w*|metall\w*|holz\w*|kunststoff\w*|plastik\w*|eisen\w*"
    r"|stahl\w*|blech\w*|edelstahl\w*|copper|zinc|brass|aluminium|aluminum|metal|wood(en)?|plastic"
    r"|iron|steel"
)
_MATERIAL_ASKED = re.compile(
    rf"\b(?:aus|of|made of) (?:{_MATERIALS})\b.*\b(?:oder|or)\b|\b(?:what|which) (?:material|metal)"
    r"|\bmade (?:out )?of what\b|\bwhat\b.*\bmade (?:out )?of\W*$|\baus (?:was|welchem material)\b"
)
_MATERIAL = re.compile(rf"\b(?i:{_MATERIALS})\b")


def asks_for_a_material(question: str) -> bool:
    return bool(_MATERIAL_ASKED.search(question.lower()))


def names_a_material(text: str) -> bool:
    return bool(_MATERIAL.search(text))


# A question for what a deed was done with ("womit haben die die autoscheiben eingeschlagen",
# "what did they use to smash the car windows"), which only a report that names a tool, a weapon
# or a vehicle, or says it was done "mittels" something, answers.
_MEANS_ASKED = re.compile(
    r"\b(?:womit|mit was|mit welchem \w+)\b.*\b(?:eingeschlagen|aufgebrochen|aufgehebelt"
    r"|zerkratzt|zerstochen|beschädigt|durchgesägt|abgesägt|geöffnet|eingeworfen|zertrümmert)\b"
    r"|\bwhat did (?:they|he|she|the \w+) use to (?:smash|break|open|cut|scratch|pry|damage)\b"
    r"|\bwhat (?:were|was) (?:the )?\w+ (?:smashed|broken|opened|cut|scratched) with\b"
)
_MEANS = re.compile(rf"{CUES['means'].pattern}|\bmittels\b|\bmit (?:einem|einer|einen) \w+")


def asks_what_it_was_done_with(question: str) -> bool:
    return bool(_MEANS_ASKED.search(question.lower()))


def names_a_means(text: str) -> bool:
    return bool(_MEANS.search(text))


# A count of arrests ("how many arrests were there at the derby in dortmund"), which only a
# report that tells of one answers.
_ARRESTS_COUNTED = re.compile(
    r"\b(how many|wie ?viele?)\b.*\b(arrests?|arrested|festnahmen|festgenommen|verhaftet\w*"
    r"|verhaftungen)\b"
)


def asks_how_many_were_arrested(question: str) -> bool:
    return bool(_ARRESTS_COUNTED.search(question.lower()))


def asks_when_where_or_who_arrested(question: str) -> bool:
    return question_kind(question) in ("when", "where", "direction", "who") and bool(
        _ARREST_ASKED.search(question.lower())
    )


def tells_of_an_arrest(text: str) -> bool:
    return bool(_ARREST.search(text))


# Whether they were caught or a thing was found ("were they caught", "wurde der täter gefasst",
# "has the car been found yet"): a report that tells of neither does not say. Only questions
# without a question word ("what have studies found" asks what; index.language's lists hold the
# "did", "were" a yes/no question opens with); "was" may be German "what", and "was wurde
# gefunden" is not answered by a report that tells of no find either; "was für" asks what ("was
# für ein tier hat der audi erwischt": "Mit einem Dachs pralle … zusammen").
QUESTION_WORD = re.compile(
    r"\b(?:what|which|who|whom|whose|where|when|why|how|wer|wen|wem|wessen|wann|warum|wieso"
    r"|weshalb|wie|wie ?viel\w*|welche[rsnm]?|f(?:ü|ue)r was|was f(?:ü|ue)r"
    r"|wo(?:hin|her|für|fuer|mit|durch|zu|nach|von|rin|ran|rauf|raus|bei)?)\b"
)
_CAUGHT_ASKED = re.compile(
    r"\b(?:caught(?! fire)|catch(?! fire)|arrested|apprehended|festgenommen|verhaftet|gefasst"
    r"|geschnappt|erwischt)\b"
    # said without the verb: "ham die den typen schon, der …", "have they got the guy yet"
    r"|\b(?:ham|haben|hat) (?:die|sie|die polizei|die bullen|die cops|man) (?:den|die) "
    r"(?:typ|typen|kerl|täter|tater|dieb|diebe|einbrecher|räuber|rauber|fahrer|mann|frau|jungs)"
    r" (?:schon|endlich|inzwischen|mittlerweile)\b"
    # "the 2 fake water guys in bad urach, did the cops get them"
    r"|\b(?:have|did) (?:they|the police|police|the cops|cops) (?:ever )?(?:got|get) "
    r"(?:them|him|her)\b"
    r"|\b(?:have|did) (?:they|the police|police|the cops|cops) (?:got|get) (?:the|that) "
    r"(?:guy|man|woman|driver|thief|thieves|burglars?|robbers?|suspects?) yet\b"
    # someone found is someone caught: "did the cops ever find the white pritsche lkw driver"
    r"|\b(?:did|have|has) (?:they|the police|police|the cops|cops) (?:ever |already |yet )?"
    r"(?:find|found|track(?:ed)? down|identif(?:y|ied)) (?:the|that|this) (?:[\w-]+ ){0,4}?"
    r"(?:guy|man|woman|driver|thief|thieves|burglars?|robbers?|suspects?|culprits?)\b"
)
_DID_THEY_CATCH = re.compile(
    r"\b(?:did|have|has) (?:they|the police|police|the cops|cops|anyone|anybody) (?:ever )?"
    r"(?:catch|caught|arrest|arrested)\b"
)
_FIND_ASKED = re.compile(rf"\b(?:{FIND_ASKED})\b")
# what the police found on someone: "Beim … Beifahrer fand die Polizei … Marihuana"
_FIND = re.compile(rf"\b(?:{FIND_WORDS}|fand|fanden)\b")


# A question about a robbery ("any update on the bank robbery in dortmund"), which a report that
# tells of none does not answer, however many of its words it holds ("auf der Bank Platz …
# Borussia Dortmund"). Every answerable robbery question of the benchmark's read sets is about
# a release that says "Raub" or "Überfall". Not "robbed" nor "ausgeraubt", said of any theft:
# "… then jewelry is gone. who got robbed".
_ROBBERY_ASKED = re.compile(
    r"\b(robbery|robberies|robbers?|raub|raubüberfall|überfall\w*|ueberfall\w*|beraubt|bankraub)\b"
)
_ROBBERY = re.compile(r"(?i:raub|räuber|überf(?:all|äll|iel))")


def asks_about_a_robbery(question: str) -> bool:
    return bool(_ROBBERY_ASKED.search(question.lower()))


def tells_of_a_robbery(text: str) -> bool:
    return bool(_ROBBERY.search(text))


def asks_if_caught(question: str) -> bool:
    """ "were they caught", "did they catch who set it"; not "who was arrested"."""
    lowered = question.lower()
    asking = QUESTION_WORD.search(lowered)
    if asking is None:
        return bool(_CAUGHT_ASKED.search(lowered))
    did_they = _DID_THEY_CATCH.search(lowered)  # not "where did police catch her"
    return did_they is not None and did_they.start() < asking.start()


def asks_if_found(question: str) -> bool:
    lowered = question.lower()
    return not QUESTION_WORD.search(lowered) and bool(_FIND_ASKED.search(lowered))


def tells_of_a_find(text: str) -> bool:
    return bool(_FIND.search(text))


# A question for a vehicle's make ("what brand was the truck", "welche marke hatte das auto"),
# which only a report that names a make answers.
_MAKE_ASKED = re.compile(
    r"\b(auto|fahrzeug|lkw|motorrad)marke\b"
    r"|\b((what|which) (brand|make)s?|brand of|(welche[rsnm]?|was für eine?) marke|fabrikat"
    r"|hersteller)\b.*\b(car|truck|lorry|van|vehicle|motorbike|motorcycle|tractor|scooter|bus"
    r"|auto|wagen|pkw|lkw|fahrzeug|transporter|motorrad|traktor|roller)\b"
    r"|\b(car|truck|lorry|van|vehicle|auto|pkw|lkw|fahrzeug|traktor|motorrad)\b.*"
    r"\b((what|which) (brand|make)|welche[rsnm]? marke)\b"
    r"|\b(what|which) (car|vehicle) (brands?|makes?)\b|\bwelche (auto)?marken\b"
    # "was fürn auto fuhr die frau …, marke?"
    r"|\b(car|auto|pkw|wagen|fahrzeug)\b.*\bmarke\W*$"
)
_MAKE_WORD = re.compile(rf"\b{MAKE}")


def asks_for_a_make(question: str) -> bool:
    return bool(_MAKE_ASKED.search(question.lower()))


def names_a_make(text: str) -> bool:
    return bool(_MAKE_WORD.search(text))


# Which car ("what kind of car was she driving", "which car did they come in", "was für ein auto
# hatte die"), which only a report that names one answers: by its make, its kind ("Kleinwagen",
# "Transporter") or its colour ("einen weißen PKW"); "eine 31-jährige Pkw-Fahrerin" does not.
_CAR_ASKED = re.compile(
    r"\b(what|which) ((kind|type|sort) of )?(car|vehicle)s?\b"
    r"|\bwas f(ü|ue)r (ein|einen|n) (auto|wagen|fahrzeug|pkw)\b|\bwelche[sn]? (auto|fahrzeug|pkw)\b"
)


def asks_which_car(question: str) -> bool:
    return bool(_CAR_ASKED.search(question.lower()))


def names_a_car(text: str) -> bool:
    return bool(CUES["vehicle"].search(text))


# A question for a vehicle's model ("what model was the ford"), which only a report that names
# one answers ("Ford Focus"; not "Ford-Fahrer").
_MODEL_ASKED = re.compile(
    r"\b((what|which) (\w+ )?models?|model of|welche[sn]? (modell|typ)|modell)\b"
)
# "Audi A 5", "VW Golf", "BMW 320d"
_MODEL = re.compile(rf"\b{MAKE}[ -](?!Fahrer|Lenker|Halter|Besitzer)[A-Z0-9][\w-]*(?: \d[\w-]*)?")


def asks_for_a_model(question: str) -> bool:
    return bool(_MODEL_ASKED.search(question.lower()))


def names_a_model(text: str) -> bool:
    return bool(_MODEL.search(text))


def models_named(text: str) -> tuple[str, ...]:
    return tuple(found.group(0) for found in _MODEL.finditer(text))


# A question for the brand of a thing that is no vehicle ("welche marke hatte die kamera", "what
# brand was the laptop"), which only a report that names one answers: as "der Marke …",
# "Fabrikat …", or a brand releases name without saying so ("ein Apple iPhone", "eine
# Stihl-Motorsäge"); a car's make nearby ("einen silbernen Skoda") is not the camera's.
_BRAND_ASKED = re.compile(
    r"\b((what|which) (brand|make)|brand of|make of|(welche[rsnm]?|was für eine?) marke"
    r"|welches fabrikat|hersteller)\b"
)
_BRAND = re.compile(
    r"\b(Marke|Fabrikat|Hersteller\w*"
    r"|Apple|iPhone|iPad|MacBook|Samsung|Huawei|Xiaomi|Nokia|Motorola|Lenovo|Dell|HP|Asus|Acer"
    r"|Microsoft|Canon|Nikon|Sony|Panasonic|Fujifilm|Olympus|Leica|GoPro|Garmin|TomTom"
    r"|Bosch|Makita|Hilti|Stihl|Husqvarna|Festool|Metabo|DeWalt|Milwaukee|Würth|Kärcher"
    r"|Rolex|Omega|Cartier|Breitling|Swatch|Louis Vuitton|Gucci|Prada|PlayStation|Xbox"
    r"|Nintendo|Cube|Specialized|Trek|Canyon|Kalkhoff|Haibike|Gazelle)\b"
)


def asks_for_a_brand(question: str) -> bool:
    return bool(_BRAND_ASKED.search(question.lower())) and not asks_for_a_make(question)


def names_a_brand(text: str) -> bool:
    return bool(_BRAND.search(text))


# A question for the name of a business ("wie heißt das gartencenter", "which construction
# company", "what's the name of the hairdresser", "aus welchem autohaus"), which only a report
# that names one answers: as "Firma …", "… GmbH", "Autohaus Maier", "Restaurant „Zur Post“".
# Releases mostly keep businesses anonymous ("in einen Gartencenter in der Hauptstraße"). A
# company as such ("which company", "wie hieß das Unternehmen") is left out: encyclopaedic text
# names companies with no such sign ("Virgin Media").
_COMPANY = r"((?!the |a |this |that |which |what )\w+ (company|firm)|\w+firma|\w+unternehmen)"
_BUSINESS = (
    rf"({_COMPANY}|\w*gesch(ä|ae)ft|laden|shop|store|\w*markt|supermarket|gartencent(er|re)"
    r"|garden cent(er|re)|autohaus\w*|car dealer\w*|dealership|friseur\w*|hairdresser\w*|salon"
    r"|restaurant|gastst(ä|ae)tte|lokal|bar|pub|kneipe|wirtshaus|caf(é|e)|b(ä|ae)ckerei|bakery"
    r"|tankstelle"
    r"|petrol station|gas station|juwelier\w*|jewell?er\w*|hotel|kiosk|imbiss\w*|snack bar"
    r"|werkstatt|workshop|spedition|\w*praxis|spielothek|spielhalle|casino)"
)
_BUSINESS_NAME_ASKED = re.compile(
    _name_of(rf"{_BUSINESS}\b")
    # a firm as chats ask for it: "wie heisst die firma in der industriestr", "welche firma"
    + "|"
    + _name_of(r"firma\b")
    + r"|\bwelche[rsnm]? firma\b|\b(which|what) (company|firm)\b"
    + rf"|\b(which|what|welche[rsnm]?) {_COMPANY}\b"
    # not a shop as such: "which shop was broken into" asks what kind ("ein Juwelier"), "von
    # welcher praxis war das schild" too ("einer Zahnarztpraxis")
    + rf"|\b(which|welche[rsnm]?) (?!(shop|store|laden|gesch(ä|ae)ft|praxis)\b){_BUSINESS}\b"
    + rf"|\b{_BUSINESS}\b.*\bwie hei(ß|ss)t (das|die|der|es)\W*$"
    + rf"|\bwhat(?: is|'s|s| was) the (\w+ )?{_BUSINESS}\b.*\b(called|named)\b"
    + r"|\bwhat(?: is|'s|s| was) the (company|firm)\b.*\b(called|named)\b"
    + r"|\bnames? (of|vom|von der|des) (the )?(company|firm|firma|unternehmens?)\b"
    + rf"|\b({_BUSINESS}|company|firm|business) name\b|\bfirmenname"
)
_BUSINESS_NAME = re.compile(
    r"\b(GmbH|AG|KG|Inc|Ltd|Corporation|Company)\b|e\. ?K\.|&\s?[A-ZÄÖÜ]"
    r"|\b[A-Z]+[a-z]+[A-Z]\w*"  # a capital inside: "BSkyB", "McDonald's"
    r"|\b[A-Z]\w+ (Media|Group|Records|Airlines|Motors|Pictures|Studios|Networks?|Holdings"
    r"|Industries|Systems|Technologies|Electric)\b"
    r"|\b(\w*[Ff]irma|\w*[Gg]eschäft|Laden|\w*[Mm]arkt|Gartencenter|Autohaus|Friseur\w*|Salon"
    r"|Restaurant|Gaststätte|Lokal|Bar|Café|Bäckerei|Tankstelle|Juwelier\w*|Hotel|Kiosk|Imbiss"
    r"|Werkstatt|Spedition|\w*[Pp]raxis|Spielothek|Spielhalle|Casino)\s[„\"»]?[A-ZÄÖÜ]"
)


def asks_for_a_business_name(question: str) -> bool:
    return bool(_BUSINESS_NAME_ASKED.search(question.lower()))


def names_a_business(text: str) -> bool:
    return bool(_BUSINESS_NAME.search(text))


# A question for a charity ("für welche hilfsorganisation waren die schuhe", "which charity"),
# which only a report that names one answers: "Deutsches Rotes Kreuz", "… e. V.", "die Tafel".
# Not an organisation as such: encyclopaedic text names them with no such sign ("Vereinte
# Nationen").
_CHARITY_ASKED = re.compile(
    r"\b(?:which|what|welche[rsnm]?) (?:\w+ )?(?:charity|charities|aid (?:group|organi[sz]ation)"
    r"|\w*hilfsorganisation\w*|wohlt(?:ä|ae)tigkeit\w*|hilfswerk\w*)\b"
)
_CHARITY = re.compile(
    r"\be\. ?V\.|\b(?:\w*[Hh]ilfsorganisation\w*|\w*[Hh]ilfswerk\w*|Caritas|Diakonie|Roten? Kreuz"
    r"|DRK|Tafel|Malteser\w*|Johanniter\w*|Stiftung\w*|\w*[Vv]erein\b|UNICEF|Oxfam)"
)


def asks_for_a_charity(question: str) -> bool:
    return bool(_CHARITY_ASKED.search(question.lower()))


def names_a_charity(text: str) -> bool:
    return bool(_CHARITY.search(text))


# A question for crime figures ("what were the crime numbers for 2020", "how many crimes were
# recorded in hamm", "wie viele straftaten gab es"), which only a report that counts something
# answers: the Hamm conference names its "Kriminal- und Verkehrsunfallstatistik 2020" and gives
# no figure of it.
_CRIME_FIGURES_ASKED = re.compile(
    r"\b(?:crime (?:numbers|figures|rates?|stats|statistics|cases)|how many (?:\w+ )?crimes"
    r"|numbers (?:from|of|in) (?:the )?(?:\w+ )?\w*statisti\w*|\w*statisti\w* numbers"
    r"|kriminalit(?:ä|ae)tsrate|fallzahlen|wie ?viele (?:\w+ )?(?:straftaten|delikte)"
    r"|zahlen (?:der|aus der) \w*statistik)\b"
)


def asks_for_crime_figures(question: str) -> bool:
    return bool(_CRIME_FIGURES_ASKED.search(question.lower()))


def counts_something(text: str) -> bool:
    return bool(CUES["how_many"].search(text))


# A question for the money taken ("wieviel geld war im opferstock", "how much cash was taken from
# the slot machines"), which only a report that gives an amount other than the damage answers:
# "Der Schaden beläuft sich auf ca. 2000 Euro" does not tell what the offertory box held.
_MONEY_TAKEN_ASKED = re.compile(
    rf"\b(wie ?viel|how much)\b.*\b(\w*geld|cash|money|{MONEY_SLANG})\b"
    r"|\bhow much (was|did (they|he|she|the \w+)) (stolen|steal|take|taken|nick|nicked|grab)\b"
)
_NOT_TAKEN = re.compile(r"\b(schaden|damage|kost\w*|gekostet|cost\w*|wert|worth)\b")
# In any case: some reports write "2000eur" or "ein paar hundert euro".
_AMOUNT = re.compile(rf"{MONEY_AMOUNT}|\w+stellig", re.I)
_DAMAGE = re.compile(r"[Ss]chaden|beschädig")


def asks_for_money_taken(question: str) -> bool:
    lowered = question.lower()
    return bool(_MONEY_TAKEN_ASKED.search(lowered)) and not _NOT_TAKEN.search(lowered)


def tells_an_amount_taken(text: str) -> bool:
    return bool(_AMOUNT.search(text)) and not _DAMAGE.search(text)


# A question for what comes next ("when is the next Sicherheitskonferenz", "wo ist die nächste
# kontrolle", "when is the seenachtsfest this year"), which only a report that announces it
# answers: releases tell what happened.
_NEXT_ASKED = re.compile(
    r"\b(next|upcoming|n(ä|ae)chste[nrms]?|kommende[nrms]?|this year|dieses jahr|heuer)\b"
)
_NEXT = re.compile(
    r"\b(nächste\w*|kommende\w*|künftig\w*|zukünftig\w*|geplant\w*|demnächst)\b", re.I
)


def asks_when_or_where_next(question: str) -> bool:
    return question_kind(question) in ("when", "where", "direction") and bool(
        _NEXT_ASKED.search(question.lower())
    )


def announces_what_comes_next(text: str) -> bool:
    return bool(_NEXT.search(text))


# A question for a fine ("how big a fine did he get", "was kostet handy am steuer bussgeld"),
# which only a report that tells of one answers; a damage or a speed limit does not.
_FINE_ASKED = re.compile(
    r"\b(how (big|much|high)|wie (hoch|viel)|was kostet)\b.*\b(fine[sd]?|bu(ß|ss)geld\w*"
    r"|geldbu(ß|ss)e|\w*strafen?|verwarnungsgeld|penalt(y|ies))\b"
    # "was kriegt der nachbar für ne strafe"
    r"|\b(was|welche \w+)\b.*\b(kriegt|kriegen|bekommt|bekommen|bekam|erwartet|droht)\b"
    r".*\b(\w*strafe|bu(ß|ss)geld\w*)\b"
    # "was muss der zahlen der mit 209 auf der talbrücke geblitzt wurde"
    r"|\bwas (muss|musste|müssen|mussten) (der|die|er|sie)\b.*\b(zahlen|bezahlen|blechen)\b"
    # "what fine does the driver doing 209 get", "welche strafe kriegt der", "was für ne strafe"
    r"|\b(what|which|welche[nrs]?|was für (eine?n?|ne)) (fine|penalty|bu(ß|ss)geld\w*"
    r"|geldbu(ß|ss)e|strafe)\b"
)
_FINE = re.compile(
    r"\b(Bußgeld\w*|Geldbuße\w*|\w*[Ss]trafe\w*|Verwarnungsgeld\w*|Strafbefehl\w*"
    r"|Sicherheitsleistung\w*)\b"
)


def asks_for_a_fine(question: str) -> bool:
    return bool(_FINE_ASKED.search(question.lower()))


def tells_of_a_fine(text: str) -> bool:
    return bool(_FINE.search(text))


# A question whether someone lost their driving licence ("did the vento driver lose his
# licence", "ist der führerschein jetzt weg"), which a report that never mentions one does not
# answer: police reports tell when a licence was taken or a driving ban is due.
_LICENCE_ASKED = re.compile(
    r"\b((lose|lost|loses|losing|keep|kept) (his|her|their|the) (driving )?licen[cs]e"
    r"|licen[cs]e (was |been |get |got )?(taken|revoked|suspended|seized|confiscated)"
    r"|driving ban|banned from driving|fahrverbot"
    r"|(führerschein|fuehrerschein|lappen) (\w+ )?(weg|los|abgeben|abgegeben|entzogen|verloren"
    r"|beschlagnahmt|einbehalten|abgenommen|behalten))\b"
)
_LICENCE = re.compile(r"\b(Führerschein\w*|Fahrerlaubnis\w*|Fahrverbot\w*)")


def asks_if_the_licence_was_taken(question: str) -> bool:
    return bool(_LICENCE_ASKED.search(question.lower()))


def tells_of_a_licence(text: str) -> bool:
    return bool(_LICENCE.search(text))


# A question for the floor ("in welchem stock", "which floor"), which only a report that names
# one answers.
_FLOOR_ASKED = re.compile(r"\b(welche[mnrs]? (stock\w*|etage|geschoss)|(which|what) floor)\b")
_FLOOR = re.compile(r"\b(Stock|Stockwerk\w*|\w*[Gg]eschoss\w*|Etage\w*|OG|EG)\b")


def asks_for_the_floor(question: str) -> bool:
    return bool(_FLOOR_ASKED.search(question.lower()))


def names_a_floor(text: str) -> bool:
    return bool(_FLOOR.search(text))


# Which hospital someone was taken to ("in welches krankenhaus kam er", "which hospital"), which
# a report that names no hospital at all does not tell (one that says "in ein Krankenhaus" is
# left to names_it_only_as_some).
_HOSPITAL_ASKED = re.compile(
    r"\b(welche[sm]?|which|what) (krankenhaus|klinik\w*|spital|hospital|clinic)\b"
)
_HOSPITAL = re.compile(r"(?i:krankenh(?:a|ä)us|klinik|spital|hospital|notaufnahme)")


def asks_for_the_hospital(question: str) -> bool:
    return bool(_HOSPITAL_ASKED.search(question.lower()))


def names_a_hospital(text: str) -> bool:
    return bool(_HOSPITAL.search(text))


# How long something lasted or was closed ("wie lange war die b27 gesperrt", "how long did the
# conference last"), which only a report that gives a span of time tells ("für rund 45 Minuten",
# "bis 4 Uhr", "von 1756 bis 1763"); a length ("50 Meter") does not.
_SPAN_ASKED = re.compile(
    r"\b(wie lange|how long)\b.*\b(gesperrt|gedauert|dauer\w*|closed|blocked|shut|last\w*"
    r"|take|took|burn\w*|brannte\w*|gebrannt|gesucht|such\w*|gewartet|warte\w*)\b"
    # what someone was doing: "how long was the rettungshubschrauber searching"
    r"|\bhow long (was|were|did|had) .*\b\w{3,}ing\b"
)
_SPAN = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
    r"|zwanzig|dreißig|vierzig|fünfzig|mehrere\w*|einige\w*|wenige\w*|anderthalb|eineinhalb"
    r"|halbe\w*)\s+(?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*"
    r"|\bbis\b.{0,30}\d{1,2}(?:[.:]\d{2})? Uhr|\b\d{3,4}\s?(?:bis|-|–)\s?\d{3,4}\b"
    r"|\w*stündig|stundenlang|tagelang|wochenlang|\bbis (?:zum|in den) (?:Morgen|Abend|Mittag)"
    r"|\bbis (?:zum|zur) (?:Ende|Schluss)"
)


def asks_how_long_it_lasted(question: str) -> bool:
    return bool(_SPAN_ASKED.search(question.lower()))


def tells_a_span(text: str) -> bool:
    return bool(_SPAN.search(text))


# A question for the house number ("what house number", "welche hausnummer"), which only a
# report that gives a street with its number answers ("in der Heimsheimer Straße" gives none).
_HOUSE_NUMBER_ASKED = re.compile(r"\b(house ?number|hausnummer|hausnr|(welche|what) nummer)\b")
_HOUSE_NUMBER = re.compile(
    r"\b(?:[\w-]*(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm"
    r"|[Ss]teige)|Nr\.|Hausnummer)\s?\d{1,4}[a-z]?\b"
)


def asks_for_a_house_number(question: str) -> bool:
    """ "welche hausnummer", "welche nummer hat das haus"; not "welche nummer hat der
    polizeiposten", a number to call."""
    return bool(_HOUSE_NUMBER_ASKED.search(question.lower())) and question_kind(question) != "phone"


def gives_a_house_number(text: str) -> bool:
    return bool(_HOUSE_NUMBER.search(text))


# A question for the day ("an welchem tag war das", "which day"), which only a report that names
# a weekday or a date answers: "zwischen 10 Uhr und 18.30 Uhr" tells the hours, not the day.
_DAY_ASKED = re.compile(
    r"\b(an welchem (tag|datum|wochentag)|welche[rnm]? (tag|wochentag)|welches datum"
    r"|(which|what) (day|date)|day of the week)\b"
)
_DAY = re.compile(
    r"\b(\w*(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)\w*"
    r"|\d{1,2}\.\s?(\d{1,2}\.|januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember)|heute|gestern|vorgestern|silvester|feiertag\w*)",
    re.IGNORECASE,
)


def asks_for_the_day(question: str) -> bool:
    return bool(_DAY_ASKED.search(question.lower()))


def names_a_day(text: str) -> bool:
    return bool(_DAY.search(text))


# A question for a court's verdict ("wie viele jahre haft haben die bekommen", "were they sent to
# prison"), which only a report that tells of a trial or verdict answers: a Haftbefehl or
# Untersuchungshaft is no sentence. Not a prison or court as such ("who represented the prison").
_VERDICT_ASKED = re.compile(
    r"\b(jahre\w* haft|monate\w* haft|haftstrafe|gef(ä|ae)ngnisstrafe|urteil\w*|verurteilt"
    r"|sentenced?|trial|(go|went|sent|gone) to (jail|prison)|(jail|prison) (time|sentence)"
    # "how many years did the 21 year old get"
    r"|how (many|much) (years|months)\b.*\b(get|got|receive|received)"
    r"|wie ?viele? (jahre|monate)\b.*\b(bekommen|gekriegt|kriegt|bekommt)"
    # "wann beginnt der prozess", "wie lange müssen die jetzt sitzen", "müssen die in den knast"
    # (not a process: "wie heißt der prozess, mit dem …")
    r"|wann\b.*\bprozess|prozess gegen|gerichtsverhandlung|knast"
    r"|wie lange\b.*\b(sitzen|einsitzen))\b"
)
_VERDICT = re.compile(
    r"\b(verurteilt\w*|Urteil\w*|Freiheitsstrafe\w*|Haftstrafe\w*|Gefängnis\w*|Jahre\w* Haft"
    r"|Monate\w* Haft|Bewährung\w*|Geldstrafe\w*|Gericht\w*|Prozess\w*|Anklage\w*|angeklagt\w*)\b"
)


def asks_for_a_verdict(question: str) -> bool:
    return bool(_VERDICT_ASKED.search(question.lower()))


def tells_of_a_verdict(text: str) -> bool:
    return bool(_VERDICT.search(text))


# A question for a nationality ("what nationality are they", "woher kamen die täter"), which only
# a report that gives one answers ("serbische Staatsangehörige", "ein Rumäne" is not read).
_NATIONALITY_ASKED = re.compile(
    r"\b(nationality|nationalit(ä|ae)t|staatsangeh(ö|oe)rig\w*"
    # not which event they are of: "where were the 2 guys from the schorndorf robbery picked up"
    r"|where (are|were|is|was) (they|he|she|the \w+( \w+)?) from"
    r"(?! (?:the|a|an|that|this|those|these)\b)"
    r"|woher (kam|kommt|kamen|kommen|stammt|stammen))\b"
)
_NATIONS = (
    r"deutsch|türkisch|serbisch|kroatisch|bosnisch|rumänisch|bulgarisch|polnisch|russisch"
    r"|ukrainisch|italienisch|französisch|spanisch|portugiesisch|englisch|britisch|schottisch"
    r"|irisch|amerikanisch|kanadisch|mexikanisch|brasilianisch|argentinisch|albanisch|kosovarisch"
    r"|mazedonisch|griechisch|ungarisch|tschechisch|slowakisch|slowenisch|österreichisch|schweizer"
    r"|niederländisch|belgisch|dänisch|schwedisch|norwegisch|finnisch|litauisch|lettisch|estnisch"
    r"|georgisch|moldawisch|syrisch|afghanisch|irakisch|iranisch|libanesisch|israelisch|ägyptisch"
    r"|marokkanisch|algerisch|tunesisch|libysch|nigerianisch|eritreisch|somalisch|gambisch"
    r"|äthiopisch|chinesisch|japanisch|koreanisch|vietnamesisch|indisch|pakistanisch|australisch"
)
_NATIONALITY = re.compile(
    rf"\b(Staatsangehörig\w*|Nationalität\w*|\w*stämmig\w*|(süd|nord|ost|west)?({_NATIONS})\w*)\b",
    re.I,
)


def asks_for_a_nationality(question: str) -> bool:
    # not where smoke or a fire came from: "woher kam der rauch" asks what caused it
    return bool(_NATIONALITY_ASKED.search(question.lower())) and question_kind(question) != "why"


def tells_a_nationality(text: str) -> bool:
    return bool(_NATIONALITY.search(text))


# A question for how to do something oneself ("wie beantrage ich ein führungszeugnis", "how do i
# report a stolen bike online"), which only a report that advises answers ("Die Polizei rät …",
# "Hinweise nimmt das Polizeirevier Bretten unter Telefon … entgegen").
_HOW_TO_ASKED = re.compile(
    r"\b(how (do|can|should) (i|we)|(do|must) (i|we) need|how to|brauch\w* (ich|man)"
    r"|wie (kann|soll|muss|beantrage?|melde|bekomme?) ich"
    r"|wo (kann|muss|soll) ich|was muss ich)\b"
)
_ADVICE = re.compile(
    r"\b(rät|raten|empfiehlt|empfehlen|Tipps?|sollten|beachten|kann man|melden Sie|wenden Sie"
    r"|entgegen|Telefon|Tel)\b"
)


def asks_how_to(question: str) -> bool:
    return bool(_HOW_TO_ASKED.search(question.lower()))


def gives_advice(text: str) -> bool:
    return bool(_ADVICE.search(text))


# What the weather will be ("wie wird das wetter morgen in stuttgart", "weather forecast for the
# weekend"), a recipe ("rezept fuer kaesespaetzle") or a game's result ("wer hat gestern bayern
# gegen dortmund gewonnen", "final score germany vs northern ireland"): only a text that tells of
# weather, ingredients or a win answers, not a report from the town that names the morning.
_WEATHER_ASKED = re.compile(
    r"\b(wie wird das wetter|wetter(bericht|vorhersage)|wettervorhersage|weather forecast"
    r"|what(s|'s| is| will be) the weather|weather (like|tomorrow|today|this))\b"
)
_WEATHER = re.compile(
    r"\b(\w*[Ww]etter\w*|Regen\w*|(Stark|Niesel|Dauer|Platz|Eis)regen|Schnee\w*|Glätte|Gewitter\w*"
    r"|Sturm\w*|Nebel\w*|Sonne\w*"
    r"|Temperatur\w*|Hitze|Frost\w*|Wind\w*|Niederschl\w*|bewölkt|sonnig|°C|Grad)\b"
)
_RECIPE_ASKED = re.compile(r"\b(rezepte?|recipes?)\b")
_RECIPE = re.compile(
    r"\b(Zutaten|Esslöffel|Teelöffel|EL|TL|Gramm|g|Prise|Backofen|Teig|Pfanne|anbraten|würzen)\b"
)
_RESULT_ASKED = re.compile(
    r"\b(wer hat .*gewonnen|wer gewann|who won|final score|what(s|'s| was| is) the score"
    r"|endstand|endergebnis|wie viele tore|how many goals|wie (ist|ging) das spiel .*aus)\b"
)
# The score itself ("wie hoch hat deutschland gegen nordirland gewonnen", "what was the final
# score"), which "Nach dem Sieg der deutschen Nationalmannschaft" does not tell.
_SCORE_ASKED = re.compile(
    r"\b(wie hoch (hat|haben|hatte|hatten|ist|war|wurde)\b.*\b(gewonnen|verloren|gesiegt"
    r"|geschlagen|ausgegangen)|final score|what(s|'s| was| is) the score"
    r"|endstand|endergebnis|wie viele tore|how many goals)\b"
)
_SCORE = re.compile(r"\b\d{1,3}\s?[:–-]\s?\d{1,3}\b(?! Uhr)|\bTor(e|en)?\b|\bTreffer\w*")
_RESULT = re.compile(
    r"\b(\d{1,2}\s?:\s?\d{1,2}(?! Uhr)|\w*gewann\w*|\w*gewonnen|\w*besiegt\w*|siegte\w*"
    r"|\w*[Ss]ieg(er|erin|es)?|Tor(e|en)?|Treffer\w*|Endstand|Endergebnis|Meister\w*|Titel\w*)\b"
)


def asks_for_the_weather(question: str) -> bool:
    return bool(_WEATHER_ASKED.search(question.lower()))


def tells_of_the_weather(text: str) -> bool:
    return bool(_WEATHER.search(text))


def asks_for_a_recipe(question: str) -> bool:
    return bool(_RECIPE_ASKED.search(question.lower()))


def gives_a_recipe(text: str) -> bool:
    return bool(_RECIPE.search(text))


def asks_for_the_score(question: str) -> bool:
    return bool(_SCORE_ASKED.search(question.lower()))


def gives_the_score(text: str) -> bool:
    return bool(_SCORE.search(text))


def asks_for_a_result(question: str) -> bool:
    return bool(_RESULT_ASKED.search(question.lower()))


def tells_a_result(text: str) -> bool:
    return bool(_RESULT.search(text))


# Where people were travelling to ("wohin wollten die leute eigentlich weiterreisen", "wo wollten
# die eigentlich hin", "where was the group travelling to"), which a report that names no
# destination cannot answer.
_DESTINATION_ASKED = re.compile(
    r"\bwohin wollten\b|\bwohin .*\b(reisen|weiterreisen|fahren|unterwegs)\b"
    r"|\bwo wollten? .*\bhin(fahren|reisen|gehen)?\b|\bwas war (das|ihr|sein) (reise)?ziel\b"
    r"|\bwhere .*\b(travel\w*|going|heading|headed|bound|trying to get to)\b"
)
_DESTINATION = re.compile(
    r"\b(nach|Richtung|Fahrtrichtung|\w*[Zz]iel\w*|in die|in den|ins)\s+[A-ZÄÖÜ]"
)


def asks_where_they_were_going(question: str) -> bool:
    return bool(_DESTINATION_ASKED.search(question.lower()))


def names_a_destination(text: str) -> bool:
    return bool(_DESTINATION.search(text))


# When a building was built ("when was the police headquarters in hamm built"), which a report
# that tells of no building cannot answer, whatever dates it gives. Not when something was
# founded or opened: "eingerichtet", "ins Leben gerufen" are too many ways of saying it.
_BUILT_ASKED = re.compile(
    r"\bwhen (was|were) .*\b(built|constructed)\b|\bwann (wurde|wurden) .*\b(gebaut|erbaut)\b"
)
_BUILT = re.compile(
    r"\b(\w*gebaut\w*|\w*erbaut\w*|errichte\w*|Errichtung|\w*[Bb]au(jahr|beginn|zeit|arbeiten)?"
    r"|eröffne\w*|Eröffnung|fertiggestellt|Fertigstellung|gegründet|Gründung|entstand\w*)\b"
)
# The time of day by the clock ("what time did the conference start", "um welche uhrzeit"),
# which "am Dienstagvormittag" or "in der Nacht von Montag auf Dienstag" does not tell; not "what
# time of year", "what time period".
_HOUR_ASKED = re.compile(
    r"\b(what time(?! (of|fram\w*|period|span|line|zone|scale)\b)|at what hour|wie ?viel uhr"
    r"|uhrzeit|wie sp(ä|ae)t)\b"
)
# "gegen 14.30 Uhr", "kurz nach fünf Uhr", "22:15"; not a date: "11.05.2015"
_HOUR = re.compile(rf"\b(?:\d{{1,2}}(?:[.:]\d{{2}})?|{HOUR_WORDS})\s?Uhr\b|\b\d{{1,2}}:\d{{2}}\b")


def asks_when_it_was_built(question: str) -> bool:
    return bool(_BUILT_ASKED.search(question.lower()))


def tells_of_a_building(text: str) -> bool:
    return bool(_BUILT.search(text))


def asks_for_the_hour(question: str) -> bool:
    return bool(_HOUR_ASKED.search(question.lower()))


def gives_an_hour(text: str) -> bool:
    return bool(_HOUR.search(text))


# A question for opening hours ("öffnungszeiten fundbüro heilbronn", "when is the police station
# open"), which only a report that gives them answers.
_HOURS_ASKED = re.compile(
    r"\b(((ö|oe)ffnungszeit\w*|opening (hours|times)|ge(ö|oe)ffnet)"
    r"|when (is|are|does|do) .{0,40}\bopen|(hat|haben) .{0,40}\boffen)\b"
)
_HOURS = re.compile(r"\b(geöffnet|Öffnungszeit\w*|Sprechzeit\w*|Sprechstunde\w*|erreichbar)\b")


# How something was opened, not when a place is: "womit haben die diebe den tresor geöffnet".
_HOW_OPENED = re.compile(r"\b(womit|mit was|mit welche\w*|wodurch|wie (haben|hat|wurden?))\b")


def asks_for_opening_hours(question: str) -> bool:
    lowered = question.lower()
    return bool(_HOURS_ASKED.search(lowered)) and not _HOW_OPENED.search(lowered)


def gives_opening_hours(text: str) -> bool:
    return bool(_HOURS.search(text))


# A question for what damage was done or what something cost or was worth ("wie hoch ist der
# schaden", "wieviel war der schmuck wert", "how much did the new maypole cost"), which only a
# report that gives an amount answers, or says it is slight or cannot yet be put in figures.
_VALUE_ASKED = re.compile(
    r"\bwie ?(hoch|viel|gro(ß|ss))\b.*\b(\w*schaden|kost\w*|gekostet|wert)\b"
    r"|\b(\w*schaden|kosten)\b.*\bwie ?(hoch|viel|gro(ß|ss))\b|\bwas kostet\b"
    r"|\bhow much\b.*\b(damage|cost|costs|costing|worth)\b|\bhow (high|big|bad)\b.*\bdamage\b"
    # "wie teuer is der neue maibaum"
    r"|\bwie teuer\b|\bhow expensive\b"
    r"|\bwhat did\b.*\bcost\b"
    # "was war die stereoanlage wert", "was hat der neue maibaum gekostet"
    r"|\bwas (war|warn|ist|sind|waren) [^,]*(?<!dem )(?<!den )(?<!der )(?<!des )\bwert\b"
    r"|\bwas (hat|haben|hatte|hatten)\b.*\bgekostet\b"
    r"|\bwhat (was|were|is|are)\b.*\bworth\b"
)
_VALUE = re.compile(
    rf"{MONEY_AMOUNT}|\w+stellig|\b(gering\w*|[Bb]agatell\w*|Totalschaden|beziffer\w*"
    r"|kein\w* (Sach)?[Ss]chaden)\b"
)


def asks_for_a_damage_or_price(question: str) -> bool:
    # not the highest reading of a speed check: "was war der höchste wert bei der blitzer messung"
    return bool(_VALUE_ASKED.search(question.lower())) and question_kind(question) != "speed"


def tells_a_value(text: str) -> bool:
    return bool(_VALUE.search(text))


# Whether someone wore safety gear ("was he wearing a life jacket", "hatte er einen helm auf",
# "war sie angeschnallt"), which a report that never mentions it does not tell: "mit einer
# rotfarbenen Jacke bekleidet" is no life jacket.
_GEAR_ASKED = re.compile(
    r"\b(life ?jackets?|life ?vests?|schwimmwesten?|rettungswesten?|helmets?|helme?|seat ?belts?"
    r"|angeschnallt|sicherheitsgurte?|gurte?)\b"
)
_GEAR = re.compile(
    r"\b(Schwimmweste\w*|Rettungsweste\w*|\w*[Hh]elme?s?|angeschnallt"
    r"|\w*[Gg]urte?s?)\b"
)


def asks_about_safety_gear(question: str) -> bool:
    return bool(_GEAR_ASKED.search(question.lower()))


def tells_of_safety_gear(text: str) -> bool:
    return bool(_GEAR.search(text))


# Whether someone is still in hospital ("is he still in the krankenhaus", "liegt sie noch im
# krankenhaus"): a report tells where someone was taken, not how they are now, unless it says so.
_STILL_IN_HOSPITAL_ASKED = re.compile(
    r"\b(still (in (the )?|being treated in (the )?)(hospital|krankenhaus|klinik|clinic)"
    r"|(noch|immer noch|noch immer) (im|in der|in einer) (krankenhaus|klinik\w*|spital)"
    r"|(been|schon) (released|discharged|entlassen)"
    r"|(wieder )?(aus dem|ausm) (krankenhaus|klinik\w*|spital) (raus|draußen|entlassen)"
    r"|(out of|left) (the )?(hospital|clinic))\b"
)
_STILL_IN_HOSPITAL = re.compile(
    r"\b(entlassen|weiterhin|(liegt|liegen|befindet sich|befinden sich) (noch|weiterhin)"
    r"|noch (immer )?(in|im) (einer |einem |der |dem )?\w*(Klinik|Krankenhaus)"
    r"|(Klinik|Krankenhaus)\w* (\w+ ){0,3}verlassen)\b"
)


def asks_if_still_in_hospital(question: str) -> bool:
    return bool(_STILL_IN_HOSPITAL_ASKED.search(question.lower()))


def tells_if_still_in_hospital(text: str) -> bool:
    return bool(_STILL_IN_HOSPITAL.search(text))


# A sum asked in euros ("wie viel euro schaden", "how many euros"), which a total loss
# ("Totalschaden") or a slight damage does not give: only a sum does, or a figure of its digits,
# or a sentence that says it cannot yet be put in figures.
_EUROS_ASKED = re.compile(r"\b(wie ?viele? euro|how many euros?|in euros?)\b")


def asks_for_a_sum_in_euros(question: str) -> bool:
    return bool(_EUROS_ASKED.search(question.lower()))


def tells_a_sum(text: str) -> bool:
    return bool(_AMOUNT.search(text)) or "beziffer" in text


# A question whether or how many were hurt ("wurde da jemand verletzt", "was anyone injured",
# "wie viele verletzte gab es"), which only a report that tells of the injured, or that nobody
# was, answers.
_HURT_ASKED = re.compile(
    r"\b(wurden?\b.{0,90}?\b(jemand|wer|sie|er|personen|leute|(der|die|das) \w+)( \w+)? verletzt"
    r"|gab es verletzte|(is|was|were|did) (any ?one|anybody|someone|somebody|people|he|she|they)"
    r"( \w+)? (hurt|injured|get hurt)|(were there|any) (any )?injur\w*"
    # "was the mercedes driver hurt", "was the 10 yo girl on the bike hurt"
    r"|(is|was|were) the (\w+ ){1,6}?(hurt|injured)"
    # "did the little girl get hurt", "is das mädchen in der bötzinger str verletzt worden"
    r"|did (the|that|this) (\w+ ){1,4}?get (hurt|injured)"
    r"|(ist|is|wurde) (der|die|das) (\w+ ){1,6}?verletzt( worden)?\b(?! wurde)"
    r"|(wie ?viele?|how many)\b.{0,40}\b(verletz\w*|injur\w*|hurt))\b"
)
_HURT_WORD = re.compile(r"\b(verletz\w*|injur\w*|hurt)\b")
_HURT = re.compile(
    r"\b(\w*verletz\w*|Verletzung\w*|unversehrt|Rettungs\w*|Krankenhaus\w*|Klinik\w*"
    r"|Notarzt\w*|ums Leben|tödlich\w*)\b",
    re.I,
)


def asks_if_anyone_was_hurt(question: str) -> bool:
    return bool(_HURT_ASKED.search(question.lower()))


def tells_who_was_hurt(text: str) -> bool:
    return bool(_HURT.search(text))


# A question how badly someone was hurt or what injuries they had ("wie schwer is die verletzt,
# lebensgefahr?", "what injuries exactly did the worker get, like broken bones"), which "wurde
# verletzt" or "mit Verletzungen" does not answer: only a degree or a kind of injury.
_HOW_BADLY_ASKED = re.compile(
    r"\bwie (schwer|schlimm|stark)\b.*\bverletz\w*|\blebensgefahr\b|\bwelche verletzungen\b"
    r"|\bwas f(ü|ue)r (ne |eine |)verletzung\w*"
    r"|\bwas (genau )?(hat er sich|hat sie sich|gebrochen)\b"
    r"|\bhow (bad(ly)?|serious(ly)?|severe(ly)?)\b.*\b(hurt|injur\w*)|\bwhat (kind of )?injuries\b"
    r"|\bbroken bones?\b"
)
_HOW_BADLY = re.compile(
    r"(?i:leicht\w*|schwer\w*|lebensgefähr\w*|lebensbedroh\w*|tödlich\w*|unverletzt|ums Leben"
    r"|Prellung\w*|\w*bruch\b|\w*brüche\w*|gebrochen\w*|Schürf\w*|\w*wunde\w*|Schock\w*"
    r"|Rauchgas\w*|ambulant\w*|stationär\w*|\w*trauma\w*)"
)


def asks_how_badly_hurt(question: str) -> bool:
    return bool(_HOW_BADLY_ASKED.search(question.lower()))


def tells_how_badly_hurt(text: str) -> bool:
    return bool(_HOW_BADLY.search(text))


# A question for a blood alcohol level ("wie viel promille hatte der"), which "alkoholisiert"
# does not answer: only a level, or a test's result.
_LEVEL_ASKED = re.compile(
    r"\b(wie ?viel|wieviele?|how much|how many|what)\b.*\b(promille|per ?mille|blood alcohol|thc)"
    r"|\b(promillewert|alcohol level|blood alcohol (level|content))\b"
    r"|\b(alcohol|breath) (reading|test result)\b"
)
_LEVEL = re.compile(
    r"\bPromille\w*|\bAtemalkohol\w*|\bBlutalkohol\w*|\bmg/l\b|\bng/ml\b|\bTHC-Wert"
)


def asks_for_an_alcohol_level(question: str) -> bool:
    return bool(_LEVEL_ASKED.search(question.lower()))


def tells_an_alcohol_level(text: str) -> bool:
    return bool(_LEVEL.search(text))


# A question for a height ("how tall was the maibaum") or a length asked with its unit, which only
# a length answers.
_HEIGHT_ASKED = re.compile(
    r"\bhow tall\b|\bwie hoch (ist|war) (der|die|das) \w*(baum|turm|mast)\b"
    # a length asked with its unit: "wie lang war die ölspur, paar km?"
    r"|\b(wie lang|how long)\b.*\b(km|kilomet\w+|met(er|re)s?|metern|miles?)\b"
)


# A road by its kind or number, beside the streets of CUES["road"] and index.places: "auf der
# Landesstraße", "die California State Route 99".
_ROAD = re.compile(
    r"\b(?:Autobahn|Bundesstraße|Landesstraße|Kreisstraße|Route \d+|Highway|Interstate|Freeway)\b"
)


# A share asked ("what percent of ppl feel safe", "wie viel prozent"), which only a report that
# gives one answers: "43 Prozent", "rund 12 %", "jeder Dritte".
_SHARE_ASKED = re.compile(r"\b(?:percent|percentage|prozent\w*|anteil|share of)\b|%")
_SHARE = re.compile(
    r"(?:\d|\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w+zig"
    r"|hundert))\s?(?:%|Prozent\w*|percent)|\bjede[rs]? (?:zweite|dritte|vierte|fünfte|zehnte)"
    r"|\b(?:Hälfte|Drittel|Viertel|Mehrheit)\b",
    re.I,
)


def asks_for_a_share(question: str) -> bool:
    return bool(_SHARE_ASKED.search(question.lower()))


def gives_a_share(text: str) -> bool:
    return bool(_SHARE.search(text))


def names_a_road(text: str) -> bool:
    """Does the text name a street or road ("in der Lindenstraße", "die L 1210", "im
    Bornrain")?"""
    return bool(CUES["road"].search(text) or _ROAD.search(text) or street_names(text))


def asks_for_a_height(question: str) -> bool:
    return bool(_HEIGHT_ASKED.search(question.lower()))


def tells_a_length(text: str) -> bool:
    return bool(CUES["size"].search(text))


# People besides _PERSON and office holders whose age a question may ask: family.
_FAMILY = r"(mutter|vater|sohn|tochter|kind|baby|s(ä|ae)ugling|mother|father|son|daughter|child)\b"
# A question for someone's age ("wie alt war der arbeiter", "how old was the driver who hit the
# 13 year old girl"), which a report that gives no age but the question's own ("13-jährige")
# cannot answer; not a thing's ("wie alt sind die Fossilien, von denen man annimmt").
_PERSONS_AGE_ASKED = re.compile(
    r"\b(wie alt|how old)( \w+)? (war|ist|sind|waren|was|is|were|are)"
    rf" ((der|die|das|the|this|that) )?(\w+ )?({_PERSON}|{_FAMILY}|{OFFICE_HOLDER_NOUN})"
    # keywords first: "brackenheim arbeiter 6 meter runtergefallen wie alt ist der"
    rf"|\b({_PERSON}|{_FAMILY}|{OFFICE_HOLDER_NOUN}).*\b(wie alt|how old) (ist|war|is|was)"
    r" (der|die|er|sie|he|she)\W*$"
)


def asks_for_a_persons_age(question: str) -> bool:
    return bool(_PERSONS_AGE_ASKED.search(question.lower()))


def tells_an_age(text: str) -> bool:
    return bool(CUES["age"].search(text))


# A question when ("wann war der einbruch im dieselweg"), which a report that tells no day, hour
# or year, nor anything before or after which it happened, cannot answer.
_TIME = re.compile(
    r"\d|\b(wenn|als|nach|vor|während|bevor|seit|bis|Ende|Anfang|Mitte|Beginn|\w*[Jj]ahr\w*"
    r"|\w*[Zz]eit\w*|damals|früher|heute|gestern|morgen\w*|\w*[Mm]ittag\w*|\w*[Aa]bend\w*"
    r"|\w*[Nn]acht\w*|\w*[Ww]oche\w*)\b"
)


def asks_when(question: str) -> bool:
    return question_kind(question) == "when"


def tells_a_time(text: str) -> bool:
    return bool(CUES["when"].search(text) or _TIME.search(text))


# A count before what it counts, up to two words before it: "sechs Streifen", "18 Personen",
# "zahlreiche Einsatzkräfte", "starke Kräfte".
_COUNT_WORD = (
    r"(?i:\d[\d.,]*|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w+zig"
    r"|[Hh]undert\w*|[Tt]ausend\w*|Dutzend\w*|Million\w*|mehrere\w*|zahlreiche\w*|einige\w*"
    r"|etliche\w*|viele\w*|starke\w*|größere\w*)"
)


# A question how many police were there ("wie viele polizisten waren im einsatz", "how many
# officers"), which only a report that counts them answers ("mit sechs Streifen", "zahlreiche
# Einsatzkräfte"): a report of a break-in the police were called to does not.
_POLICE = (
    r"(\w*beamt\w*|\w*polizist\w*|polizei|police|officers?|cops|\w*streifen\w*|patrols?"
    r"|patrol cars?|einsatzkr(ä|ae)fte\w*|kr(ä|ae)fte|hundertschaft\w*)"
)
_POLICE_COUNT_ASKED = re.compile(rf"\b(wie ?viele?|how many)\s+(\w+\s+)?{_POLICE}\b")
_POLICE_COUNTED = re.compile(
    rf"\b{_COUNT_WORD}\s+([\w-]+\s+){{0,2}}(\w*[Bb]eamt\w*|\w*[Pp]olizist\w*|\w*[Ss]treife\w*|\w*[Kk]räfte\w*"
    r"|Hundertschaft\w*|Polizeiaufgebot\w*)"
    r"|\bGroßaufgebot\w*|\bgroße[nm]? (Polizei)?[Aa]ufgebot\w*"
)


def asks_how_many_police(question: str) -> bool:
    return bool(_POLICE_COUNT_ASKED.search(question.lower()))


def counts_the_police(text: str) -> bool:
    return bool(_POLICE_COUNTED.search(text))


# A question whose a thing is ("who owns the vw golf", "wem gehört der bentley"), which only a
# report that tells of an owner answers: the driver of a car need not own it.
_OWNER_ASKED = re.compile(
    r"\b(who (owns|owned)|(which|what) (company|firm|business) (owns|owned)"
    r"|whose (car|house|barn|vehicle|bike|dog)|whose \w+ (was|is) (it|that)|wem geh(ö|oe)r\w*"
    r"|(welche[mnrs]?|which|what) \w+ (geh(ö|oe)rt|owns|owned|belongs)"
    r"|who (does|did|do)\b.*\bbelong(ed)? to"
    r"|(the |der |die )?(owner|besitzer\w*|eigent(ü|ue)mer\w*|halter\w*) (of|von|des|der))\b"
)
_OWNER = re.compile(
    r"\b(\w*[Bb]esitzer\w*|\w*[Ee]igentümer\w*|\w*[Ee]igner\w*|\w*[Hh]alter(in)?|gehör\w*"
    r"|Inhaber\w*|Eigentum"
    r"|Besitz|sein\w* (eigene\w* )?(Auto|Wagen|Pkw|Fahrzeug|Haus|Hund|Fahrrad)"
    r"|ihr\w* (eigene\w* )?(Auto|Wagen|Pkw|Fahrzeug|Haus|Hund|Fahrrad))\b"
)


def asks_for_the_owner(question: str) -> bool:
    return bool(_OWNER_ASKED.search(question.lower()))


def tells_of_an_owner(text: str) -> bool:
    return bool(_OWNER.search(text))


# A question for an exact amount ("how much cash exactly", "wie hoch war der schaden genau"),
# which "mehrere tausend Euro" or "in fünfstelliger Höhe" does not answer.
_EXACT_ASKED = re.compile(r"\b(genau|exactly|exakt|precisely)\b")
_EXACT_AMOUNT = re.compile(r"\d[\d.,]*(,-|\.-)?\s?(Euro|€|EUR|Dollar|\$)|[$£]\s?\d")


def asks_for_an_exact_amount(question: str) -> bool:
    return question_kind(question) == "money" and bool(_EXACT_ASKED.search(question.lower()))


def tells_an_exact_amount(text: str) -> bool:
    return bool(_EXACT_AMOUNT.search(text))


# A question how many people there were ("wie viele fahrgäste waren in der bahn", "how many
# passengers were on board"), which only a report that counts people answers ("18 Personen",
# "drei Insassen", "über 5.100 Namen", "unbemannt"); a damage of 13.000 Euro does not.
_PEOPLE_ASKED = re.compile(
    r"\b(wie ?viele?|how many)\s+(\w+\s+)?(fahrg(ä|ae)ste|passagiere|insassen|leute|menschen"
    r"|personen|passengers|people|persons|occupants|bewohner|residents|zuschauer|spectators"
    r"|fans|g(ä|ae)ste|guests|teilnehmer|participants|guys|men|t(ä|ae)ter|einbrecher|diebe"
    r"|r(ä|ae)uber|burglars|thieves|robbers|suspects|tatverd(ä|ae)chtige|refugees"
    r"|fl(ü|ue)chtlinge)\b"
    # how many were there, or live there: "how many ppl attended the sicherheitskonferenz", "how
    # many refugees live in the unterkunft"
    r"|\b(wie ?viele?|how many)\b.*\b(attend\w*|teilgenommen|teilnahmen|anwesend|present|live"
    r"|lived|wohnen|wohnten|leben|lebten)\b"
)
_PEOPLE = (
    r"(Fahrgäst\w*|Passagier\w*|Insass\w*|Leute\w*|Mensch\w*|Person\w*|\w*[Bb]ewohner\w*"
    r"|Einwohner\w*|Zuschauer\w*|Fans?|Gäst\w*|Teilnehmer\w*|Besucher\w*|Kinder\w*|Männer\w*"
    r"|Frauen\w*|Jugendliche\w*|Erwachsene\w*|Verletzte\w*|Schüler\w*|Mitglieder\w*"
    r"|Namen|Unterschrift\w*|Stimmen|Täter\w*|Dieb\w*|Einbrecher\w*|Räuber\w*|Tatverdächtig\w*"
    r"|Unbekannte\w*|Flüchtlingen?\b|Asylbewerber[n]?\b)"
)
_NOT_EURO = r"(?!Euro\b)"  # "mehreren tausend Euro erbeuteten Diebe" counts no thieves
# A number may stand far before what it counts: "rund 300 auf dem Bahnhofsvorplatz und vor dem
# alten Zollamt feiernden Fans".
_PEOPLE_COUNTED = re.compile(
    rf"\b{_COUNT_WORD}\s+({_NOT_EURO}[\w-]+\s+){{0,2}}{_PEOPLE}"
    rf"|\b\d[\d.,]*\s+({_NOT_EURO}[\w-]+\s+){{0,10}}{_PEOPLE}"
    r"|\b(unbemannt\w*|menschenleer\w*|keine (Menschen|Personen|Fahrgäste|Insassen))\b"
    # one, told by the singular: "der Täter", "ein bislang unbekannter Einbrecher"
    r"|\b([Dd]er|[Ee]in\w*)\s+([\w-]+\s+){0,2}(Täter|Dieb|Einbrecher|Räuber|Unbekannte)(in|r)?\b"
)
# "Dabei wurden keine Personen verletzt" does not tell how many people live in the shelter (five
# hurt may be all there were).
_NONE_HURT = re.compile(r"keine \w+\s+(?:\w+\s+){0,2}(?:leicht|schwer|tödlich)?verletzt")


def asks_how_many_people(question: str) -> bool:
    """How many people, but not how many were hurt (asks_if_anyone_was_hurt): "Verletzt wurde
    niemand" answers "how many people were injured"."""
    lowered = question.lower()
    return bool(_PEOPLE_ASKED.search(lowered)) and not _HURT_WORD.search(lowered)


def counts_people(text: str) -> bool:
    counts = _PEOPLE_COUNTED.finditer(text)
    return any(not _NONE_HURT.match(text, found.start()) for found in counts)


# What someone said ("was hat der betrunkene zu den polizisten gesagt"), which a report that
# quotes nobody, nor tells what anyone said, stated or claimed, cannot answer.
_SPEECH = re.compile(
    r"[„\"“»][^„\"“”»«]{3,}[“\"”«]|\b(sagt\w*|gesagt|erklärt\w*|meint\w*|gemeint|betont\w*"
    r"|äußert\w*|geäußert|behauptet\w*|gab\w* (?:\w+ ){0,6}an|angegeben|Angaben|teilt\w* "
    r"(?:\w+ ){0,6}mit|mitgeteilt|berichtet\w*|rief\w*|gerufen|schrie\w*|geschrien|drohte\w*"
    r"|gedroht|beleidigt\w*|beschimpft\w*|Aussage\w*|ausgesagt)\b"
)


def asks_what_was_said(question: str) -> bool:
    return question_kind(question) == "said"


def tells_what_was_said(text: str) -> bool:
    return bool(_SPEECH.search(text))


# A question why ("why did the vw lupo catch fire"), which a report that gives no reason, nor says
# that none is known, cannot answer; "übersah einen Audi" tells why a car crashed.
_REASON = re.compile(
    r"\b(weil|da|denn|wegen|aufgrund|auf Grund|infolge|dank|durch|dadurch|damit|sodass|so dass"
    r"|deshalb|daher|darum|deswegen|weshalb|um|Grund|Gründe\w*|\w*[Uu]rsache\w*|ursächlich"
    r"|Auslöser|ausgelöst|verursach\w*|verantwortlich|führte\w*|Folge|vermutlich|offenbar"
    r"|offensichtlich|mutmaßlich|wohl|unklar|unbekannt|ermittelt"
    # what police reports give as the cause of a crash without saying it is one
    r"|übersah\w*|übersehen|missachtet\w*|Unachtsamkeit|unachtsam|abgelenkt|überhöht\w*|zu schnell"
    r"|verwechsel\w*|alkoholisiert|betrunken|Glätte|glatt\w*|Sekundenschlaf|eingeschlafen|geriet\w*"
    r"|rutscht\w*|Kontrolle|Defekt\w*|defekt\w*"
    # and of a fire: "dass das Feuer absichtlich gelegt wurde", "in Brand gesetzt"
    r"|absichtlich|vorsätzlich|Brandstift\w*|angezündet|in Brand gesetzt)\b",
    re.I,
)


def asks_why(question: str) -> bool:
    return question_kind(question) == "why"


def gives_a_reason(text: str) -> bool:
    return bool(_REASON.search(CHARGE.sub("", text)))


def _words_of(question: str) -> re.Pattern[str]:
    """The question's words, whatever their case, to blank out of a report's sentences."""
    return _any_of(re.findall(r"\w\w+", question.lower()), re.IGNORECASE)


def _numbers_of(question: str) -> re.Pattern[str]:
    """The question's numbers, to blank out of a report's sentences: the age of "the 13 year old
    girl" is not the age asked for."""
    return _any_of(re.findall(r"\d+", question))


def _any_of(words: list[str], flags: int = 0) -> re.Pattern[str]:
    """Any of the words, whole, the longest first; nothing at all for no words."""
    longest_first = sorted(set(words), key=len, reverse=True)
    if not longest_first:
        return re.compile(r"(?!)")
    return re.compile(r"\b(" + "|".join(map(re.escape, longest_first)) + r")\b", flags)


# What a question asks for -> what in a report's text tells it, and what of the question to blank
# out of the text first, as it must be something else: "what brand was the car that scratched the
# ford fiesta" is not answered by "Ford Fiesta" (the question's words); "how old was the driver
# who hit the 13 year old girl" not by "13-jährige" (its numbers: "Jahre alt" still tells); "wie
# viele tote gab es" is answered by "zwei Tote" (nothing blanked).
_TOLD_BY: list[
    tuple[Callable[[str], bool], Callable[[str], bool], Callable[[str], re.Pattern[str]] | None]
] = [
    (asks_for_a_name, person_names, _words_of),
    (asks_about_the_mayor, names_a_mayor, None),
    (asks_for_the_dead, tells_of_a_death, None),
    (asks_for_a_make, names_a_make, _words_of),
    (asks_for_a_brand, names_a_brand, _words_of),
    (asks_for_a_model, names_a_model, None),
    (asks_which_car, names_a_car, None),
    (asks_for_a_business_name, names_a_business, _words_of),
    (asks_for_a_charity, names_a_charity, _words_of),
    (asks_for_crime_figures, counts_something, None),
    (asks_for_money_taken, tells_an_amount_taken, None),
    (asks_when_where_or_who_arrested, tells_of_an_arrest, None),
    (asks_how_many_were_arrested, tells_of_an_arrest, None),
    (asks_for_a_material, names_a_material, None),
    (asks_what_it_was_done_with, names_a_means, None),
    (asks_if_caught, tells_of_an_arrest, None),
    (asks_about_a_robbery, tells_of_a_robbery, None),
    (asks_if_found, tells_of_a_find, None),
    (asks_when_or_where_next, announces_what_comes_next, None),
    (asks_for_a_fine, tells_of_a_fine, None),
    (asks_if_the_licence_was_taken, tells_of_a_licence, None),
    (asks_for_the_floor, names_a_floor, None),
    (asks_for_a_house_number, gives_a_house_number, None),
    (asks_road, names_a_road, None),
    (asks_for_a_share, gives_a_share, None),
    (asks_for_the_hospital, names_a_hospital, None),
    (asks_how_long_it_lasted, tells_a_span, None),
    (asks_for_the_day, names_a_day, None),
    (asks_for_a_verdict, tells_of_a_verdict, None),
    (asks_for_a_nationality, tells_a_nationality, None),
    (asks_how_to, gives_advice, None),
    (asks_for_opening_hours, gives_opening_hours, None),
    (asks_where_they_were_going, names_a_destination, _words_of),
    (asks_when_it_was_built, tells_of_a_building, None),
    (asks_for_the_hour, gives_an_hour, None),
    (asks_for_the_weather, tells_of_the_weather, None),
    (asks_for_a_recipe, gives_a_recipe, None),
    (asks_for_a_result, tells_a_result, None),
    (asks_for_the_score, gives_the_score, None),
    (asks_for_a_damage_or_price, tells_a_value, None),
    (asks_for_a_sum_in_euros, tells_a_sum, None),
    (asks_about_safety_gear, tells_of_safety_gear, None),
    (asks_if_still_in_hospital, tells_if_still_in_hospital, None),
    (asks_if_anyone_was_hurt, tells_who_was_hurt, None),
    (asks_how_badly_hurt, tells_how_badly_hurt, None),
    (asks_for_an_alcohol_level, tells_an_alcohol_level, None),
    (asks_for_a_height, tells_a_length, None),
    (asks_for_a_persons_age, tells_an_age, _numbers_of),
    (asks_when, tells_a_time, None),
    (asks_how_many_police, counts_the_police, None),
    (asks_for_the_owner, tells_of_an_owner, None),
    (asks_for_an_exact_amount, tells_an_exact_amount, None),
    (asks_how_many_people, counts_people, None),
    (asks_why, gives_a_reason, None),
    (asks_what_was_said, tells_what_was_said, None),
]


# A question for which business or institution ("bei welcher firma", "which hospital did they
# take her to", "what kind of shop"), which a report that only ever calls it "eine Firma", "ein
# Krankenhaus", "ein Geschäft" does not answer: releases keep them anonymous. Not after "ist",
# "war", "als" …: "X ist ein Unternehmen" says what X is.
_WHICH_INSTITUTION = re.compile(
    r"\b(?:which|what (?:kind|type|sort) of|welche[rsnm]?"
    r"|was (?:(?:ist|war) (?:das|es) )?f(?:ü|ue)r(?:\s+ein\w*)?)\s+"
    r"(?:\w+\s+)??(firma|company|firm|unternehmen|betrieb|business|gesch(?:ä|ae)ft|laden|shop"
    r"|store|\w*markt|supermarket|autohaus|werkstatt|workshop|tankstelle|tanke"
    r"|(?:petrol|gas) station"
    r"|restaurant|gastst(?:ä|ae)tte|lokal|kneipe|pub|imbiss|kiosk|hotel|bank|apotheke|pharmacy"
    r"|krankenhaus|klinik\w*|hospital|clinic|praxis|schule|school|kindergarten)\b"
)
_ONLY_SOME = re.compile(
    r"(?<!\bist )(?<!\bsind )(?<!\bwar )(?<!\bwaren )(?<!\bwird )(?<!\bwurde )(?<!\bals )"
    r"\b(?:ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß][\w-]*\s+){0,2}$"
)


# What reports call the institution a question names: "welche tanke war das" asks which
# Tankstelle, "in welcher kneipe" which Gaststätte; "in welches krankenhaus kam das baby" is not
# answered by "in eine Klinik", whichever word a question uses for a hospital.
_HOSPITAL_WORDS = ("Krankenhaus", "Klinik", "Klinikum")
_INSTITUTION_SLANG = {
    "tanke": ("Tankstelle",),
    "kneipe": ("Gaststätte",),
    "pub": ("Gaststätte",),
    "petrol station": ("Tankstelle",),
    "gas station": ("Tankstelle",),
    **dict.fromkeys(
        ("krankenhaus", "klinik", "kliniken", "klinikum", "hospital", "clinic"), _HOSPITAL_WORDS
    ),
}


def institution_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The question's term for the business or institution it asks which one is meant."""
    found = _WHICH_INSTITUTION.search(question.lower())
    if found is None:
        return None
    if found.group(1) in _INSTITUTION_SLANG:
        meant = [term_of(word) for word in _INSTITUTION_SLANG[found.group(1)]]
        return TermMatch(meant[0], 1.0, dict.fromkeys(meant, 1.0))
    term = term_of(found.group(1))
    return next((match for match in terms if match.term == term), None)


# "der Schule", "die Tankstelle" with no name after it ("der Schule am Wall", "die Tankstelle in
# der Hauptstraße" tell which).
_THE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ins|im|ans|am|zum|zur|vom|beim)\s+(?:[a-zäöüß][\w-]*\s+){0,2}$"
)
_NAMED_AFTER = re.compile(r"\s+(?:[A-ZÄÖÜ„\"»]|(?:in|an|am|im|auf|bei)\s)")


def names_it_only_as_some(sentences: list[str], institution: TermMatch) -> bool:
    """Do the sentences name the institution, and only ever as "eine Firma", "einer ortsansässigen
    Firma", or as "der Schule" with no name after it — or only as the first part of a compound,
    "Ein Firmengebäude", with no name of one after it? A compound it ends ("einer
    Zahnarztpraxis") tells which kind it was: that answers "von welcher praxis"."""
    unnamed = [
        not _names_its_kind(word.group(0), institution.term)
        and bool(_ONLY_SOME.search(sentence[: word.start()]))
        or (
            bool(_THE.search(sentence[: word.start()]))
            and not _NAMED_AFTER.match(sentence, word.end())
        )
        for sentence in sentences
        for word in words_for(sentence, institution)
    ]
    if not unnamed:
        unnamed = [
            not _NAME_AFTER_COMPOUND.match(sentence, word.end())
            for sentence in sentences
            for word in _WORD.finditer(sentence)
            if _begins_compound(institution.term, word.group(0))
        ] + [
            bool(_ONLY_SOME.search(sentence[: word.start()]))
            for sentence in sentences
            for word in _WORD.finditer(sentence)
            if _ends_in_a_firm(institution, word.group(0))
        ]
    return bool(unnamed) and all(unnamed)


# A firm as such, by whatever kind: "durch eine Spezialfirma" does not tell which company.
_FIRM_TERMS = frozenset(term_of(word) for word in ("Firma", "Unternehmen", "Betrieb"))


def _ends_in_a_firm(institution: TermMatch, word: str) -> bool:
    """Is the word a compound that ends in a word for a firm the question asks which one is
    ("Spezialfirma" for "which company")?"""
    found = term_of(word)
    return found is not None and any(
        found.endswith(firm) and len(found) >= len(firm) + COMPOUND_MIN_LENGTH
        for firm in _FIRM_TERMS & (institution.variants.keys() | {institution.term})
    )


def _names_its_kind(word: str, term: str) -> bool:
    """Is the word a compound the term ends, with a first part of its own ("Zahnarztpraxis")?"""
    found = term_of(word)
    return (
        found is not None and found.endswith(term) and len(found) >= len(term) + COMPOUND_MIN_LENGTH
    )


_WORD = re.compile(r"\w+")
# "Firmengebäude der Müller GmbH" names the firm after all.
_NAME_AFTER_COMPOUND = re.compile(r"\s+(?:der|des)\s+[A-ZÄÖÜ]")


def _begins_compound(term: str, word: str) -> bool:
    """Does the term's word begin the word, a compound with at least COMPOUND_MIN_LENGTH letters
    after it: firma, "Firmengebäude"; schule, "Schulbus"?"""
    stem = term.rstrip("aeiou")
    found = term_of(word)
    return (
        found is not None
        and found.startswith(stem)
        and len(found) >= len(term) + COMPOUND_MIN_LENGTH
    )


# The vehicle whose driver is asked about, as releases write it.
_DRIVEN = {
    **dict.fromkeys(("straßenbahn", "strassenbahn", "tram"), "Straßenbahn"),
    **dict.fromkeys(("lkw", "lorry", "truck"), "Lkw"),
    **dict.fromkeys(("zug", "train"), "Zug"),
    **dict.fromkeys(("traktor", "tractor"), "Traktor"),
    "bus": "Bus",
    "taxi": "Taxi",
}
_DRIVEN_WORDS = rf"(?:{'|'.join(_DRIVEN)})"
# "wie alt ist der nachbar": someone asked about by what they are to another in the report; not
# by a word that fits anyone ("Frau", "Fahrer"), which may be the one an age is given to.
_RELATION_AGE_ASKED = re.compile(
    r"\b(?:wie alt|how old) (?:war|ist|is|sind|waren|was|were|are) (?:eigentlich )?"
    r"(?:der|die|das|the|this|that) "
    r"(nachbar\w*|neighbou?rs?|beifahrer\w*|mitfahrer\w*|fahrsch(?:ü|ue)ler\w*|sohn|tochter"
    r"|son|daughter|besitzer\w*|owner|halter\w*|zeug(?:e|in)|witness|passant\w*|\w*eigner\w*"
    rf"|{_PARENT_OR_SPOUSE}"
    # the driver of a vehicle the report names, by that vehicle: "wie alt war der
    # straßenbahnfahrer", not given by "ein 58-jähriger Ford-Fahrer"
    rf"|{_DRIVEN_WORDS}(?=[- ]?(?:fahrer\w*|driver)\b)"
    rf"|(?:fahrer\w*|driver) (?:der|des|vom|von der|von dem|of the) {_DRIVEN_WORDS}\b)"
)
# An age and the noun it is given to: "31-jährige Hausbewohnerin", "23 Jahre alter Golf-Fahrer";
# not an age that stands for the person ("Ein 30-Jähriger"), who may be the one asked about.
_AGE_OF_NOUN = re.compile(
    r"\b\d{1,3}\s?-?\s?jährige[nmrs]?\s+(?P<a>[A-ZÄÖÜ][\w-]+)"
    r"|\b\w+ Jahre alte[nmrs]?\s+(?P<b>[A-ZÄÖÜ][\w-]+)"
)


def relation_whose_age_is_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The question's term for whom it asks the age of by what they are to the others ("wie alt
    ist der nachbar": nachbar); None for any other question."""
    asked = _RELATION_AGE_ASKED.search(question.lower())
    if asked is None:
        return None
    driven = asked.group(1).split()[-1]
    if driven in _DRIVEN:  # its driver, by the vehicle: "straßenbahnfahrer", "fahrer der tram"
        vehicle = term_of(_DRIVEN[driven])
        return TermMatch(vehicle, 1.0, {vehicle: 1.0})
    return _term_of_word(asked.group(1), terms)


def _term_of_word(word: str, terms: list[TermMatch]) -> TermMatch | None:
    """The question's term for one of its words."""
    return next((m for m in terms if m.term in tokenize(word)), None)


# An age that stands for a man ("dem 63-Jährigen", "Ein 30-Jähriger") or a woman ("Die
# 17-Jährige", "einer 38-Jährigen"), by its article.
_MAN_OF_AGE = re.compile(
    r"\b(?:[Dd]em|[Dd]es|[Dd]en|[Ee]inem|[Ee]ines|[Ee]inen) \d{1,3}\s?-?\s?Jährigen\b"
    r"|\b(?:[Dd]er|[Ee]in) \d{1,3}\s?-?\s?Jährige(?:r)?\b(?!n)"
)
_WOMAN_OF_AGE = re.compile(
    r"\b(?:[Dd]ie|[Ee]ine) \d{1,3}\s?-?\s?Jährige\b(?!n)|\b[Ee]iner \d{1,3}\s?-?\s?Jährigen\b"
)
_WOMAN = re.compile(r"(?:in|innen|frau|mutter|tochter)$")


def asks_a_womans_age(question: str) -> bool:
    """Is the one whose age the question asks by what they are to the others a woman ("wie alt
    war die fahrschülerin")?"""
    asked = _RELATION_AGE_ASKED.search(question.lower())
    return asked is not None and bool(_WOMAN.search(asked.group(1)))


def gives_only_others_ages(sentences: list[str], relation: TermMatch, woman: bool) -> bool:
    """The report names the person by the question's word ("der Nachbar"), and every age it
    gives belongs to someone named otherwise ("eine 31-jährige Hausbewohnerin"), or stands for
    someone of the other sex ("dem 63-Jährigen" is no "Fahrschülerin")."""
    text = " ".join(sentences)
    if not any(term in relation.variants for term in term_set(text)):
        return False  # not named by the question's word: the report may name them otherwise
    ages = CUES["age"].findall(text)
    owners = [m.group("a") or m.group("b") for m in _AGE_OF_NOUN.finditer(text)]
    others_sex = _MAN_OF_AGE if woman else _WOMAN_OF_AGE
    if not ages or len(owners) + len(others_sex.findall(text)) < len(ages):
        return False  # an age that stands for its person may be the asked person's
    return not any(set(tokenize(owner)) & relation.variants.keys() for owner in owners)


# The make of the car whose colour a question asks ("what colour was the renault twingo"), as
# typed; not a word that only looks like one ("weiss man", "the seat").
_MAKE_TYPED = re.compile(rf"\b{MAKE}", re.IGNORECASE)
_NOT_A_MAKE = {"man", "seat", "smart", "mini", "benz"}
# A colour that belongs to the vehicle named right after it: "einen weißen VW Golf".
_COLOUR_OF_MAKE = re.compile(rf"\s+(?:[\w-]+\s+)?{MAKE}")


def make_whose_colour_is_asked(question: str) -> str | None:
    if question_kind(question) != "colour":
        return None
    makes = (m.group(0).lower() for m in _MAKE_TYPED.finditer(question))
    return next((make for make in makes if make not in _NOT_A_MAKE), None)


def colours_only_other_makes(sentences: list[str], make: str) -> bool:
    """Does every colour the report gives belong to a vehicle of another make ("überholte einen
    weißen VW Golf" is not the colour of the Renault Twingo that overtook)?"""
    owners = []
    for sentence in sentences:
        for colour in CUES["colour"].finditer(sentence):
            owner = _COLOUR_OF_MAKE.match(sentence, colour.end())
            owners.append(owner.group(1).lower() if owner else None)
    return bool(owners) and all(owner is not None and owner != make for owner in owners)


# A question when an event is or will be ("wann is eigentlich das seenachtsfest", "when is the
# seenachtsfest happening"): the report answers only by a time in a sentence that names the
# event, not by when something else happened that it mentions.
_EVENT_TIME_ASKED = re.compile(
    r"(?<!since )(?<!seit )\b(?:wann (?:ist|is|findet|beginnt|startet)|when (?:is|does|will))\b"
    r"(?: (?:eigentlich|denn|nochmal|actually))* (?:das|der|die|the) (\w+)"
)


def event_whose_time_is_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The question's term for the event it asks the time of ("seenachtsfest"), not a person
    ("wann ist der radfahrer … verunglückt"); None for any other question."""
    asked = _EVENT_TIME_ASKED.search(question.lower())
    if asked is None or re.fullmatch(_PERSON, asked.group(1)):
        return None
    return _term_of_word(asked.group(1), terms)


def times_only_other_things(sentences: list[str], event: TermMatch) -> bool:
    """Does the report name the event, but tell a time in no sentence that names it?"""
    naming = [s for s in sentences if not term_set(s).isdisjoint(event.variants)]
    return _named_but_never_told(naming, CUES["when"])


def _named_but_never_told(naming: list[str], told: re.Pattern[str]) -> bool:
    """Are there sentences that name what is asked, and does none of them tell it?"""
    return bool(naming) and not any(told.search(sentence) for sentence in naming)


# A question what something found or showed ("was kam bei der bürgerbefragung raus", "what did
# the blood test show"): the report answers only by a result in a sentence that names it, not by
# saying it took place ("Die 48-Jährige musste eine Blutprobe abgeben").
_RESULT_OF_ASKED = re.compile(
    r"\bwas kam (?:(?:eigentlich|denn|genau) )*bei (?:der|dem|den) (?:\w+ )??(\w+)\b.*\braus\b"
    r"|\bwas (?:hat|haben) (?:die|der|das) (\w+) (?:eigentlich |denn )?ergeben\b"
    r"|\bwhat did the (?:\w+ )??(\w+) (?:show|find|come up with)\b"
    # "what did the bürgerbefragung in hamm actually find out"
    r"|\bwhat did the (\w+) (?:in|at|from|of) (?:\w+ ){1,2}?(?:actually |really )?(?:show|find)\b"
    r"|\bwhat came out of the (?:\w+ )??(\w+)\b"
)
_RESULT_TOLD = re.compile(
    r"\b(?:ergab\w*|ergeben|Ergebnis\w*|zeigte\w*|positiv\w*|negativ\w*|Wert von|Promille"
    r"|stellte\w* sich\b[^.]*\bheraus|herausgestellt|brachte\w*)"
)


def result_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The question's term for what it asks the result of ("bürgerbefragung"); None for any
    other question."""
    asked = _RESULT_OF_ASKED.search(question.lower())
    if asked is None:
        return None
    return _term_of_word(next(group for group in asked.groups() if group), terms)


def tells_no_result_of(sentences: list[str], asked: TermMatch) -> bool:
    """Does the report name what the result is asked of ("Blutprobe", "Drogenvortest" for
    "drogentest"), but tell a result in no sentence that names it?"""
    return _named_but_never_told([s for s in sentences if _names_it(s, asked)], _RESULT_TOLD)


def _names_it(sentence: str, asked: TermMatch) -> bool:
    """Does the sentence name it, also as a compound that begins and ends as its word does
    ("Drogenvortest" for "drogentest")?"""
    terms = term_set(sentence)
    head = asked.term[-4:]
    return not terms.isdisjoint(asked.variants) or any(
        term.startswith(asked.term[:4]) and term.endswith(head) for term in terms
    )


# A sentence that names other deeds only to say whether they are connected: "Ob ein
# Tatzusammenhang mit Einbrüchen in eine Baumschule … in Ladenburg … besteht, ist Gegenstand
# der Ermittlungen".
_MAYBE_CONNECTED = re.compile(r"^Ob\b.*\b(?:Tatzusammenhang|Zusammenhang)\b")


# What was taken in a deed named there, told in a clause right after it: "in einen Blumenhandel
# in Mannheim-Sandhofen, bei dem aus einem Tresor rund 10.000,- Euro entwendet worden waren".
_LOOT_AFTER = re.compile(
    r"[^,]*?,\s*(?:bei|aus) (?:dem|der|denen)\b.*?\b(?:entwendet|gestohlen|erbeutet)"
)


def names_it_only_as_maybe_connected(sentences: list[str], terms: list[TermMatch]) -> bool:
    """Is the weightiest of the question's terms the report holds ("baumschule") named only
    where the report asks whether another deed is connected, with nothing taken there told
    right after it? What was taken there, the report does not tell."""
    named = [
        (match, [s for s in sentences if not term_set(s).isdisjoint(match.variants)])
        for match in terms
    ]
    named = [(match, found) for match, found in named if found]
    if not named:
        return False
    match, found = max(named, key=lambda pair: pair[0].idf)
    return all(
        _MAYBE_CONNECTED.search(sentence) and not _loot_told_after(sentence, match)
        for sentence in found
    )


def _loot_told_after(sentence: str, match: TermMatch) -> bool:
    """Does a clause right after the word, before any other deed joined by "und", tell what was
    taken there?"""
    for word in words_for(sentence, match):
        after = _LOOT_AFTER.match(sentence, word.end())
        if after and " und " not in after.group(0).split(",")[0]:
            return True
    return False


# A count of those from one country ("wie viele von den rasern kamen aus österreich", "how
# many of the speeders had austrian plates"): the report answers only by a count in a sentence
# that names the country, not by naming it in an appeal ("Insbesondere auch an Autofahrer aus
# Österreich und der Schweiz"). Each country by how reports write it and how questions may.
_COUNTRIES = {
    r"[Öö]sterreich|Austria": r"(?:ö|oe|o)sterreich\w*|austria\w*",
    r"[Ss]chweiz|Swiss": r"schweiz\w*|swiss|switzerland",
    r"[Ff]ranz(?:ö|o)s|[Ff]rankreich": r"franz(?:ö|oe|o)s\w*|frankreich|french|france",
    r"[Nn]iederl(?:ä|a)nd|[Hh]olländ|[Hh]olland": (
        r"niederl(?:ä|ae|a)nd\w*|holl(?:ä|ae|a)nd\w*|dutch|netherlands"
    ),
    r"[Pp]ol(?:en|nisch|in|e\b)": r"polen|polnisch\w*|polish|poland|poles",
    r"[Tt]schech": r"tschech\w*|czech\w*",
    r"[Rr]umän|Romania": r"rum(?:ä|ae|a)n\w*|romania\w*",
    r"[Bb]ulgar": r"bulgar\w*",
    r"[Ii]talien|Ital": r"italien\w*|ital\w*",
}
_COUNTRY_ASKED = [
    (re.compile(rf"\b(?:{told})"), re.compile(rf"\b(?:{asked})\b"))
    for told, asked in _COUNTRIES.items()
]


def country_counted(question: str) -> re.Pattern[str] | None:
    """How reports name the country of those a "how many" question counts ("österreich" in "wie
    viele österreicher wurden geblitzt"); None for any other question."""
    if question_kind(question) != "how_many":
        return None
    lowered = question.lower()
    return next((told for told, asked in _COUNTRY_ASKED if asked.search(lowered)), None)


def counts_none_from(sentences: list[str], country: re.Pattern[str]) -> bool:
    """Does the report tell a count in no sentence that names the country?"""
    naming = [s for s in sentences if country.search(s)]
    return not naming or _named_but_never_told(naming, CUES["how_many"])


def report_cannot_answer(
    question: str, terms: list[TermMatch], report: Callable[[], list[str]]
) -> bool:
    """Does the question take as given what no sentence of the report tells, ask which
    business or institution when the report names it only as one of many, or ask the age of
    someone the report gives no age of but others'? terms: the
    question's; report: its sentences, read only when the question asks for such a thing."""
    asked = [(told, blank) for asks, told, blank in _TOLD_BY if asks(question)]
    institution = institution_asked(question, terms)
    relation = relation_whose_age_is_asked(question, terms)
    coloured = make_whose_colour_is_asked(question)
    event = event_whose_time_is_asked(question, terms)
    result_of = result_asked(question, terms)
    country = country_counted(question)
    taken = question_kind(question) in ("money", "stolen")
    if (
        not asked
        and not taken
        and not any((institution, relation, coloured, event, result_of, country))
    ):
        return False
    sentences = report()
    if coloured is not None and colours_only_other_makes(sentences, coloured):
        return True
    if country is not None and counts_none_from(sentences, country):
        return True
    if taken and names_it_only_as_maybe_connected(sentences, terms):
        return True
    if result_of is not None and tells_no_result_of(sentences, result_of):
        return True
    if event is not None and times_only_other_things(sentences, event):
        return True
    if institution is not None and names_it_only_as_some(sentences, institution):
        return True
    if relation is not None and gives_only_others_ages(
        sentences, relation, asks_a_womans_age(question)
    ):
        return True
    blanked: dict[Callable[[str], re.Pattern[str]], list[str]] = {}
    for told, blank in asked:
        if blank is not None and blank not in blanked:
            pattern = blank(question)
            blanked[blank] = [pattern.sub("…", sentence) for sentence in sentences]
        if not any(map(told, blanked[blank] if blank is not None else sentences)):
            return True
    return False
