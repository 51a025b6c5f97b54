"""Turning releases into a searchable index, and searching it."""
