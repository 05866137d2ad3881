"""From quoted pieces to attributed quotes: merge split quotes, find the cue and speaker, classify.

Where a cue is looked for, in order: between the pieces of a split quote ("“A,” he said, “B.”"),
just after the quote ("…,” Smith said"), in the sentence before it ("Smith said: “…”",
"according to Smith, “…”"), in the previous sentence when that one introduces it ("He was quoted
as saying:" then the quote in its own paragraph), and finally the speaker of the quote just before.

Size: about 510 lines, one class: the Attributor's steps read the same article state (paragraphs,
sentences, the masked text) in a fixed order; kinds, grouping, leads, layout and owners are split out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from refrain.text.lexicon import lexicon as text_lexicon

from .cited_sources import is_press
from .context import MASK, Token, sentence_starts, tokens
from .cues import Cue, find_cues, subject_of
from .grouping import Group
from .kinds import classify as classify_quote
from .kinds import passive_lead
from .layout import DASHES, digest_speakers, name_line
from .leads import (
    bare_cue_clause,
    bare_lead,
    caps_headline,
    colon_source,
    cue_ends_lead,
    last_clause,
    object_quote_subject,
    opening_participle_subject,
    own_report,
    report_clause,
    text_of_owner,
)
from .lexicon import lexicon
from .marks import RawQuote, paragraphs
from .owners import claim_owner, main_verb_subject, sign_holders, that_clause_subject
from .speakers import BE_FORMS, PERSONAL_SUBJECTS, NounPhrase, sentence_subject, subject_after
from .subject_lists import fronted_clause_owner, relative_owner


class Attributor:
    """Attribution over one article (holds its masked text, paragraphs and sentences)."""

    def __init__(self, text: str, masked: str, raws: list[RawQuote]) -> None:
        self.text = text
        self.masked = masked
        self.paras = paragraphs(text)
        self.para_starts = [lo for lo, _ in self.paras]
        self.sent_starts: list[list[int]] = [
            sentence_starts(text, masked, lo, hi, raws) for lo, hi in self.paras
        ]
        self.digest = digest_speakers(masked, self.paras)
        # how often each short quoted phrase is quoted in the article: a phrase the article keeps
        # putting in marks ("maximum pressure" five times) is a term it is using, not someone's words
        self.quoted_counts: dict[str, int] = {}
        self._masked_lower = masked.lower()  # quotations masked: only the writer's own words
        self._bare_counts: dict[str, int] = {}
        for r in raws:
            key = _phrase_key(text[r.start : r.end])
            if 0 < len(key.split()) <= 3:
                self.quoted_counts[key] = self.quoted_counts.get(key, 0) + 1

    def _quoted_often(self, content: str) -> bool:
        """Whether the article keeps using the phrase as a term: put in marks three times or more, or
        written without marks three times or more ("“warm banks” are popping up … these warm banks")."""
        key = _phrase_key(content)
        if self.quoted_counts.get(key, 0) >= 3:
            return True
        if len(key.split()) < 2 or not re.fullmatch(r"[\w’' -]+", key):
            return False  # a single word ("war", "political") recurs in any article: no sign of a term
        if key not in self._bare_counts:
            bare = re.compile(rf"(?<![\w-]){re.escape(key)}(?:e?s)?(?![\w-])")
            self._bare_counts[key] = len(bare.findall(self._masked_lower))
        return self._bare_counts[key] >= 3

    def _para_start(self, pos: int) -> int:
        k = bisect_right(self.para_starts, pos)  # bisect, not a scan: once per quote
        return self.para_starts[k - 1] if k else 0

    def sentence_of(self, para: int, pos: int) -> tuple[int, int]:
        starts = self.sent_starts[para]  # sorted
        k = bisect_right(starts, pos)
        lo = starts[k - 1] if k else self.paras[para][0]
        hi = starts[k] if k < len(starts) else self.paras[para][1]
        return lo, hi

    def previous_sentence(self, para: int, pos: int) -> tuple[int, int, int] | None:
        lo, _ = self.sentence_of(para, pos)
        if lo > self.paras[para][0]:
            plo, phi = self.sentence_of(para, lo - 1)
            return plo, phi, para
        if para == 0:
            return None
        p = para - 1
        plo, phi = self.sentence_of(p, self.paras[p][1] - 1)
        return plo, phi, p

    def attribute(self, g: Group) -> None:
        first, last = g.pieces[0], g.pieces[-1]
        sent_lo, sent_hi = self.sentence_of(first.paragraph, first.open_at)
        g.sentence = (sent_lo, sent_hi)
        if self._subheading(g, sent_lo):
            g.kind = "scare"  # "‘Parliament to meet’ Ali Vaez, the spokesman, said …": a subheading
            return
        # 1. between pieces
        for a, b in zip(g.pieces, g.pieces[1:], strict=False):
            if a.paragraph != b.paragraph:
                continue
            if self.masked[a.outer_end : b.open_at].strip().endswith("."):
                # "“A,” a senior official who attended the meeting said. “B.”": the cue sentence
                # after A is read as after any quote
                if self._try_right(g, a):
                    break
            elif self._try(g, tokens(self.masked, a.outer_end, b.open_at), a.outer_end):
                break
        left = tokens(self.masked, sent_lo, first.open_at)
        left = [t for t in left if t.text != MASK] if not any(t.text == MASK for t in left[-1:]) else left
        # 2. "Smith warned, “…”": a cue just before the quote, set off by a comma or colon, names its
        # speaker even when another cue follows it (“…” Jones replied, “…” — the next quote's)
        if g.subject is None and cue_ends_lead(left):
            self._try_left(g, left)
        # 3. right after the last piece, or after the first piece's paragraph-closing piece
        if g.subject is None:
            for piece in (last, first) if last is not first else (last,):
                if piece.close_at is not None and self._try_right(g, piece):
                    break
        # 3b. "X claimed that Iran is “…”, IRNA reported": the outlet relays; the earlier speaker speaks
        # ("… to “…”, according to a Reuters report": likewise, the sentence's own speaker)
        self._relayed_speaker(g, left)
        # 4. the sentence before the quote
        if g.subject is None:
            self._try_left(g, left)
        if g.subject is None and self._coordinated_after(last):
            # "X expressed regret that … “…” and said …": the verb after the quote shares the
            # sentence's subject
            subj = sentence_subject(left)
            if subj is not None and (subj.tokens[0].is_cap or subj.tokens[0].lower in lexicon().pronouns):
                g.subject = subj
        if g.subject is None:
            self._try_report_clause(g, last)
        if g.subject is None and last.close_at is not None:
            end = self.sentence_of(last.paragraph, last.outer_end)[1]
            opening = opening_participle_subject(left, self.masked, last.outer_end, end)
            if opening is not None:
                verb, g.subject = opening
                g.cue, g.cue_at = verb.text, verb.start
        if g.subject is not None:
            sign_holders(g, left)
        fronted = fronted_clause_owner(left) if g.cue_at is None or g.cue_at > first.open_at else None
        if fronted is not None:
            verb, g.subject = fronted  # "While the White House portrays the deals as “…”, an expert tells"
            g.cue, g.cue_at = verb.text, verb.start
        if owned := relative_owner(left):
            verb, g.subject = owned  # "… Vandos - who has called the accord a “…” - was …"
            g.cue, g.cue_at = verb.text, verb.start
        claim_owner(g, left)
        g.kind = self.classify(g, left)
        if g.kind == "scare":
            g.subject, g.cue = None, None
            return
        if g.subject is None:
            # after classify, so the quote's kind stays what its place in the sentence says
            g.subject = object_quote_subject(left) or that_clause_subject(left)
            if g.subject is None and g.kind == "partial":
                g.subject = main_verb_subject(left, self.text[first.start : first.end])
        if g.subject is None:
            # a digest: "Maria Lopez, 45, Phoenix" on its own line above or below the quotation
            g.subject = self.digest.get(first.paragraph) or self.digest.get(last.paragraph)
        # 5. the previous sentence introduces the quote ("He said:" / "Smith was quoted as saying:")
        if g.subject is None:
            self._try_previous(g, sent_lo)
        # 6. a passage quoted on its own after the writer's summary of it ("…, writes Amb. Ereli?"
        # and a paragraph of the writer's own): the author last cued goes on
        if g.subject is None and g.kind == "direct":
            self._try_earlier_paragraphs(g)

    def _relayed_speaker(self, g: Group, left: list[Token]) -> None:
        """When the cue found is an outlet relaying ("…, IRNA reported") or a press source, the
        sentence's own speaker speaks: the cue before the quote, else the sentence's subject."""
        press = _press_source(g)
        first = g.pieces[0]
        # "X said in May that the effort “…”, the Varan Post said on Monday": an outlet speaking
        # after the quote relays the sentence's own speaker, whatever its verb
        outlet = g.subject is not None and g.cue_at is not None and g.cue_at > first.open_at
        if outlet and not press and is_press(g.subject.tokens) and not _relays_only(left):
            press = True
        if g.subject is None or not (_relays(g.cue) or press):
            return
        relayed = Group(g.pieces)
        if press or not _relays_only(left):
            self._try_left(relayed, left)
        own = main_verb_subject(left, self.text[first.start : first.end]) if relayed.subject is None else None
        if own is None and relayed.subject is None and not press and left and left[0].text != MASK:
            own = sentence_subject(left)  # a body: "The ministry condemned … “…,” IRNA reported"
        if relayed.subject is not None and not _relays(relayed.cue):
            g.subject, g.cue, g.cue_at = relayed.subject, relayed.cue, relayed.cue_at
        elif (
            own is not None
            and not (g.subject.start <= own.start < g.subject.end)  # "The U.S. magazine reports"
            and (press or _speaking_body_or_name(own))
        ):
            # "The ministry condemned “…” the move “…,” IRNA reported": the ministry's words
            g.subject, g.cue, g.cue_at = own, None, None

    def _try_earlier_paragraphs(self, g: Group) -> None:
        """A long quotation opening its paragraph with no cue near it: the speaker of the last cue in
        the two paragraphs before, when the one right before holds no quotation (whose speaker would
        go on instead) and no heading stands between."""
        first = g.pieces[0]
        para = first.paragraph
        words = sum(len(self.text[p.start : p.end].split()) for p in g.pieces)
        if words < 12 or para < 1 or self.masked[self.paras[para][0] : first.open_at].strip():
            return
        if MASK in self.masked[slice(*self.paras[para - 1])]:
            return
        for k in range(para - 1, max(-1, para - 3), -1):
            lo, hi = self.paras[k]
            body = self.masked[lo:hi].strip()
            if len(body.split()) < 8 or body[-1:] not in {".", "?", "!", ":", "”", "’", '"', MASK}:
                return  # a heading or caption: another section's speakers end there
            toks = tokens(self.masked, lo, hi)
            for cue in reversed(find_cues(toks)):
                subj = subject_of(toks, cue)
                if subj is not None and (subj.tokens[0].is_cap or subj.tokens[0].lower in lexicon().pronouns):
                    g.subject, g.cue, g.cue_at = subj, cue.text, toks[cue.index].start
                    return

    def stance_subject_before(self, g: Group, *, after: int) -> NounPhrase | None:
        """The named subject of the sentence right before a quote that opens its own sentence, when
        its verb takes a stance or speaks ("expressed his condolence", "compared", "hailed") and
        the sentence, after ``after``, holds no quotation: whose words the quote most likely is."""
        first = g.pieces[0]
        prev = self.previous_sentence(first.paragraph, first.open_at)
        if prev is None or self.masked[prev[1] : first.open_at].strip():
            return None
        lo, hi, _ = prev
        if lo < after or MASK in self.masked[lo:hi]:
            return None
        toks = tokens(self.masked, lo, hi)
        np = sentence_subject(toks)
        if np is None or not np.tokens or not np.tokens[-1].is_cap:
            return None
        k = next((n for n, t in enumerate(toks) if t.start >= np.end), len(toks))
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in {"who", "whose"}:
            # ", whose row with Jan Morvik …, also expressed": past the relative clause
            k = next((n for n in range(k + 2, len(toks)) if toks[n].text == ","), len(toks))
        while k < len(toks) and (
            toks[k].lower in {"also", "later", "then", "further"} or toks[k].text == ","
        ):
            k += 1
        verb = toks[k].lower if k < len(toks) else ""
        stance = text_lexicon("en", "stance_verbs_before_quote")
        return np if verb in stance or verb in lexicon().speech_verb_forms else None

    def _try_previous(self, g: Group, sent_lo: int) -> None:
        """The previous sentence introduces the quote ("He said:" / "Smith was quoted as saying:")."""
        first = g.pieces[0]
        lead = self.masked[sent_lo : first.open_at].strip()
        if bare_lead(lead):
            lead = ""  # "But “…”": the quote goes on from the sentence before
        prev = self.previous_sentence(first.paragraph, first.open_at)
        if (lead and not lead.endswith(":")) or prev is None:
            return
        plo, phi, _ = prev
        ptoks = tokens(self.masked, plo, phi)
        intro = self.masked[plo:phi].rstrip().endswith(":")
        cues = find_cues(ptoks)
        if any(not _relays(c.text) and not c.according for c in cues):
            # "Salami stressed that …, Al Alam reported.", "According to Tasnim, Ghalibaf said that
            # …": the outlet only relays the speaker
            cues = [
                c
                for c in cues
                if not _relays(c.text)
                and not (
                    c.according and (source := subject_of(ptoks, c)) is not None and is_press(source.tokens)
                )
            ]
        quote_led = bool(ptoks) and ptoks[0].text == MASK and not intro and not lead
        closing = report_clause(ptoks) if not (intro or lead) else None
        if closing is not None:
            # "NGOs visit the farms and inform them, he explained. “…”": the clause that
            # reports the sentence names the one still speaking, not a verb of its content
            cues = [closing[0]]
        # a quote after a plain sentence goes on from its main clause ("The MP stressed that
        # Iran has agreed …" → the MP); after a colon the last cue introduces it
        for cue in cues if quote_led or not (intro or lead.endswith(":")) else reversed(cues):
            subj = subject_of(ptoks, cue)
            if subj is not None and (intro or lead.endswith(":") or not lead):
                g.subject, g.cue, g.cue_at = subj, cue.text, ptoks[cue.index].start
                break
        if g.subject is None and intro:
            g.subject = sentence_subject(ptoks)  # "Clinton released the following statement:"

    def _try_report_clause(self, g: Group, piece: RawQuote) -> None:
        """ "… worked like “salt on ice” and showed …, he argued.": the clause closing the quote's
        sentence reports it."""
        lo, hi = self.sentence_of(piece.paragraph, piece.outer_end)
        first = g.pieces[0]
        if piece.close_at is None or (first.paragraph, lo) != (
            piece.paragraph,
            self.sentence_of(first.paragraph, first.open_at)[0],
        ):
            return  # the quotation ends its sentence: the next sentence's clause is not about it
        toks = tokens(self.masked, piece.outer_end, hi)
        opening = toks[1] if toks and toks[0].text == "," and len(toks) > 1 else toks[0] if toks else None
        if opening is None or not opening.is_word:
            return
        found = report_clause(toks)
        if opening.is_cap and (found is None or found[1].tokens[0].lower not in PERSONAL_SUBJECTS):
            # "“…,” Amanda Sloat, an expert …, told me": no content between quote and cue (but "The
            # “unfair” Norland tariffs, he went on, are …": an aside after the sentence's words)
            return
        if found is not None:
            cue, g.subject = found
            g.cue, g.cue_at, g.reported = cue.text, toks[cue.index].start, True

    def _coordinated_after(self, piece: RawQuote) -> bool:
        """Whether "and said" (a verb sharing the sentence's subject) follows the quote."""
        if piece.close_at is None:
            return False
        toks = tokens(self.masked, piece.outer_end, min(self.paras[piece.paragraph][1], piece.outer_end + 40))
        cues = find_cues(toks[:4])
        return bool(cues) and cues[0].coordinated and toks[0].lower in {"and", "but"}

    def _subheading(self, g: Group, sent_lo: int) -> bool:
        """A headline in quotation marks run into the next paragraph's first sentence: it opens its
        sentence, has no punctuation at its end (one or two words: the first capitalised), and a
        capitalised word follows the closing mark with no comma."""
        piece = g.pieces[0]
        lead = re.split(r"[.!?][\"”’\x00]*\s", self.masked[sent_lo : piece.open_at])[-1]
        if len(g.pieces) > 1 or piece.close_at is None or any(c.isalnum() or c == MASK for c in lead):
            return False  # a rule of "=====" or "***" before a heading is no sentence of its own
        inner = self.text[piece.start : piece.end].strip()
        words = inner.split()
        if not inner[-1:].isalnum():
            return False
        if len(words) <= 2 and not words[0][0].isupper():
            return False  # "“Legal victory” The court …": a short heading opens with a capital
        after = self.masked[piece.outer_end : piece.outer_end + 3]
        return bool(re.match(r"\s+[A-Z]", after))

    def _try_left(self, g: Group, left: list[Token]) -> None:
        """A cue in the words before the quote, then a colon-led source or a digest headline."""
        cues = find_cues(left)
        owner = text_of_owner(left)
        if owner is not None:
            g.subject = owner  # "Below is the text of the envoy's letter: “…”"
            return
        if left and left[-1].text == ":":
            # "Pollsters agree - Carl Bialik: “…”": the source after the dash, not the headline's verb
            dashes = [k for k, t in enumerate(left) if t.text in DASHES]
            before = left[: dashes[0]] if dashes else []
            headline = (
                len(dashes) == 1
                and dashes[0] <= 10
                and (all(t.text != "," for t in before) or caps_headline(before))
            )
            source = colon_source(left) if headline else None
            if source is not None and all(left[c.index].start < source.start for c in cues):
                g.subject = source
                return
            clause = last_clause(left)
            if len(clause) < len(left) and not any(left[c.index].start >= clause[0].start for c in cues):
                # "Reid said …, but he paid him a compliment: “…”": the clause before the colon speaks
                g.subject = NounPhrase(clause[0].start, clause[0].end, (clause[0],))
                return
        for cue in reversed(cues):
            if cue.coordinated and any(
                not c.participle and c.index < cue.index and subject_of(left, c, inverted=False) is not None
                for c in cues
            ):
                continue  # "Lazar said he … and added, “…”": the earlier cue names the speaker
            main = _main_subject(left, cues, cue) if _participle_after_quote(self.masked, left, cue) else None
            if main is not None:
                # "X said ties are “…,” describing them as “…”", "… “makes no sense,” adding, “…”":
                # the participle's subject is the main clause's, not the nearest clause's
                g.subject, g.cue, g.cue_at = main, cue.text, left[cue.index].start
                break
            if (
                cue.end_index + 2 == len(left)
                and left[-1].lower == "to"
                and not self.masked[left[cue.end_index].end : left[-1].start].strip()
                and lexicon().speech_verb_lemma.get(cue.text.split()[0].lower())
                in text_lexicon("en", "verbs_to_object")
            ):
                continue  # "warned that Norland will respond to “…”": the quote is what is responded to
            if _inside_reported(left, cues, cue) or _belief_inside_reported(left, cues, cue):
                continue  # "X said that the government has responded to …, and has a “…”": X
            if (
                cue is not cues[0]
                and cue.index > 0
                and left[cue.index - 1].lower in BE_FORMS
                and not left[cue.index].lower.endswith("ing")  # "is saying": no passive
            ):
                continue  # "X said the truce was agreed after “…” talks": a passive's subject says nothing
            subj = subject_of(left, cue, inverted=cue.index == 0)
            if subj is not None and _thing_doing(left, cues, cue, subj):
                continue  # "X said on Sunday that piracy is threatening the coasts like a “…”": X
            if subj is not None:
                g.subject, g.cue, g.cue_at = subj, cue.text, left[cue.index].start
                break
        if g.subject is None and left and left[-1].text == ":":
            # "HEADLINE - Ann Bell and Tom Roe: “…”", "More from the report: “…”"
            # "She then addressed the crowd: “…”", "Reid said …, but he paid him a compliment: “…”"
            clause = last_clause(left)
            # "Their doctrine is a precept: “…”": what something is, nobody's words
            defines = any(t.lower in {"is", "are", "was", "were"} for t in clause) and not any(
                t.lower in lexicon().speech_verb_forms for t in clause
            )
            g.subject = colon_source(left) or (None if defines else sentence_subject(clause))
        if g.subject is None and caps_headline(left):
            g.subject = NounPhrase(
                left[0].start, left[-1].end, tuple(left)
            )  # digest: "HEADLINE “…” [Source.]"
        if g.subject is None and left and left[0].start == self._para_start(left[0].start):
            # a caption-style name before the quote: "Maria Lopez, 45, Phoenix “…”"
            g.subject = name_line(left, described=True)

    def _try(self, g: Group, toks: list[Token], at: int) -> bool:
        for cue in find_cues(toks):
            subj = subject_of(toks, cue)
            if subj is not None:
                g.subject, g.cue, g.cue_at = subj, cue.text, toks[cue.index].start
                return True
        return False

    def _try_right(self, g: Group, piece: RawQuote) -> bool:
        # up to the next sentence the text layer finds after words of the writer's ("… for the U.S.
        # In his speech, X said": the acronym's period, one token with it, ends the sentence too)
        starts = self.sent_starts[piece.paragraph]
        para_hi = next(
            (s for s in starts if s > piece.outer_end and self.masked[piece.outer_end : s].strip()),
            self.paras[piece.paragraph][1],
        )
        toks = tokens(self.masked, piece.outer_end, para_hi)
        cut = len(toks)
        depth = 0  # a period inside "(R-Fla.)" ends no sentence
        for k, t in enumerate(toks):
            depth += (t.text == "(") - (t.text == ")")
            if depth > 0 and t.text == ".":
                continue
            if t.text == MASK or t.text in {".", "!", "?", ";", "…"} or (t.text == ":" and k > 0):
                cut = k
                break
        all_toks, toks = toks, toks[:cut]
        first_word = next((t.start for t in toks if t.text != ","), None)
        inner = self.text[piece.start : piece.end].rstrip()
        sentence_after = (
            inner.endswith((".", "…")) and toks and toks[0].is_cap and toks[0].lower not in lexicon().pronouns
        )
        introduces_next = (
            inner.endswith((".", "?", "!", "…"))
            and cut < len(all_toks)
            and all_toks[cut].text == MASK
            and bool(toks)
            and toks[0].is_cap
            and (toks[-1].text in {",", ":"} or _ends_with_cue(toks))
        )
        if introduces_next and not _adds_next(toks):
            return False  # “… done?” Mills then wrote back, “…”: the cue belongs to the next quote
        if toks and toks[0].lower == "by" and self._passive_agent(g, piece, toks):
            return True
        if (
            toks
            and toks[0].is_word
            and not toks[0].is_cap
            and toks[0].lower not in lexicon().speech_verb_forms
            and (went_on := self._sentence_goes_on(g, piece, toks, inner)) is not None
        ):
            return went_on
        for cue in find_cues(toks)[:1]:
            first = g.pieces[0]
            opens = not self.masked[
                self.sentence_of(first.paragraph, first.open_at)[0] : first.open_at
            ].strip()
            if self._sentence_of_its_own(g, toks, cue, inner, sentence_after=sentence_after, opens=opens):
                return False
            if cue.participle:
                break  # "…” and said the government had …": the subject is the one before the quote
            subj = subject_of(toks, cue)
            if subj is None:
                break
            if cue.quoted_as and cue.index <= 4:
                # "…,” IRNA quoted Ali Vaez as saying on Monday.
                g.subject, g.cue, g.cue_at = subj, cue.text, toks[cue.index].start
                return True
            # a long appositive may stand between the name and a late cue ("…,” Smith, the …, said")
            if cue.index > (48 if subj.start == first_word else 24):
                break
            # "…,” Smith said" / "…,” Smith, the minister, said" / "…,” said Smith"
            if subj.start == first_word or (cue.index <= 1 and subj.start > toks[cue.index].start):
                g.subject, g.cue, g.cue_at = subj, cue.text, toks[cue.index].start
                return True
            if _subject_over_words(g, toks, cue, subj, first_word):
                return True
        if sentence_after:
            return self._try_credit(g, piece)  # “… done.” Ana Ruiz, 45, Portvale
        return self._try_credit(g, piece) or self._try_dash_line(g, piece)

    def _sentence_of_its_own(
        self, g: Group, toks: list[Token], cue: Cue, inner: str, *, sentence_after: bool, opens: bool
    ) -> bool:
        """Whether the clause after the quote, though it holds a cue, is a sentence of its own that
        does not attribute the quote."""
        if sentence_after and not bare_cue_clause(_before_adding(toks), cue, quote_opens_sentence=opens):
            return True  # “… done.” The next sentence is not a cue clause (but “… done.” Smith said.)
        if (
            inner.endswith((".", "…"))
            and toks[0].lower in lexicon().pronouns
            and own_report(toks, cue)
            and self._cued_before_quote(g)
        ):
            return True  # X said the war was “futile.” He also said that …: X's, told before
        if sentence_after and not opens and _things_go_on(toks, cue):
            return True  # "… as “shameless.” The talks went on.": the talks speak no words
        # “… right?” The Daily reported that …: a report of its own, not a cue
        return inner.endswith(("?", "!")) and own_report(toks, cue)

    def _cued_before_quote(self, g: Group) -> bool:
        """Whether a cue stands in the quote's own sentence before it, the quote woven into the
        clause ("X said the war was “…”"; not set off by a comma after a long clause)."""
        first = g.pieces[0]
        lo = self.sentence_of(first.paragraph, first.open_at)[0]
        left = tokens(self.masked, lo, first.open_at)
        return bool(left) and left[-1].is_word and any(not c.according for c in find_cues(left))

    def _sentence_goes_on(self, g: Group, piece: RawQuote, toks: list[Token], inner: str) -> bool | None:
        """ "“salt on a wound” and showed that …, she argued": the sentence goes on after the quote;
        only the clause closing it can report it (True: found; False: no later cue names the
        speaker; None: read the cues after the quote as usual)."""
        found = report_clause(toks)
        if found is not None and found[0].index == min(c.index for c in find_cues(toks)):
            cue, g.subject = found
            g.cue, g.cue_at, g.reported = cue.text, toks[cue.index].start, True
            return True
        first = g.pieces[0]
        if (closing := _according_closes(toks)) is not None and not find_cues(
            tokens(self.masked, self.sentence_of(first.paragraph, first.open_at)[0], first.open_at)
        ):
            # "a “new concept” according to President X", "“biased” coverage, according to X"
            # (not "X told reporters that “…” …, according to the daily": X speaks)
            g.subject, g.cue, g.cue_at = closing, "according to", closing.start
            return True
        if (
            toks[0].start == piece.outer_end + 1
            and inner[-1:] not in {",", ".", "!", "?", "…"}
            and len(inner.split()) <= 4
            and self.masked[self.sentence_of(piece.paragraph, piece.open_at)[0] : piece.open_at].strip()
        ):
            # "in “survival mode” this winter, and charities warn …": a short phrase inside the
            # sentence, which runs on with no mark after it; no later cue names its speaker
            return False
        return None

    def _passive_agent(self, g: Group, piece: RawQuote, toks: list[Token]) -> bool:
        """ "was described as “…” by spokesman Ali Vaez": the passive's agent after the quote speaks."""
        first = g.pieces[0]
        lo = self.sentence_of(first.paragraph, first.open_at)[0]
        verb = passive_lead(self.masked[lo : first.open_at])
        subj = subject_after(toks, 0) if verb is not None else None
        if subj is None:
            return False
        at = first.open_at - len(self.masked[lo : first.open_at][-80:]) + verb.start()
        g.subject, g.cue, g.cue_at = subj, verb.group(0).split()[1], at
        return True

    def _try_credit(self, g: Group, piece: RawQuote) -> bool:
        """The credit after a quotation that opens its paragraph: "“…” — Ana Ruiz", "“…” Ana Ruiz, 45, Portvale".

        A bare name needs the dash; without one the name needs an age or an article-led description.
        """
        if piece.close_at is None:
            return False
        para_lo, para_hi = self.paras[piece.paragraph]
        if self.masked[para_lo : g.pieces[0].open_at].strip():
            return False
        credit = tokens(self.masked, piece.outer_end, para_hi)
        np = name_line(credit, described=credit[0].text not in DASHES) if credit else None
        if np is None:
            return False
        g.subject = np
        return True

    def _try_dash_line(self, g: Group, piece: RawQuote) -> bool:
        """A quote followed by a byline-like paragraph: "— Sanders, in a debate"."""
        if piece.close_at is None:
            return False
        rest = self.masked[piece.outer_end : self.paras[piece.paragraph][1]].strip(" .,")
        if rest:
            return False
        nxt = piece.paragraph + 1
        if nxt >= len(self.paras):
            return False
        lo, hi = self.paras[nxt]
        if self.text[lo] not in DASHES or hi - lo > 200:
            return False
        toks = tokens(self.masked, lo + 1, hi)
        run = []
        for t in toks:
            if not (t.is_cap or (run and t.lower in {"of", "al", "de"})):
                break
            run.append(t)
        if not run:
            return False
        g.subject = NounPhrase(run[0].start, run[-1].end, tuple(run))
        return True

    def classify(self, g: Group, left: list[Token]) -> str:
        """direct / partial / scare (:func:`refrain.quotes.kinds.classify`)."""
        return classify_quote(g, left, self.text, self.masked, self._quoted_often)


def _subject_over_words(
    g: Group, toks: list[Token], cue: Cue, subj: NounPhrase, first_word: int | None
) -> bool:
    """The speaker named by a short description running from the quote up to a late cue ("…,” a
    staffer in the room wondered")."""
    # "…,” a staffer in the room wondered" / "…,” Sanders's campaign manager, Jeff Weaver, said"
    chunk = [t for t in toks[: cue.index] if t.text != ","] if first_word is not None else []
    # "…,” the lawmaker, Ali Vaez, who is a member of the board, said": a long aside after the name
    named_aside = (
        subj.appositive is not None
        and all(t.is_cap for t in subj.tokens if t.is_word)
        and sum(t.start < subj.start for t in chunk) <= 4
    )
    if (
        chunk
        and chunk[0].is_word
        and chunk[0].lower not in _NOT_DESCRIPTION_OPENERS  # "…” and to work to meet farmers’ demands"
        # a pronoun heads no description: "… U.S. sanctions, he continued"
        and subj.tokens[0].lower not in PERSONAL_SUBJECTS | {"it"}
        and subj.start > toks[cue.index - 1].start - 200
        and (len(chunk) <= 10 or named_aside)
        and not any(t.text == MASK or t.lower in lexicon().speech_verb_forms for t in chunk)
    ):
        if subj.start < toks[cue.index].start and chunk[0].start == first_word:
            g.subject = NounPhrase(chunk[0].start, subj.end, tuple(t for t in chunk if t.end <= subj.end))
            g.cue, g.cue_at = cue.text, toks[cue.index].start
            return True
    return False


# words that open a clause or an aside after a quote, never a description of its speaker
# ("“…,” as a senior diplomat put it" is one: "as" stays)
_NOT_DESCRIPTION_OPENERS = frozenset({"and", "or", "but", "to", "what", "which", "who", "that", "while"})


# cues that are also plain verbs of things going on ("The talks went on.", "Fighting continued.")
_GOING_ON_CUES = frozenset({"went on", "continued", "carried on", "followed"})


def _things_go_on(toks: list[Token], cue: Cue) -> bool:
    """Whether a sentence after a quote is "<the noun> went on" ("The talks continued."): no
    speaker, the noun's head lower case and no name or pronoun before the verb."""
    before = toks[: cue.index]
    return (
        cue.text.lower() in _GOING_ON_CUES
        and bool(before)
        and not any(t.lower in lexicon().pronouns for t in before)
        and not any(t.is_cap for t in before[1:])
        and (not before[-1].is_cap or (len(before) == 1 and before[0].lower.endswith("ing")))  # "Fighting"
    )


def _main_subject(left: list[Token], cues: list[Cue], cue: Cue) -> NounPhrase | None:
    """The subject of the first finite cue before ``cue`` (the sentence's main clause)."""
    for c in cues:
        if not c.participle and c.index < cue.index:
            found = subject_of(left, c, inverted=False)
            if found is not None:
                return found
    return None


def _participle_after_quote(masked: str, left: list[Token], cue: Cue) -> bool:
    """Whether a cue is a participle right after a quote of the sentence ("… are “strategic,”
    describing ties as"), whose subject is the main clause's, not the nearest clause's."""
    if not cue.index or not left[cue.index].lower.endswith("ing"):
        return False
    return MASK in masked[left[cue.index - 1].end : left[cue.index].start]


def _adds_next(toks: list[Token]) -> bool:
    """ "“…!” Varan said in a statement, adding, “…”": the clause's own verb attributes the quote
    before it, and its participle ("adding", "saying") the next one."""
    return len(_before_adding(toks)) < len(toks) and toks[-1].text in {",", ":"}


def _before_adding(toks: list[Token]) -> list[Token]:
    """The clause without a closing ", adding" that introduces the next quote (the clause's own
    verb, not a participle, before it)."""
    body = toks[:-1] if toks and toks[-1].text in {",", ":"} else toks
    cues = find_cues(body)
    if (
        len(cues) > 1
        and cues[-1].participle
        and cues[-1].end_index == len(body) - 1
        and body[cues[-1].index - 1].text == ","
        and not cues[0].participle
        and not cues[0].according
    ):
        return body[: cues[-1].index - 1]
    return toks


def _ends_with_cue(toks: list[Token]) -> bool:
    """ "The chairman has warned “…”": a cue verb right before the next quote introduces it."""
    cues = find_cues(toks)
    return bool(cues) and cues[-1].end_index == len(toks) - 1 and not cues[-1].according


def _relays(cue: str | None) -> bool:
    """A cue by which an outlet relays someone's words ("reported", "quoted"): the outlet is no speaker
    when the sentence names one."""
    if not cue:
        return False
    first = cue.split()[0].lower()
    return lexicon().speech_verb_lemma.get(first) == "report"


def _inside_reported(left: list[Token], cues: list[Cue], cue: Cue) -> bool:
    """Whether ``cue`` is a verb inside the that-clause of an earlier speech verb that does not
    introduce the quote but takes an object with "to": what the earlier speaker reports someone
    did ("Morvik said that the government has responded to the demands, and has a “…”")."""
    after = left[cue.end_index + 1] if cue.end_index + 1 < len(left) else None
    if (
        after is None
        or after.lower != "to"
        or MASK in (t.text for t in left[cue.end_index + 1 : cue.end_index + 3])
    ):
        return False  # only a verb of response with its object ("responded to the demands")
    return any(True for _ in _that_clauses_before(left, cues, cue))


def _thing_doing(left: list[Token], cues: list[Cue], cue: Cue, subj: NounPhrase) -> bool:
    """Whether ``cue`` is a progressive ("is threatening") after an earlier cue, with one bare
    lower-case noun as its subject ("piracy"): what the earlier speaker's words are about."""
    first = subj.tokens[0]
    return (
        cue is not cues[0]
        and cue.index > 0
        and left[cue.index - 1].lower in BE_FORMS
        and len(subj.tokens) == 1
        and not first.is_cap
        and first.lower not in lexicon().pronouns
    )


def _that_clauses_before(left: list[Token], cues: list[Cue], cue: Cue) -> Iterator[Cue]:
    """The speech verbs before ``cue`` that open a that-clause ("X said that …"), participles left out."""
    for c in cues:
        if c.index < cue.index and not c.participle and c.end_index + 1 < len(left):
            if left[c.end_index + 1].lower == "that":
                yield c


def _belief_inside_reported(left: list[Token], cues: list[Cue], cue: Cue) -> bool:
    """Whether ``cue`` is a belief ("believes that", "is of the view") inside the that-clause of an
    earlier speech verb: "X added that the republic believes the U.S. … its “…” withdrawal" gives
    X's words, what X says the republic believes."""
    if not (cue.text.lower().startswith("believe") or cue.text.lower().endswith("of the view")):
        return False
    return any(not c.according for c in _that_clauses_before(left, cues, cue))


def _press_source(g: Group) -> bool:
    """Whether the quote's cue is "according to" the press ("according to a Reuters report"): an
    outlet relaying the words, like a "reported" cue."""
    if not g.cue or not g.cue.lower().startswith("according") or g.subject is None:
        return False
    return is_press(g.subject.tokens)


def _speaking_body_or_name(np: NounPhrase) -> bool:
    """Whether a sentence's subject can be who speaks: a name (every word capitalised) or a body or
    post named by its noun ("the ministry", "the spokesman"), not a thing ("prices")."""
    words = [t for t in np.tokens if t.is_word]
    if not words:
        return False
    if all(t.is_cap for t in words):
        return True
    head = words[-1].lower
    return words[0].lower == "the" and (head in lexicon().org_words or head in lexicon().roles)


def _relays_only(left: list[Token]) -> bool:
    """Whether the words before the quote hold no speech verb other than a relaying one."""
    return not any(not _relays(c.text) and not c.according for c in find_cues(left))


def _phrase_key(phrase: str) -> str:
    """A quoted phrase lower-cased, spaces collapsed, end punctuation left out: one key per wording."""
    return " ".join(phrase.lower().split()).strip(" .,;:!?")


def _according_closes(toks: list[Token]) -> NounPhrase | None:
    """The source of an "according to X" that closes the sentence after a quote, right after it or
    after a comma, with nothing after X."""
    for k in range(len(toks) - 2):
        if toks[k].lower == "according" and toks[k + 1].lower == "to" and (k == 0 or toks[k - 1].text == ","):
            if any(c.index < k for c in find_cues(toks)):
                return None  # "“…,” he added, according to the agency": the relayed speaker speaks
            subj = subject_after(toks, k + 1)
            if subj is not None and subj.end == toks[-1].end:
                return subj
    return None
