"""The bundled program's entry point (PyInstaller needs a script; this is all it does)."""

from oppfolging_gui.__main__ import console_main

if __name__ == "__main__":
    console_main()
