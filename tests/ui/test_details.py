"""The details pane: full evidence, the three kinds of unknown country, plain-text names."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hostguard.ui.details import DetailsPane
from tests.ui.factories import PRIVATE_IP, UNKNOWN_IP, entry, with_sync


def test_evidence_for_a_resolved_address(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    e = entry("a", "Wei", "1.0.1.1")
    pane.show_entry(e)
    t = pane.labels
    assert "China" in t["country"].text() and "continent AS" in t["country"].text()
    assert t["address"].text() == "1.0.1.1"
    assert t["network"].text() == "1.0.1.0/24"
    assert "DB-IP" in t["database"].text() and "2026-06-01" in t["database"].text()
    assert "IP Geolocation by DB-IP" in t["database"].text()
    assert "Waiting room for CN" in t["decision"].text()
    assert "not anycast" in t["flags"].text()


def test_unknown_private_and_no_address_are_told_apart(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    texts = {}
    for key, ip in (("unknown", UNKNOWN_IP), ("private", PRIVATE_IP), ("none", "")):
        texts[key] = DetailsPane.texts(entry(key, "X", ip))
    assert texts["unknown"]["inference"].startswith("unknown (not in database)")
    assert texts["private"]["inference"].startswith("private network")
    assert texts["none"]["inference"].startswith("no address reported")
    assert texts["none"]["address"] == "no address reported"
    assert texts["private"]["database"] == "not consulted (no public address)"
    assert texts["unknown"]["country"] == "Unknown (not in database)"
    assert len({t["inference"] for t in texts.values()}) == 3


def _zz_entry():
    """A public address the database has a record for, whose code is not a country ('ZZ')."""
    from hostguard.core.geo import GeoResult, GeoStatus
    from tests.ui.factories import resolver

    db = resolver().lookup("8.8.8.8").database
    geo = GeoResult(ip="8.8.4.4", status=GeoStatus.UNKNOWN, database=db,
                    note="DB-IP 2026-06 gives 'ZZ', not an ISO 3166-1 country code")  # fmt: skip
    return entry("z", "Zed", "8.8.4.4", geo=geo)


def test_a_database_record_that_is_not_a_country_says_what_the_database_gave():
    """Not "not in database": the database has a record for the address, and the pane says
    what it gave instead of a country."""
    inference = DetailsPane.texts(_zz_entry())["inference"]
    assert "not in database" not in inference
    assert "no country in the database" in inference and "gives 'ZZ'" in inference


def test_hostile_names_show_literally_in_plain_text_labels(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    name = "<b>Boss</b> \u202eevil <img src=x>"
    pane.show_entry(with_sync(entry("h", name, "8.8.8.8", email="<i>x</i>@example.com"), "failed", "<script>"))
    for label in pane.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert pane.labels["name"].text() == "<b>Boss</b> evil <img src=x>"
    assert "<script>" in pane.labels["sync"].text()


def test_readmit_button_only_for_waiting_room(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_entry(entry("w", "W", "1.0.1.1", status="waiting"))
    assert pane.readmit_button.isEnabled()
    with qtbot.waitSignal(pane.readmitRequested) as blocker:
        pane.readmit_button.click()
    assert blocker.args == ["w"]
    pane.show_entry(entry("j", "J", "1.0.1.1"))
    assert not pane.readmit_button.isEnabled()


def test_the_staleness_warning_follows_the_setting(qtbot, window, settings):
    """Settings → GeoIP → "Warn when a database is older than" is what the pane warns by."""
    from hostguard.ui import session as session_mod
    from hostguard.ui.settings import SettingsStore

    e = entry("a", "Wei", "1.0.1.1")
    age = e.geo.database.age_days()
    SettingsStore(settings).set("geoip/stale_warning_days", age + 30)
    window._start_session(
        lambda on_diff, on_status: session_mod.start_demo(on_diff, on_status, crowd=10, pool=2, join_rate=0.0, seed=3),
        "Starting the simulated event…",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.details.stale_days == age + 30
    window.details.show_entry(e)
    assert "consider updating" not in window.details.labels["database"].text()
    window.details.stale_days = 7
    window.details.show_entry(e)
    assert ("older than 7 days, consider updating" in window.details.labels["database"].text()) is (age > 7)


# -- the pane while the evidence is on its way, or cannot come ---------------------------------


def test_loading_shows_the_rows_facts_and_nothing_of_the_person_before(qtbot):
    """While the engine process looks up the entry: the new person's name (from the row), the
    loading notice, no field of the person shown before, and a readmit button that does nothing."""
    from hostguard.ui.details import ENTRY, LOADING

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_entry(entry("w", "Wendy", "1.0.1.1", status="waiting"))
    assert pane.state == ENTRY and pane.readmit_button.isEnabled()
    assert pane.labels["address"].text() == "1.0.1.1"

    pane.show_loading("b", {"name": "Bea", "role": "attendee", "status": "joined"})
    assert pane.state == LOADING and pane.subject_id == "b" and pane.participant_id is None
    assert pane.notice.isVisible() and pane.notice.text() == "Loading the evidence…"
    assert pane.labels["name"].text() == "Bea" and pane.labels["name"].isVisible()
    for key in ("address", "network", "database", "inference", "decision", "sync", "email"):
        assert not pane.labels[key].isVisible(), key
        assert pane.labels[key].text() == "", key
    assert not any("Wendy" in label.text() or "1.0.1.1" in label.text() for label in pane.findChildren(QLabel))
    assert pane.readmit_button.isVisible() and not pane.readmit_button.isEnabled()
    assert not pane.retry_button.isVisible()
    with qtbot.assertNotEmitted(pane.readmitRequested):
        pane._readmit()  # what the button would do if it were enabled: nothing, no entry is shown

    # The entry comes: every field, the notice gone.
    pane.show_entry(entry("b", "Bea", "8.8.8.8"))
    assert pane.state == ENTRY and pane.participant_id == "b"
    assert not pane.notice.isVisible()
    assert all(label.isVisible() for label in pane.labels.values())
    assert pane.labels["address"].text() == "8.8.8.8"


def test_no_answer_is_said_and_can_be_asked_again(qtbot):
    from hostguard.ui.details import GONE, UNAVAILABLE

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_loading("b", {"name": "Bea"})
    pane.show_unavailable("b", {"name": "Bea"})
    assert pane.state == UNAVAILABLE
    assert "did not answer" in pane.notice.text() and "Try again" in pane.notice.text()
    assert pane.labels["name"].text() == "Bea"
    assert pane.retry_button.isVisible() and not pane.readmit_button.isEnabled()
    with qtbot.waitSignal(pane.retryRequested) as blocker:
        qtbot.mouseClick(pane.retry_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["b"]

    pane.show_gone("b", {"name": "Bea"})
    assert pane.state == GONE and "no longer listed" in pane.notice.text()
    assert not pane.retry_button.isVisible() and not pane.readmit_button.isEnabled()
    pane.show_entry(None)
    assert not pane.notice.isVisible() and pane.subject_id is None


def test_a_decision_not_sent_yet_is_not_nothing_to_send():
    """As the roster's Sync column: a Waiting room decision with nothing sent says so."""
    e = entry("a", "Wei", "1.0.1.1")  # Waiting room for CN, sync "none"
    assert e.decision.enforcing and e.sync == "none"
    assert DetailsPane.texts(e)["sync"] == "Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings)."
    allowed = entry("u", "Uma", "8.8.8.8")
    assert DetailsPane.texts(allowed)["sync"] == "nothing to send"


