"""Store: tables, CSV, Parquet and SQLite."""
