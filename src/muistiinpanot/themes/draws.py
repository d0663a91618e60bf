"""Many draws without replacement at once, exactly as numpy's `Generator.choice` makes them.

The coherence test (coherence.py) draws `coherence_draws` (500) random groups per cluster,
each `rng.choice(population, size, replace=False)`; the calls' own overhead (about 25 µs
each) was most of the test's time. `repeated_choice` returns the same groups in one pass
and leaves the generator in the same state, so every later draw is the same too.

How numpy makes one such draw (numpy/random/_generator.pyx, a population of at most 10,000):
Floyd's algorithm (for j from pop - size to pop - 1: a bounded integer v in [0, j]; v if it
was not taken yet, else j), then a Fisher-Yates shuffle of the `size` values (for i from
size - 1 down to 1: a bounded integer in [0, i], swapped with i). Each bounded integer in
[0, b] with b > 0 is Lemire's method on one 32-bit word of the bit generator, (u * (b + 1))
>> 32, drawn again only when the low half falls below (2**32 - 1 - b) % (b + 1) (chance
at most b / 2**32); b = 0 takes no word. The 32-bit words are the low, then the high half of
each 64-bit output (a high half left over is kept in the generator's state). So the words
of every draw are known in advance: they are read at once (`random_raw`), Floyd's steps and
the shuffle run over all draws as columns, and the leftover half is put back in the state.
When a word would be rejected, or the population is larger than numpy's cut-off (another
algorithm), the generator is put back and the draws are made one by one with `choice`.
Only numpy's bit generators whose 32-bit word is half of a 64-bit output with the other half
buffered in the state (PCG64, PCG64DXSM, Philox, SFC64) are replayed; any other (MT19937
makes native 32-bit words and has no buffered half) draws one by one with `choice`.
"""

from __future__ import annotations

import numpy as np

_LOW = np.uint64(0xFFFFFFFF)
_FLOYD_LIMIT = 10_000  # numpy's choice shuffles a tail instead above this population
# The bit generators whose next_uint32 hands out the low, then the buffered high half of
# next_uint64 (numpy/random/src/*/): the words _replay reads and puts back.
_HALVING = (np.random.PCG64, np.random.PCG64DXSM, np.random.Philox, np.random.SFC64)


def repeated_choice(
    rng: np.random.Generator, population: np.ndarray, size: int, times: int
) -> np.ndarray:
    """`np.array([rng.choice(population, size, replace=False) for _ in range(times)])`,
    with `rng` left in the same state (module docstring)."""
    pop = len(population)
    halving = type(rng.bit_generator) in _HALVING
    if halving and 0 < size <= pop <= _FLOYD_LIMIT and times > 0:
        chosen = _replay(rng, pop, size, times)
        if chosen is not None:
            result: np.ndarray = population[chosen]
            return result
    return np.array([rng.choice(population, size, replace=False) for _ in range(times)])


def _replay(rng: np.random.Generator, pop: int, size: int, times: int) -> np.ndarray | None:
    """Positions into the population of each draw (times × size), or None (and `rng`
    untouched) when one of its words would be rejected."""
    bitgen = rng.bit_generator
    saved = bitgen.state
    floyd = [j for j in range(pop - size, pop) if j > 0]  # j = 0 takes no word
    bounds = np.array(floyd + list(range(size - 1, 0, -1)), dtype=np.uint64)
    needed = len(bounds) * times
    kept = [saved["uinteger"]] if saved["has_uint32"] else []
    words = bitgen.random_raw(max(needed - len(kept) + 1, 0) // 2)
    halves = np.empty(2 * len(words), dtype=np.uint64)
    halves[0::2] = words & _LOW
    halves[1::2] = words >> np.uint64(32)
    stream = np.concatenate([np.array(kept, dtype=np.uint64), halves])
    span = np.tile(bounds + np.uint64(1), times)
    product = stream[:needed] * span
    threshold = (_LOW - (span - np.uint64(1))) % span  # Lemire's: draw again below this
    if ((product & _LOW) < threshold).any():
        bitgen.state = saved
        return None
    values = (product >> np.uint64(32)).astype(np.int64).reshape(times, len(bounds))
    state = dict(bitgen.state)
    rest = stream[needed:]
    if len(rest):  # a high half left for the next 32-bit draw
        state["has_uint32"], state["uinteger"] = 1, int(rest[0])
    else:  # numpy leaves the last half it handed out in the field
        state["has_uint32"] = 0
        state["uinteger"] = int(stream[needed - 1]) if needed else saved["uinteger"]
    bitgen.state = state
    chosen = np.zeros((times, size), dtype=np.int64)
    column = 0
    for step, j in enumerate(range(pop - size, pop)):
        if j == 0:
            continue  # the only value in [0, 0]
        value = values[:, column]
        column += 1
        taken = (chosen[:, :step] == value[:, None]).any(axis=1)
        chosen[:, step] = np.where(taken, j, value)
    rows = np.arange(times)
    for i in range(size - 1, 0, -1):
        other = values[:, column]
        column += 1
        held = chosen[rows, other]
        chosen[rows, other] = chosen[:, i]
        chosen[:, i] = held
    return chosen
