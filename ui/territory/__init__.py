"""The Territoire screen: every workshop of the database rolled up, and the actors on a map."""
