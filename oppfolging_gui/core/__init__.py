"""The plan core: everything that works without a window (no Qt here)."""
