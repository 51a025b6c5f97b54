"""What an answer of each kind of question looks like in a release: a date, a street, an amount,
a make … (CUES), and for the kinds whose cue only tells of it, what was stolen, why, the way in."""

from __future__ import annotations

import re

from index.lexical import tokenize

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
    # not who drives it: "ein 16-jähriger Motorradfahrer", "der Lkw-Lenker"
    r"|(?:Motorr[aä]d|Lkw|LKW|Sattelzug|Traktor)(?![\w-]*(?:fahrer|lenker|Fahrer|Lenker))\w*"
    r"|Bus\b|Kombi\b|Limousine\b|Kleinwagen\b|Cabrio\w*|SUV\b|Sprinter\b)"
)
# A car named by its colour: "Einen weißen PKW … sucht die Polizei".
_COLOURED_CAR = (
    r"(?:rot|blau|grün|gelb|weiß|schwarz|grau|silbern?|braun|beige|dunkel|hell)\w* "
    r"(?:Pkw|PKW|Auto|Fahrzeug)\b"
)
VEHICLE_WORD = re.compile(_VEHICLE)
_GARMENT = (
    r"(?:[Jj]acke|[Hh]ose|[Jj]eans|[Pp]ullover|[Pp]ulli|[Ss]weatshirt|[Ss]hirt|[Hh]emd|[Bb]luse"
    r"|[Mm]antel|[Ww]este|[Kk]apuze|[Hh]oodie|[Mm]ütze|[Kk]appe|[Cc]ap|[Ss]chuhe|[Ss]neaker"
    r"|[Ss]tiefel|[Hh]andschuhe|[Ss]turmhaube|[Mm]aske|[Aa]nzug|[Kk]leid|[Ss]chal|[Kk]leidung)"
)
# A garment with its article and up to two words before it: "eine hellblaue Regenjacke",
# "einen dunklen Trainingsanzug", "Jeans".
_WORN = (
    r"\b(?:(?:eine?[nmrs]?|der|die|das|den|dem) )?"
    r"(?:(?!und |sowie |oder |mit |eine?[nmrs]? )[a-zäöüß-]+ ){0,2}"
    rf"[A-ZÄÖÜ]?[\w-]*?{_GARMENT}(?:n|s)?\b"
)
# A quotation of at least 15 characters, in any of the quotation marks releases use.
_QUOTE = r"[„\"“»][^„\"“”»«]{15,}[“\"”«]"
# What a crash report gives as its cause without calling it one (CUES["why"] and reasons()).
_CAUSE_UNNAMED = (
    r"(?:eingenickt|eingeschlafen|Sekundenschlaf|abgelenkt|Unachtsamkeit|unachtsam"
    # the road and the speed: "auf der nassen Fahrbahn", "nicht angepasster Geschwindigkeit"
    r"|(?:regen|schnee|eis)?(?:nass|glatt)\w* Fahrbahn|Glätte|Aquaplaning"
    r"|(?:nicht angepasst|überhöht)\w* Geschwindigkeit"
    # the pedals mixed up: "verwechselte er die Pedale", "das Gas- mit dem Bremspedal verwechselt"
    r"|verwechsel\w* (?:\w+ ){0,2}(?:Pedale|Gas|Bremse)\w*"
    r"|(?:Pedale|Gas|Bremse)\S* .{0,30}verwechsel\w*)"
)
# What a report charges someone with is no reason for what happened: "Sie muss nun mit einer
# Anzeige wegen Verkehrsunfallflucht rechnen", "ein Ermittlungsverfahren wegen
# Straßenverkehrsgefährdung".
CHARGE = re.compile(
    r"\b(?:\w*[Aa]nzeige\w*|\w*[Vv]erfahren\w*|ermittelt|angezeigt|Haftbefehl\w*) (?:\w+ ){0,2}"
    r"wegen\b"
)
# A cause told by what it led to: "bremste … so stark ab, dass sein Pkw ins Schleudern geriet".
_SO_THAT = r"\bso \w+(?: \w+){0,2}, dass\b"
_SAYS = r"(?:sagt|betont|erklärt|meint|ergänzt|berichtet|fügt|so|said|says|added)\w*\b"
_WEAPON = (
    r"[A-ZÄÖÜ]?\w*(messer|pistole|waffe|schläger|eisen|werkzeug|schneider|hammer|stange|spray|gas"
    r"|flasche|stein|dreher|gerät|geräte?s|säge|axt|beil|zange)\b"
)
_STREET = r"(?i:straße|str\.|weg|platz|allee|ring|gasse|damm|ufer|steige?|markt|brücke|tunnel)"
_STREET_OR_ROAD = (
    rf"([A-ZÄÖÜ][\w-]*er (Straße|Weg|Platz|Allee|Ring|Gasse|Steige|Markt)\b"
    rf"|[A-ZÄÖÜ][\w-]*{_STREET}\b|[ABKL][ -]?\d+\b)"
)
_NO_DAMAGE = (
    r"(?! (?:\w+ ){0,2}\w*[Ss]chaden)"  # not what is left as damage: "hinterließ einen Sachschaden"
)
# What tells something was left, as such: "zurückgelassen", "hinterließ", "liegen lassen".
_LEFT_AS_SUCH = rf"zurückgelassen\w*|hinterließ(?:en)?\b{_NO_DAMAGE}|liegen ?(?:ge)?lassen\w*"
_NOT_PLACE = (
    rf"{_WEEKDAY}|{_MONTH}|(Vor|Nach)?[Mm]ittag|Morgen|Abend|Nacht|Zeit|Tag|Woche|Jahr|Uhr|Ort\b"
    r"|Höhe\b|Bereich\b|Folge|Zuge\b|Verlauf|Anschlu(ss|ß)|Rahmen|Zusammenhang|Fall\b|Gegen"
    r"|Hinblick|Laufe\b|Vorfeld|Sorge|Verdacht|Angaben|Hilfe|Einsatz|Einladung|Initiative|Wunsch"
    r"|Anordnung|Antrag|Verkehr\b"
    # what is done, not where: "zur Bekämpfung", "zur Intensivierung", "auf dem Vortrag"
    r"|[A-ZÄÖÜ]\w*(?:ierung|kämpfung|folgung|stützung|klärung|mittlung|sicherung|hinderung"
    r"|handlung|nehmung)\b|Vortrag\w*|Vorstellung"
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
# The hours written as words: "gegen acht Uhr", "kurz nach fünf Uhr".
HOUR_WORDS = r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_DAY_OR_HOUR = (
    rf"{_WEEKDAY}|\d{{1,2}}\. ?{_MONTH}|\d{{1,2}}[.:]\d{{2}} Uhr|(?:\d{{1,2}}|{HOUR_WORDS}) Uhr"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}"
)
DAY_OR_HOUR = re.compile(rf"\b({_DAY_OR_HOUR})", re.IGNORECASE)
# A purpose as a noun after "zur" ("zur Klärung", "zur Behandlung"); not "zur Verfügung".
_PURPOSE_NOUN = r"\b[Zz]ur\s+(?!Verfügung)[A-ZÄÖÜ]\w*ung\b"
# Counts of people by themselves, none or one alone: "Verletzt wurde niemand", "blieben
# unverletzt", "erlitt als Einzige leichte Verletzungen" answer "how many people were injured".
PEOPLE_ALONE = r"niemand|unverletzt|als Einzige[rn]?"

