"""The declarative description of form NAV 25-02.01 (data only; read by oppfolging_gui.core.formspec)."""
