"""Data files: fonts, icons, the example plan (no code)."""
