"""The app in the host's language: which translations exist, where their .qm files are, and
installing them (with Qt's own translations for standard buttons) plus the layout direction.

Sources are the Qt Linguist files ``resources/translations/hostguard_<lang>.ts``. A wheel or
installer carries the compiled ``.qm`` files beside them (``setup.py`` runs ``pyside6-lrelease``
while building); a source checkout or an editable install has none, so the first start compiles
the missing or outdated ones into the per-user cache folder with the ``lrelease`` that ships
with PySide6. No translation found means English, the language of the source texts.
See resources/translations/README.md for the decision and the glossary.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from hostguard.ui import country_names, rows

log = logging.getLogger(__name__)

# (code, the language's own name): shown in Settings → General → Language. "" follows the system.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_TW", "繁體中文（台灣）"),
    ("zh_CN", "简体中文"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("ja", "日本語"),
)
CATALOG = "hostguard"

# What is installed now, kept so a second install replaces it (and the translators stay alive).
_installed: list[QTranslator] = []
_default_locale: list[QLocale] = []  # the default before the first install


def translations_source() -> Path | None:
    """The folder holding the .ts files (and, when installed from a wheel, the .qm files)."""
    try:
        folder = resources.files("hostguard.resources").joinpath("translations")
    except ModuleNotFoundError:
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None




def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("HostGuard", "HostGuard")) / "translations"


def lrelease_command() -> list[str] | None:
    """The lrelease that ships with PySide6 (the Qt tool itself, else the pyside6-lrelease wrapper)."""
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.is_file():
            return [str(candidate)]
    wrapper = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return [wrapper] if Path(wrapper).is_file() else None


# lrelease compiles a catalogue in well under a second; it runs before the first window (once
# per language and .ts change), so a stuck one must not hold the start for long: English then.
LRELEASE_TIMEOUT_S = 10


def compile_ts(ts: Path, qm: Path) -> bool:
    """``lrelease ts -qm qm``; False (logged) when lrelease is missing or fails."""
    cmd = lrelease_command()
    if cmd is None:
        log.warning("lrelease is not available: %s stays untranslated", ts.name)
        return False
    # Written beside the target, then renamed: another HostGuard starting at the same moment
    # reads the old catalogue or the new one, never half of one.
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([*cmd, "-silent", str(ts), "-qm", str(partial)], capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S)
        if done.returncode != 0 or not partial.is_file():
            log.warning("lrelease failed for %s: %s", ts.name, (done.stderr or done.stdout).strip())
            return False
        os.replace(partial, qm)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("could not compile %s into %s: %s", ts.name, qm.parent, e)
        return False
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return True


def qm_file(language: str, source: Path | None = None, cache: Path | None = None) -> Path | None:
    """The compiled catalogue for ``language`` (e.g. "zh_TW"), compiling it into the cache when
    only the .ts source is there or the cached .qm is older than it; None when there is none."""
    source = source if source is not None else translations_source()
    if source is None:
        return None
    name = f"{CATALOG}_{language}"
    ts, shipped = source / f"{name}.ts", source / f"{name}.qm"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    cached = (cache if cache is not None else cache_dir()) / f"{name}.qm"
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


def available_languages(source: Path | None = None) -> list[str]:
    source = source if source is not None else translations_source()
    return [code for code, _ in LANGUAGES if code == "en" or (source is not None and (source / f"{CATALOG}_{code}.ts").is_file())]


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The catalogue to load for a Settings choice ("" = the system's languages, in order)."""
    codes = [c for c, _ in LANGUAGES]
    if choice:
        return choice if choice in codes else "en"
    for ui in (locale or QLocale.system()).uiLanguages():
        tag = ui.replace("-", "_")
        if tag.startswith("zh"):
            # Hant / TW / HK / MO read Traditional characters; everything else Simplified.
            return "zh_TW" if any(k in tag for k in ("Hant", "TW", "HK", "MO")) else "zh_CN"
        base = tag.split("_")[0]
        if base == "en":
            return "en"
        if base in codes:
            return base
    return "en"


def install(choice: str = "", *, qm_path: Path | None = None) -> str:
    """Load the app's catalogue (and Qt's own) for ``choice`` and set the layout direction.

    ``qm_path`` loads that exact catalogue (tests: the pseudo-locale). Returns the language
    code in use ("en" when nothing was loaded)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    if not _default_locale:
        _default_locale.append(QLocale())
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    language = "en" if qm_path is not None else resolve_language(choice)
    locale = QLocale(language)
    if qm_path is not None or language != "en":
        path = qm_path if qm_path is not None else qm_file(language)
        app_tr = QTranslator(app)
        if path is not None and app_tr.load(str(path)):
            QCoreApplication.installTranslator(app_tr)
            _installed.append(app_tr)
        elif qm_path is None:
            log.warning("no translation for %s; the app stays in English", language)
            language, locale = "en", QLocale(QLocale.Language.English)
    if language != "en":
        qt_tr = QTranslator(app)
        if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_tr)
            _installed.append(qt_tr)
        QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(locale.textDirection())
    country_names.refresh()
    rows.language_changed()
    return language


def catalogue_loaded() -> bool:
    """Whether a translation of the app is installed (English, the source, needs none)."""
    return bool(_installed)


def uninstall() -> None:
    """Back to the source language, left to right (tests)."""
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    if _default_locale:
        QLocale.setDefault(_default_locale[0])
    country_names.refresh()
    rows.language_changed()
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
