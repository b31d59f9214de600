"""Small reusable widgets and painting helpers shared by the screens."""
