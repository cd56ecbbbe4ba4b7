"""packaging/deb.py: version mapping, the Depends derivation, and the package's layout, built for
real with dpkg-deb around a stand-in bundle (the real bundle is built and installed by
packaging/ci_deb.sh in CI)."""

from __future__ import annotations

import gzip
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.packaging.support import APP_ID, RESOURCES, load_build_module

build = load_build_module()
deb = build.load_sibling("deb")


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("0.2.0rc1", "0.2.0~rc1"),
        ("0.2.0a3", "0.2.0~a3"),
        ("0.2.0.dev4", "0.2.0~dev4"),
        ("0.2.0.post1", "0.2.0+post1"),
        ("1!2.0", "1:2.0"),
        ("1.0+local.7", "1.0+local.7"),
    ],
)
def test_debian_version(pep440, debian):
    assert deb.debian_version(pep440) == debian


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg --compare-versions")
@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("0.2.0rc1", "0.2.0"),
        ("0.2.0.dev4", "0.2.0rc1"),
        ("0.2.0", "0.2.0.post1"),
        ("0.1.9", "0.2.0a1"),
    ],
)
def test_debian_versions_sort_like_python_versions(older, newer):
    result = subprocess.run(
        ["dpkg", "--compare-versions", deb.debian_version(older), "lt", deb.debian_version(newer)]
    )
    assert result.returncode == 0, f"{older} should sort before {newer} as a Debian version"


@pytest.mark.parametrize("bad", ["", "v1.0", "1.0-beta", "latest", "1.0 rc1"])
def test_non_pep440_version_is_refused_with_a_clear_message(bad):
    with pytest.raises(deb.DebError, match="not a canonical PEP 440 version"):
        deb.debian_version(bad)
    with pytest.raises(build.BuildError, match="PEP 440"):
        build.check_version(bad)


@pytest.mark.parametrize(
    ("ver", "four", "three"),
    [
        ("0.2.0rc1", "0.2.0.0", "0.2.0"),
        ("0.2.0", "0.2.0.0", "0.2.0"),
        ("1.2", "1.2.0.0", "1.2.0"),
        ("1.2.3.post4", "1.2.3.0", "1.2.3"),
        ("2.0.0.dev1", "2.0.0.0", "2.0.0"),
    ],
)
def test_numeric_versions_for_windows_and_macos(ver, four, three):
    assert build.numeric_version(ver, 4) == four
    assert build.numeric_version(ver, 3) == three


def test_windows_version_fields_accept_a_pre_release(tmp_path, monkeypatch):
    """Inno Setup's VersionInfoVersion gets numbers only; the display version keeps rc1."""
    monkeypatch.setattr(build, "BUILD", tmp_path)
    defines = build.inno_defines("0.2.0rc1")
    assert defines == {"AppVersion": "0.2.0rc1", "AppNumericVersion": "0.2.0.0"}
    text = build.write_inno_version("0.2.0rc1").read_text(encoding="utf-8")
    assert '#define AppVersion "0.2.0rc1"' in text
    assert '#define AppNumericVersion "0.2.0.0"' in text
    iss = (build.PACKAGING / "windows" / "hostguard.iss").read_text(encoding="utf-8")
    assert "VersionInfoVersion={#AppNumericVersion}" in iss
    assert "VersionInfoProductVersion={#AppNumericVersion}" in iss
    assert "VersionInfoTextVersion={#AppVersion}" in iss
    assert "AppVersion={#AppVersion}" in iss
    assert "#ifndef AppNumericVersion" in iss
    with pytest.raises(build.BuildError, match="65535"):
        build.numeric_version("70000.0")


def test_mac_bundle_versions_are_numeric_for_a_pre_release():
    filled = build.mac_info_plist("0.2.0rc1")
    assert filled["CFBundleShortVersionString"] == filled["CFBundleVersion"] == "0.2.0"


def fake_bundle(root: Path, graph: dict[str, list[str]]) -> Path:
    """Files named as in a PyInstaller bundle; ``graph`` maps bundle path -> DT_NEEDED."""
    for rel in graph:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x7fELF" + rel.encode())
    return root


GRAPH = {
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
    "_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6": [
        "libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libX11.so.6",
    ],
    "_internal/PySide6/Qt/lib/libQt6Gui.so.6": ["libEGL.so.1", "libfontconfig.so.1"],
    "_internal/libX11.so.6": ["libxcb.so.1"],  # a copy of the build machine's library
    "_internal/libfontconfig.so.1": ["libfreetype.so.6"],
    "_internal/libfreetype.so.6": [],
    "_internal/libxcb.so.1": [],
    "_internal/maxminddb/extension.so": ["libc.so.6", "libm.so.6"],
    "_internal/PySide6/Qt/plugins/platforms/libqwayland.so": ["libwayland-client.so.0"],
    "hostguard": ["libz.so.1", "libdl.so.2"],
}


