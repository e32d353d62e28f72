"""A process pool that survives its workers: a worker killed (by the out-of-memory killer, or
anyone) costs only the articles it held, never the build.

``resilient_map(work, items, jobs, ...)`` is ``ProcessPoolExecutor.map`` in input order, except
that when the pool breaks every item that was in flight is tried again, alone, in a fresh
one-worker pool: an item whose worker dies again is given to ``on_lost(item, reason)`` (which
makes its result, e.g. a failure named by the article), the others are built as usual, and the
remaining items go on in a new pool.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

LOST = ("its worker process died while extracting it, twice (killed by the system, e.g. out of "
        "memory); the other articles were built")


def _run_chunk(work: Callable, chunk: list) -> list:
    return [work(it) for it in chunk]


def resilient_map(work: Callable, items: Iterable, jobs: int, initializer=None, initargs: tuple = (),
                  on_lost: Callable = lambda item, reason: None, chunk: int = 4) -> Iterator:
    """work(item) for each item, in order, in `jobs` processes; see the module docstring."""
    items = list(items)
    chunks = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    window = max(2, jobs * 4)                  # chunks in flight: memory stays bounded
    new_pool = lambda n: ProcessPoolExecutor(max_workers=n, initializer=initializer, initargs=initargs)
    pool = new_pool(jobs)
    pending: deque = deque()
    nxt = 0
    try:
        while nxt < len(chunks) or pending:
            while nxt < len(chunks) and len(pending) < window:
                try:
                    pending.append((nxt, pool.submit(_run_chunk, work, chunks[nxt])))
                except BrokenProcessPool:
                    break
                nxt += 1
            if not pending:                    # broken before anything was queued
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool(jobs)
                continue
            idx, fut = pending.popleft()
            try:
                yield from fut.result()
                continue
            except BrokenProcessPool:
                pass
            # The pool is dead: this chunk and those queued behind it were in flight or lost.
            lost = [(idx, fut)] + list(pending)
            pending.clear()
            pool.shutdown(wait=False, cancel_futures=True)
            yield from _retry_alone(work, [(chunks[i], f) for i, f in lost], new_pool, on_lost)
            pool = new_pool(jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(work, lost: list, new_pool, on_lost) -> Iterator:
    """The results of chunks caught in a broken pool, in order: those that finished before the
    break as they are, the others item by item in a one-worker pool."""
    solo = None
    try:
        for chunk, fut in lost:
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                yield from fut.result()
                continue
            for item in chunk:
                if solo is None:
                    solo = new_pool(1)
                try:
                    yield solo.submit(work, item).result()
                except BrokenProcessPool:
                    solo.shutdown(wait=False, cancel_futures=True)
                    solo = None
                    yield on_lost(item, LOST)
    finally:
        if solo is not None:
            solo.shutdown(wait=True)
