"""BM25 with German stemming (bm25s + PyStemmer) over the passages."""

from __future__ import annotations

import bisect
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path

import bm25s
import numpy as np
import simplemma
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_GERMAN
from rapidfuzz import fuzz, process

from index.language import ENGLISH_QUESTION_WORDS, GERMAN_QUESTION_WORDS

# Words that ask rather than say what is asked about, in both languages: never search terms.
QUESTION_WORDS = frozenset(
    [
        *GERMAN_QUESTION_WORDS,
        *("was", "weswegen", "womit", "wodurch", "worum", "gibt", "gab", "passiert", "geschehen"),
        *("genau", "bitte", "eigentlich", "denn", "exactly", "precisely", "upon"),
        *ENGLISH_QUESTION_WORDS,
        *("many", "much", "happened", "happen", "tell", "please", "name", "named"),
        # "how did he get into the house": what he got into is asked about, not getting
        *("get", "got", "getting"),
        # what an English question asks for, never a word of a German release but in names
        # ("Ford Street Ka"): "which street"
        "street",
        "road",
    ]
)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"\w\w+")
# A road's name is one word however it is typed: "B 27", "b27", "A-8", "L 1180", "K 1234" — but
# an English "a" before a number only when no unit follows ("a 96 speed check", not "a 50 euro
# fine" or "a 5 year old").
_UNITS = (
    r"year|jahr|month|week|day|hour|minute|second|euro|eur|dollar|percent|km|kilomet|meter|metre"
    r"|mile|kg|ton|times|people|person|men|women|car|vehicle"
)
_ROAD = re.compile(rf"\b([ABKLbkl]|a(?=[ -]?\d{{1,3}}\b(?![ -]?(?:{_UNITS}))))[ -]?(\d{{1,4}})\b")
_MOTORWAY = re.compile(r"\b(?:BAB|bab)[ -]?(\d{1,3})\b")
# What both begin with, found much faster than either: most texts name no road.
_ROAD_START = re.compile(r"\b(?:[ABKLabkl]|BAB|bab)[ -]?\d")
_stemmer = Stemmer.Stemmer("german")
FUZZY_MIN_LENGTH = 5  # shorter words have too many neighbours to guess from
FUZZY_CUTOFF = 85  # rapidfuzz ratio: one edit in a word of about 7 letters
FUZZY_LIMIT = 4
NEAR_SPELLINGS = 10_000  # question terms whose near spellings are kept
NEAR_WEIGHT = 0.5  # a near spelling of a word the corpus also has counts half
RARE_AS_TYPED = 3  # a word in at most this many passages has no near spellings searched
COMPOUND_WEIGHT = 0.6  # a compound ending in the term: "Zollamt" finds "Hauptzollamt"
COMPOUND_MIN_LENGTH = 4  # "Revier" (revi) ends "Polizeirevier"
COMPOUND_LIMIT = 16  # the most frequent compounds ending in a term are searched, at most this many
# (8 left out the "Sicherheitskonferenz" of the dev corpus, among 8 more frequent "…konferenz")
COMPOUND_SCAN = 5000  # of at most this many compounds ending in a term
# A German word the corpus has only as the first part of compounds finds those, weighing less: a
# "Friseursalon" is a salon, but "friseur einbruchsversuch" asks about it.
MODIFIER_WEIGHT = 0.5
PART_MIN_LENGTH = 4  # "Bande" (band) is a part of "Fahrradbande"
MODIFIER_MIN_LENGTH = 5  # "Auto" starts too many compounds to tell anything
# A term the corpus has as a word of its own also finds the compounds ending in it that are at
# least this share as frequent: the usual way of saying it ("Sachschaden" for "Schaden"), not
# every compound a common stem ends ("Bahnhofstraße" for "Straße").
USUAL_COMPOUND_SHARE = 0.1
# Two English words in a row whose translations are at least this close find the German compound
# of those translations ("security conference" → "Sicherheitskonferenz"), with at most
# PAIR_LINK_CHARS letters between the first's stem and the second ("sich|erheits|konferenz").
PAIR_MIN_WEIGHT = 0.75
PAIR_LINK_CHARS = 8
JOINED_MIN_LENGTH = 6  # two German question words joined: "kfzwerkstatt", "liegenblieb"
LOAN_RATIO = 3  # how much more frequent a translation must be than the English word itself
LEMMA_WEIGHT = 0.8  # another form of the same word: "vertreten" for "vertrat"
COGNATE_WEIGHT = 0.9  # an English word spelt the German way: "hurricane" as "Hurrikan"
NOUN_BOOST = 1.0  # a term always written with a capital (noun, name) weighs up to twice as much
NOUN_SHARE_FILE = "noun_share.npy"
LEMMA_FORMS_FILE = "lemma_forms.json"
_CASED_WORD = re.compile(r"(?<![.!?:]\s)(?<!^)\b(\w\w+)")
_SENTENCE_END_CHARS = ".!?:"  # as in _CASED_WORD: a word after one of these opens a sentence


def fold(word: str) -> str:
    """The word in lower case, umlauts spelt out as phones type them ("Räder" → "raeder")."""
    return word.lower().translate(_FOLD)


