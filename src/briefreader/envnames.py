"""Names of the environment variables briefreader reads, each spelled once here (review
s17 R5: BRIEFREADER_PDF_CACHE was written in three files, a typo in one would silently
split the cache). No imports: the pool's worker start and the CLI read it for free."""

from __future__ import annotations

# The cache folder the config names, for the PDF text cache (ingest/pdfcache.py); "" under
# --no-cache. Set by the CLI and the TUI at start, passed to the pool's workers.
PDF_CACHE = "BRIEFREADER_PDF_CACHE"
# The folder of compiled regular expressions, for child processes (recache.py, poolserver.py).
REGEX_CACHE = "BRIEFREADER_REGEX_CACHE"
# The config file (config.find_config), and the debug log switch (cli.setup_logging).
CONFIG = "BRIEFREADER_CONFIG"
DEBUG = "BRIEFREADER_DEBUG"
# The user's cache folder instead of platformdirs' (config.user_cache_dir).
CACHE_DIR = "BRIEFREADER_CACHE_DIR"
