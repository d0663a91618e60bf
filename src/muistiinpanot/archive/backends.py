"""Where the per-clinic work runs: in this process, in this process and local helper processes
("local"), in a local process pool, or on Dask.

`run_tasks(task, items, ...)` yields `(item, task(item))` as results arrive (completion order),
with at most `in_flight` items per worker submitted ahead, so memory is bounded by a few
clinics, not by the archive. Each worker process calls `init(*init_args)` before its tasks (it must
be idempotent and cheap when repeated: it loads the models once per process); the caller
writes every result itself (only it touches the store).
"""

from __future__ import annotations

import concurrent.futures as cf
import importlib
import itertools
import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

A = TypeVar("A")
R = TypeVar("R")

_INIT_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class BackendSettings:
    """`scheduler`: an existing dask.distributed scheduler; else `workers` > 1: that many
    local worker processes, in a Dask LocalCluster (`pool="dask"`), a process pool
    (`pool="process"`), or this process and `workers - 1` pool processes (`pool="local"`, from
    `parallel_from` items on: fewer do not pay for starting a process and loading the models)."""

    workers: int = 1
    pool: str = "dask"
    scheduler: str = ""
    in_flight: int = 2
    parallel_from: int = 1


def run_tasks(
    task: Callable[[A], R],
    items: Iterable[A],
    backend: BackendSettings,
    init: Callable[..., None],
    init_args: tuple[Any, ...],
) -> Iterator[tuple[A, R]]:
    """`(item, task(item))` for each item, on the backend `backend` names."""
    if backend.scheduler or (backend.workers > 1 and backend.pool == "dask"):
        yield from _run_dask(task, items, backend, init, init_args)
    elif backend.workers > 1 and backend.pool == "local":
        yield from _run_local(task, items, backend, init, init_args)
    elif backend.workers > 1:
        yield from _run_pool(task, items, backend, init, init_args)
    else:
        init(*init_args)
        for item in items:
            yield item, task(item)


def _run_pool(
    task: Callable[[A], R],
    items: Iterable[A],
    backend: BackendSettings,
    init: Callable[..., None],
    init_args: tuple[Any, ...],
) -> Iterator[tuple[A, R]]:
    with _spawn_pool(backend.workers, init, init_args) as pool:
        yield from _bounded(
            lambda item: pool.submit(task, item),
            items,
            backend.workers * backend.in_flight,
            lambda future: future.result(),
            lambda pending: cf.wait(pending, return_when=cf.FIRST_COMPLETED)[0],
        )


def _run_local(
    task: Callable[[A], R],
    items: Iterable[A],
    backend: BackendSettings,
    init: Callable[..., None],
    init_args: tuple[Any, ...],
) -> Iterator[tuple[A, R]]:
    """This process works too: `workers - 1` spawned processes take items while this one runs
    the others itself, between collecting their results (it has loaded the models anyway: one
    load fewer than a pool of `workers`). The first `parallel_from` items are read ahead to
    decide: fewer, and all run here."""
    init(*init_args)
    iterator = iter(items)
    first = list(itertools.islice(iterator, backend.parallel_from))
    if len(first) < backend.parallel_from:
        for item in first:
            yield item, task(item)
        return
    limit = (backend.workers - 1) * backend.in_flight
    with _spawn_pool(backend.workers - 1, init, init_args) as pool:
        pending: dict[cf.Future[R], A] = {}
        for item in itertools.chain(first, iterator):
            if len(pending) < limit:
                pending[pool.submit(task, item)] = item
            else:
                yield item, task(item)
            for future in [future for future in pending if future.done()]:
                yield pending.pop(future), future.result()
        for future in cf.as_completed(list(pending)):
            yield pending.pop(future), future.result()


def _spawn_pool(
    workers: int, init: Callable[..., None], init_args: tuple[Any, ...]
) -> cf.ProcessPoolExecutor:
    # spawn, not fork: the parent may run threads (progress display), and fork would copy
    # their locks mid-use
    context = multiprocessing.get_context("spawn")
    return cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=init, initargs=init_args
    )


def _run_dask(
    task: Callable[[A], R],
    items: Iterable[A],
    backend: BackendSettings,
    init: Callable[..., None],
    init_args: tuple[Any, ...],
) -> Iterator[tuple[A, R]]:
    # dask.distributed has no type hints: use it through Any
    distributed: Any = importlib.import_module("distributed")
    Client, LocalCluster, wait = distributed.Client, distributed.LocalCluster, distributed.wait
    if backend.scheduler:
        client = Client(backend.scheduler)
        cluster = None
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
    else:
        cluster = LocalCluster(
            n_workers=backend.workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=0,
            dashboard_address=None,
        )
        client = Client(cluster)
        workers = backend.workers
    try:
        scattered = client.scatter(list(init_args), broadcast=True)
        yield from _bounded(
            lambda item: client.submit(_dask_call, task, init, scattered, item, pure=False),
            items,
            workers * backend.in_flight,
            lambda future: future.result(),
            lambda pending: wait(pending, return_when="FIRST_COMPLETED").done,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_call(
    task: Callable[[A], R], init: Callable[..., None], init_args: list[Any], item: A
) -> R:
    """Run on a Dask worker: `init` (idempotent: it loads the models once per process), then
    the task."""
    with _INIT_LOCK:
        init(*init_args)
    return task(item)


def _bounded(
    submit: Callable[[A], Any],
    items: Iterable[A],
    limit: int,
    result: Callable[[Any], R],
    wait_some: Callable[[set[Any]], set[Any]],
) -> Iterator[tuple[A, R]]:
    """Submit items with at most `limit` pending; yield results as they complete."""
    pending: dict[Any, A] = {}
    iterator = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            try:
                item = next(iterator)
            except StopIteration:
                exhausted = True
                break
            pending[submit(item)] = item
        if not pending:
            return
        for future in wait_some(set(pending)):
            yield pending.pop(future), result(future)
