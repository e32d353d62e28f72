"""Where a build's extraction runs: local processes (`kg build -j N`) or a Dask cluster.

Extraction and RDF mapping of one article are a pure function of its record, so they can run
anywhere; the build (the client) takes the results back in input order and writes the graph,
so the same inputs give the same bytes wherever they were extracted.

- ``LocalProcesses(jobs)``: today's ``-j`` (``jobs`` processes on this machine; 1: in-process).
- ``DaskCluster(client=None, scheduler=None)``: articles go in batches to the workers of a
  ``dask.distributed`` cluster (``kg build --scheduler tcp://HOST:8786`` or
  ``kg.build(..., client=Client(...))``); the workers read and extract, the client writes. Files
  are read by the workers, so the input folder must be at the same path on every worker (a
  shared or copied folder); records of a JSON Lines or WARC container travel with their bytes.

An executor has ``run(items, curation)`` -> an iterator of ``(source, Mapped | None, error)``
in the order of ``items``, and ``close()``.
"""
from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Iterator, Optional

from kg.errors import UsageError

DASK_BATCH = 32          # articles per task: large enough to hide the scheduler's per-task cost


class LocalProcesses:
    """`jobs` worker processes on this machine (kg build -j)."""

    def __init__(self, jobs: int = 1):
        self.jobs = jobs

    def run(self, items: list, curation=None) -> Iterator:
        from kg.batch import process_all
        return process_all(items, curation, self.jobs)

    def close(self) -> None:
        pass


def _dask_batch(items: list, curation) -> list:
    """On a Dask worker: extract and map a batch of records."""
    from kg import batch

    batch._init_worker(curation)        # a Mapper only holds the curation: cheap, and stateless
    return [batch._work(it) for it in items]


class DaskCluster:
    """A dask.distributed cluster: a Client given, or one connected to `scheduler`."""

    def __init__(self, client=None, scheduler: Optional[str] = None, batch_size: int = DASK_BATCH):
        try:
            from dask.distributed import Client
        except ImportError:
            raise UsageError("a Dask scheduler needs dask.distributed: pip install 'vnpolkg[dask]'") from None
        self._own = client is None
        if client is None:
            try:
                client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        self.client = client
        self.batch_size = max(1, batch_size)

    def _threads(self) -> int:
        try:
            return max(1, sum(self.client.nthreads().values()))
        except Exception:   # an older or odd client: a modest window still works
            return 4

    def run(self, items: list, curation=None) -> Iterator:
        bs = self.batch_size
        batches = iter([items[i:i + bs] for i in range(0, len(items), bs)])
        cur = self.client.scatter(curation, broadcast=True) if curation is not None else None
        ahead = deque()
        window = 2 * self._threads()      # batches in flight: the cluster stays busy, memory bounded

        def submit(b):
            ahead.append(self.client.submit(_dask_batch, b, cur, pure=False, retries=2))

        for b in islice(batches, window):
            submit(b)
        while ahead:
            fut = ahead.popleft()
            results = fut.result()
            fut.release()
            nxt = next(batches, None)
            if nxt is not None:
                submit(nxt)
            yield from results

    def close(self) -> None:
        if self._own:
            self.client.close()


def make_executor(jobs: int = 1, scheduler: Optional[str] = None, client=None):
    """The executor for a build: Dask when a scheduler address or a client is given, else local."""
    if client is not None or scheduler:
        return DaskCluster(client=client, scheduler=scheduler)
    return LocalProcesses(jobs)
