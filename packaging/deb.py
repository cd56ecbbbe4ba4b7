"""The Debian package: HostGuard's frozen bundle under /opt/hostguard, built with dpkg-deb.

    python packaging/build.py --deb                  # bundle, tarball and .deb
    python packaging/build.py --deb-only --reuse-bundle --version 0.1.0.post1 --out-dir DIR

Layout of the package (root owner, 0755 directories and executables, 0644 files):

    /opt/hostguard/                     the PyInstaller bundle, as built
    /usr/bin/hostguard, hostguard-gui   symlinks to /opt/hostguard/hostguard
    /usr/share/applications/io.hostguard.HostGuard.desktop
    /usr/share/icons/hicolor/<size>/apps/io.hostguard.HostGuard.{png,svg}
    /usr/share/metainfo/io.hostguard.HostGuard.metainfo.xml
    /usr/share/doc/hostguard/           copyright (machine-readable), changelog.gz,
                                        THIRD-PARTY.txt, DBIP-LICENSE, the SBOM
    /usr/share/lintian/overrides/hostguard

No maintainer scripts: the desktop database and icon caches are refreshed by the dpkg file
triggers of desktop-file-utils and hicolor-icon-theme, and nothing is created at install time,
so `dpkg --purge` removes everything the package installed. User data (settings, state, the
keyring) lives in the users' home directories, which packages never touch: an upgrade keeps it.

`Depends` is derived from the bundle: every shared library that Qt's xcb platform plugin
reaches (through Qt's own libraries) and that is not one of Qt's own, and every library any
binary of the bundle needs that the bundle does not carry, mapped to its Debian package with
`dpkg -S` (or, for libraries not installed on the build machine, with KNOWN_PACKAGES).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

PACKAGE = "hostguard"
MAINTAINER = "The HostGuard developers <maintainers@hostguard.example>"
HOMEPAGE = "https://hostguard.example/"
INSTALL_DIR = "/opt/hostguard"

# Debian package of a shared library, for libraries the build machine may not have installed
# (dpkg -S can only name packages that are). Qt 6.5+'s xcb plugin and the Wayland plugin need
# these; names are Debian 12's (Ubuntu's t64 packages provide the same names).
KNOWN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

# Libraries of the C library itself: covered by the versioned libc6 dependency.
LIBC_SONAMES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}

XCB_PLUGIN = "_internal/PySide6/Qt/plugins/platforms/libqxcb.so"

# Lintian tags that cannot apply to a self-contained PyInstaller bundle, each with the reason:
# exactly the tags lintian 2.116 (Debian 12) reports for this package, no more (an override
# that matches nothing is itself reported). Written to /usr/share/lintian/overrides/hostguard.
LINTIAN_OVERRIDES = (
    (
        "dir-or-file-in-opt",
        "[opt/hostguard/*]",
        "a self-contained application bundle (its own Python and Qt) distributed by its "
        "developers, not by Debian: /opt is where the FHS puts such add-on application "
        "packages, and the bundle must stay in one folder to find its files",
    ),
    (
        "embedded-library",
        "",
        "the bundle carries the exact libraries (zlib, bzip2, expat, libpng, freetype) its "
        "Python and Qt were built and tested with; they are loaded only from the bundle's own "
        "search path and never offered to other programs",
    ),
    (
        "custom-library-search-path",
        "",
        "Qt's and PySide6's libraries find each other with RUNPATH $ORIGIN inside the bundle, "
        "as the Qt for Python wheels ship them",
    ),
    (
        "library-not-linked-against-libc",
        "",
        "Python extension modules (_statistics, _uuid) load into the bundled interpreter, which "
        "has libc already",
    ),
    (
        "shared-library-lacks-prerequisites",
        "",
        "bundled Qt plugins and Python extensions load into a process that has their "
        "prerequisites already",
    ),
    (
        "hardening-no-pie",
        "[opt/hostguard/hostguard]",
        "PyInstaller's prebuilt bootloader, shipped as PyInstaller builds it",
    ),
    (
        "no-manual-page",
        "",
        "the command documents itself: `hostguard --help` and each subcommand's --help",
    ),
    (
        "repeated-path-segment",
        "",
        "PySide6's own layout inside the bundle (PySide6/Qt/...), kept as the wheels ship it",
    ),
)


class DebError(Exception):
    """The package cannot be built; the message says why and what to do."""


# ---------------------------------------------------------------------------------------------
# versions


_PEP440 = re.compile(
    r"^(?:(?P<epoch>\d+)!)?(?P<release>\d+(?:\.\d+)*)"
    r"(?:(?P<pre_l>a|b|rc)(?P<pre_n>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?"
    r"(?:\+(?P<local>[a-z0-9]+(?:\.[a-z0-9]+)*))?$"
)


def parse_version(ver: str) -> re.Match:
    match = _PEP440.match(ver)
    if match is None:
        raise DebError(
            f"version {ver!r} is not a canonical PEP 440 version (e.g. 1.2.0, 1.2.0rc1, "
            "1.2.0.post1, 1.2.0.dev3)"
        )
    return match


def debian_version(ver: str) -> str:
    """A PEP 440 version as a Debian (native package) version that sorts the same way.

    Pre-releases and development releases sort before the release in both ("~"), post-releases
    after it ("+"): 0.2.0rc1 -> 0.2.0~rc1, 0.2.0.dev3 -> 0.2.0~dev3, 0.2.0.post1 -> 0.2.0+post1.
    """
    m = parse_version(ver)
    out = (m["epoch"] + ":" if m["epoch"] else "") + m["release"]
    if m["pre_l"]:
        out += f"~{m['pre_l']}{m['pre_n']}"
    if m["post"] is not None:
        out += f"+post{m['post']}"
    if m["dev"] is not None:
        out += f"~dev{m['dev']}"
    if m["local"]:
        out += "+" + m["local"]
    return out


def deb_arch() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


# ---------------------------------------------------------------------------------------------
# dependencies


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def bundle_libraries(bundle: Path) -> dict[str, Path]:
    """soname (file name) -> real file, for every shared library the bundle carries."""
    found: dict[str, Path] = {}
    for path in sorted(bundle.rglob("*")):
        if ".so" in path.name and path.is_file() and is_elf(path.resolve()):
            found.setdefault(path.name, path.resolve())
    return found


def qt_own(path: Path, bundle: Path) -> bool:
    """Whether a bundled library came with Qt/PySide6 (rather than from the build machine)."""
    rel = path.resolve().relative_to(bundle.resolve()).as_posix()
    return rel.startswith(("_internal/PySide6/", "_internal/shiboken6/"))


def system_sonames(bundle: Path, needed: Callable[[str], list[str]]) -> tuple[set[str], set[str]]:
    """(sonames the xcb plugin reaches outside Qt, sonames the bundle needs but lacks).

    The first: walk from the xcb platform plugin through the libraries Qt/PySide6 ship
    (libQt6XcbQpa, libQt6Gui, ...) and collect every library they need that is not Qt's own,
    whether or not PyInstaller copied it from the build machine (a system with the real package
    is what Qt's documentation requires). The second: libraries some binary needs that are
    nowhere in the bundle (libc, libGL, ...): the app cannot start without them.
    """
    libs = bundle_libraries(bundle)
    xcb = bundle / XCB_PLUGIN
    xcb_system: set[str] = set()
    if xcb.is_file():
        stack, seen = [xcb.resolve()], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            for name in needed(str(current)):
                have = libs.get(name)
                if have is not None and qt_own(have, bundle):
                    stack.append(have)
                elif not name.startswith("libpython"):
                    xcb_system.add(name)
    missing: set[str] = set()
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        for name in needed(str(path)):
            if name not in libs and not name.startswith("libpython"):
                missing.add(name)
    return xcb_system, missing


def ldconfig_paths() -> dict[str, str]:
    """soname -> path of the system's libraries for this machine's architecture (ldconfig -p)."""
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        try:
            out = subprocess.run(
                ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False
            ).stdout
        except OSError:
            return {}
    paths: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)$", line)
        if m and (not arch_tag or arch_tag in m.group(2)):
            paths.setdefault(m.group(1), m.group(3))
    return paths


def dpkg_package_of(path: str) -> str | None:
    """The installed Debian package that owns ``path`` (tries the /usr-merged aliases too)."""
    candidates = [path, os.path.realpath(path)]
    for p in list(candidates):
        if p.startswith("/usr/lib/"):
            candidates.append(p[len("/usr") :])
        elif p.startswith("/lib/"):
            candidates.append("/usr" + p)
    for candidate in dict.fromkeys(candidates):
        try:
            result = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
        except OSError:
            return None
        if result.returncode == 0 and result.stdout:
            first = result.stdout.splitlines()[0]
            if first.startswith("diversion by"):
                continue
            return first.split(":", 1)[0].split(",")[0].strip()
    return None


def packages_for(
    sonames: Iterable[str],
    locate: Callable[[str], str | None],
    owner: Callable[[str], str | None],
) -> dict[str, str]:
    """soname -> Debian package; libc's own libraries are left to the libc6 dependency."""
    result: dict[str, str] = {}
    unknown = []
    for soname in sorted(set(sonames) - LIBC_SONAMES):
        path = locate(soname)
        package = owner(path) if path else None
        package = package or KNOWN_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            result[soname] = package
    if unknown:
        raise DebError(
            "cannot tell which Debian package provides "
            + ", ".join(unknown)
            + ": install the libraries on the build machine (so dpkg -S finds them) or add them "
            "to KNOWN_PACKAGES in packaging/deb.py"
        )
    return result


def depends_field(packages: Iterable[str], glibc: str | None) -> str:
    names = sorted(set(packages) - {"libc6"})
    head = [f"libc6 (>= {glibc})"] if glibc else ["libc6"]
    return ", ".join(head + names)


def compute_depends(bundle: Path, needed: Callable[[str], list[str]]) -> tuple[str, dict]:
    """The Depends field for the bundle and the soname -> package table behind it."""
    xcb, missing = system_sonames(bundle, needed)
    if not (bundle / XCB_PLUGIN).is_file():
        raise DebError(f"{bundle / XCB_PLUGIN} is missing: the bundle has no xcb platform plugin")
    located = ldconfig_paths()
    table = packages_for(xcb | missing, located.get, dpkg_package_of)
    libc_name, libc_version = platform.libc_ver()
    glibc = libc_version if libc_name == "glibc" and libc_version else None
    return depends_field(table.values(), glibc), table


# ---------------------------------------------------------------------------------------------
# the package tree


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: HostGuard
Upstream-Contact: {maintainer}
Source: {homepage}
Comment: The application folder /opt/hostguard is a PyInstaller bundle: HostGuard with the
 Python interpreter, Qt and the Python packages it runs on. Every bundled component and its
 licence is listed in /usr/share/doc/hostguard/THIRD-PARTY.txt, and with its exact version in
 the CycloneDX SBOM beside it (hostguard.cdx.json).

Files: *
Copyright: 2026 The HostGuard developers
License: MIT

Files: opt/hostguard/_internal/*
Copyright: The authors of each bundled component
License: bundled-components
 The Python packages and libraries bundled here keep their own licences: each is named in
 /usr/share/doc/hostguard/THIRD-PARTY.txt, and with its exact version and licence in
 /usr/share/doc/hostguard/hostguard.cdx.json (CycloneDX). The main ones follow.

Files: opt/hostguard/_internal/hostguard/*
Copyright: 2026 The HostGuard developers
License: MIT

Files: opt/hostguard/_internal/PySide6/* opt/hostguard/_internal/shiboken6/*
 opt/hostguard/_internal/libQt6*
Copyright: 2015-2026 The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 The Qt and PySide6 libraries are shipped unmodified as separate shared libraries and can be
 replaced with compatible builds.
 .
 On Debian systems, the complete text of the GNU Lesser General Public License version 3 can
 be found in "/usr/share/common-licenses/LGPL-3".

Files: opt/hostguard/_internal/hostguard/resources/geoip/*
Copyright: DB-IP.com
License: CC-BY-4.0
 IP Geolocation by DB-IP (https://db-ip.com). Licensed under the Creative Commons
 Attribution 4.0 International License: https://creativecommons.org/licenses/by/4.0/
 (see /usr/share/doc/hostguard/DBIP-LICENSE).

Files: opt/hostguard/_internal/libpython* opt/hostguard/_internal/base_library.zip
 opt/hostguard/_internal/python3*
Copyright: Python Software Foundation
License: PSF-2.0
 Python Software Foundation License Version 2: https://docs.python.org/3/license.html

Files: opt/hostguard/hostguard
Copyright: PyInstaller Development Team
License: GPL-2+ with PyInstaller bootloader exception
 The bootloader is distributed under the GNU General Public License version 2 or later with
 an exception that allows using it with applications under any licence.
 .
 On Debian systems, the complete text of the GNU General Public License version 2 can be
 found in "/usr/share/common-licenses/GPL-2".

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this
 software and associated documentation files (the "Software"), to deal in the Software
 without restriction, including without limitation the rights to use, copy, modify, merge,
 publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
 to whom the Software is furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
 INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
 PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
 FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 DEALINGS IN THE SOFTWARE.
"""

DESCRIPTION = """\
geography rules for meeting hosts (Zoom, Webex)
 HostGuard shows a meeting's live participant list with the country each
 participant connects from, lets hosts write ordered geography rules, preview
 who each rule affects, and apply them to the meeting service, with an audit
 trail of every decision.
 .
 This package installs the self-contained application under /opt/hostguard
 (its own Python and Qt) and the hostguard command."""


def changelog(deb_ver: str, when: datetime) -> str:
    return (
        f"{PACKAGE} ({deb_ver}) unstable; urgency=medium\n\n"
        f"  * HostGuard {deb_ver}. Release notes: see the <releases> of\n"
        "    /usr/share/metainfo/io.hostguard.HostGuard.metainfo.xml\n\n"
        f" -- {MAINTAINER}  {format_datetime(when)}\n"
    )


def lintian_overrides() -> str:
    lines = []
    for tag, context, reason in LINTIAN_OVERRIDES:
        lines.append(f"# {reason}")
        lines.append(f"{PACKAGE}: {tag}" + (f" {context}" if context else ""))
    return "\n".join(lines) + "\n"


def control(deb_ver: str, arch: str, depends: str, installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {deb_ver}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        "Recommends: gnome-keyring | kwalletmanager\n"
        "Section: net\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n"
    )


def _normalise_modes(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or (os.access(path, os.X_OK) and ".so" not in path.name):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def package_tree(
    bundle: Path,
    root: Path,
    *,
    deb_ver: str,
    arch: str,
    depends: str,
    resources: Path,
    app_id: str,
    icon_sizes: Iterable[int],
    sbom: Path | None,
    when: datetime,
) -> Path:
    """Lay out the package in ``root`` (DEBIAN/ included); returns ``root``."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.lstrip("/")
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    for link in [p for p in opt.rglob("*") if p.is_symlink()]:
        if not link.exists():  # a dangling link would be shipped as a broken file
            link.unlink()
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("hostguard", "hostguard-gui"):
        (bin_dir / name).symlink_to(f"{INSTALL_DIR}/hostguard")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(resources / "linux" / f"{app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(resources / "linux" / f"{app_id}.metainfo.xml", share / "metainfo")
    for size in icon_sizes:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy2(resources / "icons" / f"hostguard-{size}.png", apps / f"{app_id}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(resources / "icons" / "hostguard.svg", scalable / f"{app_id}.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        COPYRIGHT.format(maintainer=MAINTAINER, homepage=HOMEPAGE), encoding="utf-8"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", compresslevel=9, mtime=0) as fh:
        fh.write(changelog(deb_ver, when).encode("utf-8"))
    shutil.copy2(resources / "licenses" / "THIRD-PARTY.txt", doc / "THIRD-PARTY.txt")
    shutil.copy2(resources / "geoip" / "DBIP-LICENSE", doc / "DBIP-LICENSE")
    if sbom is not None:
        shutil.copy2(sbom, doc / "hostguard.cdx.json")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / PACKAGE).write_text(lintian_overrides(), encoding="utf-8")

    _normalise_modes(root)
    size = 0
    md5 = []
    for path in sorted(p for p in root.rglob("*") if not p.is_dir() or p.is_symlink()):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            size += 1
            continue
        size += path.stat().st_size
        md5.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
    dirs = sum(1 for p in root.rglob("*") if p.is_dir() and not p.is_symlink())
    installed_kb = (size + 1023) // 1024 + dirs
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(deb_ver, arch, depends, installed_kb), encoding="utf-8")
    (debian / "md5sums").write_text("".join(md5), encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)
    debian.chmod(0o755)
    return root


def build_deb(root: Path, out: Path, fast: bool = False) -> Path:
    """dpkg-deb --build: xz (what Debian uses), or gzip -1 for throwaway test packages."""
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb is missing (Debian package dpkg): cannot build the .deb")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    cmd = ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)]
    print("+ " + " ".join(cmd), flush=True)
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DebError(f"dpkg-deb failed (exit {result.returncode}): {result.stderr.strip()}")
    return out


def make_deb(
    bundle: Path,
    out_dir: Path,
    work: Path,
    *,
    ver: str,
    resources: Path,
    app_id: str,
    icon_sizes: Iterable[int],
    needed: Callable[[str], list[str]],
    sbom: Path | None = None,
    when: datetime | None = None,
    fast: bool = False,
) -> Path:
    """Build ``out_dir/hostguard_<debian version>_<arch>.deb`` from the bundle."""
    if not (bundle / "hostguard").is_file():
        raise DebError(f"{bundle / 'hostguard'} is missing: build the bundle first")
    deb_ver = debian_version(ver)
    arch = deb_arch()
    depends, table = compute_depends(bundle, needed)
    print("Debian dependencies (soname -> package):", flush=True)
    for soname, package in sorted(table.items()):
        print(f"  {soname:32} {package}")
    print(f"Depends: {depends}", flush=True)
    root = package_tree(
        bundle,
        work / "root",
        deb_ver=deb_ver,
        arch=arch,
        depends=depends,
        resources=resources,
        app_id=app_id,
        icon_sizes=icon_sizes,
        sbom=sbom,
        when=when or datetime.now(UTC),
    )
    out = build_deb(root, out_dir / f"{PACKAGE}_{deb_ver.split(':')[-1]}_{arch}.deb", fast)
    print(f"Debian package: {out} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return out
