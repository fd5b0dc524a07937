"""Shared fixtures. Development data from ../shared is reached only through ``shared_data``,
which skips the test, with its reason, when the folder is absent (a user's fresh clone)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the calling test when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path} (it lives in ../shared, outside the project)")
    return path


@pytest.fixture
def shared_data() -> type[SharedData]:
    return SharedData


class SharedData:
    path = staticmethod(shared_path)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for an empty SQLite database in a temporary folder, no progress bar."""
    return Settings(db=str(tmp_path / "detente.db"), progress=False)


def _postgres_url() -> str | None:
    return os.environ.get("DETENTE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings for an empty database on each backend; PostgreSQL runs when DETENTE_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield Settings(db=str(tmp_path / "detente.db"), progress=False)
        return
    url = _postgres_url()
    if not url:
        if os.environ.get("DETENTE_REQUIRE_POSTGRES"):
            pytest.fail("DETENTE_REQUIRE_POSTGRES is set but DETENTE_TEST_POSTGRES_URL is not")
        pytest.skip(
            "PostgreSQL tests need DETENTE_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1/test)"
        )
    yield from _fresh_postgres_schema(url)


def _fresh_postgres_schema(url: str) -> Iterator[Settings]:
    """Each test gets its own PostgreSQL schema, dropped afterwards, so tests can run in parallel."""
    import uuid

    from sqlalchemy import create_engine, text

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    scoped = f"{url}{sep}options=-csearch_path%3D{schema}"
    try:
        yield Settings(db=scoped, progress=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
