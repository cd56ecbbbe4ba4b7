"""packaging/build.py's choices, checked without running PyInstaller: what is left out of the
bundle, how the source is staged, the macOS Info.plist and the Linux install scripts."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

import hostguard
from tests.packaging.support import APP_ID, PACKAGING, ROOT, load_build_module

build = load_build_module()


def test_no_qt_module_the_app_imports_is_excluded():
    imported = build.qt_modules_imported(ROOT / "hostguard")
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert not imported & set(build.EXCLUDED_QT_MODULES)
    build.check_qt_exclusions()  # what build() runs first: must not raise


def test_qt_import_scan_sees_every_import_form(tmp_path):
    (tmp_path / "a.py").write_text(
        "from PySide6.QtSvg import QSvgRenderer\n"
        "import PySide6.QtNetwork\n"
        "from PySide6 import QtCharts, QtPdf\n"
        "def f():\n    from PySide6.QtMultimedia import QSoundEffect  # inside a function\n",
        encoding="utf-8",
    )
    assert build.qt_modules_imported(tmp_path) == {
        "QtSvg",
        "QtNetwork",
        "QtCharts",
        "QtPdf",
        "QtMultimedia",
    }
    with pytest.raises(build.BuildError, match="QtCharts, QtMultimedia, QtNetwork, QtPdf"):
        build.check_qt_exclusions(source=tmp_path)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("hostguard/resources/geoip/dbip-country.mmdb", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\Qt\\plugins\\imageformats\\qwebp.dll", False),
        # image formats the app never reads, Wayland shells of car/kiosk compositors,
        # server-buffer integrations (left out to make the bundle smaller)
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
        ("PySide6\\Qt\\plugins\\imageformats\\qico.dll", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", False),
        ("PySide6/Qt/lib/libQt6WlShellIntegration.so.6", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libvulkan-server.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", True),
        (
            "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
            True,
        ),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ],
)
def test_collected_file_filter(dest, kept):
    assert build.keep_collected_file(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
        ("PySide6/Qt/translations/qtbase_pl.qm", False),  # a language the app does not speak
        ("PySide6/Qt/translations/qtmultimedia_de.qm", False),  # a module the app does not use
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("hostguard/resources/translations/hostguard_de.qm", True),
        ("hostguard/resources/translations/hostguard_pl.qm", True),  # the app's own: all kept
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/de.dat", True),
        ("babel/locale-data/zh_Hant.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/pl.dat", False),
        ("babel/locale-data/sw_KE.dat", False),
        ("babel/global.dat", True),
    ],
)
def test_translations_and_locale_data_only_for_the_apps_languages(dest, kept):
    assert build.keep_collected_file(dest, {"en", "de", "zh"}) is kept


def test_app_languages_are_read_from_the_i18n_module(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "i18n.py").write_text(
        'LANGUAGES: tuple = (("en", "English"), ("zh_TW", "x"), ("zh_CN", "y"), ("de", "z"))\n',
        encoding="utf-8",
    )
    assert build.app_languages(tmp_path) == {"en", "zh", "de"}
    assert build.app_languages(tmp_path / "nowhere") == frozenset()
    # without a language list nothing of Babel is filtered (nothing is known about its use)
    assert build.keep_collected_file("babel/locale-data/pl.dat", frozenset())


def test_translations_are_compiled_for_the_bundle(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "hostguard_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de"><context><name>Main</name>'
        "<message><source>Open</source><translation>Öffnen</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    if build.lrelease_command() is None:
        with pytest.raises(build.BuildError, match="lrelease"):
            build.compile_translations(folder)
        return
    (qm,) = build.compile_translations(folder)
    assert qm.name == "hostguard_de.qm" and qm.stat().st_size > 0
    ts = folder / "hostguard_de.ts"
    os.utime(qm, (ts.stat().st_mtime - 10, ts.stat().st_mtime - 10))  # as a copy may leave it
    assert build.freshen_translations(tmp_path) == 1
    assert qm.stat().st_mtime > ts.stat().st_mtime


def test_orphaned_libraries_are_only_those_left_out_files_needed():
    graph = {
        "/x/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/x/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/x/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/x/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "/x/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/x/libcairo.so.2": [],
        "/x/libglib-2.0.so.0": [],
        "/x/libsecret-ctypes.so": [],  # loaded with ctypes: nothing needs it, it must stay
    }
    kept = [
        ("PySide6/QtWidgets.abi3.so", "/x/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("libgtk-3.so.0", "/x/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/x/libglib-2.0.so.0", "BINARY"),
        ("libsecret-ctypes.so", "/x/libsecret-ctypes.so", "BINARY"),
    ]
    dropped = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY")]
    orphans = build.orphaned_libraries(kept, dropped, lambda src: graph[src])
    assert orphans == {"libgtk-3.so.0", "libcairo.so.2"}


def test_version_is_read_from_the_package():
    assert build.version() == hostguard.__version__


def test_staged_source_has_resources_inside_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "STAGE", tmp_path / "stage")
    stage = build.stage_source()
    assert (stage / "hostguard" / "resources" / "geoip" / "dbip-country.mmdb").is_file()
    assert (stage / "hostguard" / "resources" / "__init__.py").is_file()
    assert not list(stage.rglob("__pycache__"))
    modules = build.package_modules(stage)
    # subcommands are imported by name at run time, so they must be listed for PyInstaller
    assert {
        "hostguard",
        "hostguard.cli",
        "hostguard.cli.evaluate",
        "hostguard.resources",
        "hostguard.selftest",
    } <= set(modules)
    data = {(Path(src).name, dest) for src, dest in build.package_data(stage)}
    assert ("dbip-country.mmdb", os.path.join("hostguard", "resources", "geoip")) in data
    assert ("hostguard-256.png", os.path.join("hostguard", "resources", "icons")) in data
    assert ("THIRD-PARTY.txt", os.path.join("hostguard", "resources", "licenses")) in data
    assert not any(name.endswith(".py") for name, _ in data)


@pytest.mark.skipif(os.name == "nt", reason="symlinks need a privilege on Windows")
def test_removed_dangling_links(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libkept.so.6").write_bytes(b"x")
    (tmp_path / "libkept.so.6").symlink_to("lib/libkept.so.6")
    (tmp_path / "libQt6Network.so.6").symlink_to("lib/libQt6Network.so.6")  # target left out
    assert build.remove_dangling_links(tmp_path) == ["libQt6Network.so.6"]
    assert (tmp_path / "libkept.so.6").is_symlink()
    assert not (tmp_path / "libQt6Network.so.6").is_symlink()


def test_generated_spec_is_valid_python_with_the_hidden_imports(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "STAGE", tmp_path / "stage")
    monkeypatch.setattr(build, "BUILD", tmp_path)
    stage = build.stage_source()
    icons = build.make_icons(tmp_path / "icons")
    spec = build.write_spec(stage, icons, "1.2.3")
    text = spec.read_text(encoding="utf-8")
    compile(text, str(spec), "exec")
    assert "maxminddb.extension" in text
    assert "keyring.backends.SecretService" in text
    assert "PySide6.QtWebEngineCore" in text
    assert "bundle-manifest.json" in text  # the SBOM's list of what the bundle holds


def test_windows_and_mac_icons_are_well_formed(tmp_path):
    icons = build.make_icons(tmp_path)
    ico = icons["ico"].read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 4
    icns = icons["icns"].read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_info_plist_template_is_valid_and_complete():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        template = plistlib.load(fh)
    for key in (
        "CFBundleIdentifier",
        "CFBundleShortVersionString",
        "CFBundleVersion",
        "NSHighResolutionCapable",
        "LSMinimumSystemVersion",
        "NSRequiresAquaSystemAppearance",
    ):
        assert key in template, key
    filled = build.mac_info_plist("1.2.3")
    assert filled["CFBundleIdentifier"] == APP_ID
    assert filled["CFBundleShortVersionString"] == filled["CFBundleVersion"] == "1.2.3"
    assert filled["NSHighResolutionCapable"] is True
    assert filled["NSRequiresAquaSystemAppearance"] is False
    plistlib.loads(plistlib.dumps(filled))  # still serialisable


def test_inno_setup_script_is_per_user_and_cleans_up_on_request():
    iss = (PACKAGING / "windows" / "hostguard.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "DefaultDirName={autopf}" in iss
    assert "{autoprograms}" in iss
    assert "CurUninstallStepChanged" in iss and "MsgBox" in iss
    assert "credentials delete --service" in iss and "cmdkey" in iss
    assert "RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\\HostGuard')" in iss
    # Pascal brace comments end at the first "}", so a constant inside one breaks the script.
    code = iss[iss.index("[Code]") :]
    for line in code.splitlines():
        assert not line.strip().startswith("{"), f"use // comments in [Code]: {line}"


@pytest.fixture
def unpacked_tarball(tmp_path):
    """The tarball's layout around a stand-in bundle (an executable script, not a frozen app)."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "hostguard"
    exe.write_text('#!/bin/sh\necho frozen-hostguard "$@"\n', encoding="utf-8")
    exe.chmod(0o755)
    (bundle / "_internal").mkdir()
    return build.tarball_tree(bundle, tmp_path / "hostguard-1.2.3-linux-x86_64")


