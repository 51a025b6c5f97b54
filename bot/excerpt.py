"""What a question asks for (who, when, how much …) and the excerpt of a sentence that shows it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

import gender_guesser.detector
from rapidfuzz.distance import Levenshtein

from index.lexical import TermMatch, term_of, term_set, tokenize

EXCERPT_MAX_CHARS = 300

# --- what the question asks for ---------------------------------------------------------------

# Who holds an office or speaks for one: "which judge", "welcher Vertreter" ask for a person.
_OFFICE_HOLDER = (
    r"judge|prosecutor|lawyer|representatives?|vertreter(in|innen)?"
    r"|spokes(man|men|woman|women|person)|chair(man|woman|person)|mayor|b(ü|ue)rgermeister(in)?"
    r"|president"
)
_PERSON_NOUN = (
    r"(person|people|man|men|woman|women|boy|girl|driver"
    r"|officer|policeman|player|king|queen|emperor|ruler|president|leader|minister|scientist"
    r"|writer|author|artist|architect|composer|poet|politician|pope|doctor|teacher|professor"
    r"|actor|singer|founder|inventor|chancellor|governor|mayor|prince|witness|victim|suspect"
    r"|thief|burglar|mann|frau|junge|mädchen|fahrer(in)?|beamte[rn]?|polizist(in)?|spieler"
    r"|könig|königin|kaiser|herrscher|präsident|anführer|minister|wissenschaftler|schriftsteller"
    r"|autor|künstler|architekt|komponist|dichter|politiker|papst|arzt|ärztin|lehrer|professor"
    r"|schauspieler|sänger|gründer|erfinder|kanzler|gouverneur|bürgermeister|prinz|zeuge|zeugin"
    rf"|opfer|täter|dieb|einbrecher|{_OFFICE_HOLDER})"
)
# German roles, compounds included ("Polizeipräsident", "Golffahrer").
_ROLE = (
    r"\w*(pr(ä|ae)sident|leiter|sprecher|fahrer|spieler|f(ü|ue)hrer|anwalt|anw(ä|ae)ltin|richter"
    r"|direktor|chef|beamte|meister|vorsitzende|geologe|quarterback)\w*"
)
# A role as the last part of a noun ("Polizeipräsident", "Oberstaatsanwältin"), not of a longer
# word ("Meisterschaft").
_ROLE_NOUN = (
    r"\w*(pr(ä|ae)sident|leiter|sprecher|direktor|chef|vorsitzende|richter|anwalt|dezernent"
    r"|anw(ä|ae)ltin)(in|innen|en|n|r|s)?\b"
)
_WHICH_PERSON = (
    rf"(which|what|welche[rnms]?) (\w+ )?({_PERSON_NOUN}|{_ROLE_NOUN})"
    r"|wie (hei(ß|ss)t|hie(ß|ss)|hei(ß|ss)en|hie(ß|ss)en) (der|die|den) (\w+ )?"
    rf"({_PERSON_NOUN}|{_ROLE})"
)
_CLOSED = r".*\b(gesperrt|gedauert|dauerte|vermisst|geschlossen|blockiert)\b"
# What a question asks for, from its words; the first that matches wins, specific before general.
_KINDS = [
    # A number to call: "telefonnummer", "what number do i call", "who should witnesses call",
    # "wo kann ich mich melden".
    (
        "phone",
        r"\b(telefonnummer|telefon ?nr|telefon\W*$|tel\.? ?(nr|nummer)|rufnummer"
        r"|(tele)?phone number"
        r"|number to call|what number (do|should|can)"
        r"|who (should|can|do|shall) (i|we|you|witnesses) (call|contact|ring)"
        r"|wen (soll|kann|muss) (ich|man) (anrufen|kontaktieren)"
        r"|wo (soll|kann|muss) (ich|man) (mich |sich )?melden)\b",
    ),
    (
        "colour",
        r"\b((in )?welche[rsnm]? farben?|(what|which) colou?rs?|farbe (des|der)|colou?r of)\b",
    ),
    (
        "money",
        r"\b(\w*schaden\w*|damage\w*|wert|worth|kost\w*|gekostet|teuer|cost\w*|expensive|\w*geld"
        r"|money|cash|beute|loot|euro"
        r"|how much (?!time\b).*(stolen|taken|geklaut|gestohlen|get|got|take|took|steal|grab\w*"
        r"|nick\w*))\b"
        r"|\bwie ?viel .*(gestohlen|geklaut|erbeut|mitgenommen)",
    ),
    ("age", r"\b(how old|wie alt|alter|age)\b"),
    ("alcohol", r"\b(promille\w*|drunk|betrunken|getrunken|alkohol\w*|alcohol)\b"),
    (
        "size",
        r"\b(how (tall|big|large|far|deep|high)"
        rf"|wie ?(gro(ß|ss)|hoch|lang(?!{_CLOSED})|breit|weit|tief)|gr(ö|oe)(ß|ss)e)\b",
    ),
    ("speed", r"\b(how fast|wie schnell|speed|geschwindigkeit|km/h)\b"),
    # "wie lang war die b27 gesperrt" as typed: a span of time, not a length
    ("duration", rf"\b(how long|how much time|wie lange|wie lang(?={_CLOSED}))\b"),
    (
        "how_many",
        r"\b(how (many|much)|wie ?viele?n?|anzahl|number of|population|einwohnerzahl"
        r"|(what|which|welche[rnms]?) (percentage|percent|prozentsatz|anteil|number|zahl))\b",
    ),
    # How badly someone was hurt, or whether anyone was: "leicht verletzt", "unverletzt".
    (
        "injury",
        r"\b(how (badly|seriously|severely|bad)\b.*\b(hurt|injured)|(what|which) (kind of )?injur"
        r"|wie (schwer|schlimm|stark)\b.*\bverletzt|welche (art von )?verletzung"
        r"|(was|were|got) (anyone|anybody|someone|somebody) (hurt|injured)"
        r"|wurde (jemand|einer|wer) verletzt|gab es verletzte|injuries|verletzungen)\w*",
    ),
    # "which driver", "what German ruler", "welcher Spieler" ask for a person too.
    ("who", rf"\b(who|whom|whose|wer|wen|wem|wessen|{_WHICH_PERSON})\b"),
    (
        "year",
        r"\b(in )?(which|what|welche[mnrs]?) (years?|century|centuries|jahr(e|en)?"
        r"|jahrhundert(e|en)?)\b",
    ),
    # "when he died" is a clause of a question about something else.
    (
        "when",
        r"\b(when(?! (he|she|it|they|we|you|i|the|a|an|his|her|its|their|there)\b)|what time"
        r"|how late"
        r"|wann|(um )?wie ?viel uhr|seit wann|(an )?welche[mnr]? (tag|datum|wochentag)"
        r"|welches datum|(um |zu )?welche[mnr]? (uhrzeit|zeit\b)"
        r"|(which|what) (day|date)"
        # as a keyword: "b27 unfall uhrzeit", "time of the crash"
        r"|uhrzeit|datum|tatzeit\w*|zeitpunkt|^(the )?(time|date) of|(time|date)\W*$)\b",
    ),
    # Where to: where someone fled, drove or went ("in Richtung Eishalle"), not where it was.
    (
        "direction",
        r"\b(wohin|where to|where did .*\b(go|flee|fled|run|ran|head|drive|drove|escape|walk|went)"
        r"|where (was|were) .*\b(going|heading|fleeing|travell?ing|driving)"
        r"|(which|what) direction|welche[rn]? richtung|direction of|fluchtrichtung)\b",
    ),
    (
        "where",
        r"\b(where|wo|woher|(which|what) ((\w+ )?(street|road|town|city|village|district"
        r"|suburb|neighbou?rhood)|place|part of (the )?town)"
        r"|welche[rsnm]? (\w+ )?(stra(ß|ss)e|ort|stadt|gemeinde|stadtteil|ortsteil|viertel)"
        r"|(?<!vor )ort\W*$|tatort|unfallort|unfallstelle|location)\b",
    ),
    (
        "why",
        r"\b(why|how come|warum|weshalb|wieso|weswegen|what caused|cause|reason|\w*ursache|grund"
        r"|motive?"
        # how a fire began is what caused it: "Als Ursache … ein technischer Defekt"
        r"|how did .*\b(fire|blaze)\b.*\b(start|break out|begin)"
        r"|wie (ist|kam) .*\b(brand|feuer)\w* (entstanden|ausgebrochen)"
        r"|wie kam es zu(m|r)? (\w+ )?(brand|feuer)\w*)\b",
    ),
    # What someone wore: a police report describes a suspect by it ("trug eine hellblaue
    # Regenjacke sowie eine dunkelblaue Jeans").
    (
        "clothing",
        r"\b(wearing|wore|worn|dressed|clothes|clothing|outfit|anhatte|anhaben|an hatte"
        r"|trug(en)?(?!.*\bbei\b)|bekleidet|kleidung|angezogen)\b",  # not "trug … bei": beitragen
    ),
    # What happened in a release, asked for by what it is called in a police report: the loot,
    # the way in, the vehicle, the weapon or tool, the police station to call.
    ("plate", r"\b(kennzeichen|licen[cs]e plate|number plate|plate)\b"),
    (
        "stolen",
        r"\b(stol\w*|steal\w*|(took|taken|take)(?! place)|loot|\w*klau\w*|gestohlen|mitgenommen"
        r"|erbeut\w*|entwendet|beute|diebesgut|nicked"
        r"|(get|got|made|make|ran|run) (away|off) with)\b",
    ),
    (
        "way_in",
        r"\bhow did .*\b(get|got|break|broke|come) (in|into|inside)\b"
        r"|\bhow .*\b(enter|break in|broke in|got in)\b"
        r"|\bwie (sind|ist|kam|kamen|gelangt\w*)\b.*\b(rein|hinein|herein)\b"
        r"|\bwie (kam|kamen|gelangt\w*)\b(?! es\b).*\b(ins|in (das|die|den|einen|eine))\b"
        r"|\b(reingekommen|hineingekommen|eingedrungen|eingestiegen)\b",
    ),
    (
        "means",
        r"\b(womit|mit was|with what|what did .*\buse|weapon|waffe|tatwaffe|werkzeug|tool)\b",
    ),
    (
        "vehicle",
        r"\b((which|what) (kind of )?(car|vehicle|brand|make|model|bike|motorbike|motorcycle"
        r"|scooter|van|truck|lorry)|(welche[srnm]?|was für ein\w*) (auto|fahrzeug|wagen|marke"
        r"|automarke|pkw|modell|fahrrad|motorrad|roller)|what (was|were) .* (riding|driving)"
        r"|\bfür ein\w* (auto|fahrzeug|wagen|pkw|motorrad|fahrrad)"
        r"|automarke|fahrzeugtyp|flucht(fahrzeug|auto|wagen)|tatfahrzeug|getaway (car|vehicle)"
        r"|escape vehicle|car (model|brand|make)|vehicle type"
        # "what did the attacker ride away on", "what did they escape in"
        r"|what did .*\b(ride|flee|escape|get away|drive off|drive away)( away| off)? (on|in))\b",
    ),
    (
        "station",
        r"\b(welche[srnm]? (polizei)?(revier|dienststelle|polizeiposten|polizei)\b|(which|what) "
        r"(police )?(station|precinct)|zust(ä|ae)ndig)",
    ),
    # What someone said: a release quotes them ("… vertrauensvoll", betonte Thomas Kubera).
    (
        "said",
        r"\b(what did .*\b(say|said|stress)|what was said|was (sagte|meinte|betonte|erklärte)"
        r"|was hat .*\b(gesagt|gemeint|betont|erklärt))\b",
    ),
    # What happened, asked as a whole: the report's heading tells it first ("Streit auf offener
    # Straße").
    (
        "happened",
        r"\b(what happened|what('s| is| was) going on|what went on|worum (geht|ging) es"
        r"|was (ist|war)\b.*\b(passiert|los|geschehen|vorgefallen)|was geschah)\b",
    ),
    ("which", r"\b(which|welche[rsnm]?|what (kind|type))\b"),
]
# A year on its own ("im Jahr 1754", "seit 2015"), not an amount ("1500 Euro").
_YEAR = r"(1[0-9]|20)\d\d\b(?![.,]\d)(?!\s?(Euro|€|%|Prozent|km|m\b|Meter|kg))"
_WEEKDAY = r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*"
_MONTH = r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
MAKE = (  # vehicle makes, as releases write them
    r"(Audi|BMW|Mercedes|Benz|Opel|Ford|Toyota|Renault|Nissan|Bentley|Smart|Skoda|Seat|Fiat"
    r"|Peugeot|Citro[eë]n|Honda|Mazda|Hyundai|Kia|Porsche|Volvo|VW|Volkswagen|Dacia|Mitsubishi"
    r"|Suzuki|Tesla|Mini|Jeep|Chevrolet|Subaru|Lexus|Jaguar|Iveco|Scania|MAN|DAF|Harley|Yamaha"
    r"|Kawasaki|KTM|Ducati|Vespa|Fendt|Deutz|Claas|Land Rover|Alfa Romeo|Cupra|Lada|Saab)\b"
)
_VEHICLE = (
    rf"({MAKE}( [A-Z][\w-]*)?|[A-ZÄÖÜ]\w*(wagen|transporter|rad|roller|bike|mobil)\b"
    r"|Motorrad\w*|Lkw|LKW|Sattelzug\w*|Traktor\w*|Bus\b)"
)
_VEHICLE_WORD = re.compile(_VEHICLE)
_GARMENT = (
    r"(?:[Jj]acke|[Hh]ose|[Jj]eans|[Pp]ullover|[Pp]ulli|[Ss]weatshirt|[Ss]hirt|[Hh]emd|[Bb]luse"
    r"|[Mm]antel|[Ww]este|[Kk]apuze|[Hh]oodie|[Mm]ütze|[Kk]appe|[Cc]ap|[Ss]chuhe|[Ss]neaker"
    r"|[Ss]tiefel|[Hh]andschuhe|[Ss]turmhaube|[Mm]aske|[Aa]nzug|[Kk]leid|[Ss]chal|[Kk]leidung)"
)
# A quotation of at least 15 characters, in any of the quotation marks releases use.
_QUOTE = r"[„\"“»][^„\"“”»«]{15,}[“\"”«]"
_WEAPON = (
    r"[A-ZÄÖÜ]?\w*(messer|pistole|waffe|schläger|eisen|werkzeug|schneider|hammer|stange|spray|gas"
    r"|flasche|stein|dreher)\b"
)
_STREET = r"(?i:straße|str\.|weg|platz|allee|ring|gasse|damm|ufer|steige?|markt|brücke|tunnel)"
_STREET_OR_ROAD = (
    rf"([A-ZÄÖÜ][\w-]*er (Straße|Weg|Platz|Allee|Ring|Gasse|Steige|Markt)\b"
    rf"|[A-ZÄÖÜ][\w-]*{_STREET}\b|[ABKL][ -]?\d+\b)"
)
_NOT_PLACE = (
    rf"{_WEEKDAY}|{_MONTH}|(Vor|Nach)?[Mm]ittag|Morgen|Abend|Nacht|Zeit|Tag|Woche|Jahr|Uhr|Ort\b"
    r"|Höhe\b|Bereich\b|Folge|Zuge\b|Verlauf|Anschlu(ss|ß)|Rahmen|Zusammenhang|Fall\b|Gegen"
    r"|Hinblick|Laufe\b|Vorfeld|Sorge|Verdacht|Angaben|Hilfe|Einsatz|Einladung|Initiative|Wunsch"
    r"|Anordnung|Antrag"
)
_NUMBER = (  # a number, written in digits or as a word, before its unit
    r"\b(?:\d[\d.,]*\s?|(?:eine?[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf|zwanzig|dreißig|mehrere[nr]?|einige[nr]?|halbe?n?)\s)"
)
_LENGTH = (
    rf"{_NUMBER}(?:(?:Millionen|Mio\.) )?(?:cm|mm|m|km|Meter|Metern|Zentimeter|Millimeter"
    r"|Kilometer|Kilometern|m²|km²|Quadratmeter|Quadratkilometer\w*|Hektar|Fuß|Meilen)(?![\w/])"
)
# An amount of money as releases write it: "über 3.000,- Euro", "2000EUR", "mehrere Hundert Euro",
# "5 Millionen Dollar", "$ 300".
MONEY_AMOUNT = (
    r"(?:\b\d[\d.,]*(?:,-|\.-)?"
    r"|\b(?:mehrere|einige|etliche|ein paar)\w* (?:[Hh]undert|[Tt]ausend)\w*"
    r"|\b(?:eine[rn]?|zwei|drei|vier|fünf|mehrere[nr]?|einige[nr]?)(?= Milli))"
    r"\s?(?:(?:Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.)\s)?"
    r"(?:Euro|€|EUR|US-Dollar|Dollar|Pfund|Franken)"
    r"|[$£]\s?\d[\d.,]*"
    r"|\b[Mm]illionenschaden"
)
# A day or an hour, as police reports tell when something happened: "am Dienstag", "5. Oktober",
# "gegen 14.30 Uhr", "12.06.2021".
_DAY_OR_HOUR = (
    rf"{_WEEKDAY}|\d{{1,2}}\. ?{_MONTH}|\d{{1,2}}[.:]\d{{2}} Uhr|\d{{1,2}} Uhr"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}"
)
DAY_OR_HOUR = re.compile(rf"\b({_DAY_OR_HOUR})", re.IGNORECASE)
CUES = {
    # A person as a police report tells of one: by age ("ein 21 Jahre alter", "die 76-Jährige")
    # or role ("Motorradfahrer", "eine Zeugin", "Passanten").
    "who": re.compile(
        r"\b\d{1,3}-[Jj]ährige\w*|\b\d{1,3} Jahre alte[rn]?\b"
        # a witness, also in a compound ("Augenzeuge"), but not a "Fahrzeug" or "Werkzeug"
        r"|\b([A-ZÄÖÜ][\w-]*)?(?i:fahrer|täter|(?<!fahr)(?<!werk)(?<!flug)(?<!spiel)(?<!feuer)zeug(?:in|e)"
        r"|beamt|leiter|polizist|passant"
        r"|anwohner|bewohner|nachbar|mitarbeiter|arbeiter|handwerker|beschäftigt|angestellte"
        r"|verkäufer|kassierer|jugendliche|helfer|opfer(?!stock)|besitzer|halter"
        r"|eigentümer)(?!laubnis|flucht|seite|tür|ung)\w*"
    ),
    "when": re.compile(
        rf"\b({_DAY_OR_HOUR}|{_MONTH} \d{{4}}|(im Jahre?|seit) {_YEAR}|(vor|nach)mittag\w*|abend\w*"
        r"|nacht\w*)",
        re.IGNORECASE,
    ),
    "year": re.compile(rf"\b{_YEAR}"),
    # A place: a street or road, or a name after "in", "bei", "nach" … — not a time ("am
    # Dienstag") nor what German says with those words of other things ("vor Ort", "im Zuge").
    "where": re.compile(
        rf"\b(in|im|an|am|auf|bei|beim|nach|vom|zum|zur|aus|gegen) (der|dem|den|die|das)? ?"
        rf"(?!{_NOT_PLACE})(Richtung )?({_STREET_OR_ROAD}|[A-ZÄÖÜ][\w-]*)|\b{_STREET_OR_ROAD}"
    ),
    # Where to: "in Richtung Eishalle", "nach Stuttgart", "stadtauswärts".
    "direction": re.compile(
        r"\b(?:in |nach )?Richtung (?:der |des |dem )?[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?"
        r"|\bnach (?!(?:dem|der|den|einer|einem|Angaben|Hause)\b)[A-ZÄÖÜ][\w-]*"
        r"|\b(?:stadtauswärts|stadteinwärts|in unbekannte Richtung)\b"
        # where to: "in den Rhein", "ins Krankenhaus", "zur Polizei"
        rf"|\b(?:ins|in (?:den|die|das|eine?n?)|zum|zur) (?!{_NOT_PLACE})[A-ZÄÖÜ][\w-]*"
    ),
    # An amount: a number with its unit or thing ("12.000 unversteuerte Zigaretten", "rund
    # 5000 Euro", "0,5 Promille"), not a time of day, a date, an age ("32 Jahre alt") or a road
    # ("B 27"); or a number word.
    "how_many": re.compile(
        # not a date, nor an ordinal ("im 2. Halbjahr")
        r"\b(?<![\d.,])(?<!\b[ABKL] )(?<!Jahr )(?<!Jahre )(?<![Ss]eit )(?!\d{1,2}\.\d{1,2}\.\d)"
        r"(?!\d+\.\s)"
        r"\d[\d.,]*(?![\d.,]*\s?(Uhr\b|-?\s?[Jj]ährig))"
        r"(?:\s?-?\s?(?:[a-zäöüß]+\s)?"
        r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
        r"|Dezember)\b)(?:[A-ZÄÖÜ]\w*\b(?! alt)|[€%])|\s?(?:Promille|Prozent|km/h|km|m|kg|g))"
        r"|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig"
        r"|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)\w*\b",
    ),
    "money": re.compile(rf"{MONEY_AMOUNT}|\b\w+stellig\w*|\b(?:Bargeld|Euro)\b"),
    "age": re.compile(
        r"\b\d{1,3}\s?-?\s?[Jj]ährig\w*|\b\w+ (?:Jahre|Monate|Wochen) alt(?:e[rnms]?)?\b"
        r"|\b\w+ Monate\b"
        # "im Alter zwischen 20 und 30 Jahren", "im Alter von 15 bis 17 Jahren", "Mit 39 Jahren"
        r"|\b(?:zwischen|von|[Mm]it) \d{1,3}(?: (?:und|bis) \d{1,3})? Jahren\b"
    ),
    "alcohol": re.compile(r"\b[\d,]+ Promille|\b\w+ Promille|Atemalkohol\w*|alkoholisiert", re.I),
    "size": re.compile(_LENGTH, re.I),
    # "how long": a span of time ("rund 45 Minuten", "bis nach 4 Uhr"; not an age, "32 Jahre
    # alt") or a length.
    "duration": re.compile(
        rf"{_NUMBER}(?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*\b(?! alt)"
        r"|\bbis (?:etwa |gegen |kurz |nach |kurz nach |ca\. )*\d{1,2}(?:[.:]\d{2})? Uhr"
        rf"|{_LENGTH}",
        re.I,
    ),
    # A colour as releases give it: "ein silberner Kleinwagen", "dunkelblauen", "schwarz-gelb".
    "colour": re.compile(
        r"\b(?:(?:dunkel|hell|mittel)-?)?(?:rot|blau|grün|gelb|weiß|schwarz|grau|silbern?|braun"
        r"|orange|lila|violett|pink|rosa|beige|türkis|golden|anthrazit)(?:e[rnms]?|farben\w*)?"
        r"(?:-(?:rot|blau|grün|gelb|weiß|schwarz|grau|braun)\w*)?\b",
        re.I,
    ),
    # A garment with its article and up to two words before it: "eine hellblaue Regenjacke",
    # "einen dunklen Trainingsanzug", "Jeans".
    "clothing": re.compile(
        r"\b(?:(?:eine?[nmrs]?|der|die|das|den|dem) )?"
        r"(?:(?!und |sowie |oder |mit |eine?[nmrs]? )[a-zäöüß-]+ ){0,2}"
        rf"[A-ZÄÖÜ]?[\w-]*?{_GARMENT}(?:n|s)?\b"
    ),
    # How badly someone was hurt: "leicht verletzt", "schwere Kopfverletzungen", "unverletzt",
    # "Verletzt wurde niemand".
    "injury": re.compile(
        r"\bverletzt wurde (?:niemand|keiner)"
        r"|\b(?:(?:leicht|schwer|schwerst|lebensgefährlich|tödlich|lebensbedrohlich|nicht|kaum"
        r"|glücklicherweise|zum Glück) )?(?:verletzt\w*|verunglückt)"
        r"|\b(?:leichte|schwere|lebensgefährliche|tödliche|lebensbedrohliche) \w*[Vv]erletzung\w*"
        r"|\b\w*[Vv]erletzung(?:en)?\b|\bunverletzt|\bniemand\b[^.]{0,30}\bverletzt"
        r"|\b(?:Prellung|Schürfwunde|Platzwunde|Knochenbruch|Schock|Fraktur)\w*",
        re.I,
    ),
    "speed": re.compile(
        r"\b\d[\d.,]*\s?(?:km/h|Stundenkilometer|Kilometer pro Stunde|Meilen pro Stunde|mph"
        r"|Knoten|m/s|Umdrehungen pro Minute)"
    ),
    "why": re.compile(
        r"\b(weil|da |wegen|aufgrund|dank|vermutlich|deshalb|daher|Ursache|ursächlich|Auslöser"
        r"|infolge|verantwortlich)\b"
        # a purpose: "Um weniger aufzufallen", "um den Helm nicht tragen zu müssen"
        r"|\bum\s+(?!\d)(?:[^\s,;.]+\s+){0,8}?(?:zu\s+\w+n|\w+zu\w+n)\b",
        re.I,
    ),
    "stolen": re.compile(
        r"\b(stahl\w*|gestohlen\w*|entwend\w*|erbeut\w*|mitgenommen|nahmen? .{0,60}\bmit\b"
        r"|fiel(?:en)? .{0,60}\bin die Hände"
        r"|Beute|Diebesgut|(?:ge)?klaut\w*)"
    ),
    "way_in": re.compile(
        r"\b(\w*hebel\w*|aufgebrochen|brachen .{0,40}\bauf\b|\w*wuchtet\w*|eingeschlagen"
        r"|schlugen? .{0,40}\bein\b|verschaff\w* sich|gelangt\w*|Zugang|eingestiegen"
        r"|stiegen? .{0,40}\bein\b|aufgedrückt|aufgezwängt)"
    ),
    "plate": re.compile(r"\b[A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2} ?\d{1,4}[EH]?\b"),
    "means": re.compile(rf"\b({_WEAPON}|{_VEHICLE})"),
    "vehicle": re.compile(rf"\b{_VEHICLE}"),
    # A quotation: before "sagte", "betonte" … (or the end of a clause cut there) or after a
    # colon; not a name in quotes.
    "said": re.compile(
        rf"{_QUOTE}(?=,? (?:sagt|betont|erklärt|meint|ergänzt|berichtet|fügt|so|said|says|added)"
        rf"\w*\b|,?$)|(?<=: ){_QUOTE}"
    ),
    # "06222/57090", "0621 174 1104", "(07151) 950 422", "07152/605-0"
    "phone": re.compile(r"\(?\b0\d{2,5}\)?(?:\s?/\s?| )\d[\d -]*\d(?:-\d+)?"),
    # "Polizeirevier Ehingen", "Polizeirevier 6 Martin-Luther-Straße"
    "station": re.compile(
        r"\b(Polizeirevier|Polizeiposten|Kriminalpolizei|Verkehrspolizei|Polizeipräsidium"
        r"|Polizeiinspektion|Revier)( \d+)?( [A-ZÄÖÜ][\w-]+)?"
    ),
}
# What the cue finds of these kinds is how the answer is told ("stahlen"), not the answer
# ("Bargeld"): it chooses the clause, but is not shown in bold (stolen_goods finds the loot).
TELLING_CUES = ("stolen", "way_in")


# A question that opens by asking for a person, a year, a time, a place, a reason, a vehicle, a
# plate, a police station or a weapon asks for it, whatever else it is about: "wann war die
# Geschwindigkeitskontrolle", "who caused the damage", "which car was the guy driving who …"
# (but "how old was he when …" asks for an age).
_ASKED_FIRST = (
    "phone",
    "who",
    "year",
    "when",
    "direction",
    "where",
    "why",
    "plate",
    "means",
    "vehicle",
    "station",
    "colour",
)
_OPENING = r"\W*(?:(?:und|and|also|so|aber|but)\s+)?"
# "who is martin wulfert", "wer ist eigentlich nina schraml": the role of someone by name.
_WHO_IS = re.compile(
    r"^\W*(?:who|wer)\s+(?:is|was|ist|war)\s+(?:eigentlich\s+)?(\w+)\s+\w+\W*$", re.I
)


# "how many drivers" asks for a count, whatever measure the question is about ("a 96 speed
# check how many drivers get a driving ban"), unless it counts the measure's own unit; so does
# "wie hoch war die Zahl der Verletzten", which is no height.
_COUNT_ASKED = re.compile(
    r"\b(how many|wie ?viele[nr]?) (?!(km|kilometer\w*|stundenkilometer|promille|jahre?|years?"
    r"|meter\w*|euro|dollar)\b)"
    r"|\b(wie hoch|how high) (ist|war|sind|waren|is|was) (die|der|the) (\w+ )?"
    r"(anzahl|zahl|number)\b"
    r"|\bwie ?viel (?!(\w*geld|euro|cash|money|schaden|wert|wurden?|haben|hat|ist|war|waren|sind"
    r"|kostet\w*|die|der|das|den|dem|des|ein\w*|er|sie|es|man|promille|alkohol|km|kilometer"
    r"|stundenkilometer|uhr|jahre?)\b)\w+"
)


# The words that tell a question's kind and are long enough to be mistyped on a phone
# ("mitgenomen", "gestolen", "geschwindikeit"): a question word one letter off one of them is
# read as it.
_KIND_WORDS = (
    *("alcohol", "alkohol", "betrunken", "damage", "eingedrungen", "eingestiegen", "entwendet"),
    *("erbeutet", "geklaut", "gekostet", "geschwindigkeit", "gestohlen", "kennzeichen"),
    *("licence", "license", "mitgenommen", "promille", "reingekommen", "stolen", "ursache"),
    *("warum", "weshalb", "weswegen", "wieviele", "zuständig"),
)
_KIND_WORD_MIN_LENGTH = 5


@lru_cache(maxsize=10_000)
def _kind_words_spelt_out(lowered: str) -> str:
    """The question with each word one letter off a word that tells its kind written as that
    word; not a word that only adds or drops an ending ("betrunkene", "wieviel"), a form of its
    own."""
    words = re.findall(r"\w+|\W+", lowered)
    for number, word in enumerate(words):
        if len(word) >= _KIND_WORD_MIN_LENGTH and word not in _KIND_WORDS:
            near = next((w for w in _KIND_WORDS if _mistyped(word, w)), None)
            words[number] = near or word
    return "".join(words)


def _mistyped(word: str, meant: str) -> bool:
    return word[0] == meant[0] and word[-1] == meant[-1] and Levenshtein.distance(word, meant) == 1


@lru_cache(maxsize=4096)  # asked of one question by the sentence choice and each decline rule
def question_kind(question: str) -> str:
    if _asks_who_someone_is(question):
        return "identity"
    lowered = _kind_words_spelt_out(question.lower())
    for kind, pattern in _KINDS:
        if kind in _ASKED_FIRST and re.match(_OPENING + pattern, lowered):
            return kind
    if _COUNT_ASKED.search(lowered):
        return "how_many"
    for kind, pattern in _KINDS:
        if re.search(pattern, lowered):
            return kind
    return "what"


# --- cutting the excerpt ---------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"(?<=[,;:–])\s+|\s+(?=(?:sowie|aber|jedoch|während|nachdem|als) )")
CUE_WEIGHT = 0.4  # it holds what the question asks for (a name, a date, an amount …)
CLAUSE_COVERAGE_WEIGHT = 0.1  # the clause repeats the question's terms
SECOND_MIN_CHARS = 50  # an excerpt adds a second sentence's part only in at least this much room
APPOSITION_WORDS = 3  # a clause of at most this many words goes on the one before it
SENTENCE_OPENING_WORDS = 5  # kept before "…" when an excerpt starts inside a long sentence
ANSWER_TAIL_CHARS = 30  # kept after what answers where a clause too long for the excerpt is cut
RUN_ON_PREFERENCE = 0.02  # above the left neighbour's 0.01: the clause an answer runs on into
NOT_ABOUT = 0.4  # the cue counts this much in a clause without the question's weightiest term


@dataclass(frozen=True)
class Excerpt:
    text: str
    highlights: tuple[str, ...]
    score: float


def best_excerpt(
    sentence: str,
    terms: list[TermMatch],
    kind: str,
    max_chars: int = EXCERPT_MAX_CHARS,
    role: TermMatch | None = None,
    office: TermMatch | None = None,
    counted: TermMatch | None = None,
) -> Excerpt:
    """The clause of a sentence that holds the question's terms and what the question asks for,
    grown by its neighbours up to max_chars, whole words only, with an ellipsis where cut.
    role, office: what a "who" question asks who held or acted for (bot.excerpt.role_asked,
    office_asked); counted: what a "how many" question counts (counted_asked)."""
    clauses = _clauses(sentence)
    question = AskedTerms.of(terms)
    scores = [_clause_score(c, question, kind) for c in clauses]
    best = max(range(len(clauses)), key=lambda i: (scores[i], -i))
    budget = max_chars - 4  # room for an ellipsis on either side
    first, last = best, best
    length = len(clauses[best])
    # What answers may run on into the next clause ("… stahlen … Bargeld, | eine EC-Karte wie
    # auch ein Laptop."): when the best clause ends with it, the next clause comes first.
    answer = _highlights(clauses[best], terms, kind, counted)
    runs_on = bool(answer) and clauses[best].rstrip(" ,;:–").endswith(answer[-1])
    while True:  # grow towards the side that adds more, while it fits
        options = []
        if first > 0 and length + 1 + len(clauses[first - 1]) <= budget:
            options.append((scores[first - 1] + 0.01, "left"))
        if last < len(clauses) - 1 and length + 1 + len(clauses[last + 1]) <= budget:
            run_on = RUN_ON_PREFERENCE if runs_on and last == best else 0.0
            options.append((scores[last + 1] + run_on, "right"))
        if not options:
            break
        if max(options)[1] == "left":
            first -= 1
            length += 1 + len(clauses[first])
        else:
            last += 1
            length += 1 + len(clauses[last])
    text = " ".join(clauses[first : last + 1])
    cut_end = last < len(clauses) - 1
    cut_start = False
    if len(text) > budget:  # one clause longer than the limit: cut at a word
        # where what answers lies beyond the limit, the cut ends a little after it instead
        end = text.find(answer[0]) + len(answer[0]) + ANSWER_TAIL_CHARS if answer else 0
        if end > budget:
            start = min(end, len(text)) - budget
            text = text[text.index(" ", start) + 1 :] if " " in text[start:] else text[start:]
            cut_start = True
        if len(text) > budget:
            text = text[:budget].rsplit(" ", 1)[0] or text[:budget]
        cut_end = cut_end or not clauses[last].endswith(text)
    tail = " …" if cut_end else ""
    if cut_start and first == 0:
        text = "… " + text
    elif first > 0:
        # Starting inside a long sentence, keep its opening words, which its last clause
        # completes ("An dem Austausch nahmen neben … Steven Schmidt und Adrian Dudziak teil.").
        opening = " ".join(clauses[0].split()[:SENTENCE_OPENING_WORDS])
        fits = len(opening) + 3 + len(text) + len(tail) <= max_chars
        text = (f"{opening} … " if fits else "… ") + text
    text += tail
    # A short clause after the best one is its apposition ("am Dienstag, 5. Oktober,"): what
    # answers may go on there.
    end = best + 1
    while end <= last and len(clauses[end].split()) <= APPOSITION_WORDS:
        end += 1
    if runs_on and last > best:
        end = max(end, best + 2)  # the answer's run-on clause is bold too
    # "which judge …": the person shown in that role ("Nina Schraml, Richtern am Amtsgericht");
    # "wer war vom amtsgericht da": who acted for it; "who is Nina Schraml": her role; in the
    # clauses shown.
    shown = " ".join(clauses[first : last + 1])
    if role:
        held = names_holding(shown, role)
    elif office:
        held = names_acting_for(shown, office)
    elif kind == "identity":
        held = tuple(cue_matches(shown, {match.term for match in terms}, kind))
    else:
        held = ()
    highlights = held or _highlights(" ".join(clauses[best:end]), terms, kind, counted)
    if not highlights:  # what is asked, in the shown clause nearest the one of the question's terms
        for number in sorted(range(first, last + 1), key=lambda n: abs(n - best)):
            highlights = _highlights(clauses[number], terms, kind, counted)
            if highlights:
                break
    return Excerpt(text, highlights, scores[best])


def joined_excerpt(
    sentences: list[tuple[int, str]],
    terms: list[TermMatch],
    kind: str,
    role: TermMatch | None = None,
    office: TermMatch | None = None,
    counted: TermMatch | None = None,
    lead: str | None = None,
) -> Excerpt:
    """The first sentence's excerpt and, while the room it leaves holds at least SECOND_MIN_CHARS,
    the next ones', joined by ellipses in reading order. sentences: (position in the release,
    text), the best first. lead: shown before them all (a report's heading), whole."""
    (_, first), *others = sentences
    lead_room = len(lead) + 3 if lead else 0
    main = best_excerpt(first, terms, kind, EXCERPT_MAX_CHARS - lead_room, role, office, counted)
    pieces = [(sentences[0][0], main)]
    if lead:
        pieces.append((-1, Excerpt(lead, (), 0.0)))
    room = EXCERPT_MAX_CHARS - lead_room - len(main.text) - 3
    for position, text in others:
        if room < SECOND_MIN_CHARS:
            break
        piece = best_excerpt(text, terms, kind, room, role, office, counted)
        pieces.append((position, piece))
        room -= len(piece.text) + 3
    pieces.sort(key=lambda pair: pair[0])
    texts = [piece.text for _, piece in pieces]
    texts = [t.removesuffix(" …") for t in texts[:-1]] + texts[-1:]
    texts = texts[:1] + [t.removeprefix("… ") for t in texts[1:]]
    highlights = next((p.highlights for p in [main, *(p for _, p in pieces)] if p.highlights), ())
    return Excerpt(" … ".join(texts), highlights, main.score)


@dataclass(frozen=True)
class AskedTerms:
    """The question's terms with what scoring a clause needs of them, worked out once per
    question rather than once per clause."""

    terms: list[TermMatch]
    own: frozenset[str]  # the question's own terms
    total: float  # their summed weight
    idfs: tuple[float, ...]  # each one's weight
    key: int | None  # the weightiest (_key_term_number)
    found_as: dict[str, list[tuple[int, float]]]  # corpus term -> (question term, its weight)

    @classmethod
    def of(cls, terms: list[TermMatch]) -> AskedTerms:
        found_as: dict[str, list[tuple[int, float]]] = {}
        for number, match in enumerate(terms):
            for variant, weight in match.variants.items():
                found_as.setdefault(variant, []).append((number, weight))
        own = frozenset(match.term for match in terms)
        total = sum(match.idf for match in terms)
        idfs = tuple(match.idf for match in terms)
        return cls(terms, own, total, idfs, _key_term_number(terms), found_as)


def sentence_fit(sentence: str, question: AskedTerms, kind: str) -> float:
    """How well the sentence's best clause answers: best_excerpt's score, without the excerpt."""
    return max(_clause_score(c, question, kind) for c in _clauses(sentence))


@lru_cache(maxsize=50_000)
def _clauses(sentence: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSE_BREAK.split(sentence) if c) or (sentence,)


def _clause_score(clause: str, question: AskedTerms, kind: str) -> float:
    presence = [0.0] * len(question.terms)  # how well each question term is found in the clause
    for term in question.found_as.keys() & term_set(clause):
        for number, weight in question.found_as[term]:
            presence[number] = max(presence[number], weight)
    total = question.total
    coverage = (
        sum(idf * p for idf, p in zip(question.idfs, presence, strict=True)) / total if total else 0
    )
    found = cue_matches(clause, question.own, kind)
    # A person's name answers "who" better than a role ("Beamte des Hauptzollamts").
    has_cue = 1.0 if kind == "who" and person_names(clause) else 0.6 if found else 0.0
    if not has_cue:
        return CLAUSE_COVERAGE_WEIGHT * coverage
    # What the question asks for counts fully in the clause that names what it is about, its
    # weightiest term: "vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak".
    key = question.key
    about = key is None or presence[key] > 0
    return CLAUSE_COVERAGE_WEIGHT * coverage + CUE_WEIGHT * has_cue * (1.0 if about else NOT_ABOUT)


# The question's words that name what it asks for, and so may answer it too.
_NAMING_THE_ASKED = {
    "why": frozenset(tokenize("Ursache Grund Auslöser")),
    "alcohol": frozenset(tokenize("Promille")),  # "über einem Promille" answers "wieviel promille"
    # "das Polizeirevier Ehingen" answers "welches polizeirevier ermittelt in ehingen"
    "station": frozenset(tokenize("Polizeirevier Polizeiposten Revier Dienststelle")),
}


def cue_matches(clause: str, terms: set[str], kind: str) -> list[str]:
    """What the question asks for, found in the clause, but not just the question's own words
    (unless they name what is asked: "Ursache" answers "was war die ursache"); for who someone
    is, the role of the person the question names."""
    if kind == "identity":
        return [
            role
            for name in person_names(clause)
            if is_the_person_asked(name, terms)
            for role in roles_of(clause, name)
        ]
    found = _cue_found(clause, kind)
    if not found:
        return []
    terms = terms - _NAMING_THE_ASKED.get(kind, frozenset())
    return [match for match, words in found if not words <= terms or not words]


@lru_cache(maxsize=200_000)
def _cue_found(clause: str, kind: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """What a question of this kind asks for, in the clause, with its search terms."""
    cue = CUES.get(kind)
    if cue is None:
        return ()
    found = [m.group(0) for m in cue.finditer(clause)]
    if kind == "who":
        found += person_names(clause)
    # A count is a word of its own, though search leaves out one digit: "4 Rettungswagen"
    # answers "wie viele rettungswagen".
    return tuple((f, frozenset(tokenize(f)) | frozenset(re.findall(r"\d+", f))) for f in found)


# Kinds of question that ask for a measure: a release without one cannot answer them.
MEASURES = ("money", "age", "alcohol", "size", "speed", "duration", "how_many", "colour")
# Measures a release that answers always writes as such: a speed in km/h, a blood alcohol level
# (or "alkoholisiert"), a colour, a licence plate. The others may be told in words the cue does
# not know.
WRITTEN_MEASURES = ("alcohol", "speed", "colour", "plate", "phone")


def measure_in(text: str, terms: list[TermMatch], kind: str) -> bool:
    """Does the text hold the measure a question of this kind asks for (an amount of money, an
    age, a blood alcohol level …), other than the question's own words?"""
    return bool(cue_matches(text, {t.term for t in terms}, kind))


# A capitalised word and the name after it; a lookahead, so that "Inspektionsleiter Rainer
# Hochkeppler" still yields "Rainer Hochkeppler".
_NAME_PAIR = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)(?=( (?:(?:von|van|de|zu) )?[A-ZÄÖÜ][\w-]+))")


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def is_the_person_asked(name: str, terms: set[str]) -> bool:
    """Are all the words of the name among the question's terms ("who is axel püttner")?"""
    return set(tokenize(name)) <= terms


def _asks_who_someone_is(question: str) -> bool:
    found = _WHO_IS.match(question)
    if found is None or not tokenize(found.group(1)):
        return False
    typed = found.group(1)  # as phones type it: "joerg"
    spellings = {typed, typed.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")}
    return any(_first_names().get_gender(name) != "unknown" for name in spellings)


# A role as releases write it beside a name: "Leiter der JVA Hamm", "Vorsitzende des
# Polizeibeirats", "Richtern am Amtsgericht Hamm", "Oberstaatsanwältin", "vom Hauptzollamt
# Bielefeld".
_ROLE = (
    r"[A-ZÄÖÜ][\w-]+(?:\s+(?:des|der|am|im)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)?"
    r"|(?:vom|von der|für die|für den|für das)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)


def roles_of(text: str, name: str) -> tuple[str, ...]:
    """The role the text gives the person: right before the name ("der Leiter der JVA Hamm
    Martin Wulfert"), or after it, set off by a comma or "als" ("Nina Schraml, Richtern am
    Amtsgericht Hamm", "Hendrik Schickhoff als Leiter des Jugendamtes")."""
    escaped = re.escape(name)
    before = re.search(rf"\b({_ROLE})\s+{escaped}", text)
    after = re.search(rf"{escaped}(?:,\s+|\s+als\s+)({_ROLE})", text)
    found = [m.group(1) for m in (before, after) if m and not _function_word(m.group(1))]
    return tuple(found[:1])


def _function_word(role: str) -> bool:
    """Does the role open with a capitalised function word ("Auch Thomas Habermann")?"""
    first = role.split()[0]
    return first[0].isupper() and not tokenize(first)


@lru_cache(maxsize=50_000)
def person_names(text: str) -> tuple[str, ...]:
    """Names of people: a known first name (gender-guesser's name list) and the word after it;
    not a capitalised function word ("Am Freitag", "In Sorge") nor a vehicle ("Mercedes Benz")."""
    names = _first_names()
    return tuple(
        m.group(1) + m.group(2)
        for m in _NAME_PAIR.finditer(text)
        if names.get_gender(m.group(1)) != "unknown"
        and tokenize(m.group(1))
        and not _VEHICLE_WORD.fullmatch(m.group(1))
    )


# Where a second sentence starts in a clause of two shown together ("… geräumt. Auch eine …").
_SENTENCE_START = re.compile(r"(?<=[a-zäöüß]{2}[.!?])\s+(?=[A-ZÄÖÜ])")
# Between a name and the office the person acts for: "Bettina Werner für die Staatsanwaltschaft",
# "Nina Schraml, Richtern am Amtsgericht", "Hendrik Schickhoff als Leiter des Jugendamtes".
_ACTS_FOR = re.compile(
    r",?\s+(?:für|vom|von)\s+(?:(?:die|den|das|der|dem)\s+)?"
    r"|(?:,\s+|\s+als\s+)[A-ZÄÖÜ][\w-]+\s+(?:am|an der|beim|bei der|des|der|im|vom)\s+"
)
# A question for who acted for an office ("wer war für die bundespolizei bei der
# sicherheitskonferenz", "wer vertrat das hauptzollamt", "who came from the customs office") or
# holds a role ("wie heisst der polizeipräsident"). An English office is a phrase, named by its
# last word: "for the public prosecutor".
_OFFICE_ASKED = re.compile(
    r"\b(?:für|fuer|vom|von|seitens|vertr(?:at|aten|itt|eten))\s+(?:(?:die|den|das|der|dem)\s+)?"
    r"(\w+)|\b(?:for|from|represent(?:ed|s|ing)?|(?:head|leader|chief|director|chair(?:man|woman)?)"
    r"\s+of|lead(?:s|ed)?|run(?:s)?|ran)\s+(?:the\s+)?(\w+(?:\s+\w+){0,2})"
    r"|^\s*wie (?:hei(?:ß|ss)t|hie(?:ß|ss)) (?:der|die)\s+(\w+)"
    r"|\b(?:leiter(?:in)?|chef(?:in)?|vorsitzende[rn]?)\s+(?:des|der)\s+(\w+)"
    r"|\bleite(?:t|te)\s+(?:die|den|das)\s+(\w+)",
    re.I,
)
# What stands right before an office someone acts for: "vom Hauptzollamt", "Für die Stadt".
_FOR_OFFICE = re.compile(
    r"\b(?:für|vom|von|seitens|seiten)\s+(?:(?:die|den|das|der|dem|des)\s+)?$", re.I
)
# A role in the office right before the office, whose holder is named right after it: "der
# Leiter der JVA Hamm Martin Wulfert", "der Vorsitzende des Polizeibeirats Axel Püttner".
_ROLE_IN_OFFICE = re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+(?:des|der)\s+$")
_HOLDER_AFTER_OFFICE = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]+)?\s+")
_NEXT_OFFICE = re.compile(r"\s(?:und|sowie)\s+(?:vom|von|für)\s")
_NAMED_AFTER_OFFICE = 80  # characters from the office to the name of who acted for it, at most


# A question for who holds a role among several people a release names ("which judge attended
# the security conference", "welche Richterin war dabei").
_ROLE_ASKED = re.compile(
    rf"^\s*(?:which|welche[rnms]?|(?:wer|who) (?:ist|war|is|was) (?:der|die|the))\s+"
    rf"({_ROLE_NOUN}|{_OFFICE_HOLDER})\b(?!\s+(?:of|des|der|vom|von)\b)",  # not the office's
    re.I,
)


def role_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The role a question asks who held ("which judge …"): its term."""
    found = _ROLE_ASKED.search(question)
    term = term_of(found.group(1)) if found else None
    return next((match for match in terms if match.term == term), None)


# What a "how many" question counts: the words after "wie viele", "how many".
_COUNTED_ASKED = re.compile(
    r"\b(?:wie ?viele?n?|how many|anzahl (?:der|an)|number of)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I
)


def counted_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The term of what a "how many" question counts: the search term right after "wie viele";
    the last of those right after "how many" ("how many bike thefts": thefts)."""
    found = _COUNTED_ASKED.search(question)
    if found is None:
        return None
    by_term = {match.term: match for match in terms}
    phrase = list(takewhile(lambda term: term is not None, map(term_of, found.group(1).split())))
    if not phrase:
        return None
    # English nouns pile up before the one counted ("bike thefts"); German joins them into one
    # word, and a verb may follow ("wie viele leute sassen")
    english = found.group(0).lower().startswith(("how", "number"))
    return by_term.get(phrase[-1] if english else phrase[0])


def office_asked(question: str, terms: list[TermMatch], kind: str) -> TermMatch | None:
    """The office a "who" question (kind: question_kind's) asks who acted for (its term after
    "für", "vertrat" …; after "for", "represented" … the last of a phrase's terms: "public
    prosecutor") or the role it asks the name of ("wie heißt der Polizeipräsident")."""
    found = _OFFICE_ASKED.search(question) if kind == "who" else None
    if found is None:
        return None
    if found.group(2):  # English: the noun a phrase ends in ("for the public prosecutor")
        words = list(takewhile(lambda word: term_of(word) is not None, found.group(2).split()))
    else:
        words = [found.group(1) or found.group(3) or found.group(4) or found.group(5)]
    by_term = {match.term: match for match in terms}
    return next((by_term[t] for t in map(term_of, reversed(words)) if t in by_term), None)


# A superlative the question asks by ("hoechste geschwindigkeit", "fastest car", "die meisten"),
# and one of the German text ("Die höchste gemessene Geschwindigkeit betrug 209 km/h").
_SUPERLATIVE_ASKED = re.compile(r"\b\w+(?:st|ßt)(?:e|en|er|es|em)\b|\b\w{2,}est\b", re.I)
_SUPERLATIVE = re.compile(r"\b\w+(?:st|ßt)(?:e|en|er|es|em)\b")


def superlatives_asked(question: str, terms: list[TermMatch]) -> frozenset[str]:
    """The corpus terms that stand for a superlative of the question ("hoechste" → hoch,
    "fastest" → schnell, hoch)."""
    asked = {term_of(word.group(0)) for word in _SUPERLATIVE_ASKED.finditer(question)}
    return frozenset(
        variant for match in terms if match.term in asked for variant in match.variants
    )


def holds_a_superlative(text: str, superlatives: frozenset[str]) -> bool:
    """Does the text use one of the superlatives (superlatives_asked) as a superlative?"""
    return any(term_of(word.group(0)) in superlatives for word in _SUPERLATIVE.finditer(text))


def names_someone_for(text: str, office: TermMatch) -> bool:
    """Does the text name a person who acted for the office (names_acting_for)?"""
    return bool(names_acting_for(text, office))


def names_acting_for(text: str, office: TermMatch) -> tuple[str, ...]:
    """The people the text names as acting for the office: after "für", "von" … it, up to where
    the next office's people begin ("von Seiten der Bundespolizei der stellvertretende
    Inspektionsleiter Rainer Hochkeppler", "Für die Stadt Hamm beteiligten sich Rechtsdezernent
    Jörg Mösgen"), as the holder of a role in it ("der Leiter der JVA Hamm Martin Wulfert"), or
    before "für" it or a role in it ("die Oberstaatsanwältin Bettina Werner für die
    Staatsanwaltschaft Dortmund", "Nina Schraml, Richtern am Amtsgericht Hamm")."""
    names = _named_at(text)
    acting = []
    for office_at in words_for(text, office):
        before = [n for n, _, end in names if _ACTS_FOR.fullmatch(text[end : office_at.start()])]
        if before:  # "Bettina Werner für die Staatsanwaltschaft Dortmund, …, Nina Schraml"
            acting += before
            continue
        next_office = _NEXT_OFFICE.search(text, office_at.end())
        until = next_office.start() if next_office else len(text)
        acting += [
            name
            for name, start, _ in names
            if (
                0 < start - office_at.end() <= _NAMED_AFTER_OFFICE
                and start < until
                and _FOR_OFFICE.search(text, 0, office_at.start())
            )
            or (
                _ROLE_IN_OFFICE.search(text, 0, office_at.start())
                and _HOLDER_AFTER_OFFICE.fullmatch(text, office_at.end(), start)
            )
        ]
    return tuple(dict.fromkeys(acting))


def _named_at(text: str) -> list[tuple[str, int, int]]:
    """The people the text names, each with where the name starts and ends."""
    return [
        (name, at, at + len(name)) for name in person_names(text) if (at := text.find(name)) >= 0
    ]


def names_holding(text: str, role: TermMatch) -> tuple[str, ...]:
    """The people the text names in the role: right after it ("die Oberstaatsanwältin Bettina
    Werner"), or before it, set off by a comma or "als" ("Nina Schraml, Richtern am Amtsgericht
    Hamm", "Hendrik Schickhoff als Leiter des Jugendamtes"). A role is a noun: "judge" may be
    searched as "spricht" too, but "spricht Thomas Kubera" does not make him one."""
    roles = [word for word in words_for(text, role) if word.group(0)[0].isupper()]
    held = (
        name
        for name, start, end in _named_at(text)
        if any(
            text[role_at.end() : start].isspace() or text[end : role_at.start()] in (", ", " als ")
            for role_at in roles
        )
    )
    return tuple(dict.fromkeys(held))


def _with_next_word(clause: str, part: str) -> str:
    """The part of the clause with the word after it."""
    at = clause.find(part)
    following = clause[at + len(part) :].split(maxsplit=1)
    return f"{part} {following[0]}" if at >= 0 and following else part


def _highlights(
    clause: str, terms: list[TermMatch], kind: str, counted: TermMatch | None = None
) -> tuple[str, ...]:
    """What the question asks for within the clause; after the question's weightiest term when
    something follows it ("vom Hauptzollamt Bielefeld Steven Schmidt und Adrian Dudziak"); of
    counts, those of what the question counts ("neun Fahrzeuge", not "drei Unfälle", for "how
    many vehicles")."""
    if kind in _ANSWER_FINDERS:
        return _ANSWER_FINDERS[kind](clause)
    if kind in TELLING_CUES:
        return ()
    found = [m.strip() for m in cue_matches(clause, {t.term for t in terms}, kind)]
    found = [m for m in dict.fromkeys(found) if len(m) > 2]
    if counted is not None:  # the count and the word after it ("neun Fahrzeuge")
        counting = [
            m for m in found if term_set(_with_next_word(clause, m)) & counted.variants.keys()
        ]
        found = counting or found
    key_at = _key_term_position(clause, terms, kind)
    if key_at is None:
        return tuple(found)
    at = {m: clause.find(m) for m in found}
    # The sentence the key term stands in, where a clause runs over two sentences shown together.
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(clause)]
    start = max(s for s in starts if s <= key_at)
    end = min([s for s in starts if s > key_at], default=len(clause))
    in_sentence = [m for m in found if start <= at[m] < end]
    # "die Oberstaatsanwältin Bettina Werner für die Staatsanwaltschaft Dortmund, …, Nina
    # Schraml": who is named right before "für" the key term acts for it.
    acting_for = [
        m
        for m in in_sentence
        if kind == "who" and _ACTS_FOR.fullmatch(clause[at[m] + len(m) : key_at])
    ]
    # "von Seiten der Bundespolizei … Rainer Hochkeppler und vom Hauptzollamt Bielefeld Steven
    # Schmidt": up to where the next office's people begin.
    next_office = _NEXT_OFFICE.search(clause, key_at) if kind == "who" else None
    until = next_office.start() if next_office else end
    after_key = [m for m in in_sentence if key_at < at[m] < until]
    return tuple(acting_for or after_key or in_sentence or found)


