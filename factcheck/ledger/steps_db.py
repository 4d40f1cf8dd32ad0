"""The database the migration steps (:mod:`.migrations`) are given: sqlite-utils' Database,
kept inside the migration's one transaction. Imported only when a ledger has steps to run."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database


class OneTransaction(Database):
    """sqlite-utils' Database whose scripts run statement by statement: sqlite3's
    ``executescript`` commits first, which would end the migration's transaction half-way."""

    def executescript(self, sql: str) -> sqlite3.Cursor:
        cursor = self.conn.cursor()
        statement = ""
        for piece in sql.split(";"):
            statement += piece + ";"
            if sqlite3.complete_statement(statement):  # a trigger's body has ";" inside
                cursor.execute(statement)
                statement = ""
        return cursor
