"""The Help menu's dialogs: the keyboard shortcuts (read from the actions) and the offline guide."""