# A thing as a report names it: a count or article, up to two adjectives and a noun (or a make
# and model), in a list ("einen Laptop und ein Programmiergerät", "500 Paar Schuhe").
_COUNT = (
    r"(?:ein|eine|einen|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere"
    r"|diverse|verschiedene|zahlreiche|\d[\d.,]*(?: Paar| Liter| Stück)?) "
)
_ADJECTIVE = (
    r"(?!(?:der|die|das|den|dem|des|eines|über|unter|hinter|wieder|aber|oder|sowie|zufolge"
    r"|seine[mnrs]?|ihre[mnrs]?|diese[mnrs]?|keine[mnrs]?|stahl\w*|entwend\w*|erbeut\w*)\b)"
    r"[a-zäöüß-]+(?:e|en|er|es) "
)
# "Bargeld in Höhe von mehreren tausend Euro": the amount it came to is part of it.
_AMOUNT_OF_IT = r"(?: in Höhe von (?:[\w.,-]+ ){1,3}(?:Euro|€))?"
_THING = (
    rf"(?:{_COUNT})?(?:{_ADJECTIVE}){{0,2}}(?:[A-ZÄÖÜ]\w*er )?(?:{_VEHICLE}|[A-ZÄÖÜ][\w-]*)"
    rf"{_AMOUNT_OF_IT}"
)
_THINGS = re.compile(rf"(?<![\w-]){_THING}(?:(?:,| und| sowie| wie auch| oder) {_THING})*")
# What comes before a thing that is no loot: a place or time it is in ("aus der Küche"), or
# whose it is ("eines Autohauses").
_NOT_LOOT_BEFORE = re.compile(
    r"\b(?:(?:[Aa]us|[Ii]n|[Ii]m|[Aa]n|[Aa]m|[Aa]uf|[Bb]ei|[Bb]eim|[Nn]ach|[Vv]on|[Vv]om|zum|zur"
    r"|mit|durch|über|unter|hinter|gegen|für|zwischen|seit|während)\s+"
    r"(?:(?:der|die|das|den|dem|des|einer|einem|eines)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"|\b(?:des|eines)\s+)$"
)
_NOT_LOOT = re.compile(
    r"(?:Euro|Tausend|Hundert|Wert|Stunde|Minute|\d\s?Uhr|Zeit|Polizei|Erkenntnissen|Angaben|Dieb\w*"
    r"|Einbrecher\w*|Unbekannte\w*)$"
)
_PARTICIPLE = re.compile(r"gestohlen\w*|entwendet|erbeutet|mitgenommen|geklaut\w*")