# -- the evidence in the host's language ------------------------------------------------------


def _rich_entry():
    """A participant whose evidence has every optional part: anycast, AS, anonymizers, City data."""
    from dataclasses import replace

    from hostguard.core.geo import GeoResult, GeoStatus
    from tests.ui.factories import resolver

    db = resolver().lookup("8.8.8.8").database
    geo = GeoResult(ip="8.8.8.8", status=GeoStatus.RESOLVED, country="US", continent="NA", regions=("US-CA",),
                    city="Mountain View", registered_country="US", represented_country="DE", is_anycast=True,
                    prefix_len=24, asn=15169, as_org="Google LLC", anonymizers=frozenset({"vpn", "public_proxy"}),
                    database=db)  # fmt: skip
    return replace(entry("r", "Rita", "8.8.8.8", geo=geo), sync="failed", sync_detail="HTTP 500")


def _every_kind_of_entry():
    from dataclasses import replace

    from tests.ui.factories import ruleset

    exempt = entry("h", "Hal", "1.0.1.1", role="host")
    assert exempt.decision.exempt, "hosts are exempt by default"
    default = entry("d", "Dee", "8.8.8.8")
    assert default.decision.rule is None and not default.decision.exempt
    bad = entry("i", "Ivo", "not-an-ip")
    assert bad.geo.status.value == "invalid"
    stale = entry("s", "Sam", "1.0.1.1")
    old = replace(stale.geo.database, build_date=stale.geo.database.build_date.replace(year=2020))
    stale = replace(stale, geo=stale.geo._replace(database=old))
    assert ruleset().evaluate(stale.participant, stale.geo).rule == "Waiting room for CN"
    return [
        _rich_entry(), exempt, default, bad, stale,
        entry("x", "", UNKNOWN_IP, status="waiting"), entry("p", "Pia", PRIVATE_IP, role="co-host"),
        entry("n", "Nia", "", status="left"), _zz_entry(),
    ]  # fmt: skip


