"""Time the analysers on hostile inputs at growing sizes and print how the time grows.

    .venv/bin/python bench/hostile.py [--cap 20] [--only NAME]

Each series doubles the input size; the growth ratio is t(2n)/t(n): about 2 is linear, about 4
quadratic. A series stops once one run takes longer than ``--cap`` seconds (the next would take
about twice or four times as long). The inputs are invented (no corpus needed):

- ``quote-openers``: opening marks glued to words in one paragraph (“w “w “w ...), pairing only
  (refrain.quotes.marks.find_raw) and the whole quote finder (refrain.quotes.find);
- ``quote-closers``: closing marks glued to words (w”w w”w ...), the whole quote finder;
- ``claim-numbers-one-sentence``: numbers in one sentence (refrain.claims.find);
- ``claim-numbers-sentences``: one number a sentence (refrain.claims.find);
- ``claim-said-numbers``: "said N people" repeated in one sentence, so that every attribution
  reading runs for every figure (refrain.claims.find).

Each analyser runs once on a small input first (regular expressions compiled, word lists read),
so the first row is not its start-up. The ratio is of CPU time (the machine is shared: wall time
is printed too, but read the CPU ratios, not the digits).

``--budget`` instead times each analyser (quotes, claims) on 100 KB of each kind of hostile text
the fuzz tests (tests/test_fuzz_hostile.py) draw from: invisible characters inside and between
words, long runs of one quotation mark, runs of numbers, marks glued to words, and a seeded random
mix of all of them; it prints CPU seconds per 100 KB against the 5 s budget (issue 18).
"""

from __future__ import annotations

import argparse
import random
import signal
import time
from collections.abc import Callable

from refrain.claims import find as find_claims
from refrain.quotes import find as find_quotes
from refrain.quotes.marks import find_raw

Series = tuple[str, Callable[[str], object], Callable[[int], str], list[int]]


def openers(n: int) -> str:
    return "The minister said " + " ".join(f"“w{i}" for i in range(n)) + "."


def closers(n: int) -> str:
    return "The minister said " + " ".join(f"w{i}”w{i}" for i in range(n)) + "."


def numbers_one_sentence(n: int) -> str:
    return "Officials said " + ", ".join(f"{i + 10} people" for i in range(n)) + " were counted."


def said_numbers(n: int) -> str:
    return (
        "Officials said " + ", ".join(f"officials said {i + 10} people" for i in range(n)) + " were counted."
    )


def numbers_sentences(n: int) -> str:
    return " ".join(f"Officials said {i + 10} people were counted in district {i}." for i in range(n))


SERIES: list[Series] = [
    ("quote-openers (pairing)", find_raw, openers, [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000]),
    ("quote-openers (find)", find_quotes, openers, [1_000, 2_000, 4_000, 8_000, 16_000]),
    ("quote-closers (find)", find_quotes, closers, [500, 1_000, 2_000, 4_000, 8_000]),
    (
        "claim-numbers-one-sentence",
        find_claims,
        numbers_one_sentence,
        [500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000],
    ),
    ("claim-numbers-sentences", find_claims, numbers_sentences, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000]),
    ("claim-said-numbers", find_claims, said_numbers, [500, 1_000, 2_000, 4_000, 8_000, 16_000]),
]


INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u061c"
)
MARKS = "“”„‟«»\"‘’'"
WORDS = [
    "said",
    "Smith",
    "John",
    "Mira",
    "Holt",
    "the",
    "minister",
    "told",
    "reporters",
    "percent",
    "people",
    "in",
]


def _fill(unit: str, size: int = 100_000) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _mix(size: int = 100_000, seed: int = 18) -> str:
    """A seeded random mix of the fuzz tests' pieces."""
    rng = random.Random(seed)
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        kind = rng.randrange(6)
        if kind == 0:
            parts.append(rng.choice(WORDS) + " ")
        elif kind == 1:
            parts.append(rng.choice(INVISIBLE))
        elif kind == 2:
            parts.append(rng.choice(MARKS) * rng.randint(1, 300))
        elif kind == 3:
            parts.append(", ".join(str(10 + i) for i in range(rng.randint(1, 60))) + " ")
        elif kind == 4:
            parts.append(rng.choice(WORDS) + rng.choice(INVISIBLE) + rng.choice(WORDS) + " ")
        else:
            parts.append(rng.choice([" ", ", ", ". ", "\n", ": "]))
    return "".join(parts)[:size]


HOSTILE_100KB: dict[str, Callable[[], str]] = {
    "invisible inside words": lambda: _fill("Jo\u200dhn said \u202eMira Holt. "),
    "invisible only": lambda: _fill(INVISIBLE),
    "one mark repeated": lambda: _fill("“"),
    "straight quotes repeated": lambda: _fill('"'),
    "numbers in one sentence": lambda: _fill("12 people, "),
    "opening marks glued to words": lambda: _fill("“w "),
    "closing marks glued to words": lambda: _fill("w”w "),
    "random mix (seed 18)": _mix,
}


class _OverCap(Exception):
    pass


def _cpu_seconds(analyse: Callable[[str], object], text: str, cap: float) -> float | None:
    """CPU seconds ``analyse(text)`` took, or None when it ran past ``cap`` CPU seconds (stopped)."""

    def stop(signum: int, frame: object) -> None:
        raise _OverCap

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, cap)
    start = time.process_time()
    try:
        analyse(text)
    except _OverCap:
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - start


def budget(limit: float = 5.0, cap: float = 20.0) -> None:
    """CPU seconds per 100 KB of each hostile text, for each analyser (stopped past ``cap``)."""
    print(f"{'input (100 KB)':<32} {'quotes s':>9} {'claims s':>9}  within {limit:g} s")
    for name, make in HOSTILE_100KB.items():
        text = make()
        took = [_cpu_seconds(analyse, text, cap) for analyse in (find_quotes, find_claims)]
        shown = [f"{t:>9.2f}" if t is not None else f"{'>' + format(cap, 'g'):>9}" for t in took]
        ok = "yes" if all(t is not None and t <= limit for t in took) else "NO"
        print(f"{name:<32} {shown[0]} {shown[1]}  {ok}", flush=True)


def run(series: Series, cap: float) -> None:
    name, analyse, make, sizes = series
    print(f"\n{name}")
    print(f"{'n':>8} {'chars':>10} {'wall s':>9} {'CPU s':>9} {'ratio':>6} {'CPU s/100 KB':>13}")
    analyse(make(10))  # start-up (compiled patterns, word lists) is not the first row's
    previous = None
    for n in sizes:
        text = make(n)
        start, start_cpu = time.perf_counter(), time.process_time()
        analyse(text)
        took, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        ratio = f"{cpu / previous:6.2f}" if previous else "     -"
        per_100kb = cpu * 100_000 / max(len(text.encode()), 1)
        print(f"{n:>8} {len(text):>10,} {took:>9.3f} {cpu:>9.3f} {ratio} {per_100kb:>13.2f}", flush=True)
        previous = max(cpu, 1e-6)
        if took > cap:
            print(f"{'':>8} (stopped: over {cap:g} s)")
            break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cap", type=float, default=20.0, help="stop a series after a run this long (s)")
    parser.add_argument("--only", help="run only the series whose name starts with this")
    parser.add_argument("--budget", action="store_true", help="CPU per 100 KB of each hostile text instead")
    args = parser.parse_args()
    if args.budget:
        budget(cap=args.cap)
        return
    for series in SERIES:
        if not args.only or series[0].startswith(args.only):
            run(series, args.cap)


if __name__ == "__main__":
    main()