# Function words that snowball's German list lacks but every police release is full of.
GERMAN_FUNCTION_WORDS = ("wurde", "wurden", "worden", "beim", "sowie", "bzw", "ca", "außer")
# Function words as chats type them, which no list of either language has: "warum weiss die
# polizei noch nich was geklaut wurde", "whats the name of the guy".
CHAT_FUNCTION_WORDS = (
    *("nich", "isses", "ham", "halt", "mal", "nochmal", "schon", "nee", "jo", "wat", "eig"),
    *("eigtl", "ur", "ya", "gonna", "wanna", "kinda", "whats", "wheres", "whos", "hows", "smth"),
    *("sth", "bc", "cuz", "cos", "yet", "still", "actually", "even", "pls", "plz", "btw", "tho"),
    *("anyone", "anything", "else", "besides", "apart"),
)
STOPWORDS = frozenset(
    fold(w)
    for w in (
        *STOPWORDS_GERMAN,
        *GERMAN_FUNCTION_WORDS,
        *CHAT_FUNCTION_WORDS,
        *STOPWORDS_EN_PLUS,
        *QUESTION_WORDS,
    )
)


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


@lru_cache(maxsize=1 << 20)
def term_of(word: str) -> str | None:
    """The search term a word stands for, None for a stop word; cached per spelling, as a rebuild
    meets the same words millions of times."""
    folded = fold(word)
    return None if folded in STOPWORDS else _stem(folded)


def lemma_terms(text: str) -> dict[str, str]:
    """For each German word of the text whose dictionary form has another search term: its term
    and that one ("vertrat" -> "vertret" of "vertreten", which "Vertreter" shares; "stahlen" ->
    "stehl")."""
    found = {}
    for term, word in word_terms(text):
        lemma = lemma_of(word)
        if lemma is not None and lemma != term:
            found[term] = lemma
    return found


def dictionary_form(word: str) -> str:
    """The German word's dictionary form ("Flüchtlingen" -> "Flüchtling"), from simplemma's
    German word list (bundled; the first call loads it: 1.8 s and 108 MB here)."""
    return simplemma.lemmatize(word, lang="de")


def lemma_of(word: str) -> str | None:
    """The search term of the German word's dictionary form."""
    return term_of(dictionary_form(word))


