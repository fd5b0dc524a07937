"""Faster look-ups of enum members on Python 3.11 (s36-speed10).

On Python 3.11 the enum metaclass still defines ``__getattr__``, a fallback from the days when members were
looked up through it. Its mere presence makes every attribute look-up on an enum class
(``EventType.CONSULT``, ``Polarity.NEGATED``, ``ActorKind.STATE``) go through the slower hooked path of the
interpreter, at several times the cost of reading an ordinary class attribute; the coder makes hundreds of
such look-ups per sentence. Since 3.11 every member is stored in its class's namespace, so the fallback
never finds a member the ordinary look-up misses, and Python 3.12 removed it (python/cpython#106762).
:func:`drop_member_fallback` removes it on 3.11 as 3.12 does: a name an enum class does not have still
raises :class:`AttributeError` (with the ordinary message); nothing else changes.
"""

from __future__ import annotations

import enum
import sys

__all__ = ["drop_member_fallback"]


def drop_member_fallback() -> bool:
    """Remove ``EnumType.__getattr__`` where the Python in use still has it; whether it was removed
    (``False`` on 3.12 and later, or when it was already gone)."""
    if sys.version_info >= (3, 12) or "__getattr__" not in vars(enum.EnumType):
        return False
    delattr(enum.EnumType, "__getattr__")
    return True
