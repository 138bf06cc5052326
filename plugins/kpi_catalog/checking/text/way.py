"""The way the verbs of a statement move the value (:func:`verb_way`), and the verbs that
multiply it (:data:`VERB_MULTIPLES`)."""

from __future__ import annotations

import re

from kpi_catalog.checking.text.words import re_lower

UP, DOWN = 1, -1
"""The ways a value moves."""

# --- the verbs that multiply the value: halve, double, gandakan ---------------------------

_ENGLISH_MULTIPLES = {"halve": 0.5, "double": 2.0, "triple": 3.0, "quadruple": 4.0}
_INDONESIAN_DOUBLE = ("gandakan", "menggandakan", "lipatgandakan", "melipatgandakan")
_INDONESIAN_DOUBLED = ("digandakan", "dilipatgandakan")
SAID_AFTER: dict[str, float] = {
    **{verb + "d": times for verb, times in _ENGLISH_MULTIPLES.items()},
    **dict.fromkeys(_INDONESIAN_DOUBLED, 2.0)}
"""The forms said after the measure (`exports doubled`, `ekspor digandakan`): participles
and passives, with the multiple of the baseline each says."""
VERB_MULTIPLES: dict[str, float] = {
    **{form: times for verb, times in _ENGLISH_MULTIPLES.items()
       for form in (verb, verb + "s", verb[:-1] + "ing")},
    **dict.fromkeys(_INDONESIAN_DOUBLE, 2.0), **SAID_AFTER}
"""Every form of the verbs that multiply the value (`halving` 0.5, `doubles` 2,
`melipatgandakan` 2): one list, so that a verb added here is read alike by K113 (the change,
:mod:`.changes`), K123 (a second measure's change, :mod:`.measures`) and K121 (its way)."""


def verb_multiple(verb: str) -> float:
    """The multiple of the baseline a verb of :data:`VERB_MULTIPLES` says, as written
    (`Halving` 0.5, `gandakannya` 2): K113 checks it against the fields, K123 tells by it the
    first measure's change said again from a second measure's."""
    return VERB_MULTIPLES[re_lower(verb).removesuffix("nya")]


# --- the way a verb moves the value ----------------------------------------------------

RATIO = re.compile(r"(?<![\w.,])1\s?:\s?\d")
"""A ratio to one (`1:20`): whether it rises as its second number falls is in doubt."""

_WAY_WORDS = {
    UP: """increase increases increased increasing raise raises raised raising grow grows
        grew grown growing lift lifts lifted lifting boost boosts boosted boosting expand
        expands expanded expanding lengthen lengthened widen widened rise rises rising
        meningkatkan tingkatkan ditingkatkan peningkatan meningkat menaikkan naikkan dinaikkan
        kenaikan naik menumbuhkan tumbuhkan ditumbuhkan tumbuh menambah tambah tambahkan
        ditambah bertambah memperluas perluas""",
    DOWN: """reduce reduces reduced reducing reduction cut cuts cutting lower lowers lowered
        lowering decrease decreases decreased decreasing shrink shrinks shrinking shorten
        shortens shortened shortening trim trims trimmed trimming lessen lessened slash
        slashes slashed slashing
        menurunkan turunkan diturunkan penurunan turun menurun mengurangi kurangi dikurangi
        pengurangan berkurang menekan tekan ditekan memangkas pangkas dipangkas
        memperpendek perpendek mempersingkat persingkat memperkecil perkecil menyusutkan""",
}
WAY_OF_WORD = {word: way for way, words in _WAY_WORDS.items() for word in words.split()} | {
    form: UP if times > 1 else DOWN for form, times in VERB_MULTIPLES.items()}
"""The verbs (and their nouns) that say which way the value moves, English and Indonesian."""
_DOWN_AFTER = frozenset("bring brings bringing brought".split())  # bring down
# Words that leave the way in doubt: a negation or a "keep" (`keep churn from rising`), and
# ranks, where a better place is a smaller number (`raise the ranking from 5th to 1st`).
_WAY_DOUBT = frozenset("""
    not never no prevent prevents avoid avoids stop stops keep keeps maintain maintains hold
    holds rank ranks ranking rankings position place jangan tidak bukan tak mencegah cegah
    menjaga jaga mempertahankan pertahankan menahan tahan peringkat posisi urutan
""".split())
_WAY_CLUES = frozenset(WAY_OF_WORD) | {"down"}
# Words are split at white space and at punctuation other than a hyphen (`lower-income` is
# one word, not `lower`): a translation and a split, both in C, so that the many statements
# without such a verb cost a set intersection.
_SPACES = str.maketrans({c: " " for c in "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~‘’“”…→·"})


def verb_way(text: str) -> tuple[int, str] | None:
    """The way the verbs of ``text`` move the value (:data:`UP` or :data:`DOWN`) and the
    first of them as written: ``Reduce`` in "Reduce churn from 5% to 3%". None when no
    verb says a way, when verbs say both ways, or when a negation, a "keep" or a rank leaves
    it in doubt."""
    words = text.lower().translate(_SPACES).split()
    found = _WAY_CLUES.intersection(words)
    if not found or not _WAY_DOUBT.isdisjoint(words):
        return None
    ways = {WAY_OF_WORD[word] for word in found if word != "down"}
    down_at = -1
    if "down" in found:
        down_at = next((at for at in range(1, len(words))
                        if words[at] == "down" and words[at - 1] in _DOWN_AFTER), -1)
        if down_at > 0:
            ways.add(DOWN)
    if len(ways) != 1:
        return None
    first = next((at for at, word in enumerate(words) if word in WAY_OF_WORD), len(words))
    written = text.translate(_SPACES).split()
    if 0 < down_at < first:
        return DOWN, " ".join(written[down_at - 1:down_at + 1])
    return ways.pop(), written[first]