def _lemma_forms(words: Iterable[str], vocab: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """For the search term of each dictionary form, the terms of the corpus's other forms of it,
    which the stemmer leaves apart: "weggeh" (weggehen) -> "wegging"; "stehl" -> "gestohl",
    "stahl". words: the corpus's words as written, each once."""
    forms: dict[str, set[str]] = {}
    for word in words:
        term = term_of(word)
        if term is None or term not in vocab or word.isdigit():
            continue
        lemma = lemma_of(word)
        if lemma is not None and lemma != term:
            forms.setdefault(lemma, set()).add(term)
    return {lemma: tuple(sorted(terms)) for lemma, terms in forms.items()}


def without_invisible(text: str) -> str:
    """The text without invisible format characters (zero-width spaces, soft hyphens, a byte
    order mark), which pasted text carries: "In welchem \u200bJahr" asks for a year."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def word_terms(text: str) -> list[tuple[str, str]]:
    """(search term, word as written) for each word of the text that is a search term."""
    found = []
    for word in words_of(text):
        term = term_of(word)
        if term is not None and not word.isdigit():
            found.append((term, word))
    return found


def words_of(text: str) -> list[str]:
    """The words of a text as written, a road's name ("B 27") as one."""
    return _WORD.findall(joined_roads(text))


def joined_roads(text: str) -> str:
    """The text with each road's name written as one word: "auf der B27 bei Kornwestheim"; a
    Bundesautobahn as releases abbreviate it is the motorway people name: "BAB 6" is "A6"."""
    if not _ROAD_START.search(text):
        return text
    return _ROAD.sub(r"\1\2", _MOTORWAY.sub(r"A\1", text))


def tokenize(text: str) -> list[str]:
    """Search terms of a text: lower case, umlauts spelt out (ae/oe/ue/ss) as phones type them,
    road names as one word, stop and question words dropped, German stems."""
    return [term for term in map(term_of, words_of(text)) if term is not None]


@lru_cache(maxsize=200_000)
def term_set(text: str) -> frozenset[str]:
    """The text's search terms as a set, kept for the texts after: clauses and passages are met
    again and again."""
    return frozenset(tokenize(text))


_ROAD_OR_WORD = re.compile(r"\b[ABKL][ -]?\d{1,4}\b|\w+")  # "B 27" is one term (joined_roads)


def words_for(text: str, match: TermMatch) -> Iterator[re.Match[str]]:
    """The words of the text (a road's name, "B 27", as one) that stand for the question term."""
    for word in _ROAD_OR_WORD.finditer(text):
        if term_set(word.group(0)) & match.variants.keys():
            yield word


# "wie hoch", "how many" …: what kind of answer is wanted (bot.question.question_kind), not what
# the question is about; the German text rarely says "hoch", and never "many".
_QUESTION_PHRASE = re.compile(
    r"\b(?:wie|how)\s+(?:hoch|viele?n?|lange?|alt|gro(?:ß|ss)|weit|schnell|teuer|schwer|much|many"
    r"|long|old|big|far|fast|tall|high|heavy)\b"
    # "wie sah der typ aus": how someone looked is the kind asked ("sah" found "gesehen")
    r"|\bwie\s+sah(?:en)?\b"
    # "what kind of region", "welche Art von Schule": "Kind" and "Art" are German nouns too
    r"|\b(?:what|which)\s+(?:kind|type|sort)s?\s+of\b|\bwelche[rsnm]?\s+arte?n?\s+von\b"
    # "what brand was the truck": English "brand" is German "Brand", a fire
    r"|\b(?:what|which)\s+(?:brand|make)\b|\bbrand\s+of\b"
    # "mit welcher masche kam er rein": the trick is what is asked; releases tell it, they rarely
    # call it a "Masche"
    r"|\b(?:mit\s+)?welche[rnms]?\s+masche\b"
    # "where did the conference take place", "wann hat sie stattgefunden": that it happened is
    # given; releases rarely say "stattfinden" of what they report.
    r"|\b(?:take|takes|took|taken|taking)\s+place\b|\bstatt(?:gefunden|finden|findet|fand|fanden)\b"
    # "why was he pulled over in the first place": no first, no place
    r"|\bin\s+the\s+first\s+place\b"
    # "which revier do i call if i saw something", "welches revier is zuständig", "wo meld ich
    # mich wenn ich was weiss": whom to tell is the kind asked; releases name the station
    r"|\b(?:do|should|can|could)\s+i\s+(?:call|contact|ring|phone|tell)\b"
    r"|\bif\s+i\s+(?:saw|seen|know|noticed|have\s+seen)\s+(?:something|anything)\b"
    r"|\bzust(?:ä|ae)ndig\w*|\bmelde?\s+ich\s+mich\b"
    # "welche dienststelle kümmert sich um die einbrüche": releases name the station, "Polizeirevier
    # Ehingen", and seldom call it a "Dienststelle"
    r"|\bwelche[srnm]?\s+(?:polizei)?dienststelle\b|\bk(?:ü|ue)mmert\s+sich\b"
    # "warum weiss die polizei noch nicht was geklaut wurde", "do we know how much was in it":
    # that it is known or not is what is asked, not who knows it
    r"|\bwei(?:ß|ss)(?=\s+(?:die\s+polizei|man|die\s+cops|sie)\b(?:\s+\w+){0,4}?"
    r"\s+(?:nicht|nich|nix|net)\b)"
    r"|\b(?:do|does)(?:\s+not|n'?t)?\s+(?:we|they|the\s+police|the\s+cops|police|cops)\s+know\b",
    re.IGNORECASE,
)
_HAPPENED_SPLIT = re.compile(r"\b(?:fand|fanden|findet|finden)\b(.*)\bstatt\b", re.IGNORECASE)
# "wo meld ich mich wenn ich was gesehen hab", "wenn ich was zu den eingeschlagenen autoscheiben
# weiss": whom to tell is the kind asked; what is known is searched, not "weiss" or "gesehen"
_KNOWING_SPLIT = re.compile(
    r"\bwenn\s+ich\s+(?:was|etwas)\b(.{0,80}?)\b(?:wei(?:ß|ss)|gesehen\s+hab\w*)\b", re.IGNORECASE
)


def without_question_phrases(question: str) -> str:
    split = _KNOWING_SPLIT.sub(r" \1 ", _HAPPENED_SPLIT.sub(r" \1 ", question))
    return _QUESTION_PHRASE.sub(" ", split)


class _VectorisedBM25(bm25s.BM25):
    """bm25s's BM25 (Lucene variant), its score matrix built with numpy instead of a Python loop
    per passage: the same scores, bit for bit, several times faster, which is most of what an
    incremental rebuild spends. bm25s names build_index_from_ids as the method to override."""

    def build_index_from_ids(
        self, unique_token_ids, corpus_token_ids, show_progress=True, leave_progress=False
    ) -> dict:
        if self.method != "lucene" or self.idf_method != "lucene":
            return super().build_index_from_ids(unique_token_ids, corpus_token_ids, False, False)
        self.nonoccurrence_array = None
        n_docs, n_vocab = len(corpus_token_ids), len(unique_token_ids)
        lengths = np.fromiter(map(len, corpus_token_ids), dtype=np.int64, count=n_docs)
        tokens = np.fromiter(
            chain.from_iterable(corpus_token_ids), dtype=np.int64, count=int(lengths.sum())
        )
        # sorted by term, then passage: the matrix's column order, so that no second sort is needed
        pairs, tf = np.unique(
            tokens * n_docs + np.repeat(np.arange(n_docs), lengths), return_counts=True
        )
        terms, docs = np.divmod(pairs, n_docs)
        doc_freq = np.bincount(terms, minlength=n_vocab)
        # as bm25s computes them: idf in float64 by math.log, stored as float32; tf as float32
        idf = np.array(
            [math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for df in doc_freq.tolist()],
            dtype=self.dtype,
        )
        norm = self.k1 * ((1 - self.b) + self.b * lengths[docs].astype(np.float64) / lengths.mean())
        tf = tf.astype(self.dtype).astype(np.float64)
        scores = (idf[terms].astype(np.float64) * (tf / (norm + tf))).astype(self.dtype)
        indptr = np.zeros(n_vocab + 1, dtype=np.int64)
        np.cumsum(doc_freq, out=indptr[1:])
        return {
            "data": scores,
            "indices": docs.astype(self.int_dtype),
            "indptr": indptr,
            "num_docs": n_docs,
        }


class _TermIds(dict):
    """word -> the number of the term it stands for (numbered as first seen), -1 for a stop word."""

    def __init__(self) -> None:
        super().__init__()
        self.vocab: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        term = term_of(word)
        number = -1 if term is None else self.vocab.setdefault(term, len(self.vocab))
        self[word] = number
        return number


@dataclass(frozen=True)
class TermMatch:
    term: str
    idf: float
    variants: dict[str, float]  # corpus terms that stand for it -> weight in [0, 1]


class LexicalIndex:
    """BM25 scores, plus how much of a question's term weight (idf) each passage covers."""

    def __init__(
        self,
        bm25: bm25s.BM25,
        noun_share: np.ndarray,
        lemma_forms: dict[str, tuple[str, ...]],
        spellings: dict[str, str] | None = None,
    ) -> None:
        self._bm25 = bm25
        self._noun_share = noun_share
        self._lemma_forms = lemma_forms  # see _lemma_forms
        # term -> its most frequent spelling (_noun_share_and_spellings), known after build only
        self.spellings = spellings or {}
        indptr = np.asarray(bm25.scores["indptr"])
        self._doc_freq = np.diff(indptr)
        self._indices = np.asarray(bm25.scores["indices"])
        self._scores = np.asarray(bm25.scores["data"])
        self._indptr = indptr
        self._doc_count = int(bm25.scores["num_docs"])
        self._vocab: dict[str, int] = bm25.vocab_dict
        # The vocabulary by length: a near spelling is only looked for among terms whose length
        # allows FUZZY_CUTOFF at all.
        self._terms_by_length = sorted(self._vocab, key=len)
        self._term_lengths = [len(term) for term in self._terms_by_length]
        self._reversed_terms = sorted(term[::-1] for term in self._vocab)
        self._near_spellings_of: dict[str, list[tuple[str, float]]] = {}  # see _near_spellings
        self._compounds_of: dict[str, tuple[str, ...]] = {}  # see _compounds_ending_in

    @classmethod
    def build(cls, passages: Sequence[Sequence[str]]) -> LexicalIndex:
        """BM25 over passages, each given as its parts (heading, sentence before, sentence) and
        read as the parts joined by spaces. Each distinct part is analysed once: a sentence is
        also the next passage's context, and a heading is part of every passage of its report."""
        term_ids = _TermIds()
        ids_of_part: dict[str, list[int]] = {}
        inner: Counter[str] = Counter()  # part -> passages it is in
        opening: Counter[str] = Counter()  # part -> passages where it starts inside a sentence
        starting: set[str] = set()  # parts that start a sentence somewhere, or a passage
        documents = []
        for passage in passages:
            ids: list[int] = []
            before = None
            for part in passage:
                found = ids_of_part.get(part)
                if found is None:
                    words = words_of(part)
                    found = ids_of_part[part] = [
                        i for i in map(term_ids.__getitem__, words) if i >= 0
                    ]
                ids.extend(found)
                inner[part] += 1
                if before is not None and before[-1] not in _SENTENCE_END_CHARS:
                    opening[part] += 1
                else:
                    starting.add(part)
                before = part
            # an empty passage still needs a token so that bm25s keeps document numbering
            documents.append(ids or [term_ids.vocab.setdefault("∅", len(term_ids.vocab))])
        bm25 = _VectorisedBM25()
        bm25.index((documents, term_ids.vocab), show_progress=False)
        written = _written_words(inner, opening)
        first_words = Counter(word for part in starting for word in _opening_word(part))
        noun_share, spellings = _noun_share_and_spellings(written, first_words, bm25.vocab_dict)
        lemma_forms = _lemma_forms(written.keys() | first_words.keys(), bm25.vocab_dict)
        return cls(bm25, noun_share, lemma_forms, spellings)

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder), show_progress=False)
        np.save(folder / NOUN_SHARE_FILE, self._noun_share, allow_pickle=False)
        text = json.dumps(self._lemma_forms, ensure_ascii=False, sort_keys=True)
        (folder / LEMMA_FORMS_FILE).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        bm25 = bm25s.BM25.load(str(folder), show_progress=False, allow_pickle=False)
        forms = json.loads((folder / LEMMA_FORMS_FILE).read_text(encoding="utf-8"))
        return cls(
            bm25,
            np.load(folder / NOUN_SHARE_FILE, allow_pickle=False),
            {lemma: tuple(terms) for lemma, terms in forms.items()},
        )

    def has_term(self, term: str) -> bool:
        return term in self._vocab

    def frequent_terms(self, count: int) -> list[str]:
        """The terms in the most passages, most first."""
        term_of_number = {number: term for term, number in self._vocab.items()}
        order = np.argsort(-self._doc_freq, kind="stable")[:count]
        return [term_of_number[number] for number in order.tolist()]

    def match_terms(
        self,
        terms: list[str],
        translations: dict[str, dict[str, float]] | None = None,
        english: bool = False,
        lemmas: dict[str, str] | None = None,
        glossary: dict[str, dict[str, float]] | None = None,
    ) -> list[TermMatch]:
        """Each distinct question term with the corpus terms that stand for it: itself (weight 1);
        the term of its word's dictionary form (lemmas, see lemma_terms: vertrat ~ vertret);
        near spellings (typos such as hauptzolamt ~ hauptzollamt, forms the stemmer leaves
        apart), weighted by similarity, half as much when the term itself occurs and not at
        all when it is rare (RARE_AS_TYPED); and
        translations, German terms that mean the same as an English one (index.word_bridge, by
        their similarity; the glossary's, index.glossary, even where the English word occurs in
        the text too), and for an English question the German spelling of a word the corpus
        lacks and the glossary does not translate ("hurricane" as "Hurrikan"; "thief" is
        "Dieb", not "tief"). A German compound the corpus lacks, that nothing stands for, is
        searched as its two parts (_parts_if_unknown)."""
        matches = []
        for term in dict.fromkeys(terms):
            exact = self._vocab.get(term)
            variants = {term: 1.0} if exact is not None else {}
            # A word the German text has too ("house" in an English quote) is searched as its
            # translation ("Haus") only when that is LOAN_RATIO times as frequent, and then
            # weighs as little as the translation: the rare quote is not what is asked about.
            loans = []
            found: dict[str, float] = {}  # the translations searched, by similarity
            absent: dict[str, float] = {}  # translations the corpus lacks as words of their own
            curated = (glossary or {}).get(term, {})  # "hit" is "erfasst", however rare
            for german, similarity in {**(translations or {}).get(term, {}), **curated}.items():
                number = self._vocab.get(german)
                if number is None and exact is None and len(german) >= COMPOUND_MIN_LENGTH:
                    absent[german] = similarity
                if number is None or number == exact:
                    continue
                if exact is None:
                    found[german] = similarity
                elif (
                    german in curated
                    or self._doc_freq[number] >= LOAN_RATIO * self._doc_freq[exact]
                ):
                    found[german] = similarity
                    loans.append(number)
            if english and exact is None and not curated:
                for cognate in german_spellings(term):
                    if cognate in self._vocab:
                        found.setdefault(cognate, COGNATE_WEIGHT)
            variants.update(found)
            translated = exact is None and bool(variants)
            lemma = (lemmas or {}).get(term)
            if lemma in self._vocab:
                variants.setdefault(lemma, LEMMA_WEIGHT)
            if not english:  # and the corpus's other forms of it: "wegging" for "weggegangen"
                for key in (lemma, term) if lemma else (term,):
                    for form in self._lemma_forms.get(key, ()):
                        variants.setdefault(form, LEMMA_WEIGHT)
            # An English word's near spellings and compounds in German text are other words
            # ("truck" ~ "ruck", "stol" ends "pistol").
            # A word the corpus has in a few passages only is taken as typed: "Bötzinger" is not
            # "Mötzinger".
            rare = exact is not None and self._doc_freq[exact] <= RARE_AS_TYPED
            if len(term) >= FUZZY_MIN_LENGTH and not translated and not rare:
                scale = NEAR_WEIGHT if exact is not None else 1.0
                for near, ratio in self._near_spellings(term):
                    variants.setdefault(near, scale * ratio / 100)
            usual = (
                []
                if len(term) < COMPOUND_MIN_LENGTH or translated
                else self._compounds_ending_in(term)
                if exact is None
                else self._usual_compounds(term)
            )
            for compound in usual:
                variants.setdefault(compound, COMPOUND_WEIGHT)
            if exact is None and not usual and not english and len(term) >= MODIFIER_MIN_LENGTH:
                for compound in self._compounds_starting_with(term):
                    variants.setdefault(compound, MODIFIER_WEIGHT)
            # A translation finds its usual compounds as the German word would: "house" as
            # "Haus" finds "Wohnhaus".
            for german, similarity in found.items():
                for compound in self._usual_compounds(german):
                    variants.setdefault(compound, similarity * COMPOUND_WEIGHT)
            # A translation the corpus has only in compounds finds those ("slot machine" as
            # "Spielautomat" finds "Geldspielautomaten").
            for german, similarity in absent.items():
                for compound in self._compounds_ending_in(german):
                    variants.setdefault(compound, similarity * COMPOUND_WEIGHT)
            # A term the corpus lacks entirely is as rare as a term can be: it weighs most. Nouns
            # and names (Hauptzollamt, Amselweg) say what a question is about more than verbs do.
            # A misspelt term is as rare as the word it stands for; a word as common as its usual
            # compounds ("Revier" as "Polizeirevier") or its translation ("house" as "Haus").
            stands_for = exact if exact is not None else _best(variants, self._vocab)
            if exact is not None and (usual or loans):
                stands_for = max(
                    [exact, *(self._vocab[c] for c in usual), *loans],
                    key=self._doc_freq.__getitem__,
                )
            document_frequency = self._doc_freq[stands_for] if stands_for is not None else 0
            noun = self._noun_share[stands_for] if stands_for is not None else 0.0
            idf = float(np.log(1 + self._doc_count / (1 + document_frequency)))
            idf *= 1 + NOUN_BOOST * float(noun)
            matches.append(TermMatch(term, idf, variants))
        if english:
            return matches
        return [part for match in matches for part in self._parts_if_unknown(match)]

    def _parts_if_unknown(self, match: TermMatch) -> list[TermMatch]:
        """A German compound the corpus lacks, with nothing standing for it, as the two parts of
        it the corpus has: "Fahrradbande" as "Fahrrad" and "Bande"; the term itself otherwise."""
        if match.variants:
            return [match]
        parts = self._compound_parts(match.term)
        return self.match_terms(list(parts)) if parts else [match]

    def _compound_parts(self, term: str) -> tuple[str, str] | None:
        """The split of the term into two corpus terms (the first may end in a linking "s":
        "Verkehrsunfall") whose passages multiply to the most; None when there is none."""
        found, most = None, 0
        for cut in range(PART_MIN_LENGTH, len(term) - PART_MIN_LENGTH + 1):
            tail = self._vocab.get(term[cut:])
            if tail is None:
                continue
            head = term[:cut]
            for first in (head, head[:-1]) if head.endswith("s") else (head,):
                number = self._vocab.get(first)
                if number is None or len(first) < PART_MIN_LENGTH:
                    continue
                passages = int(self._doc_freq[number]) * int(self._doc_freq[tail])
                if passages > most:
                    found, most = (first, term[cut:]), passages
        return found

    def _near_spellings(self, term: str) -> list[tuple[str, float]]:
        """The corpus terms spelt most like the term, with their rapidfuzz ratio; kept for the
        questions after, up to NEAR_SPELLINGS terms (questions share many words)."""
        found = self._near_spellings_of.get(term)
        if found is None:
            found = [
                (near, ratio)
                for near, ratio, _ in process.extract(
                    term,
                    self._terms_of_similar_length(term),
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_CUTOFF,
                    limit=FUZZY_LIMIT,
                )
            ]
            if len(self._near_spellings_of) >= NEAR_SPELLINGS:
                self._near_spellings_of.clear()
            self._near_spellings_of[term] = found
        return found

    def _terms_of_similar_length(self, term: str) -> list[str]:
        """The corpus terms long or short enough to reach FUZZY_CUTOFF against the term: an
        Indel ratio r needs the lengths within a factor (2 - r) / r of each other."""
        share = FUZZY_CUTOFF / 100
        shortest = math.ceil(len(term) * share / (2 - share) - 1e-9)  # 1e-9: float error
        longest = math.floor(len(term) * (2 - share) / share + 1e-9)
        first = bisect.bisect_left(self._term_lengths, shortest)
        last = bisect.bisect_right(self._term_lengths, longest)
        return self._terms_by_length[first:last]

    def _usual_compounds(self, term: str) -> list[str]:
        """The compounds ending in a term of the corpus that are at least USUAL_COMPOUND_SHARE as
        frequent as the term: the usual way of saying it ("Sachschaden" for "Schaden")."""
        if len(term) < COMPOUND_MIN_LENGTH:
            return []
        least = USUAL_COMPOUND_SHARE * self._doc_freq[self._vocab[term]]
        return [
            c for c in self._compounds_ending_in(term) if self._doc_freq[self._vocab[c]] >= least
        ]

    def _compounds_ending_in(self, term: str) -> tuple[str, ...]:
        """The most frequent German compounds whose last part is the term: zollamt →
        hauptzollamt; kept for the questions after, up to NEAR_SPELLINGS terms, as near
        spellings are."""
        found = self._compounds_of.get(term)
        if found is None:
            found = tuple(self._most_frequent(self._terms_ending_in(term)))
            if len(self._compounds_of) >= NEAR_SPELLINGS:
                self._compounds_of.clear()
            self._compounds_of[term] = found
        return found

    def _compounds_starting_with(self, term: str) -> list[str]:
        """The most frequent terms whose first part is the term, with at least
        COMPOUND_MIN_LENGTH letters after it: friseur → friseursalon."""
        start = bisect.bisect_left(self._sorted_terms, term)
        found = []
        for longer in self._sorted_terms[start : start + COMPOUND_SCAN + 1]:
            if not longer.startswith(term):
                break
            if len(longer) >= len(term) + COMPOUND_MIN_LENGTH:
                found.append(longer)
        return self._most_frequent(found)

    @cached_property
    def _sorted_terms(self) -> list[str]:
        """The vocabulary in alphabetical order, sorted when a question first needs it: only a
        word the corpus lacks looks for compounds starting with it."""
        return sorted(self._vocab)

    def _most_frequent(self, terms: list[str]) -> list[str]:
        """The COMPOUND_LIMIT terms in the most passages, the most frequent first."""
        return sorted(terms, key=lambda term: -self._doc_freq[self._vocab[term]])[:COMPOUND_LIMIT]

    def _terms_ending_in(self, term: str) -> list[str]:
        """The terms longer than the term that end in it (up to COMPOUND_SCAN)."""
        start = bisect.bisect_left(self._reversed_terms, term[::-1])
        found = []
        for reversed_term in self._reversed_terms[start : start + COMPOUND_SCAN + 1]:
            if not reversed_term.startswith(term[::-1]):
                break
            if len(reversed_term) > len(term):
                found.append(reversed_term[::-1])
        return found

    def with_pair_compounds(self, matches: list[TermMatch]) -> list[TermMatch]:
        """An English question's terms, each also searched as the German compound of its
        translations and those of the term before it: "security conference" finds
        "Sicherheitskonferenz", not only every "Konferenz"; the compound counts for both words."""
        found = list(matches)
        for number in range(1, len(found)):
            before, match = found[number - 1], found[number]
            modifiers = _translated(before, min_length=COMPOUND_MIN_LENGTH)
            compounds: dict[str, float] = {}
            for head, head_weight in _translated(match).items():
                for compound in self._terms_ending_in(head):
                    for modifier, weight in modifiers.items():
                        link = len(compound) - len(modifier) - len(head)
                        if compound.startswith(modifier) and 0 <= link <= PAIR_LINK_CHARS:
                            compounds[compound] = max(
                                min(weight, head_weight),
                                compounds.get(compound, 0.0),
                                match.variants.get(compound, 0.0),
                            )
            if compounds:
                found[number] = replace(match, variants={**match.variants, **compounds})
                # The compound holds the first word too: "Sicherheitskonferenz" says "security".
                found[number - 1] = replace(before, variants={**compounds, **before.variants})
        return found

    def with_joined_words(self, matches: list[TermMatch], words: list[str]) -> list[TermMatch]:
        """A German question's terms, each also searched as the one word it makes with the word
        after it ("Kfz Werkstatt": "Kfzwerkstatt") or with the question's last word, where a
        separable verb leaves its particle ("blieb … liegen": "liegenblieb", "brachen … ein":
        "einbrachen"); the joined word counts for both."""
        pairs = [*zip(words, words[1:], strict=False), *((words[-1], w) for w in words[:-1])]
        joined_for: dict[str, set[str]] = {}  # question term -> the joined words it is part of
        for first, second in pairs:
            if term_of(second) is None:  # "auto der": no word of the text
                continue
            joined = term_of(first + second)
            if joined is not None and len(joined) >= JOINED_MIN_LENGTH and joined in self._vocab:
                for term in filter(None, (term_of(first), term_of(second))):
                    joined_for.setdefault(term, set()).add(joined)
        found = []
        for match in matches:
            joined = dict.fromkeys(joined_for.get(match.term, ()), 1.0)
            found.append(replace(match, variants={**match.variants, **joined}) if joined else match)
        return found

    def scores(self, matches: list[TermMatch]) -> np.ndarray:
        """BM25 score of every passage, each corpus term counted by its weight."""
        total = np.zeros(self._doc_count, dtype=np.float32)
        for match in matches:
            for near, weight in match.variants.items():
                term_id = self._vocab[near]
                start, end = self._indptr[term_id], self._indptr[term_id + 1]
                # a term's scores, as bm25s's get_scores gives them, added where it occurs only
                total[self._indices[start:end]] += weight * self._scores[start:end]
        return total

    def coverage(self, matches: list[TermMatch], passages: np.ndarray) -> np.ndarray:
        """For the given passages, the share of the question's term weight (idf) they contain,
        in [0, 1]; a term found only as a near spelling counts by its similarity."""
        return coverage_of(self.term_presence(matches, passages), matches)

    def term_presence(self, matches: list[TermMatch], passages: np.ndarray) -> np.ndarray:
        """idf-weighted presence of each question term (rows) in each passage (columns)."""
        distinct, inverse = np.unique(passages, return_inverse=True)
        presence = np.zeros((len(matches), len(distinct)), dtype=np.float32)
        for row, match in enumerate(matches):
            found = presence[row]
            for near, weight in match.variants.items():
                term_id = self._vocab[near]
                docs = self._indices[self._indptr[term_id] : self._indptr[term_id + 1]]
                np.maximum(found, weight, out=found, where=_among(distinct, docs))
            found *= match.idf
        return presence[:, inverse.reshape(-1)]


