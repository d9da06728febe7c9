"""Command-line subcommands (no Qt here)."""