def test_depends_follow_the_xcb_plugin_and_the_missing_libraries(tmp_path):
    bundle = fake_bundle(tmp_path / "bundle", GRAPH)
    needed = {str((bundle / rel).resolve()): names for rel, names in GRAPH.items()}
    xcb, missing = deb.system_sonames(bundle, lambda path: needed[str(Path(path).resolve())])
    # through Qt's own libraries, every non-Qt library, bundled copy or not
    assert xcb == {
        "libc.so.6",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libX11.so.6",
        "libEGL.so.1",
        "libfontconfig.so.1",
    }
    # what no file of the bundle provides
    assert missing == {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libz.so.1",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libEGL.so.1",
        "libwayland-client.so.0",
    }
    table = deb.packages_for(xcb | missing, lambda _s: None, lambda _p: None)
    field = deb.depends_field(table.values(), "2.36")
    assert field.startswith("libc6 (>= 2.36), ")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libx11-6", "libegl1", "libwayland-client0"):
        assert package in field.split(", ")


def test_unknown_library_is_a_clear_error(tmp_path):
    with pytest.raises(deb.DebError, match=r"libfrobnicate\.so\.3.*KNOWN_PACKAGES"):
        deb.packages_for({"libfrobnicate.so.3"}, lambda _s: None, lambda _p: None)


def test_installed_package_wins_over_the_table():
    table = deb.packages_for(
        {"libxcb-cursor.so.0"},
        lambda soname: f"/usr/lib/x86_64-linux-gnu/{soname}",
        lambda path: "libxcb-cursor0-from-dpkg",
    )
    assert table == {"libxcb-cursor.so.0": "libxcb-cursor0-from-dpkg"}


@pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None, reason="needs dpkg-deb"
)
def test_package_layout_built_with_dpkg_deb(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "hostguard"
    exe.write_text("#!/bin/sh\necho frozen\n", encoding="utf-8")
    exe.chmod(0o700)
    (bundle / "_internal" / "gone.so").symlink_to("nowhere.so")  # dangling: not shipped
    sbom_file = tmp_path / "x.cdx.json"
    sbom_file.write_text("{}", encoding="utf-8")
    root = deb.package_tree(
        bundle,
        tmp_path / "root",
        deb_ver="0.2.0~rc1",
        arch=deb.deb_arch(),
        depends="libc6 (>= 2.36), libxcb-cursor0",
        resources=RESOURCES,
        app_id=APP_ID,
        icon_sizes=(16, 256),
        sbom=sbom_file,
        when=datetime(2026, 12, 1, tzinfo=UTC),
    )
    out = deb.build_deb(root, tmp_path / "out" / "hostguard_0.2.0~rc1_test.deb")
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(out), "Package", "Version", "Depends", "Maintainer"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: hostguard" in fields and "Version: 0.2.0~rc1" in fields
    assert "Depends: libc6 (>= 2.36), libxcb-cursor0" in fields
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(out)], capture_output=True, text=True, check=True
    ).stdout
    entries = {line.split()[5].lstrip("."): line for line in listing.splitlines()}
    assert entries["/opt/hostguard/hostguard"].startswith("-rwxr-xr-x root/root")
    assert "/opt/hostguard/_internal/gone.so" not in entries
    for name in ("hostguard", "hostguard-gui"):
        assert entries[f"/usr/bin/{name}"].endswith("-> /opt/hostguard/hostguard")
    for path in (
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "/usr/share/doc/hostguard/copyright",
        "/usr/share/doc/hostguard/changelog.gz",
        "/usr/share/doc/hostguard/THIRD-PARTY.txt",
        "/usr/share/doc/hostguard/DBIP-LICENSE",
        "/usr/share/doc/hostguard/hostguard.cdx.json",
        "/usr/share/lintian/overrides/hostguard",
    ):
        assert path in entries, path
        assert entries[path].startswith("-rw-r--r-- root/root"), entries[path]
    # no maintainer scripts: purge has nothing to undo beyond the files dpkg lists
    control = subprocess.run(
        ["dpkg-deb", "-I", str(out)], capture_output=True, text=True, check=True
    ).stdout
    for script in ("preinst", "postinst", "prerm", "postrm"):
        assert f" {script}" not in control

    copyright_text = (root / "usr/share/doc/hostguard/copyright").read_text(encoding="utf-8")
    assert copyright_text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    )
    for licence in ("License: MIT", "License: LGPL-3.0-only", "License: CC-BY-4.0"):
        assert licence in copyright_text
    # MIT is HostGuard's own; bundled components are not claimed as MIT
    assert "Files: opt/hostguard/_internal/*\n" in copyright_text
    assert "License: bundled-components\n" in copyright_text
    changelog = gzip.decompress((root / "usr/share/doc/hostguard/changelog.gz").read_bytes())
    assert changelog.decode().startswith("hostguard (0.2.0~rc1) unstable; urgency=medium\n")
    # lintian's debian-changelog-line-too-long: entry lines (not the " -- " trailer) <= 80
    assert all(
        len(line) <= 80 for line in changelog.decode().splitlines() if not line.startswith(" --")
    )


def test_every_lintian_override_has_a_reason():
    text = deb.lintian_overrides()
    lines = text.splitlines()
    tags = [line for line in lines if line.startswith("hostguard: ")]
    assert len(tags) == len(deb.LINTIAN_OVERRIDES)
    for i, line in enumerate(lines):
        if line.startswith("hostguard: "):
            assert lines[i - 1].startswith("# ") and len(lines[i - 1]) > 20, line
