"""Build HostGuard's frozen app for the current OS with PyInstaller, then its installer.

    python packaging/build.py            # bundle + the OS's installer where its tools exist
    python packaging/build.py --bundle-only
    python packaging/build.py --deb      # Linux: also the Debian package (packaging/deb.py)

Every build that makes installers also writes a CycloneDX SBOM of the bundle
(hostguard-<version>-<os>-<arch>.cdx.json, packaging/sbom.py) and SHA256SUMS beside them.

Linux and Windows: a one-folder bundle in dist/hostguard/ (executable dist/hostguard/hostguard,
or hostguard.exe plus the windowed hostguard-gui.exe); macOS: dist/HostGuard.app. Then:
Linux: dist/hostguard-<version>-linux-<arch>.tar.gz with install.sh/uninstall.sh; Windows: the
Inno Setup installer when ISCC.exe is found; macOS: a DMG when hdiutil is there.

The source is staged into build/stage/ first, laid out as it is installed (resources/ becomes
hostguard/resources), so the build does not depend on how hostguard is installed in the build
environment (an editable install maps resources/ with an import hook PyInstaller cannot follow).
Qt modules, plugins and translations the app does not use are left out to keep the bundle lean;
the bundle's size is printed and checked at the end.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import plistlib
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SOURCE = ROOT / "hostguard"
RESOURCES = ROOT / "resources"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGE = BUILD / "stage"

APP_NAME = "HostGuard"
BUNDLE_ID = "io.hostguard.HostGuard"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

WARN_MB = 150
LIMIT_MB = 180

# PySide6 modules HostGuard does not use: never analysed, so neither they nor their plugins,
# QML files and translations are collected. tests/packaging checks that nothing the app
# imports is listed here, and build() refuses to start if it is.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDBus",  # the Python binding only: libQt6DBus itself stays (Qt's portal theme, input methods)
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",  # HTTP goes through requests; Qt's network stack would add OpenSSL/Kerberos plugins
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtXml",
)

# Other Python packages that must not be dragged in by optional imports.
EXCLUDED_PYTHON = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "PyInstaller",
    "pytest",
    "hypothesis",
    "mmdb_writer",
    "netaddr",
    "IPython",
    "numpy",
    "matplotlib",
    "PIL",
    "shiboken6.Shiboken.pyi",
)

HIDDEN_IMPORTS = (
    "maxminddb.extension",  # imported inside a try block in hostguard.core.geo
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)
HIDDEN_IMPORTS_BY_OS = {
    "linux": ("secretstorage", "jeepney", "keyring.backends.kwallet", "keyring.backends.libsecret"),
    "win32": ("win32ctypes.pywin32.win32cred", "win32ctypes.core"),
    "darwin": ("keyring.backends.macOS.api",),
}

# Qt plugins left out (path fragments under .../Qt/plugins or PySide6/plugins): embedded-device
# platforms, the Wayland compositor side, SQL drivers, design-time and QML tooling, input
# generators and image formats the app never reads, and the GTK 3 platform theme: it would
# bundle this build machine's GTK, cairo and pango (18 MB), and a bundled GTK is a known
# source of crashes with the user's own GTK modules and themes. Kept: xcb, wayland client,
# offscreen and minimal platforms; the XDG desktop portal theme (native file dialogs, dark
# mode); input contexts (input methods); svg/ico/gif/jpeg image formats; the svg icon engine.
DROPPED_QT_PLUGINS = (
    "plugins/platformthemes/libqgtk3",
    "plugins/designer/",
    "plugins/egldeviceintegrations/",
    "plugins/generic/",
    "plugins/qmltooling/",
    "plugins/sqldrivers/",
    "plugins/wayland-graphics-integration-server/",
    "plugins/vectorimageformats/",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqminimalegl",
    "plugins/imageformats/libqpdf",
    "plugins/imageformats/libqtiff",
    "plugins/imageformats/libqwebp",
    "plugins/imageformats/libqtga",
    "plugins/imageformats/libqwbmp",
    "plugins/imageformats/libqicns",
    "plugins/imageformats/qpdf",
    "plugins/imageformats/qtiff",
    "plugins/imageformats/qwebp",
    "plugins/imageformats/qtga",
    "plugins/imageformats/qwbmp",
    "plugins/platforms/qdirect2d",
    # Image formats HostGuard never reads: its icons are PNG and SVG (PNG is built into QtGui).
    "plugins/imageformats/libqjpeg",
    "plugins/imageformats/libqgif",
    "plugins/imageformats/libqico",
    "plugins/imageformats/qjpeg",
    "plugins/imageformats/qgif",
    "plugins/imageformats/qico",
    # Wayland shells other than xdg-shell (what every desktop compositor speaks): the IVI shell
    # of in-car systems, fullscreen-shell and qt-shell of kiosk/Qt compositors, and the
    # deprecated wl-shell (with its library).
    "plugins/wayland-shell-integration/libivi-shell",
    "plugins/wayland-shell-integration/libfullscreen-shell-v1",
    "plugins/wayland-shell-integration/libqt-shell",
    "plugins/wayland-shell-integration/libwl-shell-plugin",
    "Qt/lib/libQt6WlShellIntegration",
    # Server-buffer integrations: only a Qt-based compositor sharing its own buffers uses them;
    # windows are drawn through shm or EGL (kept).
    "plugins/wayland-graphics-integration-client/libdmabuf-server",
    "plugins/wayland-graphics-integration-client/libdrm-egl-server",
    "plugins/wayland-graphics-integration-client/libshm-emulation-server",
    "plugins/wayland-graphics-integration-client/libvulkan-server",
)
# Qt's own translations (PySide6/Qt/translations) are kept only as qtbase_<language>.qm for the
# languages HostGuard is translated into (hostguard/ui/i18n.py LANGUAGES: its standard buttons
# and dialogs), and Babel's CLDR data (babel/locale-data, country names) only for those
# languages and root: the app never loads any other (an unknown locale falls back to English).


class BuildError(Exception):
    """The build cannot go on; the message says why and what to do."""


# ---------------------------------------------------------------------------------------------
# facts about the source tree


def version() -> str:
    """hostguard.__version__, read from the source without importing it."""
    tree = ast.parse((SOURCE / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise BuildError("hostguard/__init__.py has no __version__")


def numeric_version(ver: str, parts: int = 4) -> str:
    """The release numbers of a PEP 440 version, padded or cut to ``parts`` numbers.

    For the fields that accept only numbers: Windows' VersionInfoVersion (four numbers, each
    0-65535: 0.2.0rc1 -> 0.2.0.0) and macOS's CFBundleVersion (three: 0.2.0rc1 -> 0.2.0).
    The display version (Inno Setup's AppVersion, file names) keeps the full version.
    """
    match = re.match(r"^(?:\d+!)?(\d+(?:\.\d+)*)", ver)
    if match is None:
        raise BuildError(f"version {ver!r} does not start with a release number such as 1.2.3")
    numbers = [int(n) for n in match.group(1).split(".")]
    if any(n > 65535 for n in numbers):
        raise BuildError(f"version {ver!r}: each number must be at most 65535 for Windows")
    numbers = (numbers + [0] * parts)[:parts]
    return ".".join(str(n) for n in numbers)


def platform_tag() -> str:
    """The OS and architecture in artefact names: linux-x86_64, windows-x86_64, macos-arm64."""
    name = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(os_key(), os_key())
    return f"{name}-{arch_name()}"


def qt_modules_imported(source: Path = SOURCE) -> set[str]:
    """The PySide6 modules (e.g. "QtWidgets") any module under ``source`` imports, anywhere."""
    found: set[str] = set()
    for path in source.rglob("*.py"):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except SyntaxError as exc:
            raise BuildError(f"{path}: cannot be parsed ({exc.msg}, line {exc.lineno})") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    found.update(a.name for a in node.names if a.name.startswith("Qt"))
                names = [node.module]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.add(parts[1])
    return found


def arch_name() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def os_key() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    return sys.platform  # win32 | darwin


def app_languages(source: Path = SOURCE) -> frozenset[str]:
    """The base languages HostGuard is translated into ("en", "zh", "de", ...), read from
    hostguard/ui/i18n.py's LANGUAGES without importing it; empty when there is no such list."""
    path = source / "ui" / "i18n.py"
    if not path.is_file():
        return frozenset()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if isinstance(target, ast.Name) and target.id == "LANGUAGES" and node.value is not None:
            try:
                entries = ast.literal_eval(node.value)
            except ValueError:
                raise BuildError(
                    f"{path}: LANGUAGES is not a literal list of (code, name)"
                ) from None
            return frozenset(str(code).replace("-", "_").split("_")[0] for code, _name in entries)
    return frozenset()


def keep_collected_file(dest: str, languages: Iterable[str] = ()) -> bool:
    """Whether a file PyInstaller collected (by its destination path) goes into the bundle.

    ``languages`` are the base languages the app is translated into (app_languages()): Qt's
    qtbase catalogue and Babel's locale data are kept for those only.
    """
    norm = dest.replace("\\", "/")
    languages = set(languages)
    if any(fragment in norm for fragment in DROPPED_QT_PLUGINS):
        return False
    name = norm.rsplit("/", 1)[-1]
    if "/translations/" in norm and norm.endswith(".qm") and not norm.startswith("hostguard/"):
        stem = name[: -len(".qm")]
        return stem.startswith("qtbase_") and stem[len("qtbase_") :].split("_")[0] in languages
    if "babel/locale-data/" in norm and name.endswith(".dat") and languages:
        stem = name[: -len(".dat")]
        return stem == "root" or stem.split("_")[0] in languages | {"en"}
    return not ("/Qt/qml/" in norm or "/Qt/metatypes/" in norm or "__pycache__" in norm)


def orphaned_libraries(
    entries: Iterable[tuple[str, str, str]],
    dropped: Iterable[tuple[str, str, str]],
    needed: Callable[[str], list[str]],
) -> set[str]:
    """Basenames of shared libraries that only left-out files needed.

    ``entries`` are the binaries kept, ``dropped`` those left out (PyInstaller TOC tuples:
    destination, source, type); ``needed(source)`` lists a binary's DT_NEEDED names. A library
    is an orphan when a dropped file reaches it and no kept root (a Python extension, a Qt
    plugin, libpython) does. Libraries nothing reaches at all (loaded with ctypes/dlopen) are
    never called orphans.
    """
    entries = list(entries)
    by_name: dict[str, list[str]] = {}
    for dest, src, _kind in entries:
        by_name.setdefault(Path(dest).name, []).append(src)

    def closure(starts: Iterable[str]) -> set[str]:
        seen_src: set[str] = set()
        names: set[str] = set()
        stack = list(starts)
        while stack:
            src = stack.pop()
            if src in seen_src:
                continue
            seen_src.add(src)
            for name in needed(src):
                if name not in names:
                    names.add(name)
                    stack.extend(by_name.get(name, ()))
        return names

    roots = [
        src
        for dest, src, kind in entries
        if kind == "EXTENSION"
        or "/plugins/" in dest.replace("\\", "/")
        or Path(dest).name.startswith("libpython")
    ]
    from_kept = closure(roots)
    from_dropped = closure(src for _dest, src, _kind in dropped)
    present = set(by_name)
    return (from_dropped - from_kept) & present


def elf_needed(path: str) -> list[str]:
    """DT_NEEDED entries of an ELF file, read with objdump (which PyInstaller needs anyway)."""
    try:
        out = subprocess.run(
            ["objdump", "-p", path], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return []
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def tree_size(path: Path) -> int:
    """Bytes on disk of the files under ``path`` (symlinks counted once, as links)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for p in path.rglob("*"):
        if p.is_symlink():
            continue
        if p.is_file():
            total += p.stat().st_size
    return total


# ---------------------------------------------------------------------------------------------
# steps


def stage_source() -> Path:
    """Copy hostguard/ and resources/ into build/stage/ as installed: hostguard/resources/..."""
    if STAGE.exists():
        shutil.rmtree(STAGE)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")
    shutil.copytree(SOURCE, STAGE / "hostguard", ignore=ignore)
    target = STAGE / "hostguard" / "resources"
    if target.exists():
        raise BuildError(
            "hostguard/resources exists in the source tree; it must come from resources/"
        )
    shutil.copytree(RESOURCES, target, ignore=ignore)
    compile_translations(target / "translations")
    return STAGE


def lrelease_command() -> list[str] | None:
    """Qt's lrelease as PySide6 ships it: the app's own lookup (hostguard.ui.i18n), the one that
    compiles missing catalogues at first use."""
    try:
        from hostguard.ui.i18n import lrelease_command as app_lookup
    except ImportError:  # PySide6 or HostGuard not installed in this build environment
        return None
    return app_lookup()


def compile_translations(folder: Path) -> list[Path]:
    """hostguard_<lang>.ts -> .qm beside it, so the frozen app (which has no lrelease) finds
    compiled catalogues; a bundle without them would stay English."""
    sources = sorted(folder.glob("hostguard_*.ts")) if folder.is_dir() else []
    if not sources:
        return []
    tool = lrelease_command()
    if tool is None:
        raise BuildError(
            "lrelease (shipped with PySide6) was not found: it compiles the translations "
            "(resources/translations/*.ts) the bundle needs"
        )
    written = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        result = subprocess.run(
            [*tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if result.returncode != 0 or not qm.is_file():
            raise BuildError(
                f"lrelease failed for {ts.name}: {(result.stderr or result.stdout).strip()}"
            )
        written.append(qm)
    return written


def freshen_translations(bundle: Path) -> int:
    """Give the bundled .qm catalogues a newer time than their .ts sources: the app recompiles a
    catalogue older than its source, and copying may not keep the times in order."""
    count = 0
    for qm in bundle.rglob("hostguard_*.qm"):
        ts = qm.with_suffix(".ts")
        if ts.is_file():
            newer = max(ts.stat().st_mtime, qm.stat().st_mtime) + 1
            os.utime(qm, (newer, newer))
        count += 1
    return count


def package_modules(stage: Path) -> list[str]:
    """Every module of the staged hostguard package (subcommands are imported by name)."""
    names = []
    for path in sorted((stage / "hostguard").rglob("*.py")):
        rel = path.relative_to(stage).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def package_data(stage: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) for every non-Python file of the staged package."""
    data = []
    for path in sorted((stage / "hostguard").rglob("*")):
        if path.is_file() and path.suffix not in (".py", ".pyc"):
            data.append((str(path), str(path.parent.relative_to(stage))))
    return data


def make_icons(work: Path) -> dict[str, Path]:
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.pop(0)
    work.mkdir(parents=True, exist_ok=True)
    return {
        "ico": render_icons.make_ico(work / "hostguard.ico"),
        "icns": render_icons.make_icns(work / "hostguard.icns"),
    }


def mac_info_plist(ver: str) -> dict:
    """packaging/macos/Info.plist with the version filled in (merged over PyInstaller's own).

    CFBundleShortVersionString and CFBundleVersion must be up to three integers, so a
    pre-release 0.2.0rc1 is given as 0.2.0 there (the app's About box shows the full version).
    """
    ver = numeric_version(ver, 3)
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        template = plistlib.load(fh)
    filled = {}
    for key, value in template.items():
        if isinstance(value, str):
            value = value.replace("@VERSION@", ver).replace("@BUNDLE_ID@", BUNDLE_ID)
        filled[key] = value
    return filled


def write_spec(stage: Path, icons: dict[str, Path], ver: str) -> Path:
    excludes = [f"PySide6.{m}" for m in EXCLUDED_QT_MODULES] + list(EXCLUDED_PYTHON)
    hidden = (
        list(HIDDEN_IMPORTS) + list(HIDDEN_IMPORTS_BY_OS.get(os_key(), ())) + package_modules(stage)
    )
    config = {
        "entry": str(PACKAGING / "hostguard_entry.py"),
        "pathex": [str(stage)],
        "datas": package_data(stage),
        "hiddenimports": hidden,
        "excludes": excludes,
        "build_py": str(Path(__file__).resolve()),
        "os": os_key(),
        "ico": str(icons["ico"]),
        "icns": str(icons["icns"]),
        "version": numeric_version(ver, 3),
        "bundle_id": BUNDLE_ID,
        "manifest": str(BUILD / "bundle-manifest.json"),
        "languages": sorted(app_languages()),
        "info_plist": mac_info_plist(ver) if os_key() == "darwin" else {},
    }
    spec = BUILD / "hostguard.spec"
    spec.write_text(SPEC_TEMPLATE.replace("@CONFIG@", repr(config)), encoding="utf-8")
    return spec


SPEC_TEMPLATE = """# Generated by packaging/build.py: edit that file, not this one.
# -*- mode: python -*-
import os

CONFIG = @CONFIG@


import importlib.util

_spec = importlib.util.spec_from_file_location("hostguard_packaging_build", CONFIG["build_py"])
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)
def keep(dest):  # one definition of what is left out, tested in tests/packaging
    return _build.keep_collected_file(dest, CONFIG["languages"])


a = Analysis(
    [CONFIG["entry"]],
    pathex=CONFIG["pathex"],
    datas=CONFIG["datas"],
    hiddenimports=CONFIG["hiddenimports"],
    excludes=CONFIG["excludes"],
    noarchive=False,
)
dropped = [entry for entry in a.binaries if not keep(entry[0])]
a.binaries = [entry for entry in a.binaries if keep(entry[0])]
a.datas = [entry for entry in a.datas if keep(entry[0])]
if CONFIG["os"] == "linux":
    orphans = _build.orphaned_libraries(a.binaries, dropped, _build.elf_needed)
    if orphans:
        print("Left out (needed only by left-out plugins): " + ", ".join(sorted(orphans)))
    # Also drops the top-level symlinks PyInstaller makes to them.
    a.binaries = [e for e in a.binaries if os.path.basename(e[0]) not in orphans]

# What the bundle holds, for the SBOM (packaging/sbom.py): modules, binaries, data files.
import json

with open(CONFIG["manifest"], "w", encoding="utf-8") as _fh:
    json.dump(
        {
            "modules": sorted(entry[0] for entry in a.pure),
            "binaries": [[entry[0], entry[1]] for entry in a.binaries],
            "datas": [[entry[0], entry[1]] for entry in a.datas if entry[2] == "DATA"],
        },
        _fh,
        indent=1,
    )
strip = CONFIG["os"] == "linux"  # removes debug symbols (libpython alone carries ~18 MB)
pyz = PYZ(a.pure)

windowed_os = CONFIG["os"] in ("win32", "darwin")
exes = []
if CONFIG["os"] != "darwin":
    # The command line (and, on Linux, the desktop app too: the launcher has no console there).
    exes.append(EXE(
        pyz, a.scripts, [], exclude_binaries=True, name="hostguard", console=True,
        icon=CONFIG["ico"] if CONFIG["os"] == "win32" else None, upx=False, strip=strip,
    ))
if windowed_os:
    # Windows: hostguard-gui.exe opens the app without a console window (Start Menu target).
    # macOS: the .app's executable; it still prints to a terminal when run from one.
    exes.append(EXE(
        pyz, a.scripts, [], exclude_binaries=True,
        name="hostguard" if CONFIG["os"] == "darwin" else "hostguard-gui",
        console=False, icon=CONFIG["ico"] if CONFIG["os"] == "win32" else CONFIG["icns"],
        upx=False, strip=False,
    ))
coll = COLLECT(*exes, a.binaries, a.datas, upx=False, strip=strip, name="hostguard")
if CONFIG["os"] == "darwin":
    app = BUNDLE(
        coll, name="HostGuard.app", icon=CONFIG["icns"], bundle_identifier=CONFIG["bundle_id"],
        version=CONFIG["version"], info_plist=CONFIG["info_plist"],
    )
"""


def run_pyinstaller(spec: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(spec),
    ]
    print("+ " + " ".join(cmd), flush=True)
    try:
        subprocess.run(cmd, check=True, cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        raise BuildError(
            f"PyInstaller failed (exit {exc.returncode}); see its output above"
        ) from None


def bundle_path() -> Path:
    return DIST / "HostGuard.app" if os_key() == "darwin" else DIST / "hostguard"


def check_size(path: Path, warn_mb: float, limit_mb: float) -> float:
    mb = tree_size(path) / 1e6
    print(f"Bundle size: {mb:.1f} MB ({path.relative_to(ROOT)})", flush=True)
    if mb > limit_mb:
        raise BuildError(f"the bundle is {mb:.1f} MB, over the {limit_mb:.0f} MB limit")
    if mb > warn_mb:
        print(f"warning: the bundle is over the {warn_mb:.0f} MB target", flush=True)
    return mb


def tarball_tree(bundle: Path, root: Path) -> Path:
    """Lay out the Linux tarball's contents in ``root``: the bundle, share/ and the scripts."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    shutil.copytree(bundle, root / "hostguard", symlinks=True)
    share = root / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(RESOURCES / "linux" / f"{BUNDLE_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(RESOURCES / "linux" / f"{BUNDLE_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"hostguard-{size}.png", apps / f"{BUNDLE_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "hostguard.svg", scalable / f"{BUNDLE_ID}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, root / script)
        (root / script).chmod(0o755)
    shutil.copy2(PACKAGING / "linux" / "README.txt", root / "README.txt")
    shutil.copy2(RESOURCES / "licenses" / "THIRD-PARTY.txt", root / "THIRD-PARTY.txt")
    return root


def linux_tarball(ver: str, out_dir: Path = DIST) -> Path:
    """dist/hostguard-<version>-linux-<arch>.tar.gz: the bundle, desktop files and install scripts."""
    name = f"hostguard-{ver}-linux-{arch_name()}"
    root = tarball_tree(DIST / "hostguard", BUILD / "tarball" / name)

    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{name}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(root, arcname=name, filter=normalise)
    print(f"Tarball: {out} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return out


def inno_defines(ver: str) -> dict[str, str]:
    """Inno Setup preprocessor defines: the display version and the numeric file version."""
    return {"AppVersion": ver, "AppNumericVersion": numeric_version(ver, 4)}


def write_inno_version(ver: str) -> Path:
    """build/windows/version.iss, which packaging/windows/hostguard.iss includes."""
    out = BUILD / "windows" / "version.iss"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        "".join(f'#define {k} "{v}"\n' for k, v in inno_defines(ver).items()), encoding="utf-8"
    )
    return out


def windows_installer(ver: str, out_dir: Path = DIST) -> Path | None:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    for candidate in (
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        / "Inno Setup 6"
        / "ISCC.exe",
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
    ):
        if iscc is None and candidate.is_file():
            iscc = str(candidate)
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: skipping the installer (see packaging/README.md)")
        return None
    cmd = [iscc, *(f"/D{k}={v}" for k, v in inno_defines(ver).items())]
    cmd += [f"/O{out_dir}", str(PACKAGING / "windows" / "hostguard.iss")]
    print("+ " + " ".join(cmd), flush=True)
    try:
        subprocess.run(cmd, check=True, cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        raise BuildError(
            f"Inno Setup failed (exit {exc.returncode}); see its output above"
        ) from None
    out = out_dir / f"HostGuard-{ver}-setup.exe"
    if not out.is_file():
        raise BuildError(f"Inno Setup finished but {out} is missing")
    print(f"Installer: {out}")
    return out


def mac_dmg(ver: str, out_dir: Path = DIST) -> Path | None:
    if shutil.which("hdiutil") is None:
        print("hdiutil not found: skipping the DMG")
        return None
    out = out_dir / f"HostGuard-{ver}.dmg"
    cmd = ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), str(DIST / "HostGuard.app"), str(out)]
    if subprocess.run(cmd, check=False).returncode != 0:
        raise BuildError("make_dmg.sh failed; see its output above")
    return out


def check_qt_exclusions(
    excluded: Iterable[str] = EXCLUDED_QT_MODULES, source: Path = SOURCE
) -> None:
    """Refuse to build a bundle that would lack a Qt module the app imports."""
    clash = sorted(qt_modules_imported(source) & set(excluded))
    if clash:
        raise BuildError(
            "packaging/build.py excludes Qt modules the app imports: "
            + ", ".join(clash)
            + " (remove them from EXCLUDED_QT_MODULES)"
        )


def remove_dangling_links(bundle: Path) -> list[str]:
    """Delete symlinks in the bundle whose target was left out; returns their paths."""
    removed = []
    for link in sorted(p for p in bundle.rglob("*") if p.is_symlink()):
        if not link.exists():
            link.unlink()
            removed.append(str(link.relative_to(bundle)))
    if removed:
        print("Removed links to left-out files: " + ", ".join(removed), flush=True)
    return removed


def load_sibling(name: str):
    """packaging/<name>.py as a module (the packaging scripts are not a package)."""
    import importlib.util

    module_name = f"hostguard_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def check_version(ver: str) -> str:
    deb = load_sibling("deb")
    try:
        deb.parse_version(ver)
    except deb.DebError as exc:
        raise BuildError(str(exc)) from None
    return ver


def build(
    bundle_only: bool = False,
    warn_mb: float = WARN_MB,
    limit_mb: float = LIMIT_MB,
    *,
    version_override: str | None = None,
    deb: bool = False,
    deb_only: bool = False,
    reuse_bundle: bool = False,
    out_dir: Path = DIST,
    deb_fast: bool = False,
) -> int:
    started = time.monotonic()
    ver = check_version(version_override or version())
    target = bundle_path()
    manifest = BUILD / "bundle-manifest.json"
    if (deb or deb_only) and os_key() != "linux":
        raise BuildError("--deb builds a Debian package: run it on Linux")
    if reuse_bundle:
        if not target.exists() or not manifest.is_file():
            raise BuildError(
                f"--reuse-bundle: {target} or {manifest} is missing; build the bundle first"
            )
        print(f"Packaging the existing bundle {target} as HostGuard {ver}", flush=True)
    else:
        check_qt_exclusions()
        print(
            f"Building HostGuard {ver} for {os_key()} {arch_name()} with {sys.executable}",
            flush=True,
        )
        BUILD.mkdir(exist_ok=True)
        stage = stage_source()
        icons = make_icons(BUILD / "icons")
        write_inno_version(ver)
        spec = write_spec(stage, icons, ver)
        if target.exists():
            shutil.rmtree(target)
        run_pyinstaller(spec)
        if not target.exists():
            raise BuildError(f"PyInstaller finished but {target} is missing")
        remove_dangling_links(target)
        freshen_translations(target)
    check_size(target, warn_mb, limit_mb)
    if not bundle_only:
        out_dir.mkdir(parents=True, exist_ok=True)
        sbom_mod = load_sibling("sbom")
        sbom = sbom_mod.write_sbom(
            manifest,
            out_dir / f"hostguard-{ver}-{platform_tag()}.cdx.json",
            app_version=ver,
            bundle=target,
        )
        artefacts = [sbom]
        if os_key() == "linux":
            if not deb_only:
                artefacts.append(linux_tarball(ver, out_dir))
            if deb or deb_only:
                deb_mod = load_sibling("deb")
                try:
                    artefacts.append(
                        deb_mod.make_deb(
                            target,
                            out_dir,
                            BUILD / "deb",
                            ver=ver,
                            resources=RESOURCES,
                            app_id=BUNDLE_ID,
                            icon_sizes=ICON_SIZES,
                            needed=elf_needed,
                            sbom=sbom,
                            fast=deb_fast,
                        )
                    )
                except deb_mod.DebError as exc:
                    raise BuildError(str(exc)) from None
            if not deb_only:
                print(
                    "AppImage: not built (no appimagetool or AppImage runtime in the reachable registries; see packaging/README.md)"
                )
        elif os_key() == "win32":
            artefacts.append(windows_installer(ver, out_dir))
        elif os_key() == "darwin":
            artefacts.append(mac_dmg(ver, out_dir))
        sums = sbom_mod.write_sha256sums(out_dir, [a for a in artefacts if a is not None])
        print(f"Checksums: {sums}", flush=True)
    print(f"Build time: {time.monotonic() - started:.0f} s", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the bundle but no tarball or installer"
    )
    parser.add_argument(
        "--print-version",
        action="store_true",
        help="print hostguard.__version__ (read from the source) and exit",
    )
    parser.add_argument(
        "--deb", action="store_true", help="Linux: also build the Debian package (dpkg-deb)"
    )
    parser.add_argument(
        "--deb-only", action="store_true", help="Linux: build the Debian package but no tarball"
    )
    parser.add_argument(
        "--deb-fast",
        action="store_true",
        help="compress the .deb with gzip -1 instead of xz (quick throwaway test packages)",
    )
    parser.add_argument(
        "--reuse-bundle",
        action="store_true",
        help="package the bundle already in dist/ instead of running PyInstaller again",
    )
    parser.add_argument(
        "--version",
        dest="version_override",
        metavar="VERSION",
        help="version for the packages and file names (PEP 440; default hostguard.__version__)",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=DIST,
        help="where the tarball, installers, SBOM and SHA256SUMS go (default dist/)",
    )
    parser.add_argument(
        "--warn-mb", type=float, default=WARN_MB, help="warn when the bundle is larger (MB)"
    )
    parser.add_argument(
        "--limit-mb", type=float, default=LIMIT_MB, help="fail when the bundle is larger (MB)"
    )
    args = parser.parse_args(argv)
    if args.print_version:
        print(version())
        return 0
    try:
        return build(
            args.bundle_only,
            args.warn_mb,
            args.limit_mb,
            version_override=args.version_override,
            deb=args.deb,
            deb_only=args.deb_only,
            reuse_bundle=args.reuse_bundle,
            out_dir=args.out_dir.resolve(),
            deb_fast=args.deb_fast,
        )
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