class TermPresence:
    """A question's terms' idf-weighted presence in passages (LexicalIndex.term_presence), each
    passage looked up once per question: ranking, re-ranking and weighing the answer look up the
    same passages again and again. Kept for the passages looked up only, in passage order, so
    that the cost follows them and not the corpus: an array over every passage, written where
    looked up, took 9.3 ms a question at 1.95M passages, against 3.0 ms looking up anew and
    2.7 ms this way (bench.scale lexical)."""

    def __init__(self, lexical: LexicalIndex, matches: list[TermMatch]) -> None:
        self._lexical = lexical
        self._matches = matches
        self._known = np.empty(0, dtype=np.int64)  # the passages looked up, ascending
        self._presence = np.empty((len(matches), 0), dtype=np.float32)  # a column each

    def of(self, passages: np.ndarray) -> np.ndarray:
        """Presence of each term (rows) in each of the passages (columns)."""
        at = np.searchsorted(self._known, passages)
        known = (
            self._known.take(at, mode="clip") == passages
            if len(self._known)
            else np.zeros(len(passages), dtype=bool)
        )
        if not known.all():
            missing = np.unique(passages[~known])
            looked_up = np.concatenate([self._known, missing])
            order = np.argsort(looked_up, kind="stable")
            self._known = looked_up[order]
            found = self._lexical.term_presence(self._matches, missing)
            self._presence = np.concatenate([self._presence, found], axis=1)[:, order]
            at = np.searchsorted(self._known, passages)
        return self._presence[:, at]


