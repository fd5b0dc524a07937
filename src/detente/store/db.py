"""The database: engine setup, migrations, one writer for SQLite, read connections.

SQLite runs in WAL mode with foreign keys on and a busy timeout; every write goes through
:meth:`Database.write`, which holds a process-wide lock so there is a single writer. PostgreSQL
(``postgresql+psycopg://``) uses the same schema and code paths.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, CursorResult, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import ConfigError, StoreError
from detente.settings import Settings

log = logging.getLogger(__name__)


class Database:
    """An engine plus the single-writer discipline. Build one per process with :meth:`open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True) -> Database:
        url = settings.db_url
        try:
            engine = _make_engine(url, busy_timeout_ms=settings.busy_timeout_ms)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise ConfigError(f"cannot open database {url!r}: {exc}") from exc
        db = cls(engine)
        if migrate:
            db.migrate()
        return db

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> str:
        """Create or upgrade the schema to the newest revision; returns that revision."""
        cfg = _alembic_config()
        with self._write_lock:
            try:
                with self.engine.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
            except SQLAlchemyError as exc:
                raise StoreError(f"migration failed: {exc}") from exc
        return self.revision() or ""

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(_alembic_config()).get_current_head()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in one transaction, committed on success and rolled back on any error."""
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise StoreError("the database did not return the new row's id")
    return int(key[0])


def _alembic_config() -> Config:
    cfg = Config()
    location = resources.files("detente.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    cfg.set_main_option("path_separator", "os")
    return cfg


def _make_engine(url: str, *, busy_timeout_ms: int) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            parent = Path(path).expanduser().parent
            if not parent.is_dir():
                raise ValueError(f"directory {parent} does not exist")
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the driver, open transactions, and take the write lock at BEGIN.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    if url.startswith("postgresql"):
        return create_engine(url, pool_pre_ping=True)
    raise ValueError("only SQLite paths/URLs and postgresql+psycopg:// URLs are supported")