CUES = {
    # A person as a police report tells of one: by age ("ein 21 Jahre alter", "die 76-Jährige")
    # or role ("Motorradfahrer", "eine Zeugin", "Passanten").
    "who": re.compile(
        r"\b\d{1,3} ?- ?[Jj]ährige\w*|\b\d{1,3} Jahre alte[rn]?\b"
        # a witness, also in a compound ("Augenzeuge"), but not a "Fahrzeug" or "Werkzeug"
        r"|\b([A-ZÄÖÜ][\w-]*)?(?i:fahrer|täter|(?<!fahr)(?<!werk)(?<!flug)(?<!spiel)(?<!feuer)zeug(?:in|e)"
        r"|beamt|leiter|polizist|passant"
        r"|anwohner|bewohner|nachbar|mitarbeiter|arbeiter|handwerker|beschäftigt|angestellte"
        r"|verkäufer|kassierer|jugendliche|helfer|opfer(?!stock)|besitzer|halter"
        r"|eigentümer|eigner|tankwart|hauswart|wirt(?!schaft|shaus)"
        # a firm called to do something: "durch eine Spezialfirma beseitigt" (not "Edisons Firma")
        r"|(?:spezial|fach|reinigungs|abschlepp|bergungs)firma|straßenmeisterei|abschleppdienst)"
        r"(?!laubnis|flucht|seite|tür|ung)\w*"
    ),
    "when": re.compile(
        rf"\b({_DAY_OR_HOUR}|{_MONTH} \d{{4}}|(im Jahre?|seit) {_YEAR}|(vor|nach)mittag\w*|abend\w*"
        # "seit Mitte Februar"
        rf"|(seit|ab|bis|Anfang|Mitte|Ende) (Anfang |Mitte |Ende )?{_MONTH}( \d{{4}})?"
        r"|nacht\w*)",
        re.IGNORECASE,
    ),
    "year": re.compile(rf"\b{_YEAR}"),
    # A place: a street or road, or a name after "in", "bei", "nach" … — not a time ("am
    # Dienstag") nor what German says with those words of other things ("vor Ort", "im Zuge").
    "where": re.compile(
        # what a car crashed into: "prallte gegen einen Baum"
        r"\b((in|im|an|am|auf|bei|beim|nach|vom|zum|zur|aus|gegen) (der|dem|den|die|das)?"
        r"|gegen eine[mn]?) ?"
        rf"(?!{_NOT_PLACE})(Richtung )?({_STREET_OR_ROAD}|[A-ZÄÖÜ][\w-]*)|\b{_STREET_OR_ROAD}"
    ),
    # Where to: "in Richtung Eishalle", "nach Stuttgart", "stadtauswärts".
    # A street or road by its name or number, for "welche strasse": "in der Lindenstraße", "die
    # L 1210" (what answers is shown; the sentence is chosen as for "where").
    "road": re.compile(
        rf"\b(?:(?:in|im|an|am|auf|bei|beim|vom|zum|zur|aus) (?:der|dem|den|die|das) )?"
        rf"{_STREET_OR_ROAD}"
    ),
    "direction": re.compile(
        r"\b(?:in |nach )?Richtung (?:der |des |dem |eine[mnrs]? )?"
        r"[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?"
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
        # nor the extension of a phone number ("06261 809-0 mit der Polizei"), not a range's end
        # ("100-150 Arten")
        r"\b(?<![\d.,])(?!(?<=\d\d\d-)\d(?![\d.,]))(?<!\b[ABKL] )(?<!Jahr )(?<!Jahre )(?<![Ss]eit )"
        r"(?!\d{1,2}\.\d{1,2}\.\d)"
        r"(?!\d+\.\s)"
        r"\d[\d.,]*(?![\d.,]*\s?(Uhr\b|-?\s?[Jj]ährig))"
        r"(?:\s?-?\s?(?:[a-zäöüß]+\s)?"
        r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
        r"|Dezember)\b)(?:[A-ZÄÖÜ]\w*\b(?! alt)|[€%])"
        r"|\s?(?:Promille|Prozent|km/h|km|m|kg|g)(?![a-zäöüß]))"
        r"|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig"
        r"|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)\w*\b"
        rf"|\b(?:{PEOPLE_ALONE})\b",
    ),
    "money": re.compile(rf"{MONEY_AMOUNT}|\b\w+stellig\w*|\b(?:Bargeld|Euro)\b"),
    "age": re.compile(
        r"\b\d{1,3}\s?-?\s?[Jj]ährig\w*|\b\w+ (?:Jahre|Monate|Wochen) alt(?:e[rnms]?)?\b"
        r"|\b\w+ Monate\b"
        # "im Alter zwischen 20 und 30 Jahren", "im Alter von 15 bis 17 Jahren", "Mit 39 Jahren"
        r"|\b(?:zwischen|von|[Mm]it) \d{1,3}(?: (?:und|bis) \d{1,3})? Jahren\b"
    ),
    "alcohol": re.compile(
        r"\b[\d,]+ Promille|\b\w+ Promille|Atemalkohol\w*|alkoholisiert"
        # "was he drunk": "unter Alkoholeinfluss", "unter Alkohol- und Drogeneinfluss"
        r"|\bunter Alkohol(?:- und Drogen)?(?:einfluss|einwirkung)|\bbetrunken\w*",
        re.I,
    ),
    # "was für ne droge hatte der genommen": "einen vor kurzem erfolgten Marihuanakonsum", not
    # "unter dem Einfluss von Betäubungsmittel", which names none
    "drug": re.compile(
        r"\b\w*(?:marihuana|cannabis|haschisch|kokain|heroin|amphetamin|ecstasy|crystal|ketamin"
        r"|opium|opiat|lsd)\w*",
        re.I,
    ),
    "size": re.compile(_LENGTH, re.I),
    # "how long": a span of time ("rund 45 Minuten", "bis nach 4 Uhr"; not an age, "32 Jahre
    # alt") or a length.
    "duration": re.compile(
        rf"{_NUMBER}(?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*\b(?! alt)"
        r"|\b(?:von \d{1,2}(?:[.:]\d{2})? Uhr )?"  # "von 10.45 Uhr bis 16.00 Uhr"
        r"bis (?:etwa |gegen |kurz |nach |kurz nach |ca\. )*\d{1,2}(?:[.:]\d{2})? Uhr"
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
    "clothing": re.compile(_WORN),
    # What someone looked like: "circa 180 cm groß", "etwa 20 bis 40 Jahre alt", "kräftige Statur",
    # "dunkel gekleidet", "blonde Haare", "trug eine Cargohose".
    "description": re.compile(
        r"\b(?:(?:etwa|ca\.|circa|zirka) )?\d[\d,]*(?: bis \d[\d,]*)? ?(?:cm|Zentimeter|m) groß"
        r"|\b(?:(?:etwa|ca\.|circa|zirka) )?\d{2}(?: bis \d{2})? Jahre alt"
        r"|\b[\w-]+ Statur\b|\b[\w-]+ gekleidet\b|\b[\w-]+ (?:Haare|Haaren|Bart|Teint)\b"
        r"|\b(?:blond|schlank|kräftig|mollig|untersetzt|dicklich|hager|südländisch|osteuropäisch"
        r"|mitteleuropäisch)\w*|\bBrille\b"
        rf"|{_WORN}"
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
        r"|infolge|verantwortlich"
        # what came first: "Vorausgegangen war ein lapidarer Handy-Verstoß"
        r"|vorausgegangen|vorangegangen"
        # a fire set on purpose: "dass das Feuer absichtlich gelegt wurde"
        r"|absichtlich|vorsätzlich|Brandstiftung"
        # what police reports give as the cause of a crash: "nickte sie am Steuer ein"
        rf"|übermüdet\w*|{_CAUSE_UNNAMED}|nickte\w* .{{0,40}}\bein"
        r"|verlor\w* (?:\w+ ){0,3}das Gleichgewicht)\b"
        rf"|{_SO_THAT}"
        # a purpose: "Um weniger aufzufallen", "um den Helm nicht tragen zu müssen"
        r"|\bum\s+(?!\d)(?:[^\s,;.]+\s+){0,8}?(?:zu\s+\w+n|\w+zu\w+n)\b"
        # what someone was seen doing wrong: "unterwegs, ohne einen Schutzhelm zu tragen"
        r"|\bohne\s+(?:[^\s,;.]+\s+){0,6}?(?:zu\s+\w+n|\w+zu\w+n)\b"
        # or as a noun: "zur Intensivierung der … Bekämpfung", "zur Behandlung"
        rf"|{_PURPOSE_NOUN}",
        re.I,
    ),
    "stolen": re.compile(
        r"\b(stahl\w*|gestohlen\w*|entwend\w*|erbeut\w*|mitgenommen|nahm(?:en)? .{0,60}\bmit\b"
        r"|fiel(?:en)? .{0,60}\bin die Hände"
        r"|Beute|Diebesgut|(?:ge)?klaut\w*)"
    ),
    # "kam es … zu einer Diskussion über die jüngsten Pegida-Ereignissen", "Streit um Geld"
    "topic": re.compile(
        r"\b(?:Diskussion|Streit\w*|Gespräch\w*|Debatte|Auseinandersetzung|diskutiert\w*"
        r"|stritten|gestritten)\b[^.]{0,40}?\b(?:über|um)\b (?:(?:die|den|das|eine[nm]?|einen) )?"
        r"(?:[a-zäöüß]\w* ){0,2}[A-ZÄÖÜ][\w-]+"
    ),
    "left_behind": re.compile(rf"\b(?:ließ(?:en)? .{{0,80}}\b(?:zurück|liegen)\b|{_LEFT_AS_SUCH})"),
    "way_in": re.compile(
        # not a safe broken open inside: "Ob aus einem aufgebrochenen Tresor etwas mitgenommen …"
        r"\b(\w*hebel\w*|aufgebrochen(?!\w* (?:Tresor|Geldkassette|\w*[Aa]utomat|Opferstock|Kasse))"
        r"|brach(?:en)? .{0,40}\bauf\b|\w*wuchtet\w*|eingeschlagen"
        r"|schlug(?:en)? .{0,40}\bein\b|verschaff\w* sich|gelangt\w*|Zugang|eingestiegen"
        r"|stieg(?:en)? .{0,40}\bein\b|aufgedrückt|aufgezwängt|Zutritt|eingetreten"
        # a trickster's way in: "gab an, dass er den Wasserdruck prüfen müsse"
        r"|gab (?:an|vor)\b|gab sich .{0,40}\baus\b|Vorwand"
        r"|ließ .{0,40}\b(?:ins Haus|in die Wohnung))"
    ),
    "plate": re.compile(r"\b[A-ZÄÖÜ]{1,3}[ -][A-Z]{1,2} ?\d{1,4}[EH]?\b"),
    # or how it was done: "indem er mit Gewalt dagegen stieß"
    "means": re.compile(rf"\b({_WEAPON}|{_VEHICLE}|indem\b[^,.]*)"),
    # how someone got away: "auf seinem blauen Mountainbike", "liefen zu Fuß … davon"
    "vehicle": re.compile(rf"\b{_VEHICLE}|\b{_COLOURED_CAR}|\bzu Fuß\b"),
    # What was damaged, told by the verb: "beschädigte … das Vordach eines Firmengebäudes".
    "damaged": re.compile(
        r"\b(?:beschädigt\w*|zerstört\w*|demoliert\w*|zerkratzt\w*|touchiert\w*|gerammt\w*"
        r"|eingeschlagen|eingeworfen|in Mitleidenschaft)"
    ),
    # What came next: "entfernte sich dann", "fuhr anschließend weiter".
    "then": re.compile(r"\b(?:dann|anschließend|danach|daraufhin|im Anschluss)\b"),
    # How someone was found: "Zeugen hatten … das Kennzeichen des Audi notiert", "Videoaufnahmen".
    "traced": re.compile(
        r"\b(?:Zeug(?:e|in|en|innen)\b|\w*[Hh]inweis\w*|Kennzeichen|Video\w*|\w*[Kk]amera\w*"
        r"|Fingerabdr\w*|DNA|Spuren\b|Fahndung\w*|beobachtet\w*|notiert\w*|geortet|Ortung)"
    ),
    # Who someone is said to be, in the clause that says it: "soll ein anderer, | bislang
    # unbekannter Mann der Fahrer zum Unfallzeitpunkt gewesen sein", "soll … von einem
    # 20-Jährigen gelegt worden sein".
    "alleged": re.compile(
        r"\b(?:ein|eine|einer|einem|einen|der|die|dem|den|bislang)\b[^,.;]{0,40}?\b[A-ZÄÖÜ]\w*"
        r"(?=[^,.;]{0,80}\b(?:gewesen sein|worden sein|haben soll|sein soll)\b)"
    ),
    # How someone was stopped: "stellte ihren Streifenwagen quer und blockierte den Waldweg".
    "stopped": re.compile(
        r"\b(?:\w+ quer\b|blockierte\w* (?:\w+ ){0,2}[A-ZÄÖÜ]\w*|\w*[Ss]traßensperre\w*"
        r"|Haltezeichen|stoppte\w*)"
    ),
    # What someone asked for: "fragte ihn anschließend nach Tabak", "bat ihn um ein Glas Wasser".
    "asked_for": re.compile(
        r"\b(?:fragte\w*|erkundigte\w*)\b[^,.]*?\bnach (?:\w+ ){0,3}?[A-ZÄÖÜ]\w+"
        r"|\bbat\w*\b[^,.]*?\bum (?:\w+ ){0,3}?[A-ZÄÖÜ]\w+"
    ),
    # How someone noticed it: "wurden … Handwerker durch einen Feuermelder auf die starke
    # Rauchentwicklung aufmerksam", "schlug ein Rauchmelder … alarm".
    "noticed": re.compile(
        r"\bdurch (?:ein\w*|den|die|das) [\w-]+(?=[^,.]{0,80}\baufmerksam)|\b\w*[Mm]elder\b"
    ),
    # A quotation: before "sagte", "betonte" … (or the end of a clause cut there) or after a
    # colon; not a name in quotes.
    "said": re.compile(
        rf"{_QUOTE}(?=,? {_SAYS}|,?$)|(?<=: ){_QUOTE}|(?<=, ){_QUOTE}"  # "die klare Frage, „…“"
        # a quotation of several sentences: its last ("Daher ist … Arbeit", erklärte der
        # Polizeipräsident weiter) and its first, left open ("Nur gemeinsam können wir …)
        rf"|^[^„\"“”»«]{{15,}}[“\"”«](?=,? {_SAYS})|^[„\"“»][^„\"“”»«]{{15,}}$"
    ),
    # A name in quotation marks: 'die Ermittlungsgruppe "Ducato"', „Siko Ruhr“.
    "called": re.compile(r"(?<=[„\"“»])[A-ZÄÖÜ][^„\"“”»«]{1,40}(?=[“\"”«])"),
    # A story told: "gab an, dass er den Wasserdruck … prüfen müsse", "gab sich als Chef … aus",
    # "unter einem Vorwand", "täuschte einen Notfall vor".
    "ruse": re.compile(
        r"\bgab(?:en)? (?:er |sie )?(?:an|vor)\b|\bgab(?:en)? sich\b[^.]*?\baus\b|\bVorwand\w*"
        r"|\btäuscht\w* (?:\w+ ){0,4}vor\b|\bvorgetäuscht\w*|\bbehauptete\w*|\bangeblich\w*"
    ),
    # "06222/57090", "0621 174 1104", "(07151) 950 422", "07152/605-0"
    "phone": re.compile(r"\(?\b0\d{2,5}\)?(?:\s?/\s?| )\d[\d -]*\d(?:-\d+)?"),
    # "Polizeirevier Ehingen", "Polizeirevier 6 Martin-Luther-Straße"
    "station": re.compile(
        r"\b(Polizeirevier|Polizeiposten|Kriminalpolizei|Verkehrspolizei|Polizeipräsidium"
        r"|Polizeiinspektion|Revier)( \d+)?( [A-ZÄÖÜ][\w-]+)?"
    ),
}
# A sentence that tells someone drove or ran off: "Der Überholer fuhr unterdessen davon", "Bei dem
# flüchtigen Fahrzeug handelt es sich um …".
FLED = re.compile(
    r"\b(?:davon\w*|\w*flüchte\w*|geflüchtet|geflohen|flüchtig\w*|Flucht\w*|entfernte\w* sich"
    r"|weitergefahren|fuhr\w* (?:\w+ )?weiter|Unfallflucht)\b"
)
# A sentence that tells who the police found did it: "bei einem Nachbarn feststellen, der den
# Tausch auch einräumte", "Der Fahrer, ein 89-jähriger Mann, konnte somit schnell ermittelt
# werden", "ermittelt nun gegen ihn wegen Diebstahls", "Das Feuer soll … von einem 20-Jährigen
# gelegt worden sein".
DOER_FOUND = re.compile(
    r"\b(?:einräumte|räumte\b[^.]*\bein\b|gestand\w*|geständig|überführt|ermittelt werden"
    r"|ermittelt\b[^.]*\bgegen (?:ihn|sie|den|die)\b|Tatverdächtig\w*|festgenommen|erwischt|ertappt"
    r"|von (?:einem|einer|zwei|drei|den|dem|der) \d{1,3}-[Jj]ährigen\b[^.]*\b(?:worden|wurde)\b"
    # who crashed into something: "kollidierte die 36-Jährige … mit dem Streifenfahrzeug"
    r"|kollidierte\w*|prallte\w*|krachte\w*|stieß\w* [^.]*\bzusammen)"
)
# A sentence that tells whom a deed was done to: "Einem hilfsbereiten Tankwart sind … gestohlen
# worden", "auf den Wirt einer Gaststätte … los ging", "griff einen Beamten … an".
VICTIM_TOLD = re.compile(
    r"\b(?:[Ee]ine[mr]|dem|der)\b[^.]*\b(?:gestohlen|entwendet|geraubt|abgenommen)\b"
    r"|\bauf (?:den|die|einen|eine)\b[^.]*\blos ?(?:ging|gingen|gegangen)\b"
    r"|\b(?:griff|griffen)\b[^.]*\ban\b|\bangegriffen\b|\bbestohlen\b|\bbetrogen\b"
    r"|\bOpfer\b|\bGeschädigte\w*"
)
# A sentence that tells who noticed the deed: "Ein aufmerksamer Passant konnte die Tat
# beobachten", "Eine Anwohnerin bemerkte …"; not the call for witnesses ("Zeugen, die … beobachtet
# haben, werden gebeten").
WITNESS_TOLD = re.compile(
    r"^(?![^.]*\bgebeten\b)[^.]*\b(?:beobacht\w*|bemerkt\w*|sah|sahen|gesehen|entdeckt\w*"
    r"|wurde\w* \w+ auf\w*merksam|aufmerksam\w* (?:wurde|geworden))\b"
)
# A sentence that tells who was too fast: "Davon überschritten 2130 Fahrzeuge die zulässige
# Höchstgeschwindigkeit", "waren zu schnell unterwegs", "Geschwindigkeitsverstöße".
SPEEDING = re.compile(
    r"\b(?:überschritt\w*|Geschwindigkeitsüberschreitung\w*|zu schnell|Geschwindigkeitsverstö\w*"
    r"|geblitzt|beanstandet)"
)
# The words of a find: "aufgefunden", "sichergestellt", "wieder aufgetaucht".
FIND_WORDS = r"\w*gefunden|aufgefunden|sichergestellt|aufgetaucht|entdeckt|zurückerhalten"
# A sentence that tells where something lost or stolen was found: "Die konnte ihr … Sitzmöbel
# bei einem Nachbarn feststellen", "… am südlichen Seeufer … festgestellt werden" (not what was
# found out: "konnte abschließend festgestellt werden, dass …").
FOUND_AT = re.compile(
    rf"\b(?:{FIND_WORDS}|feststellen|angetroffen|festgestellt(?! werden, dass)"
    # what the police found on someone: "Beim … Beifahrer fand die Polizei … Marihuana"
    r"|fand(?:en)? (?:die |der )?(?:Polizei|Beamt\w*|Polizist\w*|Streife))\b"
)
# What must stand somewhere in a text for the cue of the kind to find anything in it: one fast
# pass, where the cue's own pattern fails slowly (it tries every word for a garment). None for
# "who": nearly every sentence of a release has a digit or a role.
CUE_NEEDS = {
    "clothing": re.compile(_GARMENT),
    "description": re.compile(
        r"\d|Statur|gekleidet|Haare|Bart|Teint|blond|schlank|kräftig|mollig|untersetzt|dicklich"
        r"|hager|südländisch|osteuropäisch|mitteleuropäisch|Brille"
        rf"|{_GARMENT}"
    ),
}
# What the cue finds of these kinds is how the answer is told ("stahlen", "dann"), not the answer
# ("Bargeld"): it chooses the clause, but is not shown in bold (stolen_goods finds the loot).
TELLING_CUES = ("stolen", "way_in", "then", "damaged")


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


# "ließ" alone (the clause it is cut to may end before "zurück"), or a word that says it.
_LEFT = re.compile(rf"\b(?:ließ(?:en)?\b(?! sich){_NO_DAMAGE}|{_LEFT_AS_SUCH})")


def things_left(clause: str) -> tuple[str, ...]:
    """What someone left, as the clause tells it: the thing after "ließ", "hinterließ" ("ließ eine
    Sporttasche, in der ein Navigationsgerät lag, zurück"), or before "zurückgelassen"."""
    things = list(_THINGS.finditer(clause))
    for verb in _LEFT.finditer(clause):
        told_at = verb.start() + len(verb.group(0).split()[0])
        after = [m.group(0) for m in things if m.start() >= told_at]
        before = [m.group(0) for m in things if m.end() <= verb.start()]
        found = before[-1:] if verb.group(0).startswith(("zurück", "liegen")) else after[:1]
        if found:
            return tuple(found)
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
    rf"|{_PURPOSE_NOUN}(?:\s+(?:der|des|von)\s+(?:[a-zäöüß-]+\s+){{0,2}}[A-ZÄÖÜ][\w-]*)?"
)
_CAUSE = re.compile(r"\b(?:Ursache|[Uu]rsächlich|Auslöser|verantwortlich)\b")
# A sentence that gives a reason as the reason, not a cause of something else beside it
# ("aufgrund der Bergungsarbeiten gesperrt"): "Der Grund, warum der 30-Jährige wegging, …".
REASON_GIVEN = re.compile(r"\b(?:Grund|Ursache|Auslöser|ursächlich|weil)\b")
_CAUSE_UNKNOWN = re.compile(r"\b(?:unbekannte|ungeklärte|unklare)[rn]? Ursache\b")
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
# What a crash report gives as its cause without saying it is one: "nickte sie am Steuer ein".
_CRASH_CAUSE = re.compile(
    r"\b(?:(?:völlig|stark|offenbar|offensichtlich) )?übermüdet\w*|\bnickte\w* (?:\w+ ){0,4}ein\b"
    rf"|\b{_CAUSE_UNNAMED}\b"
    r"|\bverlor\w* (?:\w+ ){0,3}(?:das Gleichgewicht|die Kontrolle)"
)


