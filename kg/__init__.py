"""kg: a knowledge-graph builder for Chinese local-government news.

Importing the package loads nothing heavy (no jieba, spaCy or data files); each stage
imports what it needs when it runs.
"""

__version__ = "0.1.0"
