"""Time the analysers on hostile inputs at growing sizes and print how the time grows.

    .venv/bin/python bench/hostile.py [--cap 20] [--only NAME]

Each series doubles the input size; the growth ratio is t(2n)/t(n): about 2 is linear, about 4
quadratic. A series stops once one run takes longer than ``--cap`` seconds (the next would take
about twice or four times as long). The inputs are invented (no corpus needed):

- ``quote-openers``: opening marks glued to words in one paragraph (“w “w “w ...), pairing only
  (refrain.quotes.marks.find_raw) and the whole quote finder (refrain.quotes.find);
- ``quote-closers``: closing marks glued to words (w”w w”w ...), the whole quote finder;
- ``claim-numbers-one-sentence``: numbers in one sentence (refrain.claims.find);
- ``claim-numbers-sentences``: one number a sentence (refrain.claims.find).

Timings are wall-clock on a shared machine: read the ratios, not the digits.
"""

from __future__ import annotations

import argparse
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


def numbers_sentences(n: int) -> str:
    return " ".join(f"Officials said {i + 10} people were counted in district {i}." for i in range(n))


SERIES: list[Series] = [
    ("quote-openers (pairing)", find_raw, openers, [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000]),
    ("quote-openers (find)", find_quotes, openers, [1_000, 2_000, 4_000, 8_000, 16_000]),
    ("quote-closers (find)", find_quotes, closers, [500, 1_000, 2_000, 4_000, 8_000]),
    ("claim-numbers-one-sentence", find_claims, numbers_one_sentence, [125, 250, 500, 1_000, 2_000]),
    ("claim-numbers-sentences", find_claims, numbers_sentences, [250, 500, 1_000, 2_000, 4_000]),
]


def run(series: Series, cap: float) -> None:
    name, analyse, make, sizes = series
    print(f"\n{name}")
    print(f"{'n':>8} {'chars':>10} {'seconds':>9} {'ratio':>6}")
    previous = None
    for n in sizes:
        text = make(n)
        start = time.perf_counter()
        analyse(text)
        took = time.perf_counter() - start
        ratio = f"{took / previous:6.2f}" if previous else "     -"
        print(f"{n:>8} {len(text):>10,} {took:>9.3f} {ratio}", flush=True)
        previous = max(took, 1e-6)
        if took > cap:
            print(f"{'':>8} (stopped: over {cap:g} s)")
            break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cap", type=float, default=20.0, help="stop a series after a run this long (s)")
    parser.add_argument("--only", help="run only the series whose name starts with this")
    args = parser.parse_args()
    for series in SERIES:
        if not args.only or series[0].startswith(args.only):
            run(series, args.cap)


if __name__ == "__main__":
    main()
