"""A CycloneDX 1.5 SBOM (JSON) of what the frozen bundle contains, and SHA256SUMS.

The bundle's contents come from the manifest the generated PyInstaller spec writes
(build/bundle-manifest.json: the Python modules, binaries and data files PyInstaller put in,
with where each came from). From it:

- every Python distribution with a module in the bundle (mapped with importlib.metadata in the
  build environment, which is where PyInstaller took them from), with version and licence;
- the Python interpreter, and Qt with the version the bundled QtCore reports;
- the GeoIP database with its build date, SHA-256 and licence (CC-BY-4.0);
- on Debian-like build machines, the system libraries PyInstaller copied in, with the Debian
  package and version they came from.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import subprocess
import sys
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

SPEC_VERSION = "1.5"
GEOIP_DEST = "hostguard/resources/geoip/dbip-country.mmdb"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_sha256sums(out_dir: Path, files: Iterable[Path]) -> Path:
    """``out_dir/SHA256SUMS`` in `sha256sum -c` format; existing lines for other files kept."""
    out = out_dir / "SHA256SUMS"
    entries: dict[str, str] = {}
    if out.exists():
        for line in out.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name and (out_dir / name).is_file():
                entries[name] = digest
    for path in files:
        entries[path.name] = sha256_file(path)
    out.write_text(
        "".join(f"{digest}  {name}\n" for name, digest in sorted(entries.items())),
        encoding="utf-8",
        newline="\n",  # sha256sum -c format on every OS (no CRLF on Windows)
    )
    return out


def _licenses(dist: metadata.Distribution) -> list[dict]:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return [{"expression": expression.strip()}]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return [{"license": {"name": text}}]
    names = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    return [{"license": {"name": n}} for n in names]


def python_distributions(modules: Iterable[str], dests: Iterable[str]) -> dict[str, str]:
    """Distribution name -> version for every distribution with a module or file bundled."""
    tops = {m.split(".")[0] for m in modules}
    tops |= {d.replace("\\", "/").split("/")[0] for d in dests}
    by_top = metadata.packages_distributions()
    found: dict[str, str] = {}
    for top in sorted(tops):
        for name in by_top.get(top, ()):
            try:
                found[metadata.distribution(name).metadata["Name"]] = metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
    return found


def qt_version() -> str | None:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return None
    return qVersion()


def geoip_component(path: Path) -> dict:
    """The bundled GeoIP database as a CycloneDX data component."""
    build_date = None
    db_type = None
    try:
        import maxminddb

        with maxminddb.open_database(str(path)) as reader:
            meta = reader.metadata()
            build_date = datetime.fromtimestamp(meta.build_epoch, UTC).date().isoformat()
            db_type = meta.database_type
    except (ImportError, OSError, ValueError):
        pass
    component = {
        "type": "data",
        "bom-ref": "data:dbip-country-lite",
        "name": "DB-IP IP to Country Lite",
        "version": build_date or "unknown",
        "supplier": {"name": "DB-IP.com", "url": ["https://db-ip.com"]},
        "description": "IP to country database (MaxMind DB format), bundled as "
        + GEOIP_DEST
        + ". Attribution: IP Geolocation by DB-IP (https://db-ip.com).",
        "licenses": [{"license": {"id": "CC-BY-4.0"}}],
        "hashes": [{"alg": "SHA-256", "content": sha256_file(path)}],
        "externalReferences": [
            {"type": "website", "url": "https://db-ip.com/db/download/ip-to-country-lite"}
        ],
        "properties": [{"name": "hostguard:bundle-path", "value": GEOIP_DEST}],
    }
    if db_type:
        component["properties"].append({"name": "maxminddb:database_type", "value": db_type})
    return component


def debian_package_of(path: str) -> tuple[str, str] | None:
    """(package, version) of the Debian package that installed ``path``, when dpkg knows it."""
    try:
        owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
        if owner.returncode != 0 or not owner.stdout:
            return None
        package = owner.stdout.splitlines()[0].split(":")[0].split(",")[0].strip()
        query = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    if query.returncode != 0 or not query.stdout:
        return None
    return package, query.stdout.strip()


def system_library_components(binaries: Iterable[tuple[str, str]]) -> list[dict]:
    """Bundled copies of the build machine's system libraries (Linux, Debian-like only)."""
    if not sys.platform.startswith("linux"):
        return []
    packages: dict[tuple[str, str], list[str]] = {}
    for dest, src in binaries:
        norm = dest.replace("\\", "/")
        if "/" in norm or not src.startswith(("/usr/lib", "/lib")):
            continue  # only top-level copies of system libraries
        found = debian_package_of(src)
        if found:
            packages.setdefault(found, []).append(Path(norm).name)
    components = []
    for (package, ver), files in sorted(packages.items()):
        components.append(
            {
                "type": "library",
                "bom-ref": f"deb:{package}@{ver}",
                "name": package,
                "version": ver,
                "purl": f"pkg:deb/debian/{package}@{ver}",
                "properties": [{"name": "hostguard:bundled-file", "value": f} for f in files],
            }
        )
    return components


