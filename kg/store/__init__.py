"""The graph as a SPARQL store: what enters is ``graph.nt``; what leaves is query results.

:mod:`~kg.store.local` loads the embedded pyoxigraph store under ``out/store``;
:mod:`~kg.store.query` runs SPARQL with bound values; :mod:`~kg.store.server` is the
read-only endpoint of ``kg serve``; :mod:`~kg.store.push` sends the graph to another store.
"""
