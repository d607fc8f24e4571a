"""Helpers for the store's tests (builders, and scripts run as child processes)."""
