"""Fixtures for the core tests: real .mmdb files built once per session, and resolvers on them."""

from __future__ import annotations

import pytest

from hostguard.core.geo import GeoResolver
from tests.mmdb_factory import Databases, build_all


@pytest.fixture(scope="session")
def dbs(tmp_path_factory) -> Databases:
    """Every database shape, built with mmdb-writer into a session temp dir."""
    return build_all(tmp_path_factory.mktemp("mmdb"))


@pytest.fixture(scope="session")
def bundled():
    """The bundled DB-IP country database (no --geoip)."""
    with GeoResolver() as resolver:
        yield resolver


@pytest.fixture(scope="session")
def layered(dbs):
    """City (named country.mmdb) + ASN + Anonymous-IP: every condition can match."""
    with GeoResolver([dbs.city, dbs.asn, dbs.anonymous_ip]) as resolver:
        yield resolver


@pytest.fixture(scope="session")
def country_only(dbs):
    """A GeoIP2-Country database alone: no regions, ASN or anonymizer data."""
    with GeoResolver([dbs.geoip2_country]) as resolver:
        yield resolver
