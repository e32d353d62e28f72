"""`kg serve`: the graph of a build folder as a read-only SPARQL 1.1 Protocol endpoint.

starlette + uvicorn answer HTTP (``app.py``); the queries run in pyoxigraph in a small pool of
worker processes over an on-disk store opened read-only (``engine.py``), so that a query past
the timeout is stopped by ending its process; answers are written by ``formats.py``.
"""