def make_sbom(
    manifest: dict,
    *,
    app_version: str,
    bundle: Path,
    when: datetime | None = None,
) -> dict:
    """The CycloneDX document (a dict) for the bundle described by ``manifest``."""
    when = when or datetime.now(UTC)
    components: list[dict] = []
    dists = python_distributions(
        manifest.get("modules", ()),
        [d for d, _ in manifest.get("datas", ())] + [d for d, _ in manifest.get("binaries", ())],
    )
    for name, ver in sorted(dists.items(), key=lambda kv: kv[0].lower()):
        if name.lower() == "hostguard":
            continue
        purl_name = re.sub(r"[-_.]+", "-", name).lower()
        component = {
            "type": "library",
            "bom-ref": f"pypi:{purl_name}@{ver}",
            "name": name,
            "version": ver,
            "purl": f"pkg:pypi/{purl_name}@{ver}",
        }
        licenses = _licenses(metadata.distribution(name))
        if licenses:
            component["licenses"] = licenses
        components.append(component)
    components.append(
        {
            "type": "platform",
            "bom-ref": f"cpython@{platform.python_version()}",
            "name": "CPython",
            "version": platform.python_version(),
            "purl": f"pkg:generic/cpython@{platform.python_version()}",
            "licenses": [{"license": {"id": "PSF-2.0"}}],
        }
    )
    qt = manifest.get("qt_version") or qt_version()
    if qt:
        components.append(
            {
                "type": "framework",
                "bom-ref": f"qt@{qt}",
                "name": "Qt",
                "version": qt,
                "supplier": {"name": "The Qt Company"},
                "purl": f"pkg:generic/qt@{qt}",
                "licenses": [{"license": {"id": "LGPL-3.0-only"}}],
                "description": "Qt libraries and plugins shipped with PySide6 (QtCore, QtGui, "
                "QtWidgets, QtDBus, QtSvg and their platform plugins)",
            }
        )
    geoip = bundle / "_internal" / GEOIP_DEST
    if not geoip.is_file():
        mac = bundle / "Contents" / "Resources" / GEOIP_DEST
        geoip = mac if mac.is_file() else geoip
    if geoip.is_file():
        components.append(geoip_component(geoip))
    components.extend(system_library_components(manifest.get("binaries", ())))
    return {
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tools": {
                "components": [{"type": "application", "name": "hostguard packaging/build.py"}]
            },
            "component": {
                "type": "application",
                "bom-ref": f"hostguard@{app_version}",
                "name": "HostGuard",
                "version": app_version,
                "licenses": [{"license": {"id": "MIT"}}],
                "purl": f"pkg:generic/hostguard@{app_version}",
            },
            "properties": [
                {"name": "hostguard:build-os", "value": f"{sys.platform} {platform.machine()}"}
            ],
        },
        "components": components,
        "dependencies": [
            {
                "ref": f"hostguard@{app_version}",
                "dependsOn": [c["bom-ref"] for c in components],
            }
        ],
    }


def write_sbom(manifest_path: Path, out: Path, *, app_version: str, bundle: Path) -> Path:
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{manifest_path} is missing: build the bundle with packaging/build.py first"
        ) from None
    document = make_sbom(manifest, app_version=app_version, bundle=bundle)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"SBOM: {out} ({len(document['components'])} components)", flush=True)
    return out
