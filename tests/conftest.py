"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's real data folder."""
    monkeypatch.setenv("SMARTCHECK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def mini_path() -> Path:
    return DATA / "mini.toml"


@pytest.fixture
def mini():
    from smartcheck.core.catalog import load

    return load(DATA / "mini.toml")
