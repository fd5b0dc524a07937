"""The public API and the exception tree are explicit and checked (like httpx's exported-members test)."""

from __future__ import annotations

import detente
from detente import errors


def test_exported_members_exist() -> None:
    for name in detente.__all__:
        assert hasattr(detente, name), name
    assert len(set(detente.__all__)) == len(detente.__all__)


def test_exception_tree_matches_the_docstring() -> None:
    doc = errors.__doc__ or ""
    classes = {
        name: obj
        for name, obj in vars(errors).items()
        if isinstance(obj, type) and issubclass(obj, errors.DetenteError)
    }
    for name, cls in classes.items():
        assert name in doc, f"{name} missing from the tree in errors.py"
        assert cls.reason and isinstance(cls.status, int)
    assert issubclass(errors.ExtractionError, errors.InputError)
    assert issubclass(errors.InputError, errors.DetenteError)
    assert issubclass(errors.FetchError, errors.DetenteError)
    assert issubclass(errors.StoreError, errors.DetenteError)


def test_errors_carry_reason_and_message() -> None:
    exc = errors.InputError("bad bytes", reason="binary")
    assert exc.reason == "binary" and exc.message == "bad bytes" and exc.status == 422
    assert errors.ConfigError("x").status == 400