def _data_free(key: str, value: str, e) -> str:
    """``value`` without the parts that come from outside (names, addresses, rule names...)."""
    p = e.participant
    for data in (p.name, p.email, p.joined_at or "", e.geo.ip, e.geo.network or "", e.decision.reason,
                 e.decision.rule or "", "HTTP 500", "Google LLC", "AS15169", "Mountain View", "US-CA",
                 e.geo.note or ""):  # fmt: skip
        if data:
            value = value.replace(data, "")
    return value


def test_every_phrase_of_the_evidence_goes_through_the_translations(pseudo_app):
    """With a pseudo-translation loaded, each part of each field the pane words itself carries
    the marker: a phrase built in code without a translation fails here."""
    from hostguard.ui.details import DatabaseAgeWords
    from tests.ui import pseudo_locale

    data_only = {"email", "joined", "network", "reason"}
    bad = []
    for e in _every_kind_of_entry():
        for key, value in DetailsPane.texts(e, "from the service's own words").items():
            if key in data_only or (key == "name" and e.participant.name):
                continue
            # Each part: the pieces of a list ("; "), the address's note, the attribution line.
            for part in value.split("\n")[0].split("; "):
                if _data_free(key, part, e).strip(" —·:,()'") and not pseudo_locale.marked(part):
                    bad.append(f"{e.participant.id} {key}: {part!r}")
    assert not bad, "\n".join(bad)
    # The numbers stay numbers, the dates ISO dates.
    texts = DetailsPane.texts(_every_kind_of_entry()[4], stale_days=60)
    assert "2020-" in texts["database"] and "60" in texts["database"]
    assert pseudo_locale.marked(DatabaseAgeWords().stale(60))


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    from tests.ui import pseudo_locale

    return pseudo_locale.build(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_app(pseudo_qm):
    from hostguard.ui import i18n

    i18n.install(qm_path=pseudo_qm)
    yield
    i18n.uninstall()


def test_the_pane_in_every_state_is_translated_and_fits(qtbot, pseudo_app):
    """The widget itself with the pseudo-translation: every text a person sees in the pane is
    marked (names and other data aside) and nothing is cut off, in each state."""
    from tests.ui.test_i18n import problems

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show()
    qtbot.waitExposed(pane)
    found = []
    for e in _every_kind_of_entry():
        pane.show_entry(e)
        p = e.participant
        data = {p.name, p.email, p.joined_at, e.decision.reason, e.geo.ip}
        found += problems(pane, data)
    pane.show_loading("b", {"name": "Bea"})
    found += problems(pane, {"Bea"})
    pane.show_unavailable("b", {"name": "Bea"})
    found += problems(pane, {"Bea"})
    pane.show_gone("b", {"name": "Bea"})
    found += problems(pane, {"Bea"})
    assert not found, "\n".join(found)


@pytest.mark.parametrize("code", ["de", "ru", "ar", "ja", "zh_TW", "zh_CN", "es", "fr"])
def test_the_evidence_reads_in_each_language(code):
    """The real catalogues: no fixed English phrase is left in the pane's evidence."""
    from hostguard.ui import i18n

    english = [DetailsPane.texts(e, "note") for e in _every_kind_of_entry()]
    try:
        assert i18n.install(code) == code
        for e, source in zip(_every_kind_of_entry(), english, strict=True):
            shown = DetailsPane.texts(e, "note")
            for key in ("inference", "database", "flags", "decision", "sync", "status", "role"):
                assert shown[key] != source[key], (code, e.participant.id, key, shown[key])
            for phrase in ("built", "days old", "older than", "anycast network", "not anycast",
                           "anonymizer", "rule '", "exempt", "default", "not consulted", "no address reported",
                           "nothing to send", "regions:", "city:", "registered country", "represented country"):  # fmt: skip
                words = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
                assert not any(words.search(v) for k, v in shown.items() if k not in {"reason", "email"}), (
                    code, phrase, shown)  # fmt: skip
    finally:
        i18n.uninstall()


@pytest.mark.parametrize(
    ("code", "items", "facts"),
    [("ar", "، ", "؛ "), ("ja", "、", "；"), ("zh_CN", "、", "；"), ("zh_TW", "、", "；"), ("de", ", ", "; ")],
)
def test_lists_are_separated_as_the_language_writes_them(code, items, facts):
    from hostguard.ui import i18n

    e = _rich_entry()  # two anonymizer kinds (a list), anycast, AS and anonymizers (facts)
    english = DetailsPane.texts(e)
    assert english["flags"].count("; ") == 2 and ", " in english["flags"].split("anonymizer: ")[1]
    try:
        assert i18n.install(code) == code
        shown = DetailsPane.texts(e)
        assert shown["flags"].count(facts) == 2, shown["flags"]
        anonymizers = shown["flags"].split(facts)[-1]
        assert items in anonymizers, anonymizers
        if code != "de":
            assert "; " not in shown["flags"] and "; " not in shown["location"], shown
    finally:
        i18n.uninstall()


def test_the_days_are_counted_in_each_languages_plural_forms():
    import datetime as dt
    from dataclasses import replace

    from hostguard.ui import i18n

    def database_text(age: int, stale_days: int = 60) -> str:
        e = entry("a", "Wei", "1.0.1.1")
        db = replace(e.geo.database, build_date=dt.date.today() - dt.timedelta(days=age))
        return DetailsPane.texts(replace(e, geo=e.geo._replace(database=db)), stale_days=stale_days)["database"]

    assert ", 1 day old\n" in database_text(1) and ", 5 days old\n" in database_text(5)
    assert " — older than 1 day, consider updating\n" in database_text(5, stale_days=1)
    try:
        assert i18n.install("ru") == "ru"
        assert "1 день назад" in database_text(1)
        assert "3 дня назад" in database_text(3)
        assert "5 дней назад" in database_text(5)
        assert "старше 1 дня, стоит обновить" in database_text(5, stale_days=1)
        assert "старше 7 дней" in database_text(9, stale_days=7)
    finally:
        i18n.uninstall()
    try:
        assert i18n.install("de") == "de"
        assert "erstellt am" in database_text(1) and "1 Tag alt" in database_text(1)
        assert "5 Tage alt" in database_text(5)
        assert database_text(1).startswith("DB-IP (")
    finally:
        i18n.uninstall()


def test_every_text_of_the_pane_is_translated_in_every_language(tmp_path):
    """lupdate on the sources now: each message of the pane (contexts DetailsPane and
    DatabaseAgeWords) is translated in every catalogue, every plural form, same {fields}."""
    import xml.etree.ElementTree as ET

    from hostguard.ui import i18n
    from tests.ui import pseudo_locale

    contexts = {"DetailsPane", "DatabaseAgeWords"}

    def messages(ts):
        out = {}
        for ctx in ET.parse(ts).iter("context"):
            if ctx.findtext("name") not in contexts:
                continue
            for m in ctx.iter("message"):
                tr = m.find("translation")
                forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
                out[(ctx.findtext("name"), m.findtext("source"))] = (tr.get("type") != "unfinished", forms)
        return out

    current = tmp_path / "current.ts"
    pseudo_locale.lupdate(current)
    wanted = messages(current)
    assert len(wanted) >= 50 and ("DatabaseAgeWords", "{label} ({type}), built {date}, %n day(s) old") in wanted
    fields = re.compile(r"\{[^{}]*\}|%n")
    problems = []
    for code, _ in i18n.LANGUAGES:
        if code == "en":
            continue
        have = messages(i18n.translations_source() / f"hostguard_{code}.ts")
        for key in wanted:
            done, forms = have.get(key, (False, []))
            if not done or not all(forms):
                problems.append(f"{code}: not translated: {key}")
            elif any(sorted(fields.findall(f)) != sorted(fields.findall(key[1])) for f in forms):
                problems.append(f"{code}: placeholders differ: {key} -> {forms}")
    assert not problems, "\n".join(problems)