def stolen_goods(clause: str) -> tuple[str, ...]:
    """What was stolen, as the clause tells it: the things after a verb that tells it
    ("entwendeten einen Laptop und ein Programmiergerät"), or before its participle ("wurde
    Schmuck … gestohlen"), else on its other side."""
    things = [
        m
        for m in _THINGS.finditer(clause)
        if not _NOT_LOOT_BEFORE.search(clause[: m.start()])
        and not _NOT_LOOT.search(m.group(0).split(" in Höhe von ")[0])
        and not CUES["who"].search(m.group(0))
        and not CUES["when"].search(m.group(0))
        and tokenize(m.group(0).split()[-1])
        # not a sentence's first word alone, unless a verb that tells the theft follows it
        and (m.start() > 0 or " " in m.group(0) or bool(CUES["stolen"].match(clause, m.end() + 1)))
    ]
    for verb in CUES["stolen"].finditer(clause):
        told_at = verb.start() + len(verb.group(0).split()[0])  # "nahmen … mit": after "nahmen"
        before = [m for m in things if m.end() <= verb.start()]
        after = [m.group(0) for m in things if m.start() >= told_at]
        nearest = [*(m.group(0) for m in before[-1:]), *after[:1]]
        # "Bargeld … erbeuteten Diebe": what opens the sentence right before its verb is the loot
        opening = bool(before) and before[-1].start() == 0 and before[-1].end() + 1 == verb.start()
        if not _PARTICIPLE.fullmatch(verb.group(0)) and not opening:
            nearest.reverse()
        if nearest:
            return (nearest[0],)
    return ()


