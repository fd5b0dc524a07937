from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.settings import SETTINGS, Settings


def test_every_setting_has_a_field_and_help() -> None:
    fields = set(Settings.__dataclass_fields__)
    assert {s.name for s in SETTINGS} == fields
    for s in SETTINGS:
        assert s.help.endswith("."), s.name
        assert getattr(Settings(), s.name) == s.default


def test_precedence_defaults_file_env_flags(tmp_path: Path) -> None:
    config = tmp_path / "detente.toml"
    config.write_text('db = "from-file.db"\nmin_body_chars = 10\nfetch_timeout = 5\n')
    env = {"DETENTE_DB": "from-env.db", "DETENTE_FETCH_TIMEOUT": "7.5"}
    s = Settings.load({"fetch_timeout": None}, env=env, config_file=config)
    assert s.db == "from-env.db"
    assert s.min_body_chars == 10
    assert s.fetch_timeout == 7.5
    s = Settings.load({"db": "flag.db"}, env=env, config_file=config)
    assert s.db == "flag.db"


def test_bad_values_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="min_body_chars"):
        Settings.load(env={"DETENTE_MIN_BODY_CHARS": "many"}, config_file=tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("nonsense = 1\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(env={}, config_file=bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("db = \n")
    with pytest.raises(ConfigError, match="cannot read"):
        Settings.load(env={}, config_file=broken)


def test_booleans_from_env(tmp_path: Path) -> None:
    none = tmp_path / "none.toml"
    assert Settings.load(env={"DETENTE_PROGRESS": "off"}, config_file=none).progress is False
    assert (
        Settings.load(env={"DETENTE_FETCH_ALLOW_LOOPBACK": "1"}, config_file=none).fetch_allow_loopback
        is True
    )


def test_db_url() -> None:
    assert Settings(db="x/y.db").db_url == "sqlite:///x/y.db"
    assert Settings(db="postgresql+psycopg://u@h/d").db_url == "postgresql+psycopg://u@h/d"
