"""summitcheck: do the articles about a summit agree on figures, names and dates?"""

__version__ = "0.1.0"
