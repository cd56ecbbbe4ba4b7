"""HostGuard: geography-based participant rules for meeting hosts."""

__version__ = "0.1.0"
APP_NAME = "HostGuard"
ORG_NAME = "HostGuard"