# A reason: what follows "wegen", "aufgrund" … up to its noun, or a clause that "weil", "da",
# "um … zu" open; else a short clause that names a cause ("Ursächlich war verbranntes Essen").
_BECAUSE_OF = re.compile(
    r"\b(?:[Ww]egen|[Aa]ufgrund|[Ii]nfolge|[Dd]ank)\s+(?:[a-zäöüß-]+\s+){0,3}[A-ZÄÖÜ][\w-]*"
)
_BECAUSE = re.compile(
    r"\b(?:[Ww]eil|[Dd]a(?!\s+(?:war|ist|wurden?|kam|hat|hatte|sind|waren)\b))\b"
    r"(?:\s+[^\s,;.]+){1,12}"
    r"|\b[Uu]m\s+(?:[^\s,;.]+\s+){0,8}?(?:zu\s+[^\s,;.]+|[^\s,;.]+zu[^\s,;.]+)"
)
_CAUSE = re.compile(r"\b(?:Ursache|[Uu]rsächlich|Auslöser|verantwortlich)\b")
# What a sentence names as the cause: "Als Ursache … konnte ein … Plastikbehälter festgestellt
# werden", "Als Ursache … stellte die Feuerwehr eine … Pfanne mit Öl fest", "Ursache des Brandes
# war ein technischer Defekt".
_CAUSE_NAMED = re.compile(
    r"\b[Aa]ls Ursache\b[^,;.]*?\b(?:konnte|kann|wurde|wird|stellte\w*|gilt|dürfte)\s+"
    r"(?:(?:die|der|das)\s+[A-ZÄÖÜ]\w*\s+)?(?P<cause>(?:[^\s,;.]+\s+){0,10}?[^\s,;.]+)\s+"
    r"(?:festgestellt|ermittelt|ausgemacht|fest|angenommen|vermutet)\b"
    r"|\bUrsache\b(?:\s+(?:des|der|für\s+den|für\s+die|für\s+das)\s+[^\s,;.]+)?\s+"
    r"(?:war|ist|dürfte|sei)\s+(?P<was>[^,;.]+)"
)
REASON_CLAUSE_WORDS = 12  # a clause that names a cause is shown in bold whole up to this long


