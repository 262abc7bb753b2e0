"""``python -m kg``: the same command line as ``kg`` (useful from a checkout not installed)."""

from kg.cli import main

main()
