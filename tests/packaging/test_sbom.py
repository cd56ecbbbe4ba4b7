"""packaging/sbom.py: the CycloneDX SBOM validates against the CycloneDX 1.5 JSON schema and
names what the bundle carries; SHA256SUMS checks out with sha256sum's own format."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from tests.packaging.support import RESOURCES, load_build_module

build = load_build_module()
sbom = build.load_sibling("sbom")

SCHEMAS = Path(__file__).parent / "cyclonedx"


def validator() -> jsonschema.Draft7Validator:
    resources = []
    for name in ("bom-1.5.schema.json", "spdx.schema.json", "jsf-0.82.schema.json"):
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    registry = Registry().with_resources(resources)
    bom = json.loads((SCHEMAS / "bom-1.5.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(bom, registry=registry)


@pytest.fixture
def bundle(tmp_path) -> Path:
    """A bundle folder holding the real GeoIP database where PyInstaller puts it."""
    root = tmp_path / "hostguard"
    geoip = root / "_internal" / "hostguard" / "resources" / "geoip"
    geoip.mkdir(parents=True)
    shutil.copy2(RESOURCES / "geoip" / "dbip-country.mmdb", geoip)
    return root


MANIFEST = {
    # module names as PyInstaller lists them in Analysis.pure
    "modules": [
        "geoip2",
        "geoip2.database",
        "maxminddb",
        "requests",
        "keyring",
        "platformdirs",
        "PySide6",
        "hostguard",
        "hostguard.cli",
    ],
    "binaries": [["PySide6/QtCore.abi3.so", "/nonexistent/QtCore.abi3.so"]],
    "datas": [["hostguard/resources/geoip/dbip-country.mmdb", "/x/dbip-country.mmdb"]],
}


def test_sbom_is_valid_cyclonedx_1_5(bundle):
    document = sbom.make_sbom(MANIFEST, app_version="0.2.0rc1", bundle=bundle)
    errors = sorted(validator().iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    assert document["bomFormat"] == "CycloneDX" and document["specVersion"] == "1.5"
    assert document["metadata"]["component"]["version"] == "0.2.0rc1"


def test_schema_check_rejects_a_broken_sbom(bundle):
    """The structural check can fail: a component without a name is not CycloneDX."""
    document = sbom.make_sbom(MANIFEST, app_version="1.0.0", bundle=bundle)
    del document["components"][0]["name"]
    assert list(validator().iter_errors(document))


def test_sbom_names_python_packages_qt_and_the_geoip_data(bundle):
    document = sbom.make_sbom(MANIFEST, app_version="1.0.0", bundle=bundle)
    by_name = {c["name"]: c for c in document["components"]}
    for dist in ("geoip2", "maxminddb", "requests", "keyring", "platformdirs"):
        component = by_name[metadata.metadata(dist)["Name"]]
        assert component["version"] == metadata.version(dist)
        assert component["purl"].startswith("pkg:pypi/")
    assert any(name.lower().startswith("pyside6") for name in by_name)
    assert "hostguard" not in {n.lower() for n in by_name}, "the app is the metadata component"

    from PySide6.QtCore import qVersion

    qt = by_name["Qt"]
    assert qt["version"] == qVersion() and qt["type"] == "framework"
    assert qt["licenses"] == [{"license": {"id": "LGPL-3.0-only"}}]

    geoip = by_name["DB-IP IP to Country Lite"]
    assert geoip["type"] == "data"
    assert geoip["licenses"] == [{"license": {"id": "CC-BY-4.0"}}]
    data = (RESOURCES / "geoip" / "dbip-country.mmdb").read_bytes()
    assert geoip["hashes"] == [{"alg": "SHA-256", "content": hashlib.sha256(data).hexdigest()}]
    assert geoip["version"] == "2026-06-01"  # build_epoch of the bundled file (PROVENANCE.md)

    refs = {c["bom-ref"] for c in document["components"]}
    assert len(refs) == len(document["components"]), "bom-refs must be unique"
    assert set(document["dependencies"][0]["dependsOn"]) == refs


def test_sbom_lists_only_what_the_manifest_holds(bundle):
    only_requests = {"modules": ["requests"], "binaries": [], "datas": []}
    names = {
        c["name"]
        for c in sbom.make_sbom(only_requests, app_version="1", bundle=bundle)["components"]
    }
    assert "requests" in names
    assert not {"geoip2", "keyring", "maxminddb"} & {n.lower() for n in names}


def test_write_sbom_says_what_is_missing(tmp_path, bundle):
    with pytest.raises(FileNotFoundError, match="build the bundle"):
        sbom.write_sbom(
            tmp_path / "none.json", tmp_path / "x.cdx.json", app_version="1", bundle=bundle
        )


def test_sha256sums_match_sha256sum(tmp_path):
    a = tmp_path / "hostguard-1.0.0-linux-x86_64.tar.gz"
    b = tmp_path / "hostguard_1.0.0_amd64.deb"
    a.write_bytes(b"tarball")
    b.write_bytes(b"package")
    sums = sbom.write_sha256sums(tmp_path, [a])
    sbom.write_sha256sums(tmp_path, [b])  # a second artefact is added, the first kept
    lines = sums.read_text(encoding="utf-8").splitlines()
    assert lines == [  # sorted by file name
        f"{hashlib.sha256(b'tarball').hexdigest()}  {a.name}",
        f"{hashlib.sha256(b'package').hexdigest()}  {b.name}",
    ]
    if shutil.which("sha256sum"):
        check = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr
        b.write_bytes(b"tampered")
        check = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
        )
        assert check.returncode != 0
