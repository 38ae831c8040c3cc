"""Screenshots of room mode for docs/screenshots/: the phone pages (390 × 844, Debian's
Chromium) and the window's « Mode salle » panel, on a copy of the demo.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_room.py

Only 127.0.0.1 is used: the phone and the laptop are this computer.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="diagapp-room-shots-"))
    os.environ["DIAGAPP_HOME"] = str(home)
    os.environ["SE_OFFLINE"] = "true"
    from PySide6.QtWidgets import QApplication, QWidget
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    from diagapp.services import assessments, workspace
    from diagapp.ui.dialogs.room_panel import RoomPanel
    from diagapp.ui.workshop import Workshop

    qt = QApplication(sys.argv)
    db_path = workspace.fresh_demo_copy(home / "demo.sqlite")
    ws = workspace.open_workspace(db_path)
    shop = Workshop(ws)
    shop.set_assessment(assessments.latest_assessment(ws.db))
    window = QWidget()
    panel = RoomPanel(shop, window)
    panel.network.setCurrentIndex(panel.network.findData("127.0.0.1"))
    panel.resize(900, 760)
    panel.show()
    assert panel.open_room()
    server = panel.server
    code = server.room.join_code

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=390,844",
        f"--user-data-dir={home / 'chromium'}",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    phone = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        OUT.mkdir(parents=True, exist_ok=True)
        phone.get(server.join_url)
        phone.save_screenshot(str(OUT / "room-phone-join.png"))
        phone.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        phone.find_element(By.ID, "name")
        phone.save_screenshot(str(OUT / "room-phone-pick.png"))
        phone.find_element(By.CSS_SELECTOR, "button[data-participant]").click()
        phone.find_element(By.ID, "answer")
        phone.find_element(By.CSS_SELECTOR, "input[name=level][value='2']").click()
        qt.processEvents()
        phone.execute_script("window.scrollTo(0, 0)")
        phone.save_screenshot(str(OUT / "room-phone-item.png"))
        for _ in range(40):  # the panel refreshes on the room's news (after 0.4 s)
            qt.processEvents()
            time.sleep(0.025)
        panel.grab().save(str(OUT / "room-panel.png"))
        server.room.close()
        phone.get(server.url)
        phone.save_screenshot(str(OUT / "room-phone-closed.png"))
    finally:
        phone.quit()
        panel.stop_now()
        ws.close()
        shutil.rmtree(home, ignore_errors=True)
    print("code was", code, "; wrote", *sorted(p.name for p in OUT.glob("room-*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
