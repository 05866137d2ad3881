"""The unit after a Persian number: the longest unit phrase of the lexicon at a token (a counted
noun, a measure, money, a classifier and the thing it classifies), a smaller measure joined to it
("یک کیلو و ۴۰۰ گرم") and "تن" read as persons beside death or injury."""

from __future__ import annotations

from refrain.claims.fa.lexicon import Unit, figure_words, lexicon
from refrain.claims.fa.numbers import NumberPhrase, read_number
from refrain.text import NumberToken

# "۲۵ هزار نفر شرکت کردند": a noun before one of these is part of a verb ("participated")
_LIGHT_VERBS = tuple(sorted(figure_words("figure_compound_verbs")))  # for str.startswith
_SUB_UNITS = {"kg": {"g": 1e-3}, "t": {"kg": 1e-3}, "m": {"cm": 0.01}, "km": {"m": 1e-3}}
_HARM = figure_words("figure_harm")


def unit_at(tokens: list[NumberToken], j: int) -> tuple[Unit, int] | None:
    """The unit (longest phrase) starting at token ``j``, and the index of its last token."""
    lex = lexicon()
    if j < len(tokens) and tokens[j].text in ("%", "\u066a"):  # "۲۵%", "۲۵٪"
        return Unit("%", "measure"), j
    words: list[str] = []
    for k in range(j, min(len(tokens), j + lex.max_unit_words)):
        if tokens[k].kind != "word":
            break
        words.append(tokens[k].text)
    for n in range(len(words), 0, -1):
        key = tuple(words[:n])
        if key in lex.units:
            unit = lex.units[key]
            after = tokens[j + n + 1].text if j + n + 1 < len(tokens) else ""
            compound_verb = after.startswith(_LIGHT_VERBS)
            if (
                unit.kind == "classifier"
                and len(words) > n
                and (words[n],) in lex.units
                and not compound_verb
            ):
                thing = lex.units[(words[n],)]  # "یک دستگاه کامیون": a truck
                if thing.kind == "count":
                    return Unit(thing.code, "classifier"), j + n - 1
            return unit, j + n - 1
        last = words[n - 1]
        # "۲۵ درصدی", "۷۰ ساله", "۹۰ درصدشان" (their 90 percent)
        for suffix in ("\u200cای", "\u200cی", "\u200cشان", "شان", "یی", "ی", "ه"):
            if last.endswith(suffix) and (*key[:-1], last[: -len(suffix)]) in lex.units:
                return lex.units[(*key[:-1], last[: -len(suffix)])], j + n - 1
    return None


def sub_measure(tokens: list[NumberToken], unit: tuple[Unit, int]) -> tuple[float, int] | None:
    """ "یک کیلو و ۴۰۰ گرم", "یک متر و هفتاد", "دو سال و نیم": the smaller part in the figure's unit,
    and its last token."""
    subs = _SUB_UNITS.get(unit[0].code)
    k = unit[1] + 1
    if k + 1 >= len(tokens) or tokens[k].text != "و":
        return None
    if tokens[k + 1].text == "نیم" and unit[0].kind in ("measure", "money", "time"):
        return 0.5, k + 1  # "یک متر و نیم", "دو سال و نیم"
    if subs is None:
        return None
    part = read_number(tokens, k + 1)
    if part is None:
        return None
    part_unit = unit_at(tokens, part.last + 1)
    if part_unit is not None and part_unit[0].code in subs:
        return part.value * subs[part_unit[0].code], part_unit[1]
    if part_unit is None and unit[0].code == "m" and part.value < 100:
        return part.value * 0.01, part.last
    return None


def people_tonne(tokens: list[NumberToken], phrase: NumberPhrase, unit: tuple[Unit, int]) -> tuple[Unit, int]:
    """ "مرگ یک تن و مصدومیت سه تن دیگر": "تن" counts persons beside death, injury or arrest."""
    if unit[0].code != "t":
        return unit
    near = {t.text for t in tokens[max(0, phrase.first - 3) : phrase.first]}
    near |= {t.text for t in tokens[unit[1] + 1 : unit[1] + 3]}
    if near & _HARM or "دیگر" in near or _people_after(tokens, unit[1] + 1):
        return Unit("people", "classifier"), unit[1]
    return unit


_THEM = {"آنها", "آن\u200cها", "آنان", "ایشان"}
_CLAUSE_AFTER = 8  # tokens after "تن" read for a harm word, up to the clause's verb
_VERBS = {"شد", "شدند", "است", "بود", "بودند", "کرد", "کردند", "دارد", "داشت", "رسید", "گرفت"}


def _people_after(tokens: list[NumberToken], k: int) -> bool:
    """ "۷۴ تن با گلوله زخمی شدند", "سه تن را کشتند": a harm word later in the clause; "دو تن از
    آن‌ها": persons of a group."""
    if k + 1 < len(tokens) and tokens[k].text == "از" and tokens[k + 1].text in _THEM:
        return True
    for t in tokens[k : k + _CLAUSE_AFTER]:
        if t.text in _HARM:
            return True
        if t.kind == "punct" or t.text in _VERBS or t.text.startswith("می\u200c"):
            return False  # the clause (up to its verb) is over: "۳ هزار تن کالا صادر شد و …"
    return False