def reasons(clause: str) -> tuple[str, ...]:
    """The reasons a clause gives, to show in bold for a "why" question."""
    found = [m.group(0) for m in (*_BECAUSE_OF.finditer(clause), *_BECAUSE.finditer(clause))]
    found += [m.group("cause") or m.group("was") for m in _CAUSE_NAMED.finditer(clause)]
    if not found and _CAUSE.search(clause) and len(clause.split()) <= REASON_CLAUSE_WORDS:
        found = [clause.strip(" ,;.")]
    return tuple(found)


# The way in: what was forced open ("hebelte eine Terrassentür auf", "ein Fenster zu einem
# Lagerraum aufgehebelt", "über eine aufgebrochene Türe").
_OPENED = (
    r"(?:[A-ZÄÖÜ]\w*(?:tür|türe|fenster|scheibe|tor)|Tür|Türe|Fenster|Scheibe|Tor|Roll?laden"
    r"|Kellerschacht|Lichtschacht|Gitter|Schloss|Zylinder\w*)"
)
_CLIMBED = r"(?:Balkon\w*|Dach\w*)"


def _forced(noun: str) -> re.Pattern[str]:
    """That noun with its article or count and up to two adjectives ("eine aufgebrochene Türe"),
    not a verb that tells it ("hebelte"), and what it led to ("zu einem Lagerraum")."""
    return re.compile(
        rf"(?<![\w-])(?:{_COUNT}|(?:die|der|das|den|dem) )?"
        rf"(?:(?!\w*(?:hebel|wucht|brach|schlug|drückt|stieg|kletter)){_ADJECTIVE}){{0,2}}"
        rf"{noun}\b(?: zu (?:einem|einer|dem|der) [A-ZÄÖÜ]\w*)?"
    )


