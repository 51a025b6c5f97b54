"""What a question asks for: its kind (who, when, how much …), and the role, office, count or
superlative it names."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from rapidfuzz.distance import Levenshtein

from bot.people import is_first_name
from index.lexical import TermMatch, term_of, tokenize

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
    r"|actor|singer|founder|inventor|chancellor|governor|mayor|prince|witness|victim|suspect|chief"
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
# Who holds an office or role, as a question names them: "der Polizeipräsident", "the mayor",
# "the police chief".
OFFICE_HOLDER_NOUN = rf"({_ROLE_NOUN}|{_OFFICE_HOLDER}|chief|head)"
_WHICH_PERSON = (
    rf"(which|what|welche[rnms]?) (\w+ )?({_PERSON_NOUN}|{_ROLE_NOUN})"
    # "what is the name of the police chief"
    rf"|what (is|was) the name of (the|a|an|his|her|their) (\w+ )?({_PERSON_NOUN}|{_ROLE_NOUN})"
    r"|wie (hei(ß|ss)t|hie(ß|ss)|hei(ß|ss)en|hie(ß|ss)en) (der|die|den) (\w+ )?"
    rf"({_PERSON_NOUN}|{_ROLE})"
)
_ABOUT_A_PERSON = re.compile(
    rf"\b({_PERSON_NOUN}|guy|bloke|kerl|typ|he|she|they|him|her|them|er|sie|ihn|ihm"
    r"|männer|frauen|leute|personen|jugendliche|räuber|diebe|guys|\w*(täter|personen)beschreibung)\b",
    re.I,
)


def about_a_person(question: str) -> bool:
    """Does the question name a person by a noun ("der Täter", "the guy") or a pronoun?"""
    return bool(_ABOUT_A_PERSON.search(question))


# Who investigates is the station: "wer ermittelt", "who is investigating the break in".
_INVESTIGATES = (
    r"(?:wer ermittelt|who (?:is |are )?(?:investigating|handling|in charge)|who investigates)\b"
)
_CLOSED = r".*\b(gesperrt|gedauert|dauerte|vermisst|geschlossen|blockiert)\b"
# "hieß", "heißt", "hiessen" …: how a question asks what someone or something is called.
IS_CALLED = r"(?:hie(?:ß|ss)|hei(?:ß|ss)t|hie(?:ß|ss)en|hei(?:ß|ss)en)"
# Money as chats call it: "wie viel kohle is weg".
MONEY_SLANG = r"kohle|knete|kies|zaster|moneten"
# Letting someone in: "let the stranger into her house", "reingelassen".
_LET_IN = r"let (him|her|them|the \w+|a \w+) in(to|side)?|(rein|herein|hinein)(ge)?lass\w*"
# What a question asks for, from its words; the first that matches wins, specific before general.
_KINDS = [
    # What a thing is called: "wie hieß nochmal die ermittlungsgruppe", "what was the operation
    # called" (a person's name the releases do not give: bot.answerable.asks_for_a_name).
    (
        "called",
        rf"^\W*(?:und\s+)?wie {IS_CALLED}\b"
        rf"|\bwie {IS_CALLED} (nochmal |eigentlich |denn )*(der|die|das)\b"
        r"|\bwhat (is|was|were|are) the\b.*\b(called|named)\b"
        r"|\bname of the (group|team|operation)\b",
    ),
    # A number to call: "telefonnummer", "welche nummer hat der polizeiposten", "what number do
    # i call", "who should witnesses call", "wo kann ich mich melden".
    (
        "phone",
        r"\b(telefonnummer|telefon ?nr|telefon\W*$|tel\.? ?(nr|nummer)|rufnummer"
        r"|(tele)?phone number"
        r"|number to call|what number (do|should|can)|what('s| is) the number (of|for)"
        r"|(unter )?welche[rn]? nummer(?!.*\b(haus|hauses|gebäude|wohnung)\b)"
        r"|who (should|can|do|shall) (i|we|you|witnesses) (call|contact|ring)"
        r"|wen (soll|kann|muss) (ich|man) (anrufen|kontaktieren)"
        r"|wo (soll|kann|muss) (ich|man) (mich |sich )?melden)\b",
    ),
    # What a quarrel or talk was about: "worum gings bei der diskussion im jugendzentrum", "what
    # were they arguing about" ("… zu einer Diskussion über die jüngsten Pegida-Ereignissen").
    (
        "topic",
        r"\b(worum (ging|geht|gehen|drehte)(s| es| sich)?"
        r"|what (were|was|are|is) (they|he|she|the \w+) (arguing|fighting|talking|discussing"
        r"|debating|rowing) about|what was the (argument|fight|discussion|dispute|row) about)\b",
    ),
    (
        "colour",
        r"\b((in )?welche[rsnm]? farben?|was für (eine )?farben?|(what|which) colou?rs?"
        r"|farbe (des|der)|colou?r of)\b",
    ),
    # The highest reading of a speed check: "was war der höchste wert bei der blitzer messung"
    # (a value, but no money).
    (
        "speed",
        r"\b(h(ö|oe)chste\w*|max\w*) (wert|messwert|messung|tempo)\b"
        r"(?=.*\b(blitz\w*|geblitzt|\w*messung|radar\w*|\w*kontrolle|tempo\w*)\b)",
    ),
    (
        "money",
        r"\b(\w*schaden\w*|damages?|wert|worth|value|kost\w*|gekostet|teuer|cost\w*|expensive|\w*geld"
        rf"|money|cash|beute|loot|euro|{MONEY_SLANG}"
        r"|how much (?!time\b).*(stolen|taken|geklaut|gestohlen|get|got|take|took|steal|grab\w*"
        r"|nick\w*|pay|paid|fined))\b"
        r"|\bwie ?viel .*(gestohlen|geklaut|erbeut|mitgenommen|mitgehen|weggekommen|zahlen|bezahl"
        r"|blechen|entricht)"
        # what someone had to pay is a sum: "was musste der firmenchef blechen"
        r"|\bwas (muss|musste|mussten|müssen) .*\b(zahlen|bezahlen|blechen|berappen)\b"
        r"|\bwhat did .*\bhave to pay\b",
    ),
    # What was damaged: "what got damaged", "was wurde beschädigt" (not how much: "money").
    (
        "damaged",
        r"\b((what|which \w+) (got|was|were|has been|have been|had been)"
        r" (damaged|destroyed|smashed)|was (wurde|wurden|ist|war|hat|hatte)\b.*"
        r"\b(besch(ä|ae)digt|zerst(ö|oe)rt|demoliert|kaputt))\b",
    ),
    ("age", r"\b(how old|wie alt|alter|age)\b"),
    # not someone called drunk: "that drunk lady …, which road did the cops catch her on"
    (
        "alcohol",
        r"\b(promille\w*|drunk(?! (lady|guy|man|woman|driver|dude|girl|boy|person|cyclist|biker"
        # "that drunk 47 yo in neckarsulm, who did he go for"
        r"|rider|kid|neighbou?r|\d+ ?(yo|y/o|yr|year)))|betrunken|getrunken|alkohol\w*|alcohol)\b",
    ),
    # Which drug: "was für ne droge hatte der genommen", "what drugs was he on".
    (
        "drug",
        r"\b((was für|welche[snr]?)( ne| eine| einer)? (droge|drogen|rauschgift|betäubungsmittel)"
        r"|(what|which) (kind of |kinda |sort of )?(drugs?|narcotics?)"
        r"|was (hat|hatte|hatten) (der|die|er|sie) (\w+ )?(geraucht|konsumiert|intus|genommen)"
        r"|what (had|did) (he|she|they) (\w+ )?(smoked|smoke))\b",
    ),
    (
        "size",
        r"\b(how (tall|big|large|far|deep|high)"
        rf"|wie ?(gro(ß|ss)|hoch|lang(?!{_CLOSED})|breit|weit|tief)|gr(ö|oe)(ß|ss)e)\b",
    ),
    ("speed", r"\b(how fast|wie schnell|speed|geschwindigkeit|km/h|schnellste\w*|fastest)\b"),
    # "wie lang war die b27 gesperrt" as typed: a span of time, not a length
    (
        "duration",
        rf"\b(how long|how much time|wie lange|wie lang(?={_CLOSED})|von wann bis wann)\b",
    ),
    (
        "how_many",
        r"\b(how (many|much)|wie ?viele?n?(?! uhr\b)|anzahl|(?<!plate )number of|population"
        r"|einwohnerzahl"
        r"|(what|which|welche[rnms]?) (percentage|percent|prozentsatz|anteil|number|zahl))\b",
    ),
    # How badly someone was hurt, or whether anyone was: "leicht verletzt", "unverletzt".
    (
        "injury",
        r"\b(how (badly|seriously|severely|bad)\b.*\b(hurt|injured)|(what|which) (kind of )?injur"
        r"|wie (schwer|schlimm|stark)\b.*\bverletzt|welche (art von )?verletzung"
        r"|(was|were|got) (anyone|anybody|someone|somebody) (hurt|injured)"
        r"|wurde (jemand|einer|wer) verletzt|gab es verletzte|injuries|verletzungen"
        # what someone died of: "an den Folgen seiner schweren Kopfverletzungen"
        r"|died? (from|of)|cause of death|todesursache"
        r"|woran (\w+ ){0,3}(gestorben|starb|verstarb))\w*",
    ),
    # What someone looked like: a report describes a suspect by age, height, build and clothes
    # ("etwa 20 bis 40 Jahre alt, circa 180 cm groß, dunkel gekleidet"); before "who": "what
    # did the guy who pulled the girl into the bushes look like".
    (
        "description",
        r"\b(wie sah(?:en)? .*\baus|aussehen|ausgesehen|\w*beschreibung|beschrieben"
        r"|look(s|ed)? like|describe\w*|description)\b",
    ),
    # A vehicle asked for by whose it was, before "who": "car of the guy who overtook … and drove
    # off", "das auto von dem typ, der …".
    (
        "vehicle",
        r"^\W*(the |his |her )?(car|vehicle|bike|motorbike|van|truck) of (the|that|this)\b"
        r"|^\W*(das |dem )?(auto|fahrzeug|motorrad|fahrrad) (von|vom) (dem|der|diesem)\b"
        # "the car that drove off after the crash at the burger king, what was it"
        r"|^\W*(the |that )?(car|vehicle|van|truck) (that|which) .*\bwhat (was|is) it\b",
    ),
    # Who someone claimed to be is the story told, before "who": "the 2nd guy that rang the bell,
    # who did he claim to be" ("gab sich als Chef des Unbekannten aus").
    (
        "ruse",
        r"\bwho did (he|she|they) (claim|pretend|say|said) (to be|he was|she was|they were)\b"
        r"|\bals wer ha(t|ben) (er|sie|der|die) sich ausgegeben\b",
    ),
    # Who someone says did it, which a release tells in reported speech: "wer soll den focus
    # gefahren haben", "laut der ka fahrerin sass doch wer anderes am steuer, wer denn" ("Laut
    # Aussagen der 29-Jährigen soll ein anderer, bislang unbekannter Mann der Fahrer … gewesen
    # sein").
    (
        "alleged",
        r"\b(wer soll(te)? .*\b(haben|sein)|laut (der|dem|den) .*\bwer|wer .*\blaut (der|dem|den)"
        r"|who .*\b(supposedly|allegedly)|according to .*\bwho|who .*\baccording to)\b",
    ),
    # "which driver", "what German ruler", "welcher Spieler" ask for a person too.
    # not who investigates: "wer ermittelt" asks for the station
    ("who", rf"\b(?!{_INVESTIGATES})(who|whom|whose|wer|wen|wem|wessen|{_WHICH_PERSON})\b"),
    (
        "year",
        r"\b(in )?(which|what|welche[mnrs]?) (years?|century|centuries|jahr(e|en)?"
        r"|jahrhundert(e|en)?)\b",
    ),
    # "when he died" is a clause of a question about something else.
    (
        "when",
        r"\b(when(?! (he|she|it|they|we|you|u|i|the|a|an|his|her|its|their|there|that|this|those"
        r"|these|someone|somebody)\b)|what time"
        r"|how late"
        # "what hours were they doing the laser speed checks" (a span: "von 10.45 Uhr bis …")
        r"|(what|which) hours"
        # not "von wann bis wann", a span
        r"|(?<!von )(?<!von wann bis )wann(?! bis wann)|(um )?wie ?viel uhr|seit wann"
        r"|(an )?welche[mnr]? (tag|datum|wochentag)"
        r"|welches datum|(um |zu )?welche[mnr]? (uhrzeit|zeit\b)"
        r"|(which|what) (day|date)"
        # as a keyword: "b27 unfall uhrzeit", "time of the crash"
        r"|uhrzeit|datum|tatzeit\w*|zeitpunkt|^(the )?(time|date) of|(time|date)\W*$)\b",
    ),
    # Where smoke or a fire came from is what caused it, not a place: "woher kam der rauch"
    # ("… ein auf der eingeschalteten Herdplatte befindlicher Plastikbehälter").
    (
        "why",
        # also of a compound: "woher kam der schwelbrand in der loechgauer strasse"
        r"\b(woher (kam|kommt) (der|das|die) \w*(rauch|qualm|feuer|brand|geruch|gestank)"
        # "der kleine brand im mehrfamilienhaus, woher kam der" (matched from the question's start)
        # and of a compound: "wohnungsbrand löchgauer straße bietigheim, woher kam das"
        r"|.*(rauch|qualm|feuer|brand)\w*\b.*\bwoher (kam|kommt)( (er|es|der|das|die))?\W*$"
        r"|where did (the )?(smoke|fire|smell) come from"
        # what set it off: "weiss man was den schwelbrand … ausgelöst hat"
        r"|was (hat )?(den|die|das) .{0,60}\bausgelöst)\b",
    ),
    # Where to: where someone fled, drove or went ("in Richtung Eishalle"), not where it was.
    (
        "direction",
        r"\b(wohin|where to|where did .*\b(go|flee|fled|run|ran|head|drive|drove|escape|walk|went)"
        r"|where (was|were) .*\b(going|heading|fleeing|travell?ing|driving)"
        r"|(which|what) direction|welche[rn]? richtung|direction of|fluchtrichtung"
        # "wo is der autofahrer hin nachdem …", "wo haben die die maschinen am ende hingebracht"
        r"|wo (haben|hat|hatten|hatte) .*\bhin(gebracht|geschafft|transportiert)"
        r"|wo (ist|sind|war|waren) .*\bhin\b(?! ?und her)"
        # "where were they shipping all the stolen machines to"
        r"|where (in \w+ )?(was|were|did|do) .*\b(ship|shipp(ed|ing)|send(ing)?|sent"
        r"|transport(ed|ing)?|smuggl(e|ed|ing))\b"
        r"|which way (did|do|does|was|were|had) .*\b(go|flee|fled|run|ran|head|drive|drove|escape"
        r"|walk|went|going|heading|fleeing|driving))\b",
    ),
    (
        "where",
        # not what something was taken out of: "where did they take the cash out of"
        r"\b(where(?!.*\bout of\W*$)|wo|woher"
        r"|(which|what) ((\w+ )?(street|road|town|city|village|district"
        r"|suburb|neighbou?rhood)|place|part of (the )?town)"
        r"|welche[rsnm]? (\w+ )?(stra(ß|ss)e|ort|stadt|gemeinde|stadtteil|ortsteil|viertel)"
        r"|(?<!vor )ort\W*$|tatort|unfallort|unfallstelle|location"
        # what a car ended in is a place too: "prallte frontal gegen die Hauswand eines Imbiss"
        r"|what (did|has|had) .*\b(crash|crashed|drive|drove|run|ran|slam|slammed|smash|smashed)"
        r" into|wogegen|gegen was)\b",
    ),
    # How the police found someone: by what witnesses saw, a plate noted, a video ("Zeugen hatten
    # … das Kennzeichen des Audi notiert").
    (
        "traced",
        r"\b(how did (the )?(police|cops|they|officers) "
        r"(find|identify|trace|track down|catch|locate)"
        r"|wie (hat|haben|konnte|konnten) (man|die polizei|die beamten|die polizisten) "
        r".*\b(gefunden|ermittelt|gefasst|erwischt|identifiziert|ausfindig gemacht)"
        r"|wie kam (man|die polizei) auf (ihn|sie|den|die))\b",
    ),
    # What someone asked for: "what did he ask the kid for so he'd turn around".
    (
        "asked_for",
        r"\b(what did (he|she|they|the \w+) ask (\w+ ){0,3}for|wonach (hat|haben|fragte)"
        r"|nach was (hat|haben|fragte))\b",
    ),
    # How the police stopped someone: "wie ham die polizisten den rollerfahrer am ende gestoppt"
    # ("stellte ihren Streifenwagen quer und blockierte den Waldweg").
    (
        "stopped",
        r"\b(wie (haben|hat|hatten|konnten?) .*\b(gestoppt|angehalten|aufgehalten|stoppen|anhalten)"
        r"|how did (the )?(cops|police|officers|they|polizei) (\w+ ){0,3}(stop|pull over|halt))\b",
    ),
    # How someone came to notice it: "wie hat man in ellwangen gemerkt dass es brennt".
    (
        "noticed",
        r"\b(wie (hat|haben|hatte|hatten) (man|jemand|die \w+|der \w+) .*\b(gemerkt|bemerkt"
        r"|mitbekommen)|how did (they|anyone|someone|people|the \w+) (notice|reali[sz]e))\b",
    ),
    # Why someone let a stranger in is the story he told: "gab an, dass er den Wasserdruck …
    # prüfen müsse" (the kind "ruse", below).
    (
        "ruse",
        rf"\b(why|how come|warum|weshalb|wieso)\b.*\b({_LET_IN}|ins haus (ge)?lass\w*)\b",
    ),
    (
        "why",
        r"\b(why|how come|warum|weshalb|wieso|weswegen|what caused|cause|reason|\w*ursache|grund"
        r"|motive?"
        # how a fire began is what caused it: "Als Ursache … ein technischer Defekt"
        r"|how did .*\b(fire|blaze)\b.*\b(start|break out|begin)"
        r"|wie (ist|kam) .*\b(brand|feuer)\w* (entstanden|ausgebrochen)"
        r"|wie kam es zu(m|r)? (\w+ )?(brand|feuer)\w*"
        # by what a fire came about: "wodurch kam der schwelbrand"
        r"|wodurch (kam|entstand|ist) .*\b\w*(brand|feuer)\w*"
        # what set an alarm off: "Ursächlich war verbranntes Essen auf dem Herd"
        r"|what (set|sets|triggered|triggers)\b|was (hat|hatte) .*\bausgelöst|was löste .*\baus"
        r"|wodurch .*\b(ausgelöst|verursacht|entstanden|feuer gefangen|in brand geraten)"
        # "löchgauer straße fire in bietigheim what started it", "what made the vw lupo catch fire"
        r"|(fire|blaze)\b.*\bwhat started\b|what started (the|that) (\w+ ){0,2}(fire|blaze)"
        r"|what made .*\b(catch fire|burn|explode|crash)"
        # "what was actually causing all the smoke in there"
        r"|what (was|is|were) (\w+ )?causing"
        # "how did the 79 yo … end up crashing into the imbiss wall"
        r"|how (did|come) .*\bend(ed)? up"
        # how someone came to fall: "… ein Schalbrett zu lösen und verlor hierbei das Gleichgewicht"
        r"|wie (ist|is|kam|konnte) .*\b(\w*gestürzt|\w*gefallen|stürzen|fallen)"
        r"|how did .*\b(fall|falling|fell)\b"
        r"|wie (ist|is|konnte) (das|es) (denn )?(passiert|passieren)"
        r"|how did (it|that|this) happen)\b",
    ),
    # What someone wore: a police report describes a suspect by it ("trug eine hellblaue
    # Regenjacke sowie eine dunkelblaue Jeans").
    (
        "clothing",
        r"\b(wearing|wore|worn(?! (down|out|off|away))|dressed|clothes|clothing|outfit|anhatte"
        r"|anhaben|an hatte"
        r"|trug(en)?(?!.*\bbei\b)|bekleidet|kleidung|angezogen)\b"  # not "trug … bei": beitragen
        r"|\bhatten? .*\ban\W*$"  # "was hatte der täter an"
        r"|\bwas hatten? (der|die|das) \w+ an\b"  # "was hatte der typ an, der …"
        # "what was printed on his shirt", "was stand auf seinem t-shirt"
        r"|\b(on|auf) (his|her|their|seinem|ihrem|der|dem) (t-?shirt|shirt|jacket|hoodie|pullover"
        r"|jacke|hemd|pulli|mütze|cap)\b",
    ),
    # What happened in a release, asked for by what it is called in a police report: the loot,
    # the way in, the vehicle, the weapon or tool, the police station to call.
    # also as asked after keywords: "… road rage on the L1180, what is the licence plate of …"
    (
        "plate",
        r"\b((what|which)('s| is| was) (the|his|her|their) (licen[cs]e |number )?plate"
        r"|kennzeichen|licen[cs]e plate|number plate|plate)\b",
    ),
    # What someone left: "what did the guy … leave behind when the alarm went off", "was hat der
    # dieb zurückgelassen" ("ließ eine Sporttasche, in der ein Navigationsgerät lag, zurück").
    (
        "left_behind",
        r"\b((leave|left|leaving) (\w+ )?behind|zurück ?(ge)?lassen|zurückgelassen|dagelassen"
        r"|liegen ?(ge)?lassen)\b",
    ),
    (
        "stolen",
        # not "take off on" a bike: fled on it
        r"\b(stol\w*|steal\w*|(took|taken|take)(?! (place|down|part|off (?!with)))|loot|\w*klau\w*"
        r"|gestohlen|mitgenommen"
        r"|mitgehen (lassen|gelassen)"
        r"|erbeut\w*|entwendet|beute|diebesgut|nicked"
        r"|(get|got|made|make|ran|run) (away|off) with"
        # "einbruch diegelsburg sonnenhalde, what did they get", "… what else did the guy grab",
        # "what did the burglar get from the house"
        r"|what (else )?did (they|he|she|the \w+) (get|grab)(\W*$| from\b| out of\b))\b",
    ),
    # The story told to get in or get something: "mit welcher masche kam der typ ins haus", "how
    # did the guy get the woman to let him in" ("gab an, dass er den Wasserdruck … prüfen müsse").
    (
        "ruse",
        r"\b(masche|vorwand|ausrede|excuse|pretext|pretend\w*|ruse|vorgetäuscht|vorgegeben"
        rf"|behauptet\w*|what did .*\bclaim\w*|{_LET_IN}|what (trick|story|scam)"
        r"|(mit )?welche[nrm]? (trick|geschichte)"
        # "wie hat sich der falsche handwerker reingeschummelt", "… dazu gebracht ihn ins haus zu
        # lassen"
        r"|ins haus (zu )?(ge)?lass\w*|\w*geschummelt|\w*gemogelt|\w*gequatscht|erschlichen"
        r"|überredet"
        r"|dazu gebracht|tricked|talked (her|him|them) into"
        # "how did the guy trick his way into the 88 yr old womans house"
        r"|(trick|talk|con)(ed|ked)? (his|her|their) way)\b",
    ),
    (
        "way_in",
        r"\bhow did .*\b(get|got|break|broke|come) (in|into|inside)\b"
        # not an amount of a break-in: "how much did they take in the baumschule break in"
        r"|\bhow (?!(much|many|big|long|old|far|high|large)\b)"
        r".*\b(enter|break in|broke in|got in)\b"
        r"|\b(wie|auf welchem weg) (sind|ist|kam|kamen|gelangt\w*)\b.*\b(rein|hinein|herein)\b"
        r"|\bwie (kam|kamen|gelangt\w*)\b(?! es\b).*\b(ins|in (das|die|den|einen|eine))\b"
        r"|\bwie (sind|ist|waren|war)\b.*\b(ins|in (das|die|den|einen|eine))\b"
        r".*\b(gekommen|gelangt)\b"
        r"|\b(reingekommen|hineingekommen|eingedrungen|eingestiegen)\b",
    ),
    (
        "means",
        r"\b(womit|mit was|with what|what did .*\buse|weapon|waffe|tatwaffe|werkzeug|tool"
        # how a safe or a door was opened: "wie haben die den tresor aufgekriegt"
        r"|wie (haben|hat|wurden?) .*\b(ge(ö|oe)ffnet|aufgekriegt|aufgemacht|geknackt|aufbekommen"
        r"|aufzukriegen|aufzumachen|aufzubrechen|zu (ö|oe)ffnen|zu knacken)"
        r"|how did .*\b(open|crack)\b.*\b(safe|\w*tresor|vault)"
        # "… how did the burglars get it open"
        r"|how did .*\b((get|break) (the |that |a )?(safe|\w*tresor|vault)|get (it|them)) open)\b",
    ),
    (
        "vehicle",
        r"\b((which|what) (kind of |kinda |sort of |type of )?(car|vehicle|brand|make|model|bike"
        r"|motorbike|motorcycle"
        r"|scooter|van|truck|lorry)|(welche[srnm]?|was für (ein\w*|n|ne|nen)) (auto|fahrzeug|wagen"
        r"|marke|automarke|pkw|modell|fahrrad|motorrad|roller|karre)|what (was|were) .* (riding"
        r"|driving)|\bfür (ein\w*|n|ne|nen) (auto|fahrzeug|wagen|pkw|motorrad|fahrrad|karre)"
        r"|automarke|fahrzeugtyp|flucht(fahrzeug|auto|wagen)|tatfahrzeug|getaway (car|vehicle)"
        r"|escape vehicle|car (model|brand|make)|vehicle type"
        # "what did the attacker ride away on", "what did they escape in"
        r"|what did .*\b(ride|flee|escape|get away|drive off|drive away)( away| off)? (on|in)"
        # how someone got away: "wie ist der täter abgehauen" ("auf seinem blauen Mountainbike")
        r"|wie (ist|is|sind|war|waren) .*\b(abgehauen|geflüchtet|geflohen|entkommen|weggefahren"
        r"|davongefahren)|wie (ist|is|sind|war|waren) (der|die) \w+ weg\b"  # "wie is der typ weg"
        r"|how did .*\b(flee|escape|get away|make off))\b",
    ),
    (
        "station",
        r"\b(welche[srnm]? (polizei)?(revier|dienststelle|polizeiposten|polizei)\b"
        r"|(which|what) (police )?(station|precinct|(polizei)?revier)"
        rf"|zust(ä|ae)ndig(e[nmrs]?)?\b|{_INVESTIGATES}"
        # whom to tell: "bei wem meld ich mich wenn ich was gesehen hab", "an wen muss ich mich
        # wenden wenn ich was zum einbruch gesehen hab"
        r"|bei wem (meld\w*|soll|kann|muss) (ich|man)"
        r"|an wen (soll|kann|muss) (ich|man) (mich|sich) wenden)",
    ),
    # What someone said: a release quotes them ("… vertrauensvoll", betonte Thomas Kubera).
    (
        "said",
        r"\b(what did .*\b(say|said|stress)|what was said|was (sagte|meinte|betonte|erklärte)"
        r"|was hat .*\b(gesagt|gemeint|betont|erklärt))\b",
    ),
    # What someone did next: "was hat der autofahrer danach gemacht" ("… und entfernte sich dann
    # von der Unfallstelle").
    (
        "then",
        r"\b(was (hat|haben|hatte|machte|machten|tat|taten)\b.*\b(danach|anschlie(ß|ss)end|dann"
        r"|daraufhin)|what did .*\bdo (afterwards|after that|then|next)|what did .*\bdo after"
        r"|then did what|did what (then|next|afterwards))\b",
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


# A question that opens by asking for a person, a year, a time, a place, a reason, a vehicle, a
# plate, a police station or a weapon asks for it, whatever else it is about: "wann war die
# Geschwindigkeitskontrolle", "who caused the damage", "which car was the guy driving who …"
# (but "how old was he when …" asks for an age).
_ASKED_FIRST = (
    "phone",
    "alleged",
    "who",
    "year",
    "when",
    "direction",
    "where",
    "traced",
    "ruse",
    "why",
    "way_in",
    "plate",
    "means",
    "vehicle",
    "station",
    "colour",
)
_CONNECTIVE = r"(?:und|and|also|so|aber|but)"  # a question going on from the last: "und wer …"
_OPENING = rf"\W*(?:{_CONNECTIVE}\s+)?"
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
    rf"|\bwie ?viel (?!(\w*geld|\w*strafe|euro|cash|money|{MONEY_SLANG}|schaden|wert|wurden?"
    r"|haben|hat|ist|war|waren|sind"
    r"|kostet\w*|die|der|das|den|dem|des|ein\w*|er|sie|es|man|promille|alkohol|km|kilometer"
    r"|stundenkilometer|uhr|jahre?|muss|musste|mussten|zahlen|bezahlen)\b)\w+"
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
# Words read as they are: the kind words, and words of their own one letter off one ("worum gings"
# asks what it was about, not why).
_AS_WRITTEN = frozenset({*_KIND_WORDS, "worum"})


# English contractions as phones type them, with or without the apostrophe: "whats", "wheres",
# "whos", "couldnt", "didn't"; "how'd" with it.
_CONTRACTION = re.compile(
    r"\b(what|where|who|when|how|why|that|there)[’']?s\b"
    r"|\b(what|where|who|when|how|why)[’']d\b"
    r"|\b(could|did|does|do|is|was|were|are|ca|wo|would|should|has|have|had|must)n[’']?t\b",
    re.IGNORECASE,
)


def contractions_spelt_out(question: str) -> str:
    """The question with its English contractions written out ("wheres the break in" → "where
    is the break in", "how'd they get in" → "how did they get in", "why couldnt he stop" → "why
    could not he stop"), so that "wheres" asks where, and "couldnt" is searched as no word of
    its own."""
    return _CONTRACTION.sub(_contraction_written_out, question)


def _contraction_written_out(match: re.Match[str]) -> str:
    before_is, before_did, negated = match.groups()
    if before_is:
        return f"{before_is} is"
    return f"{before_did} did" if before_did else f"{negated} not"


# German as chats type it: the little words that say what a question asks for, without their
# umlauts ("wer war fuer die staatsanwaltschaft da"), and "is" for "ist" ("was is mit dem tier
# passiert"), "ham" for "haben" ("wie ham die einbrecher den tresor aufbekommen").
_UMLAUT_WORDS = {
    word.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})): word
    for word in (
        "für", "über", "während", "gegenüber", "zurück", "später", "früh", "früher", "würde",
        "würden", "wäre", "wären", "hätte", "hätten", "können", "könnte", "müssen", "müsste",
        "gehört", "gehörte",
    )
}  # fmt: skip
_UMLAUT_TYPED = re.compile(rf"\b({'|'.join(_UMLAUT_WORDS)})\b", re.IGNORECASE)
_GERMAN_IS = re.compile(
    r"\b(was|wer|wo|wie|warum|wann|wieso|weshalb|wem|wen|wohin|woher)\s+(is|ham)\b", re.IGNORECASE
)
_GERMAN_SPELT_OUT = {"is": "ist", "ham": "haben"}

# A verb and "es" typed as one word: "warum habens die nicht reingeschafft", "wie gehts dem
# fahrer" (not "gibts", "gabs": "was gibts neues" reads the same either way).
_VERB_WITH_ES = re.compile(r"\b(haben|hatten|hätten|kann|konnten|wird|geht|waren)s\b", re.I)
# "Straße" as chats shorten it: "riedstr", "stettiner str."
_STREET_SHORT = re.compile(r"(?:\b(\w{3,})|(?<=\w[ -])\b)str\b\.?", re.IGNORECASE)

# A preposition and its article typed as one word: "was fürn auto", "ausm urlaub", "aufm parkplatz"
_GERMAN_CONTRACTION = re.compile(r"\b(?:(für)(n|ne|nen)|(aus|auf|mit|nach)m)\b", re.IGNORECASE)


def german_chat_spelt_out(question: str) -> str:
    """The question with the German words a chat types without umlauts written with them
    ("fuer" → "für"), "is" and "ham" after a question word as "ist" and "haben", a preposition
    run together with its article written apart ("fürn" → "für ein", "ausm" → "aus dem"), a
    verb run together with "es" ("habens" → "haben es") and "str" as "straße" ("riedstr" →
    "riedstraße", "heinrich-lanz-str"): so the rules that read a question's words, and the
    search, read them."""
    question = _UMLAUT_TYPED.sub(lambda m: _UMLAUT_WORDS[m.group(1).lower()], question)
    question = _VERB_WITH_ES.sub(lambda m: f"{m.group(1)} es", question)
    question = _STREET_SHORT.sub(lambda m: f"{m.group(1) or ''}straße", question)
    question = _GERMAN_CONTRACTION.sub(_contraction_spelt_out, question)
    return _GERMAN_IS.sub(
        lambda m: f"{m.group(1)} {_GERMAN_SPELT_OUT[m.group(2).lower()]}", question
    )


_INDEFINITE = {"n": "ein", "ne": "eine", "nen": "einen"}


def _contraction_spelt_out(match: re.Match[str]) -> str:
    for_, article, other = match.groups()
    return f"{other} dem" if other else f"{for_} {_INDEFINITE[article.lower()]}"


@lru_cache(maxsize=10_000)
def _kind_words_spelt_out(lowered: str) -> str:
    """The question with each word one letter off a word that tells its kind written as that
    word; not a word that only adds or drops an ending ("betrunkene", "wieviel"), a form of its
    own."""
    words = re.findall(r"\w+|\W+", lowered)
    for number, word in enumerate(words):
        if len(word) >= _KIND_WORD_MIN_LENGTH and word not in _AS_WRITTEN:
            near = next((w for w in _KIND_WORDS if _mistyped(word, w)), None)
            words[number] = near or word
    return "".join(words)


def _mistyped(word: str, meant: str) -> bool:
    return word[0] == meant[0] and word[-1] == meant[-1] and Levenshtein.distance(word, meant) == 1


# What a question sets aside does not tell what it asks: "what did the thief take besides money"
# asks for the loot, "was hat er außer dem geld noch mitgenommen" too.
_SET_ASIDE = re.compile(
    r"\b(?:besides|apart from|other than|except|au(?:ß|ss)er|neben)\s+(?:the\s+|dem\s+|den\s+)?"
    r"(?:\w+\s+)?(?:money|cash|geld|bargeld)\b"
)

# "who" or "whose" after a noun, with the question still to come, is the relative pronoun of a
# description: "the guy who rang at the door, what did he claim he had to check" asks what he
# claimed, "guy … whose golf burned just walked off, why" why.
_RELATIVE_WHO = re.compile(
    r"(?<=\w)\s+who(?:se)?\b(?=.+\b(?:what|when|where|why|how|which|whose)\b)"
)
# "where" after a noun, with the question after a comma, is a relative adverb: "the crailsheim
# story where the neighbour swapped the sofa, what was the sofa worth" asks a worth, not a place.
_RELATIVE_WHERE = re.compile(
    r"(?<!\bso)(?<!\band)(?<!\bok)(?<!\bbut)(?<=\w)\s+where\b"
    r"(?=.+[,;:–-]\s*(?:\w+\s+){0,3}?(?:what|when|why|how|which|who)\b)"
)

# The question word that opens what is asked, after the words that say which report it is about:
# "backnang b14 opel über verkehrsinsel | warum musste die straßenmeisterei kommen".
_ASKING = re.compile(
    r"\b(wer|wen|wem|wessen|was|wann|wo|wohin|woher|wie|warum|wieso|weshalb|womit|welche[rnms]?"
    r"|who|whom|whose|what|when|where|why|how|which)\b",
    re.IGNORECASE,
)
_GOING_ON = re.compile(rf"\W*{_CONNECTIVE}\b", re.IGNORECASE)


def asked_after_keywords(question: str) -> str | None:
    """What a question asks, from its question word on, when keywords that say which report it
    is about come first ("a96 talbrücke obere argen | what did the cops use"); None when it opens
    with its question word, goes on from the last ("und wer …"), or sets the scene with a clause
    ("During the Bronco's playoff games, who …")."""
    found = _ASKING.search(question)
    words = question[: found.start()].split() if found else []
    if not words or term_of(words[0].strip(",;:")) is None or _GOING_ON.match(question):
        return None
    return question[found.start() :]


@lru_cache(maxsize=4096)  # asked of one question by the sentence choice and each decline rule
def question_kind(question: str) -> str:
    if _asks_who_someone_is(question):
        return "identity"
    lowered = _SET_ASIDE.sub("", _kind_words_spelt_out(question.lower()))
    lowered = _RELATIVE_WHERE.sub(" that", _RELATIVE_WHO.sub(" that", lowered))
    asked = asked_after_keywords(lowered)  # "a96 talbrücke | what did the cops use …"
    for kind, pattern in _KINDS:
        if kind in _ASKED_FIRST and (
            re.match(_OPENING + pattern, lowered) or (asked and re.match(pattern, asked))
        ):
            return kind
    if _COUNT_ASKED.search(lowered):
        return "how_many"
    for kind, pattern in _KINDS:
        if re.search(pattern, lowered):
            return kind
    return "what"


def _asks_who_someone_is(question: str) -> bool:
    found = _WHO_IS.match(question)
    if found is None or not tokenize(found.group(1)):
        return False
    typed = found.group(1)  # as phones type it: "joerg"
    spellings = {typed, typed.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")}
    return any(is_first_name(name) for name in spellings)


# A question for who acted for an office ("wer war für die bundespolizei bei der
# sicherheitskonferenz", "wer vertrat das hauptzollamt", "who came from the customs office") or
# holds a role ("wie heisst der polizeipräsident"). An English office is a phrase, named by its
# last word: "for the public prosecutor".
_OFFICE_ASKED = re.compile(
    r"\b(?:für|fuer|vom|von|seitens|vertr(?:at|aten|itt|eten))\s+(?:(?:die|den|das|der|dem)\s+)?"
    r"(\w+)|\b(?:for|from|represent(?:ed|s|ing)?|(?:head|leader|chief|director|chair(?:man|woman)?)"
    r"\s+of|lead(?:s|ed)?|head(?:s|ed)|run(?:s)?|ran)\s+(?:the\s+)?(\w+(?:\s+\w+){0,2})"
    r"|^\s*wie (?:hei(?:ß|ss)t|hie(?:ß|ss)) (?:der|die)\s+(\w+)"
    r"|\b(?:leiter(?:in)?|chef(?:in)?|vorsitzende[rn]?)\s+(?:des|der)\s+(\w+)"
    r"|\bleite(?:t|te)\s+(?:die|den|das)\s+(\w+)",
    re.I,
)


# A question for who holds a role among several people a release names ("which judge attended
# the security conference", "welche Richterin war dabei").
_ROLE_ASKED = re.compile(
    r"^\s*(?:which|welche[rnms]?|(?:wer|who) (?:ist|war|is|was) (?:der|die|the)"
    r"|what (?:is|was) the name of the|wie (?:hei(?:ß|ss)t|hie(?:ß|ss)) (?:der|die))\s+"
    r"(?:[a-zäöü]+\s+)??"  # "the police chief", "welche junge Richterin"
    # not the role in an office ("the head of the JVA", "der Leiter des Jugendamts"); a town
    # may follow ("der Polizeipräsident von Hamm", "the mayor of Hamm")
    rf"{OFFICE_HOLDER_NOUN}\b"
    r"(?!\s+(?:of\s+the|des|der|vom|von\s+(?:der|dem|den))\b)",
    re.I,
)


def role_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The role a question asks who held ("which judge …"): its term."""
    found = _ROLE_ASKED.search(question)
    term = term_of(found.group(1)) if found else None
    return next((match for match in terms if match.term == term), None)


# A question for the street or road ("owen overtaking which road was that on", "vogelstang
# scheiben eingeschlagen welche strasse"), not any place.
_ROAD_ASKED = re.compile(
    r"\b(?:which|what) (?:\w+ )?(?:road|street|motorway|highway|autobahn|route)\b"
    r"|\bwelche[rsnm]? (?:\w+ )?(?:stra(?:ß|ss)e|str|autobahn|bundesstra(?:ß|ss)e"
    r"|landstra(?:ß|ss)e|landesstra(?:ß|ss)e)\b|\b(?:stra(?:ß|ss)en|street) ?name\b",
    re.I,
)


def asks_road(question: str) -> bool:
    """Does a "where" question ask for the street or road ("welche strasse")?"""
    return bool(_ROAD_ASKED.search(question))


# Those too fast, counted: "a96 talbrücke speed check - how many ppl were too fast", "wie viele
# sind zu schnell gefahren", "how many drivers were over the 80".
_SPEEDING_ASKED = re.compile(
    r"\b(?:zu schnell|too fast|speeding|speeders?|raser|geblitzt|over the (?:speed )?limit"
    r"|(?:were|was|went|drove) over\W*$"  # "a96 obere argen speed check how many were over"
    r"|(?:over|above|faster than|über|schneller als) (?:the |den |die )?\d+(?: ?(?:km/?h|kmh))?)"
    r"(?!\w)",
    re.I,
)


def asks_speeding(question: str) -> bool:
    """Does a "how many" question count those who were too fast?"""
    return bool(_SPEEDING_ASKED.search(question))


# The words of a question about a find: "wiedergefunden", "turned up".
FIND_ASKED = (
    r"found|recovered|turned up|gefunden|aufgefunden|wiedergefunden|aufgetaucht"
    # "did they ever find the white lkw"
    r"|(?<=did they )(?:ever )?find|(?<=did the police )(?:ever )?find"
)
_FOUND_AT_ASKED = re.compile(rf"\b(?:{FIND_ASKED}|find|finding|turns? up)\b", re.I)


# Who had something lost is where it turned up: "so who had the ladys couch in the end", "who
# had hers" ("… Sitzmöbel bei einem Nachbarn feststellen").
_WHO_HAD_IT = re.compile(
    r"\bwho (?:actually |really |then )?(?:had|has|ended up with) (?:hers|his|theirs|it\b"
    r"|.*\bin the end\b)"
    # "wer hatte am ende das ledersofa von der frau aus crailsheim"
    r"|\bwer (?:hatte|hat)\b.*\b(?:am ende|zum schluss|schlie(?:ß|ss)lich)\b",
    re.I,
)


def asks_who_had_it(question: str) -> bool:
    """Does a "who" question ask who had something that went missing?"""
    return bool(_WHO_HAD_IT.search(question))


def asks_where_or_how_found(question: str) -> bool:
    """Does a "where" or "what" question ask where or how something or someone turned up ("wo
    hat die polizei das ledersofa wiedergefunden", "how was the roller guy found")?"""
    return bool(_FOUND_AT_ASKED.search(question))


# Verbs of what others did about the deed: "wer hat die polizei gerufen" asks no doer.
_NOT_THE_DEED = (
    r"gerufen|alarmiert|verständigt|informiert|gemeldet|angerufen|gesehen|beobachtet|bemerkt"
    r"|entdeckt|gefunden|festgenommen|gefasst|kontrolliert|geholfen|gerettet|gelöscht|ermittelt"
)
# A question for who did the deed, not who else the report names ("crailsheim ledersofa
# vertauscht wer wars", "who took the leather sofa", "who scraped the bmw and drove off"): the
# one the police found, not the one who called them.
# Deeds a question asks who did.
_DEEDS = (
    r"geklaut|gestohlen|genommen|mitgenommen|vertauscht|getauscht|ausgetauscht|angefahren"
    r"|touchiert|beschädigt|angezündet|eingebrochen|überfallen|beschmiert|zerkratzt|verursacht"
    r"|weitergefahre?n|kaputt ?gemacht|zerstört|demoliert|\w*gekracht|gerammt|reingefahren"
    # as chats say it: "den bmw angerempelt", "angeditscht", "angedotzt"
    r"|\w*gerempelt|\w*geditscht|\w*gedotzt|gestreift"
)
_DOER_ASKED = re.compile(
    r"\bwer\s+(?:war(?:'?s\b|\s+(?:es|das)\W*$)|hat(?:te)?'?s\b"
    # "wer war das der mit dem audi a4 den bmw gerammt hat", "wer war das im parkhaus … der den
    # bmw angefahren hat"
    rf"|(?:war|ist)\s+(?:es|das)\b.*?\b(?:der|die)\b.*\b(?:{_DEEDS})\b"
    rf"|hat(?:te)?\s+(?:es|das|den|die)\b(?!.*\b(?:{_NOT_THE_DEED})\b)"
    rf"|(?:hat|hatte|ist)\b.*\b(?:{_DEEDS})\b"
    # "weiss man schon wer die rotdornbäume … kaputt gemacht hat"
    rf"|(?:die|den|das)\b.*\b(?:{_DEEDS}) (?:hat|hatte|haben)\b"
    # "wer is im parkhaus … gegen den bmw und dann einfach weiter"
    r"|ist\b.*\bgegen (?:den|die|das|einen|eine) \w+)"
    # "who was the driver that reversed into the sign"
    r"|\bwho\s+(?:was|is)\s+the\s+(?:driver|guy|person|man|woman)\s+(?:that|who)\b"
    r"|\bwho\s+(?:took|stole|nicked|swapped|switched|did\s+(?:it|this|that)|was\s+it"
    # "who actually had her sofa in the end"
    r"|(?:actually\s+|really\s+)?had\s+(?:it|her|his|their|the\s+\w+'s)\s+(?:\w+\s+){0,2}"
    r"in\s+the\s+end"
    # "who actually had the lady's couch"
    r"|(?:actually|really)\s+had\s+(?:her|his|their|the\s+\w+'s)\s+\w+"
    r"|scraped|bumped|hit|rammed|dented|dinged|clipped|struck|scratched|keyed|damaged|broke|set"
    r"|robbed|caused|threw|poisoned|sprayed|dumped|smashed|started|killed|torched|destroyed"
    r"|(?:crashed|drove|ran|smashed|slammed|backed|reversed) into|collided with)\b",
    re.I,
)


def asks_doer(question: str) -> bool:
    """Does a "who" question ask who did the deed it names ("wer hat das sofa geklaut")?"""
    return bool(_DOER_ASKED.search(question))


# A question for whom the deed was done to ("wen hat der trickdieb abgezockt", "auf wen ist der
# besoffene losgegangen", "who did he go after"), not who did it nor whom the police took.
_VICTIM_ASKED = re.compile(
    r"(?<!gegen )\b(?:auf |an )?wen\b(?!.*\b(?:polizei|cops?|beamt\w*|festgenommen|verhaftet"
    r"|erwischt|gefasst|geschnappt|kontrolliert|gesehen|angerufen|gerufen|verständigt)\b)"
    r"|\bwhom\b|\bwho\s+(?:did|was)\s+(?:he|she|they|the\s+\w+)\s+(?:go(?:ing)?\s+(?:after|for)"
    r"|attack\w*|hit|punch\w*|threaten\w*|rob|robbing|scam\w*|con|conning|trick\w*|steal\w*"
    r"\s+from)\b"
    r"|\bwho\s+(?:got|was|were)\s+(?:attacked|robbed|scammed|conned|tricked|ripped\s+off"
    r"|threatened|punched|beaten)\b",
    re.I,
)


def asks_victim(question: str) -> bool:
    """Does a "who" question ask whom the deed was done to ("wen hat der trickdieb abgezockt")?"""
    return bool(_VICTIM_ASKED.search(question))


# Who noticed it: "who saw the 2 guys trying to break into the friseur", "wer hat das bemerkt".
_WITNESS_ASKED = re.compile(
    r"^who (?:had |has |first )?(?:saw|noticed|spotted|witnessed|heard|discovered)\b"
    r"|^wer\b.*\b(?:gesehen|bemerkt|beobachtet|entdeckt|gehört|mitbekommen)\b",
    re.I,
)


def asks_witness(question: str) -> bool:
    """Does a "who" question ask who noticed the deed, not who did it?"""
    return bool(_WITNESS_ASKED.search(question))


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


# What a "which" question asks the name of: the word after "welche", "which" ("welche linie",
# "which hauptzollamt"), which a report names with it ("Linie U14", "Hauptzollamt Bielefeld").
_NAMED_ASKED = re.compile(r"\b(?:which|welche[rsnm]?)((?:\s+[\w-]+){1,3})", re.I)


def named_asked(question: str, terms: list[TermMatch]) -> TermMatch | None:
    """The term of what a "which" question asks the name of: the search term right after it, or
    the first noun written as one after it ("Welcher deutsche General": General)."""
    found = _NAMED_ASKED.search(question)
    if found is None:
        return None
    words = found.group(1).split()
    word = next((word for word in words if word[0].isupper()), words[0])
    return next((match for match in terms if match.term == term_of(word)), None)


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
