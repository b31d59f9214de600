"""The live co-construction board: scene, view, items and its undo commands."""
