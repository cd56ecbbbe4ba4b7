"""Participants, geo inference, rules and countries: pure Python, no Qt, no network."""
