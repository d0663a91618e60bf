"""lemmatize/blas.py: the one-thread BLAS block."""

import json
import os
import subprocess
import sys

import pytest
from threadpoolctl import threadpool_info  # type: ignore[import-untyped]

from muistiinpanot.lemmatize.blas import single_threaded_blas


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_single_threaded_blas_limits_and_restores_every_call() -> None:
    before = _blas_threads()
    assert before  # numpy's BLAS is loaded
    for _ in range(2):  # the second block reuses the pools looked up by the first
        with single_threaded_blas():
            assert _blas_threads() == [1] * len(before)
        assert _blas_threads() == before


# In a fresh interpreter: one block before scipy is imported, then scipy.linalg, which loads
# scipy's own OpenBLAS beside numpy's; the next block must hold both to one thread.
_LATE_LIBRARY = (
    "import json\n"
    "from threadpoolctl import threadpool_info\n"
    "from muistiinpanot.lemmatize.blas import single_threaded_blas\n"
    "def blas(): return sorted((p['filepath'], p['num_threads'])"
    " for p in threadpool_info() if p['user_api'] == 'blas')\n"
    "with single_threaded_blas(): pass\n"
    "early = len(blas())\n"
    "import scipy.linalg\n"
    "before = blas()\n"
    "with single_threaded_blas(): inside = blas()\n"
    "print(json.dumps([early, before, inside, blas()]))\n"
)


def test_single_threaded_blas_limits_a_blas_library_loaded_after_its_first_call() -> None:
    # The suite's own runs (dask's workers) may leave OMP_NUM_THREADS=1 and the like in this
    # process's environment: the fresh interpreter starts without them, at the machine's width.
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    done = subprocess.run(
        [sys.executable, "-c", _LATE_LIBRARY], capture_output=True, text=True, check=False, env=env
    )
    assert done.returncode == 0, done.stderr
    early, before, inside, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(before) > early  # scipy.linalg brought a BLAS library of its own
    if max(threads for _, threads in before) == 1:
        pytest.skip("BLAS starts at one thread on one CPU: a missed library would not show")
    assert [threads for _, threads in inside] == [1] * len(before)
    assert after == before
