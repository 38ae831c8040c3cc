"""The files a Linux desktop and PyInstaller need: a launcher and AppStream metainfo that the
freedesktop validators accept, every icon size, the data folders the bundle ships.

Fast (no build). The bundle itself is checked by `bash packaging/smoke_test.sh` (a minute or
more: it builds), which stays out of the default test run; see packaging/README.md.
"""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from diagapp import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.diagapp.Diagapp"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_launcher_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # not even a hint or a deprecation warning


def test_the_metainfo_passes_appstreamcli() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_launcher_metainfo_and_window_share_one_id() -> None:
    from diagapp.ui.app import DESKTOP_ID

    entry = _desktop_entry()
    assert DESKTOP_ID == APP_ID  # QApplication.setDesktopFileName: Wayland's app_id
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "diagapp"
    assert entry["StartupWMClass"] == "diagapp"  # QApplication.applicationName, X11's WM_CLASS
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "diagapp"


def test_the_metainfo_announces_the_current_version() -> None:
    releases = [r.get("version") for r in ET.parse(METAINFO).getroot().iter("release")]
    assert releases and releases[0] == __version__


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_exists_at_its_size(size: int) -> None:
    assert _png_size(ICONS / f"diagapp-{size}.png") == (size, size)


def test_the_scalable_icon_is_svg() -> None:
    root = ET.parse(ICONS / "diagapp.svg").getroot()
    assert root.tag.endswith("svg")


def test_the_window_uses_the_shipped_icon_sizes() -> None:
    from diagapp.ui import app

    assert app.ICON_SIZES == ICON_SIZES


def _spec_constant(name: str) -> object:
    """A literal assigned at the top of packaging/diagapp.spec (a Python file)."""
    spec = ast.parse((PACKAGING / "diagapp.spec").read_text(encoding="utf-8"))
    for node in spec.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in packaging/diagapp.spec")


def test_the_data_folders_the_bundle_ships_exist() -> None:
    folders = _spec_constant("DATA_FOLDERS")
    assert folders == ["questionnaires", "resources"]
    assert (ROOT / "questionnaires" / "v1").is_dir()
    assert list((ROOT / "questionnaires" / "v1").glob("*.yaml"))
    assert (ROOT / "questionnaires" / "references.yaml").is_file()
    assert (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (ROOT / "resources" / "translations" / "diagapp_en.qm").is_file()


def test_the_bundle_keeps_the_qt_plugins_the_app_needs() -> None:
    plugins = _spec_constant("KEEP_PLUGINS")
    assert isinstance(plugins, dict)
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= plugins["platforms"]
    assert "libqsvg.so" in plugins["imageformats"]
    assert _spec_constant("KEEP_TRANSLATIONS") == {"qtbase_fr.qm", "qtbase_en.qm"}


def test_the_scripts_are_valid_bash() -> None:
    for script in ("build.sh", "smoke_test.sh"):
        done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True)
        assert done.returncode == 0, done.stderr
