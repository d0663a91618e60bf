"""simplemma's Finnish dictionary (form → lemma), opened in a fraction of a second.

simplemma ships its dictionaries as lzma-compressed front-coded streams. Decoding the Finnish
one into a dict (3.5 million forms) costs about two seconds of CPU on every start, more than
loading the spaCy model; its memory-frugal reader (`StreamMap`) decodes on demand but first
decompresses the stream (19 MB; about 0.09 s of CPU) and walks every record to index its
blocks (about a second). Both depend only on the shipped data, so they are made once and kept
in the user cache (muistiinpanot.cache): the stream as it is (`stream.bin`) and the index as
`.npy` arrays (read with allow_pickle=False), keyed by simplemma's version, a hash of the
compressed file's bytes and the block size; later starts read them in a fraction of a
second. Lookups and `lemmatize` give exactly what simplemma's own readers give (same data,
same strategies).

This leans on the internals of simplemma 2.0's stream reader (simplemma is pinned to 2.0.x in
pyproject.toml for that reason; the imports below fail loudly on another layout). A cached
index that does not fit the stream is not used: the `StreamMap` indexes anew.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from importlib.metadata import version
from pathlib import Path

import numpy as np
import simplemma
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import frontcode
from simplemma.strategies.dictionaries.dictionary_factory import (
    DATA_FOLDER,
    SUPPORTED_LANGUAGES,
    CachingDictionaryFactory,
)
from simplemma.strategies.dictionaries.stream_dictionary_factory import _BLOCK_SIZE, StreamMap

from muistiinpanot.bounded import put_bounded
from muistiinpanot.cache import cache_folder, mark_used, write_folder
from muistiinpanot.messages import render

logger = logging.getLogger(__name__)

_ARRAYS = ("offsets", "lengths", "blob")
_STREAM = "stream.bin"
#: Keys whose lookup a dictionary keeps (a memory bound only: answers do not depend on it).
_LOOKUPS_KEPT = 65_536


class _IndexedStreamMap(StreamMap):
    """simplemma's StreamMap whose decompressed stream and block index come from the user
    cache when they are there. Each key's answer (found or not) is kept for the process (the
    `_LOOKUPS_KEPT` used last): fast mode asks about an unknown word's one-typo neighbours
    and known tails, and neighbours of different words coincide (a 20-clinic `archive
    --fast`: 23,455 lookups of 16,167 keys, each a bisect and a block decoded, ~50 µs)."""

    def __init__(self, lang: str) -> None:
        if lang not in SUPPORTED_LANGUAGES:  # as simplemma checks (no path from a name)
            raise ValueError(f"Unsupported language: {lang}")
        self._lookup = functools.lru_cache(maxsize=_LOOKUPS_KEPT)(super()._lookup)  # type: ignore[method-assign]
        self._known: dict[str, bool] = {}
        folder = cache_folder() / _cache_name(lang, DATA_FOLDER / f"{lang}.plzma")
        stored = _read_stored(folder)
        if stored is None:
            super().__init__(lang)
            _write_stored(folder, self._data, self._firsts, self._blocks)
            return
        self._data, (self._firsts, self._blocks) = stored
        self._rev, self._count, self._pos = frontcode._read_header(self._data)
        mark_used(folder)

    def known_among(self, keys: Iterable[str]) -> frozenset[str]:
        """Those of `keys` that `get` finds. The keys are sorted and each block decoded once
        for all of them that fall in it, up to the last of them (a word's one-typo neighbours,
        `unknown._single_edits`, fall in about a third as many blocks as there are of them;
        `_lookup` bisects and decodes per key). Answers are kept as `_lookup`'s are."""
        memo = self._known
        wanted = {key: key.encode()[::-1] if self._rev else key.encode() for key in keys}
        found = {key for key in wanted if memo.get(key)}
        targets = sorted(target for key, target in wanted.items() if key not in memo)
        present: set[bytes] = set()
        firsts, last = self._firsts, len(self._firsts) - 1
        i = 0
        while i < len(targets):
            block = bisect_right(firsts, targets[i]) - 1
            j = i + 1
            if block < 0:  # before the first key: not there
                i = j
                continue
            limit = firsts[block + 1] if block < last else None
            while j < len(targets) and (limit is None or targets[j] < limit):
                j += 1
            group, k, n = targets[i:j], 0, j - i
            for _, stored, _ in frontcode._iter_records(self._data, *self._blocks[block]):
                while k < n and group[k] < stored:
                    k += 1
                if k == n:
                    break
                if group[k] == stored:
                    present.add(stored)
                    k += 1
            i = j
        for key, target in wanted.items():
            if key not in memo:
                put_bounded(memo, key, target in present, _LOOKUPS_KEPT)
                if target in present:
                    found.add(key)
        return frozenset(found)


def _cache_name(lang: str, packed: Path) -> str:
    """The cache folder of `lang`'s dictionary: simplemma's version, the block size and a
    hash of the shipped compressed file's bytes (under a megabyte: about a millisecond), so
    a changed file never reads a stale index, even one of the same size."""
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()[:16]
    return f"simplemma-{lang}-{version('simplemma')}-b{_BLOCK_SIZE}-{digest}"


class _IndexedFactory(CachingDictionaryFactory):
    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        try:
            return _IndexedStreamMap(lang)
        except (AttributeError, TypeError, ValueError) as err:  # simplemma's internals moved
            logger.warning(render("log_cache_unindexed", detail=err))
            return StreamMap(lang)


