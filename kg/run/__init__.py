"""Orchestration: a build from paths to an output folder. :mod:`~kg.run.build` runs every
stage in order; :mod:`~kg.run.runner` decides where extraction runs (this process, a worker
pool started by :mod:`~kg.run.preload`, a Dask cluster) and :mod:`~kg.run.cache` keeps each
file's extraction for ``--update``.
"""
