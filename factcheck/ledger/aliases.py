"""Entity aliases: names a journalist taught factcheck ("Kremlin" means country:RU)."""

from __future__ import annotations

from factcheck.errors import FactcheckError
from factcheck.ledger.db import Connection


class EntityAliases(Connection):
    """The journalist's names for entities, as ``factcheck alias`` records them."""

    def add_entity_alias(self, alias: str, key: str) -> None:
        """Make ``alias`` mean the entity ``key`` (e.g. "Kremlin" → "country:RU")."""
        if not alias.strip() or not key.strip():
            raise FactcheckError("An alias needs a name and a key")
        old = self.entity_aliases().get(alias)
        with self.transaction():
            self._execute(
                "INSERT INTO entity_aliases (alias, key) VALUES (?, ?)"
                " ON CONFLICT (alias) DO UPDATE SET key = excluded.key",
                [alias, key],
            )
            self._log("alias", field=alias, old=old, new=key)

    def entity_aliases(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._execute("SELECT alias, key FROM entity_aliases")}
