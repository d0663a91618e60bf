"""lemmatize/blas.py: the one-thread BLAS block."""

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
