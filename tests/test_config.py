"""config.toml: lookup order, relative paths, and one clear error per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.config import ConfigError, find_config, load_config, read_config
from briefreader.glossary import find_terms

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_config_is_valid() -> None:
    config = read_config(ROOT / "config.toml")
    assert config.briefings == ROOT / "briefings"
    assert 8 <= len(config.topics) <= 12
    assert config.topics["metaverse"].zh == "元宇宙"
    assert config.glossary["上海市经济和信息化委员会"].startswith("Shanghai Municipal Commission")


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    config = read_config(write(tmp_path, '[library]\nbriefings = "docs"\nnotes = "~/n.toml"\n'))
    assert config.briefings == tmp_path.resolve() / "docs"
    assert config.notes == Path.home() / "n.toml"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[library]\nbriefings = 3\n", "library.briefings: must be a string, not int"),
        ("[library]\nbriefing = 'x'\n", "library.briefing: unknown key"),
        ("[display]\nscript = 'latin'\n", "display.script: must be one of hans, hant"),
        ("[colors]\n", "colors: unknown section"),
        ("[topics.x]\nkeywords = 'a'\n", "topics.x.keywords: must be a list"),
        ("[topics.x]\nkeywords = ['a', '']\n", "topics.x.keywords: must be a list of non-empty strings"),
        ("[topics]\nthreshold = 0\n", "topics.threshold: must be a positive integer"),
        ("[glossary]\n'元宇宙' = 1\n", "glossary.元宇宙: must be a string"),
        ("[library\n", "invalid TOML"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path: Path, text: str, names: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        read_config(path)
    message = str(err.value)
    assert str(path) in message and names in message
    assert "\n" not in message


def test_lookup_order(tmp_path: Path, monkeypatch) -> None:
    explicit = write(tmp_path, "")
    env = tmp_path / "env.toml"
    env.write_text("")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(env))
    assert find_config(explicit) == explicit
    assert find_config() == env
    monkeypatch.delenv("BRIEFREADER_CONFIG")
    assert find_config() == Path.cwd() / "config.toml"
    with pytest.raises(ConfigError, match="not found"):
        find_config(tmp_path / "missing.toml")


def test_no_config_gives_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = load_config()
    assert config.path is None
    assert config.briefings == tmp_path / "briefings"


def test_glossary_prefers_the_longest_term() -> None:
    glossary = {"杨浦区": "Yangpu District", "杨浦区人民政府": "Yangpu District People's Government",
                "元宇宙": "metaverse"}
    text = "杨浦区人民政府支持元宇宙。"
    assert find_terms(text, glossary) == [("杨浦区人民政府", "Yangpu District People's Government"),
                                          ("元宇宙", "metaverse")]
    assert [t for t, _ in find_terms(text + "杨浦区还将", glossary)] == ["杨浦区人民政府", "杨浦区", "元宇宙"]
