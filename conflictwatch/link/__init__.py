"""Linking: mentions of one real event become one event (merge); events group into conflicts.

Pure functions over plain dicts in SCHEMA's fields; the store (``conflictwatch.store``)
fetches candidates, calls these and writes the result.
"""
from .merge import compatible, closeness, reconcile, best_candidate
from .conflicts import conflict_matches, best_conflict, summarise_conflict, conflict_name
from .text import fold, actor_key, names_agree

__all__ = ["compatible", "closeness", "reconcile", "best_candidate", "conflict_matches",
           "best_conflict", "summarise_conflict", "conflict_name", "fold", "actor_key", "names_agree"]
