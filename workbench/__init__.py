"""The analyst workbench: read, map and date news articles about conflicts and politics."""

__version__ = "0.1.0"
