"""briefreader: a terminal reader for Chinese-language briefings."""


def __getattr__(name: str) -> str:
    # The version lives in pyproject.toml only; read from the installed metadata on
    # demand, so importing the package costs nothing for it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("briefreader")
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module 'briefreader' has no attribute {name!r}")