_FACTORY = _IndexedFactory()


@functools.cache
def _lemmatizer() -> simplemma.Lemmatizer:
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))


def simplemma_forms() -> Mapping[str, str]:
    """simplemma's Finnish form → lemma dictionary (the one `simplemma_lemma` uses)."""
    return _FACTORY.get_dictionary("fi")


def simplemma_known(forms: Iterable[str]) -> frozenset[str]:
    """Those of `forms` that `simplemma_forms()` lists (one pass over the dictionary's
    blocks for all of them when its index is ours: `_IndexedStreamMap.known_among`)."""
    dictionary = simplemma_forms()
    if isinstance(dictionary, _IndexedStreamMap):
        return dictionary.known_among(forms)
    return frozenset(form for form in forms if dictionary.get(form) is not None)


def simplemma_lemma(form: str) -> str:
    """What `simplemma.lemmatize(form, lang="fi")` returns, from the indexed dictionary."""
    return str(_lemmatizer().lemmatize(form, "fi"))


class _Firsts(list[bytes]):
    """Each block's first key, cut from the cached index's buffer when bisect asks for it
    (a list only in type: slicing the 100,000 keys out at start cost a fifth of a second)."""

    def __init__(self, raw: bytes, starts: list[int], ends: list[int]) -> None:
        super().__init__()
        self._raw, self._starts, self._ends = raw, starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> bytes:  # type: ignore[override]
        return self._raw[self._starts[index] : self._ends[index]]

    def __iter__(self) -> Iterator[bytes]:
        return (self[index] for index in range(len(self)))


class _Blocks(list[tuple[int, bytes, bytes]]):
    """Each block's (offset, previous key, previous value), cut from the buffer on access."""

    def __init__(self, raw: bytes, offsets: list[int], bounds: list[int]) -> None:
        super().__init__()
        self._raw, self._offsets, self._bounds = raw, offsets, bounds

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index: int) -> tuple[int, bytes, bytes]:  # type: ignore[override]
        key, value, end = self._bounds[3 * index + 1 : 3 * index + 4]
        return self._offsets[index], self._raw[key:value], self._raw[value:end]

    def __iter__(self) -> Iterator[tuple[int, bytes, bytes]]:
        return (self[index] for index in range(len(self)))


Index = tuple[list[bytes], list[tuple[int, bytes, bytes]]]


def _read_stored(folder: Path) -> tuple[bytes, Index] | None:
    """The stream and block index stored in `folder`; None when there are none (or, with a
    warning, when they are broken: the index does not fit, or the last block does not decode
    to the stream's record count)."""
    index = _read_index(folder)
    if index is None:
        return None
    try:
        data = (folder / _STREAM).read_bytes()
    except OSError:
        return None
    firsts, blocks = index
    try:
        _, count, _ = frontcode._read_header(data)
        tail = sum(1 for _ in frontcode._iter_records(data, *blocks[len(blocks) - 1]))
    except (ValueError, IndexError):
        tail = -1
    else:
        tail -= count - _BLOCK_SIZE * (len(blocks) - 1)
    if not blocks or tail != 0:
        logger.warning(render("log_cache_corrupt", path=folder))
        return None
    return data, (firsts, blocks)


def _read_index(folder: Path) -> Index | None:
    """The block index stored in `folder`: first keys and resume seeds, cut from one buffer
    on access; None when there is none (or, with a warning, when it is broken)."""
    try:
        offsets, lengths, blob = (
            np.load(folder / f"{name}.npy", allow_pickle=False) for name in _ARRAYS
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        logger.warning(render("log_cache_corrupt", path=folder))
        return None
    raw = blob.tobytes()
    if (
        offsets.ndim != 1
        or lengths.shape != (len(offsets), 3)
        or int(lengths.sum()) != len(raw)
        or (lengths < 0).any()
    ):
        logger.warning(render("log_cache_corrupt", path=folder))
        return None
    # bounds[3i], [3i+1], [3i+2], [3i+3]: where block i's first key, previous key, previous
    # value start and where its value ends (the next block's first key starts)
    bounds = np.concatenate([[0], np.cumsum(lengths.ravel())]).tolist()
    firsts = _Firsts(raw, bounds[0:-1:3], bounds[1::3])
    return firsts, _Blocks(raw, offsets.tolist(), bounds)


def _write_stored(
    folder: Path, data: bytes, firsts: list[bytes], blocks: list[tuple[int, bytes, bytes]]
) -> None:
    offsets = np.array([offset for offset, _, _ in blocks], dtype=np.int64)
    lengths = np.array(
        [(len(f), len(k), len(v)) for f, (_, k, v) in zip(firsts, blocks, strict=True)],
        dtype=np.int64,
    ).reshape(-1, 3)
    blob = np.frombuffer(
        b"".join(f + k + v for f, (_, k, v) in zip(firsts, blocks, strict=True)), dtype=np.uint8
    )
    arrays: tuple[np.ndarray, ...] = (offsets, lengths, blob)

    def write(staging: Path) -> None:
        for name, array in zip(_ARRAYS, arrays, strict=True):
            np.save(staging / f"{name}.npy", array, allow_pickle=False)
        (staging / _STREAM).write_bytes(data)

    write_folder(folder, write)
