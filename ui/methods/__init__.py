"""The Méthodes screen: the co-construction methods a workshop runs beside its board."""