def coverage_of(presence: np.ndarray, matches: list[TermMatch]) -> np.ndarray:
    """Of each passage, the share of the terms' weight (idf) its column of presence
    (term_presence) holds."""
    total = sum(match.idf for match in matches)
    if total == 0:
        return np.zeros(presence.shape[1], dtype=np.float32)
    return presence.sum(axis=0) / total


def _translated(match: TermMatch, min_length: int = 0) -> dict[str, float]:
    """The German terms that stand for an English term at least PAIR_MIN_WEIGHT, not the term
    itself."""
    return {
        german: weight
        for german, weight in match.variants.items()
        if weight >= PAIR_MIN_WEIGHT and german != match.term and len(german) >= min_length
    }


def _among(passages: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Which of the passages (distinct, ascending) are among docs (ascending too, as the matrix
    stores a term's passages): a binary search of the shorter in the longer, cheaper than
    np.isin's sort."""
    if len(docs) == 0 or len(passages) == 0:
        return np.zeros(len(passages), dtype=bool)
    if len(passages) <= len(docs):
        return docs.take(np.searchsorted(docs, passages), mode="clip") == passages
    at = np.searchsorted(passages, docs)
    hit = passages.take(at, mode="clip") == docs
    found = np.zeros(len(passages), dtype=bool)
    found[at[hit]] = True
    return found


def _written_words(inner: Counter[str], opening: Counter[str]) -> Counter[str]:
    """How often each word, as written, occurs inside a sentence — as _CASED_WORD finds it in
    the passages' texts (parts joined by spaces): inner counts the passages each part is in,
    opening those where its first word follows a word of the part before it rather than the end
    of a sentence."""
    words: Counter[str] = Counter()
    for part, count in inner.items():
        found = _CASED_WORD.findall(joined_roads(part))
        if count == 1:
            words.update(found)
        else:
            for word in found:
                words[word] += count
    for part, count in opening.items():
        for word in _opening_word(part):
            words[word] += count
    return words


def _noun_share_and_spellings(
    written: Counter[str], first_words: Counter[str], vocab: dict[str, int]
) -> tuple[np.ndarray, dict[str, str]]:
    """For each term, the share of its occurrences inside a sentence that start with a capital;
    and its most frequent spelling there ("Schlafzimmer" for schlafzimm). A term never written
    inside a sentence — a dateline's town ("Angelbachtal"), a title's first word — is read from
    the words that open a sentence or a heading (first_words) instead."""
    seen, capitalised, spellings = _case_counts(written, vocab)
    first_seen, first_capitalised, first_spellings = _case_counts(first_words, vocab)
    only_first = seen == 0
    seen = np.where(only_first, first_seen, seen)
    capitalised = np.where(only_first, first_capitalised, capitalised)
    noun_share = (capitalised / np.maximum(seen, 1)).astype(np.float32)
    return noun_share, {**first_spellings, **spellings}


def _case_counts(
    written: Counter[str], vocab: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, dict[str, str]]:
    """How often each term is written, how often with a capital, and its most frequent
    spelling."""
    words, term_ids, times, upper = [], [], [], []
    for word, count in written.items():
        term_id = vocab.get(term_of(word))  # type: ignore[arg-type]  # None is no key
        if term_id is not None:
            words.append(word)
            term_ids.append(term_id)
            times.append(count)
            upper.append(count if word[0].isupper() else 0)
    seen = np.bincount(term_ids, weights=times, minlength=len(vocab))
    capitalised = np.bincount(term_ids, weights=upper, minlength=len(vocab))
    ids = np.asarray(term_ids, dtype=np.int64)
    order = np.lexsort((np.asarray(times), ids))  # by term, its most frequent spelling last
    last = order[np.append(ids[order][1:] != ids[order][:-1], True)] if len(ids) else order
    term_of_id = {number: term for term, number in vocab.items()}
    return seen, capitalised, {term_of_id[ids[i]]: words[i] for i in last.tolist()}


def _opening_word(part: str) -> list[str]:
    """The word a part starts with, which _CASED_WORD skips at the start of a text."""
    match = _WORD.match(joined_roads(part))
    return [match.group(0)] if match else []


_GERMAN_SPELLINGS = [
    (re.compile(r"ph"), "f"),
    (re.compile(r"c(?=[eiy])"), "z"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"th"), "t"),
]


def german_spellings(term: str) -> set[str]:
    """How German spells an English term it shares ("hurrican" → "hurrikan", "kenya" →
    "kenia", "phas" → "fas"): each rule applied or not."""
    spellings = {term}
    for pattern, replacement in _GERMAN_SPELLINGS:
        spellings |= {pattern.sub(replacement, s) for s in spellings}
    return spellings - {term}


def _best(variants: dict[str, float], vocab: dict[str, int]) -> int | None:
    return vocab[max(variants, key=variants.__getitem__)] if variants else None