# A door or window forced open, before a balcony or roof climbed onto on the way.
_FORCED_OPEN = _forced(_OPENED)
_CLIMBED_ONTO = _forced(_CLIMBED)


def ways_in(clause: str) -> tuple[str, ...]:
    """What was forced open to get in, as the clause tells it, for a "how did they get in"."""
    found = _FORCED_OPEN.search(clause) or _CLIMBED_ONTO.search(clause)
    return (found.group(0),) if found else ()


# Kinds whose cue tells how the answer is told ("stahlen", "wegen"): what answers is found apart.
_ANSWER_FINDERS = {"stolen": stolen_goods, "why": reasons, "way_in": ways_in}


def _key_term_number(terms: list[TermMatch]) -> int | None:
    """Which of the question's terms weighs most in the spellings the corpus has: what the
    question is about."""
    return next(iter(_by_weight(terms)), None)


def _by_weight(terms: list[TermMatch]) -> list[int]:
    """The numbers of the question's terms, the weightiest in the corpus's spellings first."""
    weights = [m.idf * max(m.variants.values(), default=0.0) for m in terms]
    return sorted(range(len(terms)), key=lambda number: -weights[number])


_ROAD_OR_WORD = re.compile(r"\b[ABKL][ -]?\d{1,4}\b|\w+")  # "B 27" is one term (index.lexical)


def _key_term_position(clause: str, terms: list[TermMatch], kind: str) -> int | None:
    """Where the question's weightiest term first stands in the clause; for "who", the
    weightiest one the clause holds ("who was at the Sicherheitskonferenz for the
    bundespolizei": the Bundespolizei, in a sentence that does not name the conference)."""
    ranked = _by_weight(terms)
    for number in ranked if kind == "who" else ranked[:1]:
        word = next(words_for(clause, terms[number]), None)
        if word is not None:
            return word.start()
    return None


def words_for(text: str, match: TermMatch) -> Iterator[re.Match[str]]:
    """The words of the text (a road's name, "B 27", as one) that stand for the question term."""
    for word in _ROAD_OR_WORD.finditer(text):
        if term_set(word.group(0)) & match.variants.keys():
            yield word
