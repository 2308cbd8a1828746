"""briefreader: a terminal reader for Chinese-language briefings."""
__version__ = "0.1.0"
