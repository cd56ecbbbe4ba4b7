"""The About dialog: versions of HostGuard and what it runs on, and the data attribution."""

from __future__ import annotations

import html
import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hostguard import __version__
from hostguard.core.geo import DBIP_ATTRIBUTION

DBIP_URL = "https://db-ip.com"


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions() -> dict[str, str]:
    return {
        "HostGuard": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Python": platform.python_version(),
        "geoip2": _dist_version("geoip2"),
        "maxminddb": _dist_version("maxminddb"),
    }


def databases_text(resolver) -> list[str]:
    if resolver is None:
        return []
    out = []
    for db in resolver.databases:
        out.append(QCoreApplication.translate("AboutDialog", "{label} {type}, built {date}").format(
            label=db.label, type=db.database_type, date=db.build_date.isoformat()))
    return out


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, resolver=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About HostGuard"))
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("HostGuard {version}").format(version=__version__), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        title.setFont(f)
        title.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(title)
        blurb = QLabel(
            self.tr("See where meeting participants connect from, preview geography rules, apply them "
            "with a safety guard, and keep an audit trail."),
            self,
        )
        blurb.setTextFormat(Qt.TextFormat.PlainText)
        blurb.setWordWrap(True)
        lay.addWidget(blurb)
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("aboutVersions")  # names and numbers, not words
        self.versions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [f"{k}: {v}" for k, v in versions().items()]
        dbs = databases_text(resolver)
        if dbs:
            lines += ["", self.tr("GeoIP databases in use:"), *dbs]
        self.versions_label.setText("\n".join(lines))
        self.versions_label.setAccessibleName(self.tr("Versions"))
        lay.addWidget(self.versions_label)
        # Our own fixed text (escaped anyway): the one rich-text label, for the link.
        self.attribution = QLabel(self)
        self.attribution.setTextFormat(Qt.TextFormat.RichText)
        self.attribution.setOpenExternalLinks(True)
        self.attribution.setWordWrap(True)
        self.attribution.setText(
            self.tr('<a href="{url}">{name}</a> (CC BY 4.0): the bundled country database.').format(
                url=DBIP_URL, name=html.escape("IP Geolocation by DB-IP"))
        )
        self.attribution.setAccessibleName(DBIP_ATTRIBUTION)
        lay.addWidget(self.attribution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)  # the blurb wraps against this, not against nothing
