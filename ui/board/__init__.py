"""The live co-construction board: scene, view, items and its undo commands."""

from ui.board.refcount_guard import protect_none

protect_none()  # before any board item exists (see refcount_guard)
