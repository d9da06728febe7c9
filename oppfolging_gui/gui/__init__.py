"""The Qt layer: a thin window bound to the core model."""
