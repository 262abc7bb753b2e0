"""The graph as a SPARQL store: what enters is ``graph.nt``; what leaves is query results.

:mod:`~kg.store.local` loads the embedded pyoxigraph store under ``out/store``;
:mod:`~kg.store.query` runs SPARQL with bound values, a page at a time
(:mod:`~kg.store.paging`, which reads queries through :mod:`~kg.store.sparql_text`);
:mod:`~kg.store.canned` finds the shipped queries (``queries/``) by name;
:mod:`~kg.store.server` is the read-only endpoint of ``kg serve`` (``/sparql`` and the
shipped queries at ``/queries/NAME``); :mod:`~kg.store.push` sends the graph to another store.
"""
