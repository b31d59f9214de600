"""Catalyse's Qt application (PySide6). Importing this package alone loads no Qt."""