@pytest.mark.skipif(os.name == "nt", reason="the Linux tarball's sh scripts")
def test_install_and_uninstall_scripts_for_a_new_user(unpacked_tarball, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    result = subprocess.run(
        ["sh", str(unpacked_tarball / "install.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    opt = home / ".local" / "opt" / "hostguard"
    link = home / ".local" / "bin" / "hostguard"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert link.is_symlink() and Path(os.readlink(link)) == opt / "hostguard"
    assert subprocess.run(
        [str(link), "--version"], capture_output=True, text=True
    ).stdout.startswith("frozen-hostguard")
    entry = desktop.read_text(encoding="utf-8")
    assert f"Exec={opt}/hostguard\n" in entry
    assert f"Exec={opt}/hostguard --demo\n" in entry
    assert entry.count("TryExec=") == 1
    for size in (16, 32, 48, 64, 128, 256):
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (home / f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (home / f".local/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    # settings survive a plain uninstall, go with --purge
    settings = home / ".config" / "HostGuard"
    settings.mkdir(parents=True)
    result = subprocess.run(
        ["sh", str(opt / "uninstall.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not opt.exists() and not link.exists() and not desktop.exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert settings.is_dir()
    subprocess.run(
        ["sh", str(unpacked_tarball / "install.sh")], env=env, check=True, capture_output=True
    )
    subprocess.run(
        ["sh", str(opt / "uninstall.sh"), "--purge"], env=env, check=True, capture_output=True
    )
    assert not settings.exists() and not opt.exists()
