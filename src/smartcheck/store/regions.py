"""Named regions in the store: an Amt's or a Kreis's collection of profile files.

A region keeps the profiles' JSON as read (not the paths), so it survives
moved or deleted files and can be updated next year: adding a profile of the
same municipality with a new date keeps both, the region view then shows the
newer one beside the older one unless the older is removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..core.assessment import now
from ..core.errors import UserError
from ..core.profile_share import ProfileFile, profile_json
from .profile_files import parse_profile
from .repository import Store

MAX_NAME = 120


@dataclass(frozen=True)
class StoredRegion:
    name: str
    own: str | None
    profiles: list[tuple[str, ProfileFile]]


def _key(name: str) -> str:
    return name.strip().casefold()


def _clean(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise UserError(
            f"Name der Region: 1 bis {MAX_NAME} Zeichen, bitte ({name!r})",
            english=f"Name of the region: 1 to {MAX_NAME} characters, please ({name!r})",
        )
    return name


def save_region(store: Store, name: str, profiles: list[tuple[str, ProfileFile]], own: str | None = None) -> None:
    """Create or replace the region ``name`` with these profiles, in one transaction."""
    name = _clean(name)
    with store._write() as conn:
        conn.execute(
            "INSERT INTO regions(key, name, own, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE "
            "SET name = excluded.name, own = excluded.own, updated_at = excluded.updated_at",
            (_key(name), name, own, now().isoformat()),
        )
        region_id = conn.execute("SELECT id FROM regions WHERE key = ?", (_key(name),)).fetchone()[0]
        conn.execute("DELETE FROM region_profiles WHERE region_id = ?", (region_id,))
        conn.executemany(
            "INSERT INTO region_profiles VALUES (?, ?, ?, ?)",
            [(region_id, i, source, profile_json(p)) for i, (source, p) in enumerate(profiles)],
        )


def region_names(store: Store) -> list[str]:
    return [r[0] for r in store._read("SELECT name FROM regions ORDER BY key")]


def load_region(store: Store, name: str) -> StoredRegion:
    rows = store._read("SELECT id, name, own FROM regions WHERE key = ?", (_key(name),))
    if not rows:
        known = ", ".join(region_names(store))
        raise UserError(
            f"Region '{name}' ist nicht gespeichert (gespeichert: {known or 'keine'})",
            english=f"The region '{name}' is not stored (stored: {known or 'none'})",
        )
    region_id, stored_name, own = rows[0]
    bodies = store._read("SELECT source, body FROM region_profiles WHERE region_id = ? ORDER BY position", (region_id,))
    profiles = [(source, parse_profile(json.loads(body), f"{stored_name}: {source}")) for source, body in bodies]
    return StoredRegion(stored_name, own, profiles)


def delete_region(store: Store, name: str) -> None:
    with store._write() as conn:
        conn.execute("DELETE FROM regions WHERE key = ?", (_key(name),))
