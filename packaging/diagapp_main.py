"""Entry point of the bundled program (PyInstaller runs this file)."""

from diagapp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
