"""The release workflow (.github/workflows/release.yml): actionlint finds nothing, and it builds,
tests and publishes what the issue asks, with signing only when its secrets exist."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.packaging.support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def actionlint() -> str | None:
    """The actionlint executable of this environment (test extras), else one on PATH."""
    scripts = Path(sys.executable).parent
    for name in ("actionlint", "actionlint.exe"):
        if (scripts / name).is_file():
            return str(scripts / name)
    return shutil.which("actionlint")


def run_actionlint(path: Path) -> subprocess.CompletedProcess:
    exe = actionlint()
    if exe is None:
        if sys.platform.startswith("linux"):
            pytest.fail("actionlint is missing: install the test extras (pip install -e '.[test]')")
        pytest.skip("actionlint has no package for this OS in the test extras")
    return subprocess.run(
        [exe, "-no-color", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
    )


def test_actionlint_passes_on_the_release_workflow():
    result = run_actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_mistake(tmp_path):
    """The check can fail: a misspelt input of a known action is reported."""
    broken = tmp_path / ".github" / "workflows" / "release.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "if-no-files-found: error" in text
    broken.write_text(text.replace("if-no-files-found:", "if-no-file-found:"), encoding="utf-8")
    result = run_actionlint(broken)
    assert result.returncode != 0
    assert "if-no-file-found" in result.stdout


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps_text(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_runs_on_version_tags_on_three_systems(workflow):
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as True
    assert triggers["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    assert jobs["linux"]["container"] == "debian:12"
    assert jobs["windows"]["runs-on"].startswith("windows")
    assert jobs["macos"]["runs-on"].startswith("macos")
    assert set(jobs["publish"]["needs"]) == {"linux", "windows", "macos"}


def test_each_system_tests_builds_self_tests_and_packages(workflow):
    jobs = workflow["jobs"]
    linux = steps_text(jobs["linux"])
    assert "bash .ci/run" in linux  # suite, bundle, frozen self-test, tarball, .deb
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--deb" in ci_run and "packaging/ci_deb.sh" in ci_run
    windows = steps_text(jobs["windows"])
    assert "python -m pytest" in windows and "--self-test" in windows
    assert "innosetup" in windows and "packaging/build.py --reuse-bundle" in windows
    mac = steps_text(jobs["macos"])
    assert "python -m pytest" in mac and "--self-test" in mac
    assert "HostGuard.app" in mac and "packaging/build.py --reuse-bundle" in mac
    for name in ("windows", "macos"):
        assert jobs[name]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    publish = steps_text(jobs["publish"])
    assert "sha256sum" in publish and "SHA256SUMS" in publish and "gh release create" in publish
    uploads = [
        step["with"]["path"]
        for job in ("linux", "windows", "macos")
        for step in jobs[job]["steps"]
        if str(step.get("uses", "")).startswith("actions/upload-artifact")
    ]
    assert all(".cdx.json" in path for path in uploads), "every system uploads its SBOM"


def test_signing_steps_are_skipped_without_their_secrets(workflow):
    jobs = workflow["jobs"]
    signing = [
        step
        for job in jobs.values()
        for step in job["steps"]
        if "sign" in step.get("name", "").lower()
    ]
    assert len(signing) >= 4  # Windows exes + installer, the macOS app + DMG, SHA256SUMS
    for step in signing:
        condition = step.get("if", "")
        assert "HAS_" in condition and "== 'true'" in condition, step["name"]
    for job in jobs.values():
        for value in job.get("env", {}).values():
            if "secrets." in str(value):
                assert "!= ''" in value, "a HAS_ flag is only whether the secret is set"


def test_the_tag_must_name_the_package_version():
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--print-version"],
        capture_output=True,
        text=True,
        check=True,
    )
    import hostguard

    assert result.stdout.strip() == hostguard.__version__
    assert WORKFLOW.read_text(encoding="utf-8").count("--print-version") == 3
