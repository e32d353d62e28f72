"""Queries run in a small pool of worker processes, each with the store opened read-only.

pyoxigraph cannot interrupt a query once it runs, so a query that passes the timeout is stopped
by ending the process running it; a fresh worker takes its place. The workers import only
pyoxigraph and ``kg.serve.formats`` (they start in a fraction of a second).

A job is (query, accept, default_graphs, named_graphs); a worker answers
("ok", status, content type, body, rows, truncated) or ("error", status, message).
"""
from __future__ import annotations

import asyncio
import multiprocessing as mp
import time
from dataclasses import dataclass
from typing import Optional, Sequence

# one check for kg query and kg serve (UPDATE and SERVICE refused in words); app.py imports them here
from kg.ask.guard import is_update, uses_service  # noqa: F401


class QueryTimeout(Exception):
    pass


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    rows: int = 0
    truncated: bool = False


# ------------------------------------------------------------------------------ in the worker

def _answer(store, job, prefixes: dict, max_rows: int):
    import pyoxigraph as ox
    from kg.serve import formats as F

    query, accept, default_graphs, named_graphs = job
    kwargs = {}
    if default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.query(query, prefixes=prefixes, **kwargs)
        if isinstance(result, ox.QueryTriples):
            fmt = F.choose(accept, F.GRAPH_TYPES, "TURTLE")
            if fmt is None:
                return _not_acceptable(F.GRAPH_TYPES)
            triples, truncated = _take(result, max_rows)
            return ("ok", 200, F.GRAPH_LABEL[fmt], F.graph_bytes(triples, fmt, prefixes), len(triples), truncated)
        fmt = F.choose(accept, F.RESULTS_TYPES, "json")
        if fmt is None:
            return _not_acceptable(F.RESULTS_TYPES)
        if isinstance(result, ox.QueryBoolean):
            return ("ok", 200, F.RESULTS_LABEL[fmt], F.ask_bytes(bool(result), fmt), 1, False)
        variables = [v.value for v in result.variables]
        solutions, truncated = _take(result, max_rows)
        rows = [tuple(s[i] for i in range(len(variables))) for s in solutions]
        return ("ok", 200, F.RESULTS_LABEL[fmt], F.select_bytes(variables, rows, fmt), len(rows), truncated)
    except SyntaxError as e:
        return ("error", 400, "SPARQL syntax error: " + " ".join(str(e).split()))
    except (ValueError, OSError, RuntimeError) as e:
        return ("error", 400, "query failed: " + " ".join(str(e).split()))


def _take(iterator, n: int) -> tuple[list, bool]:
    out = []
    for item in iterator:
        if len(out) == n:
            return out, True
        out.append(item)
    return out, False


def _not_acceptable(offered: dict):
    return ("error", 406, "none of the accepted media types can be given; offered: " + ", ".join(offered))


def _worker_main(conn, store_path: str, prefixes: dict, max_rows: int) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(store_path)
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if job is None:
            return
        try:
            reply = _answer(store, job, prefixes, max_rows)
        except Exception as e:  # a bug answers 500, it does not end the worker
            reply = ("error", 500, f"internal error ({type(e).__name__}: {e})")
        conn.send(reply)


# ------------------------------------------------------------------------------ in the server

class _Worker:
    def __init__(self, ctx, store_path: str, prefixes: dict, max_rows: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, store_path, prefixes, max_rows),
                                daemon=True, name="kg-serve-query")
        self.proc.start()
        child.close()

    def wait_ready(self, timeout: float = 60.0) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError("a query worker did not start")
        msg = self.conn.recv()
        if msg != ("ready",):
            raise RuntimeError(f"a query worker could not open the store: {msg}")

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class Engine:
    """`workers` processes answering queries over the store at `store_path`; a query gets
    `timeout` seconds (None: no limit) and at most `max_rows` rows (or triples)."""

    def __init__(self, store_path: str, prefixes: dict, workers: int = 2,
                 timeout: Optional[float] = 30.0, max_rows: int = 10_000):
        self.store_path, self.prefixes = str(store_path), dict(prefixes)
        self.n, self.timeout, self.max_rows = max(1, workers), timeout, max_rows
        self._ctx = mp.get_context("spawn")
        self._all: list[_Worker] = []
        self._idle: Optional[asyncio.Queue] = None

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self.store_path, self.prefixes, self.max_rows)
        w.wait_ready()
        self._all.append(w)
        return w

    def start(self) -> None:
        """Start the workers (before the event loop runs; the queue is made on first use)."""
        for _ in range(self.n):
            self._spawn()

    def _queue(self) -> asyncio.Queue:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for w in self._all:
                self._idle.put_nowait(w)
        return self._idle

    async def _replace(self, dead: _Worker) -> None:
        dead.kill()
        if dead in self._all:
            self._all.remove(dead)
        w = await asyncio.get_running_loop().run_in_executor(None, self._spawn)
        self._queue().put_nowait(w)

    async def _recv(self, w: _Worker):
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = w.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        return w.conn.recv()

    async def run(self, query: str, accept: Sequence[str], default_graphs=(), named_graphs=()) -> Answer:
        """Answer one query; QueryTimeout when it ran past the timeout (its worker is ended)."""
        idle = self._queue()
        started = time.monotonic()
        try:
            w = await (asyncio.wait_for(idle.get(), self.timeout) if self.timeout else idle.get())
        except asyncio.TimeoutError:
            raise QueryTimeout() from None      # every worker stayed busy for the whole timeout
        try:
            w.conn.send((query, list(accept), list(default_graphs), list(named_graphs)))
            left = None if self.timeout is None else max(0.01, self.timeout - (time.monotonic() - started))
            reply = await asyncio.wait_for(self._recv(w), left)
        except asyncio.TimeoutError:
            asyncio.get_running_loop().create_task(self._replace(w))
            raise QueryTimeout() from None
        except (EOFError, OSError, asyncio.CancelledError):
            asyncio.get_running_loop().create_task(self._replace(w))
            raise
        idle.put_nowait(w)
        if reply[0] == "ok":
            _, status, ctype, body, rows, truncated = reply
            return Answer(status, ctype, body, rows, truncated)
        _, status, message = reply
        return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def close(self) -> None:
        for w in self._all:
            try:
                w.conn.send(None)
            except OSError:
                pass
        for w in self._all:
            w.proc.join(2)
            w.kill()
        self._all.clear()
