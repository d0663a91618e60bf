"""Matrix products for the spaCy model through numpy's BLAS, on one thread.

thinc's NumpyOps multiplies with its bundled BLIS; on the machines measured here numpy's
OpenBLAS is about three times faster for the tok2vec layers' shapes (benchmarks/lemma_*.py).
The results are the same products up to float rounding. BLAS is held to one thread while the
model runs, so the speed-up is not bought with a second core.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

import numpy as np
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]


class MatmulOps(NumpyOps):  # type: ignore[misc]
    """NumpyOps whose `gemm` is numpy.matmul."""

    name = "muistiinpanot_matmul"

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def use_matmul_ops(nlp: Any) -> None:
    """Make every model of `nlp`'s pipes multiply with MatmulOps, disabled pipes too (NER:
    on the 338 texts of benchmarks/data/privacy_labelled.csv its person spans are identical,
    at about 60 % of the CPU time)."""
    ops = MatmulOps()
    for _, pipe in nlp.components:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Hold every loaded BLAS to one thread inside the block. The thread pools are looked up
    again only when the process has imported a module since the last look-up
    (`_blas_controller`): a `threadpool_limits` block looks them up every time, about 1.4 ms
    of CPU, paid on every call of the analyzer (NER runs once per bullet)."""
    with _blas_controller().limit(limits=1, user_api="blas"):
        yield


class _Pools:
    """The last look-up of the thread pools and the size of `sys.modules` it was made at."""

    __slots__ = ("controller", "modules")

    def __init__(self) -> None:
        self.controller: Any = None
        self.modules = -1


_POOLS = _Pools()


def _blas_controller() -> Any:
    """The process's thread pools, looked up again when `sys.modules` has changed size since
    the last look-up. A BLAS library enters the process with an extension module: scipy
    brings its own OpenBLAS (scipy.libs) with scipy.linalg, beside numpy's (numpy.libs), and
    a controller built before that import never limited it. A library loaded with no import
    (ctypes, a library's own dlopen) is not noticed."""
    modules = len(sys.modules)
    if modules != _POOLS.modules:
        _POOLS.controller = ThreadpoolController()
        _POOLS.modules = modules
    return _POOLS.controller
