"""A marker the pool's forkserver imports before poolserver when a cold start of the TUI starts
it (library.ROWS_MODULES): poolserver then warms the pipeline only as far as a list row needs
(library.warm_worker(rows=True)), so the first rows come ~0.3 s of CPU sooner. No imports."""