def reasons(clause: str) -> tuple[str, ...]:
    """The reasons a clause gives, to show in bold for a "why" question."""
    found = [m.group(0) for m in (*_BECAUSE_OF.finditer(clause), *_BECAUSE.finditer(clause))]
    # not a cause said to be unknown: "Aus noch ungeklärter Ursache war … Müll in Brand geraten"
    unknown = [m.span() for m in _CAUSE_UNKNOWN.finditer(clause)]
    found += [
        m.group("cause") or m.group("was")
        for m in _CAUSE_NAMED.finditer(clause)
        if not any(start <= m.start() < end for start, end in unknown)
    ]
    # not again what a reason holds: "wegen nicht angepasster Geschwindigkeit"
    causes = [m.group(0) for m in _CRASH_CAUSE.finditer(clause)]
    found += [cause for cause in causes if not any(cause in told for told in found)]
    if (
        not found
        and _CAUSE.search(clause)
        and not unknown
        and len(clause.split()) <= REASON_CLAUSE_WORDS
    ):
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


# The story told: what follows "gab an, dass" or "gab vor", or "als …" in "gab sich als … aus".
_PRETEXT = re.compile(
    r"\bgab(?:en)? (?:er |sie )?(?:an|vor),? (?:dass |er |sie )*"
    r"(?P<told>(?:[^\s,;.]+ ){0,11}[^\s,;.]+)"
    r"|\bgab(?:en)? sich (?P<as>als (?:[^\s,;.]+ ){0,8}?[^\s,;.]+) aus\b"
    r"|\bunter dem Vorwand,? (?:dass |er |sie )*(?P<pretext>(?:[^\s,;.]+ ){0,11}[^\s,;.]+)"
)


def pretexts(clause: str) -> tuple[str, ...]:
    """The story a clause tells someone told, for "mit welcher masche": "den Wasserdruck in der
    Wasserleitung prüfen müsse" after "gab an, dass er", "als Chef des Unbekannten" in "gab sich
    als Chef des Unbekannten aus"."""
    return tuple(
        m.group("told") or m.group("as") or m.group("pretext") for m in _PRETEXT.finditer(clause)
    )


# Kinds whose cue tells how the answer is told ("stahlen", "wegen"): what answers is found apart.
ANSWER_FINDERS = {
    "stolen": stolen_goods,
    "left_behind": things_left,
    "why": reasons,
    "way_in": ways_in,
    "ruse": pretexts,
}
