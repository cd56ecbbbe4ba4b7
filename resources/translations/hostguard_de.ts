<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>Über HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}, erstellt am {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>Sehen, von wo sich Teilnehmende verbinden, Geografie-Regeln vorab prüfen, mit Schutzgrenze anwenden und ein Prüfprotokoll führen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>Verwendete GeoIP-Datenbanken:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): die mitgelieferte Länderdatenbank.</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>Entscheidungen je Aktion</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>Noch niemand für die Vorschau</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{action} {n} ({share:.0%})</source>
            <translation>{action} {n} ({share:.0%})</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <location filename="../../hostguard/ui/apply_dialog.py" line="+129" />
            <source>Apply rules to the meeting</source>
            <translation>Regeln auf die Besprechung anwenden</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>in den Warteraum verschieben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>entfernen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>entfernen und sperren</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>Neue aus {countries} können auch durch die eigene Länderrichtlinie der Besprechung bei {service} abgewiesen werden.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>Der Dienst</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>Auf %n Person wird gehandelt ({actions}) von {total} in der Besprechung.</numerusform>
                <numerusform>Auf %n Personen wird gehandelt ({actions}) von {total} in der Besprechung.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>nichts zu senden</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>%n markierte Person wird nur hervorgehoben; es wird nichts gesendet.</numerusform>
                <numerusform>%n markierte Personen werden nur hervorgehoben; es wird nichts gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>Schutzgrenze: </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>Kann danach nicht rückgängig gemacht werden:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}: {why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>Personen, die Sie selbst im Besprechungsclient bearbeiten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>Mir ist klar, dass dies {share:.0%} der Besprechung betrifft</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>Auf %n Person anwenden</numerusform>
                <numerusform>Auf %n Personen anwenden</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>Entscheidungen anwenden</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>Seit dieser Dialog offen ist: {joined} beigetreten, {left} gegangen. Anwenden betrifft die oben gezählten Personen; über die anderen entscheidet das Durchsetzen oder das nächste Anwenden.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>(Standard oder ausgenommen)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}: alle</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>Prüfprotokoll durchsuchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>Name, Grund, Land suchen…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>Auf einen Zeitraum beschränken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>Beginn des Zeitraums (UTC)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>Ende des Zeitraums (UTC)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>Prüfprotokoll neu laden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>Angezeigte Zeilen als CSV exportieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>&amp;JSON exportieren…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>Angezeigte Zeilen als JSON exportieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>Wieder &amp;zulassen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>Ausgewählte Person wieder zulassen (rückgängig)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>Einträge dieser &amp;Person exportieren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>Alle Einträge zur ausgewählten Person exportieren</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>Prüfprotokoll konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>{n} von {total} Einträgen angezeigt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>Einträge: {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>Prüfprotokoll als {format} exportieren</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>Einträge nach {file} exportiert: {n}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>Export fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>Dieser Dienst kann niemanden wieder zulassen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>Wählen Sie jemanden, der verschoben oder entfernt wurde</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>Einträge dieser Person exportieren</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>{n} Einträge zu {who} nach {file} exportiert</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>{name} konnte nicht wieder zugelassen werden: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>Wiederzulassung von {name} eingereiht; die Tabelle zeigt das Ergebnis, sobald es feststeht.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}: {count} von {total} in der Besprechung ({share:.1%})</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>Aufteilung nach Land</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>Personen in der Besprechung pro Land; ein Land anklicken oder darauf Eingabe drücken, um die Liste zu filtern</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>Referenzdienst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex</source>
            <translation>Webex</translation>
        </message>
        <message>
            <location line="+2" />
            <source>meeting ID or UUID; for a webinar: webinar:&lt;ID&gt;</source>
            <translation>Besprechungs-ID oder UUID; für ein Webinar: webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>Besprechungsnummer, Serien-ID oder Instanz-ID</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>API-Wurzel, z. B. http://127.0.0.1:8765 (erforderlich)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>optional: liefert BASE/v2/… und BASE/oauth/token statt der Zoom-Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>optional: liefert BASE/v1/… und BASE/analytics/v1/… statt der Webex-Server</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>Mit einer Besprechung verbinden</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>Besprechungsdienst</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>Besprechungs-ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>&amp;Dienst:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>Basis-&amp;URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>Besprechungs-&amp;ID:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>Schlüsselbund wird geprüft…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>Verbindungstest läuft</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>Speichern und verbinden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>Zugangsdaten</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{service}-{field}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>leer lassen, um den gespeicherten zu behalten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>optional: für Analysen (Adressen); sonst wird das Zugriffstoken verwendet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>Der Schlüsselbund ließ sich nicht prüfen ({error}); Geheimnisse werden nur für diese Sitzung behalten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation> Eingegebene Geheimnisse werden nur für diese Sitzung behalten, nie in eine Datei geschrieben.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>Geben Sie zuerst die Besprechungs-ID ein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>Verbindung fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>Der Referenzdienst braucht seine Basis-URL (die API-Wurzel).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>Geben Sie die Besprechungs-ID ein.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>Nichts wurde gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>Nach Name oder Code suchen, z. B. China oder CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>Länder suchen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>Nur Ausgewählte zeigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>Nur ausgewählte Länder zeigen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>Ausgewählte Länder leeren</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>Ausgewählt: {codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>Kein Land ausgewählt: Namen eingeben und Eingabe drücken oder Kästchen ankreuzen</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>Länder auswählen</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label} ({type}), erstellt am {date}, %n Tag alt</numerusform>
                <numerusform>{label} ({type}), erstellt am {date}, %n Tage alt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — älter als %n Tag, ein Update wird empfohlen</numerusform>
                <numerusform>{database} — älter als %n Tage, ein Update wird empfohlen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>ermittelt: Die Datenbank ordnet diese Adresse einem Land zu.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>unbekannt (nicht in der Datenbank): Eine öffentliche Adresse, die die Datenbank nicht abdeckt: Das Land ist unbekannt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>privates Netzwerk: Eine Adresse aus einem privaten Netz (LAN, VPN-intern, Carrier-Grade-NAT): Sie sagt nichts darüber, wo die Person ist, daher ist das Land unbekannt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>keine Adresse gemeldet: Der Besprechungsdienst hat für diese Person keine Adresse gemeldet: Das Land ist unbekannt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>ungültige Adresse: Der Dienst hat etwas gemeldet, das keine IP-Adresse ist: Das Land ist unbekannt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>Regionen: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>Stadt: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>Registrierungsland: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>vertretenes Land: {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Beitritt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>Herleitung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>Netzwerkmerkmale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>Weitere Standortdaten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Abgleich</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>Details zur Person</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>Wählen Sie eine Person, um die Hinweise zu Land und Entscheidung zu sehen.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>Wieder zulassen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>Person wieder zulassen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>Diese Person aus dem Warteraum zulassen (rückgängig), wo der Dienst es erlaubt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>Hinweise erneut laden</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>Hinweise werden geladen…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>Die Hinweise können nicht angezeigt werden: Die Engine von HostGuard hat nicht geantwortet (sie wird vielleicht neu gestartet). Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>Diese Person ist nicht mehr aufgeführt, daher gibt es keine Hinweise anzuzeigen.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country} ({code}, Kontinent {continent})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>unbekannt (kein Land in der Datenbank): {note}. Das Land ist unbekannt.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>keine Adresse gemeldet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>nicht abgefragt (keine öffentliche Adresse)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>Anycast-Netz (der Standort kann überall sein)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>kein Anycast</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>Anonymisierung: {kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — Regel „{rule}“</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — ausgenommen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — Standard</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>nichts zu senden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{state}: {detail}</source>
            <translation>{state}: {detail}</translation>
        </message>
    </context>
    <context>
        <name>GuardGauge</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+105" />
            <source>Share guard</source>
            <translation>Schutzgrenze</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>Betroffene Personen je Regel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>Abgleich beenden und schließen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>Teilnehmer &amp;suchen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>Liste nach Name, E-Mail, Land, Adresse oder Entscheidung durchsuchen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>Filter &amp;zurücksetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>Wieder alle anzeigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>Mit Besprechung &amp;verbinden…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>Dienst und Besprechung wählen, Zugangsdaten im Schlüsselbund speichern und Verbindung testen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>&amp;Demo-Veranstaltung öffnen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>Eine simulierte Veranstaltung auf diesem Computer; kein Konto nötig</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>&amp;Teilnehmerliste</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>&amp;Regeln und Vorschau</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>Regeln schreiben und sehen, wen sie betreffen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>Regel&amp;vorschau</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>Neu berechnen, wen die Regeln jetzt betreffen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>Regeln &amp;anwenden…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>Die Entscheidungen der Regeln an den Besprechungsdienst senden (mit Rückfrage)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>&amp;Prüfprotokoll…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>Regeln bei neu Beitretenden &amp;durchsetzen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>Jede beitretende Person sofort entscheiden und handeln (ein Ansturm über der Schutzgrenze wird zurückgehalten, bis Sie entscheiden); für dieses Meeting gemerkt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>Letztes Anwenden &amp;rückgängig machen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>Aus dem Warteraum zulassen, entsperren und die vom letzten Anwenden geänderte Länderrichtlinie wiederherstellen (fragt zuerst und nennt, was nicht rückgängig zu machen ist)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>Dieses Meeting &amp;vergessen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>Löschen, was HostGuard zu diesem Meeting speichert (Ausgang, Prüfprotokoll, Zustand), nach dem Angebot, das Prüfprotokoll zu exportieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>&amp;Über HostGuard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>Name, E-Mail, Land, Adresse, Entscheidung suchen…  (Strg+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>Teilnehmerliste durchsuchen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>Schnellfilter</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>Länderfilter aufheben</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>HostGuard mit einer Besprechung verbinden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard zeigt, von wo sich Ihre Teilnehmenden verbinden, lässt Sie Geografie-Regeln schreiben, zeigt genau, wen sie betreffen, und wendet sie über den Besprechungsdienst an – mit einer Schutzgrenze, damit nie zu viele auf einmal betroffen sind.

Wählen Sie, wo Ihre Besprechung stattfindet:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>Referenzdienst…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>Ein Dienst mit der Referenz-API von HostGuard: braucht seine Adresse und ein API-Token.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Eine Server-to-Server-OAuth-App (Konto-ID, Client-ID, Client-Secret). Zoom kann niemanden entfernen, der schon in der Besprechung ist; HostGuard sagt das vor dem Anwenden.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Ein Webex-Zugriffstoken. Adressen erscheinen nach der Analyseverzögerung von Webex.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>Demo ausprobieren (ohne Konto)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>Eine simulierte Veranstaltung auf diesem Computer mit live beitretenden Personen und geladenen, nicht angewendeten Beispielregeln.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>Aufteilung nach Land</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>Details zur Person</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>&amp;Regeln</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>Zurückgehaltene Aktionen</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>Zurückgehaltene Aktionen ausführen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>Durchsetzen beenden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>Zurückgehaltene Aktionen verwerfen und Durchsetzen beenden</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>Weitere Werkzeuge</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>Durchsetzen bei neu Beitretenden</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>Letzte Aktionen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>Abgleichstatus</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>Anfragekontingent</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>Simulierte Veranstaltung wird gestartet…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>Verbindung mit Besprechung {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>Verbindung nicht möglich: {msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}: verbinde…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>Demo: Beispielregeln geladen, nicht angewendet (siehe Regeln).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>Mit {service_title} verbunden.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}: Engine wird neu gestartet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>Die Engine wurde beendet und wird neu gestartet. Wartende Aktionen bleiben erhalten und werden fortgesetzt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>Die Engine wurde neu gestartet; wartende Aktionen werden fortgesetzt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}: Engine beendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>Die Engine wurde beendet und konnte nicht neu gestartet werden. Verbinden Sie sich erneut über Datei → Mit einem Meeting verbinden.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}: verbunden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}: verbinde…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation> (Probelauf)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>Verbindung zu {service} verloren: {state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>Wieder mit {service} verbunden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>Ausstehend {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>Angewendet {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>Fehlgeschlagen {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>Nicht unterstützt {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>Manuell {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>Anfragelimit erreicht</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>Dienststörung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>: Pause {seconds:.0f} s</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>Automatisches Anwenden zurückgehalten: {message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>Regeln bei neu Beitretenden durchsetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>Umschalten nicht möglich: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>Regeln werden jetzt bei neu Beitretenden sofort durchgesetzt.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>%n zurückgehaltene Aktion verworfen.</numerusform>
                <numerusform>%n zurückgehaltene Aktionen verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>Klicken oder Strg+E zum Umschalten</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>Durchsetzen pausiert: Der Ansturmschutz hält %n Aktion zurück.</numerusform>
                <numerusform>Durchsetzen pausiert: Der Ansturmschutz hält %n Aktionen zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n zurückgehalten</numerusform>
                <numerusform>%n zurückgehalten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>Nichts wurde gesendet: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>%n zurückgehaltene Person wird bearbeitet; siehe Spalte Synchronisierung.</numerusform>
                <numerusform>%n zurückgehaltene Personen werden bearbeitet; siehe Spalte Synchronisierung.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>{action} — {name}</source>
            <translation>{action} — {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last: {what}</source>
            <translation>Zuletzt: {what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>{total} in der Besprechung (beigetreten oder wartend) von {everyone} gelisteten. Ein Land anklicken, um zu filtern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>Teilnehmende: {everyone}, in der Besprechung: {total}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n angezeigt</numerusform>
                <numerusform>%n angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>Wieder alle Länder anzeigen</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>Zuerst wird die Vorschau berechnet; Anwenden drücken, sobald sie erscheint.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>Die Regeln enthalten Fehler</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>Beheben Sie vor dem Anwenden die im Regeleditor angezeigten Fehler.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>Wird angewendet…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>Schutzgrenze</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>Nichts wurde angewendet: {message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>Anwenden fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>Nichts wurde angewendet: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>Nichts zu senden: alle sind bereits so, wie die Regeln es sagen.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>%n Aktion eingereiht</numerusform>
                <numerusform>%n Aktionen eingereiht</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>; {n} bereits erledigt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>; {n} von diesem Dienst nicht unterstützt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>; {n} brauchen einen manuellen Schritt</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>. Achten Sie auf die Spalte Abgleich.</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>Letztes Anwenden rückgängig machen</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>Was das letzte Anwenden getan hat, ist nicht lesbar: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>Letztes Anwenden wird rückgängig gemacht…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>Nichts wurde rückgängig gemacht: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>Rückgängig: %n Aktion eingereiht</numerusform>
                <numerusform>Rückgängig: %n Aktionen eingereiht</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>; {n} nicht rückgängig zu machen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>; Länderrichtlinie: {policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>; Länderrichtlinie nicht wiederhergestellt: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>Dieses Meeting vergessen</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>Alles löschen, was HostGuard auf diesem Computer zu Meeting {meeting} speichert: Ausgang, Prüfprotokoll und Zustand? Die Verbindung zum Meeting wird zuerst geschlossen. Das kann nicht rückgängig gemacht werden.

Exportieren Sie zuerst das Prüfprotokoll, um eine Kopie zu behalten.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>Exportieren, dann vergessen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>Ohne Export vergessen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>Meeting {meeting} wird vergessen…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>Meeting {meeting} wurde nicht vergessen: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>Meeting {meeting} vergessen: {what}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>Das Prüfprotokoll ({n} Einträge) wurde nach {file} exportiert.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>Richtlinie der Besprechung wiederherstellen</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>Die Länderrichtlinie wiederherstellen, die die Besprechung vor der Änderung durch HostGuard hatte?

Änderung durch HostGuard: {policy}

Personen aus Ländern, die Ihre Regeln sperren, können dann wieder beitreten; sobald sie drin sind, entscheiden weiterhin die Regeln.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>Nichts wurde geändert: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>Wieder zulassen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>Wieder zulassen nicht möglich: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>Wiederzulassung eingereiht; achten Sie auf die Spalte Abgleich.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>Regeln werden jetzt automatisch auf Neue angewendet.</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>Für Neue wird nicht mehr automatisch gehandelt; zum Handeln Anwenden drücken.</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>Durchsetzen: an</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>Durchsetzen: aus</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation> Datenbanken werden neu geladen…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>Die neue Datenbank ließ sich nicht öffnen ({error}); die bisherige bleibt in Gebrauch.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>Die neue Datenbank ist in Gebrauch; alle wurden damit neu entschieden.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>Prüfprotokoll — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>Durchsetzen pausiert</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>Der Ansturmschutz hält %n Aktion zurück: ausführen oder Durchsetzen beenden.</numerusform>
                <numerusform>Der Ansturmschutz hält %n Aktionen zurück: ausführen oder Durchsetzen beenden.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>Aktionen fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>%n Aktion fehlgeschlagen; siehe Spalte Synchronisierung.</numerusform>
                <numerusform>%n Aktionen fehlgeschlagen; siehe Spalte Synchronisierung.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>Regeln haben gehandelt</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>Der Dienst hat %n Aktion der Regeln bestätigt.</numerusform>
                <numerusform>Der Dienst hat %n Aktionen der Regeln bestätigt.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>Verbindung verloren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>Die Verbindung zum Meeting-Dienst ist verloren: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>Die Verbindung zum Meeting-Dienst ist verloren.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>Keine Regel passte (Standard)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>Ausgenommen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule} (inaktiv)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule} (nur melden)</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} Treffer, niemand betroffen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>{n} zu bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>, {n} erledigt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n} ({changed} geändert)</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>Regeln schreiben oder laden, um sie anzusehen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>Urteil der Schutzgrenze</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>Regel / Person</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>Betroffen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>Anwesende, über die diese Regel entscheidet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>Anders entschieden als jetzt angezeigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>Schon in diesem Zustand oder schon an den Dienst gesendet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>Wen jede Regel betrifft</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>Vorschau &amp;aktualisieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>Vorschau aktualisieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>&amp;Anwenden…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>Diese Entscheidungen auf die Besprechung anwenden</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>Vorschau fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>Schutzgrenze: </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>Balken: {share:.0%} der nicht ausgenommenen Personen würden verschoben oder entfernt; Linie: die Schutzgrenze, {limit:.0%}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>Teilnehmende: {total}. Zu senden: {sends}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> {released} derzeit verschobene oder entfernte wären es nicht mehr.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>  (Land unbekannt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>neu (jetzt {action})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>schon bearbeitet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>{n} Personen (zum Auflisten öffnen)</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>In der Besprechung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>Würden verschoben oder entfernt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>Markiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>Abgleich ausstehend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>Abgleich fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>Vom Dienst nicht unterstützt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>Im Warteraum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>Entfernt oder gesperrt</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>Land unbekannt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>Land bekannt</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>inaktiv bis {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>beendet um {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>aktiv bis {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>aktiv bis zum Ende des Meetings</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>Ausgenommene Rollen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>Kontinente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>Anonymisierer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>Regeln in der Reihenfolge der Prüfung</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>Regel &amp;hinzufügen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>Eine Regel am Ende hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>Ausgewählte Regel löschen (Entf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>Ausgewählte Regel nach oben (Alt+Auf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>Ausgewählte Regel nach unten (Alt+Ab)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>Regeln (die erste passende entscheidet):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>Ausgewählte Regel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>Regelname</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>Regelaktion</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>Regel aktiv</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>Nur melden (Treffer zählen, nie handeln)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>Regel nur melden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>Eine Nur-melden-Regel wird wie jede Regel geprüft und gezählt, handelt aber nie; es entscheidet die erste passende Regel darunter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>Aktiv ab (RFC-3339-Zeit mit Versatz)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>z. B. 2026-06-04T12:00:00+08:00 (leer: von Anfang an)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>Aktiv bis (RFC-3339-Zeit mit Versatz)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>z. B. 2026-06-04T20:00:00+08:00 (leer: kein Ende)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>Bis zum Ende des Meetings</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>Regel aktiv bis zum Ende des Meetings</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>Länder (ISO-Codes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>Länder außer (Positivliste)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name} (Code {code} in Regeldateien)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>Kontinent {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>Bedingung unbekanntes Land</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>„Land unbekannt“ trifft auf Personen zu, deren Land nicht ermittelt werden konnte (nicht in der Datenbank, privates Netz oder keine Adresse)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>Erweiterte Bedingungen (Regionen, Netze, AS-Nummern, Anonymisierer)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>Erweiterte Bedingungen zeigen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>Regionen (ISO 3166-2, z. B. US-CA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>AS-Nummern, z. B. 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>Netze (CIDR, z. B. 203.0.113.0/24)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>Regionen:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>AS-Nummern:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>Netze:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>Anonymisierer:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>A&amp;ktion:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>Modus:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>Aktiv ab:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>Aktiv bis:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>Bedingungen (alle gesetzten müssen gelten; eine Liste trifft bei jedem ihrer Einträge zu):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>Länder:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>Außer Ländern:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>Kontinente:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>Unbekannt:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>Alle anderen, die Schutzgrenze und Ausnahmen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>Standardaktion, wenn keine Regel passt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>Größter Anteil der Besprechung, auf den auf einmal gehandelt wird, in Prozent</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share: Für einen größeren Anteil nicht ausgenommener Personen auf einmal ist eine ausdrückliche Bestätigung nötig</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>Der Host ist immer ausgenommen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>Ausgenommene E-Mail-Muster, durch Kommas getrennt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>Standardaktion:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>Schutzgrenze:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>Ausgenommene Rollen:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>Ausgenommene E-Mails:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>Probleme in den Regeln</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>Probleme in der nicht importierten Datei</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>Importmeldung schließen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>Regeln aus einer TOML-Datei importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>Regeln in eine TOML-Datei exportieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>Mit &amp;Vorlage beginnen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>Mit einer Vorlage beginnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>Die Regeln durch einen benannten Ausgangspunkt zum Bearbeiten ersetzen (nichts wird angewendet)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>z. B. CN, HK (oder auswählen…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>Aus einer Liste wählen: {field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>{name} wurde nicht importiert: %n Fehler. Ihre aktuellen Regeln bleiben unverändert.</numerusform>
                <numerusform>{name} wurde nicht importiert: %n Fehler. Ihre aktuellen Regeln bleiben unverändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>{name} mit %n Warnung importiert.</numerusform>
                <numerusform>{name} mit %n Warnungen importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>{file} konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>%n Regel nach {file} exportiert</numerusform>
                <numerusform>%n Regeln nach {file} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>Vorlage kann nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>Mit der Vorlage „{title}“ begonnen: bearbeiten, dann exportieren oder anwenden.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>nur melden</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>{now} Treffer jetzt, {seen} gemeldet, niemand betroffen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>{now} Treffer jetzt, {acted} bearbeitet</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>%n Problem: Die Regeln werden erst nach der Korrektur verwendet.</numerusform>
                <numerusform>%n Probleme: Die Regeln werden erst nach der Korrektur verwendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n Regel, gültig.</numerusform>
                <numerusform>%n Regeln, gültig.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>Beheben Sie vor dem Export die unten aufgeführten Probleme.</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>Warteraum für unbekannte Standorte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>Nur eingeladene Länder, unbekannte markiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>Tor-Ausgänge sperren (braucht eine Anonymous-IP-Datenbank)</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>Keine Regeln: Alle erhalten die Standardaktion.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>Regeln importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>Regeldateien (*.toml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>Regeln exportieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>Regeldateien (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>Personen-ID</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>Was dieser Besprechungsdienst kann und nicht kann</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>Rollen, die dieser Besprechungsdienst nicht meldet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>&amp;E-Mails der alternativen Hosts kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>Die E-Mail-Adressen der alternativen Hosts der Besprechung kopieren, um sie auszunehmen</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>Manuell im Zoom-Client entfernen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>&amp;Namen kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>Die manuell zu entfernenden Namen kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>&amp;IDs kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>Die IDs der manuell zu entfernenden Personen kopieren</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>Vorherige &amp;Richtlinie wiederherstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>Die vorherige Länderrichtlinie der Besprechung wiederherstellen</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard hat die eigene Richtlinie dieser Besprechung geändert: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>Manuell im Zoom-Client entfernen: %n Person</numerusform>
                <numerusform>Manuell im Zoom-Client entfernen: %n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>Manuell im Zoom-Client entfernen: derzeit niemand</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} kann Personen, die schon in der Besprechung sind, nicht in den Warteraum verschieben: %n Person ist aufgelistet, damit Sie sie im {service}-Client verschieben.</numerusform>
                <numerusform>{service} kann Personen, die schon in der Besprechung sind, nicht in den Warteraum verschieben: %n Personen sind aufgelistet, damit Sie sie im {service}-Client verschieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} kann Personen, die schon in der Besprechung sind, nicht entfernen: %n Person ist aufgelistet, damit Sie sie im {service}-Client entfernen.</numerusform>
                <numerusform>{service} kann Personen, die schon in der Besprechung sind, nicht entfernen: %n Personen sind aufgelistet, damit Sie sie im {service}-Client entfernen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} kann nicht sperren (entfernen und erneuten Beitritt verhindern): %n Person ist aufgelistet, damit Sie sie im {service}-Client entfernen und sperren.</numerusform>
                <numerusform>{service} kann nicht sperren (entfernen und erneuten Beitritt verhindern): %n Personen sind aufgelistet, damit Sie sie im {service}-Client entfernen und sperren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} kann nicht {action}: %n Person ist aufgelistet, damit Sie sie im {service}-Client bearbeiten.</numerusform>
                <numerusform>{service} kann nicht {action}: %n Personen sind aufgelistet, damit Sie sie im {service}-Client bearbeiten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>HostGuard-Einstellungen</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>Jetzt in Gebrauch:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>Verwendete GeoIP-Datenbanken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>Datenbank &amp;aktualisieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>Neuere GeoIP-Datenbank herunterladen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>Fortschritt des Downloads</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>Hier nicht verfügbar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>Datenbanken konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation> (mitgeliefert)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} Tage</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — veraltet, bitte aktualisieren</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>Wird heruntergeladen…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>Aktualisierung fehlgeschlagen: {error}. Die aktuelle Datenbank bleibt unverändert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>Aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>aus dem Warteraum zulassen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>entsperren</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>Letztes Anwenden rückgängig machen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>Nichts vom letzten Anwenden ist rückgängig zu machen.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>%n Aktion des letzten Anwendens wird rückgängig gemacht.</numerusform>
                <numerusform>%n Aktionen des letzten Anwendens werden rückgängig gemacht.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>Was rückgängig gemacht wird</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>Die Länderrichtlinie des Meetings wird wiederhergestellt: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>%n Aktion nicht rückgängig zu machen:</numerusform>
                <numerusform>%n Aktionen nicht rückgängig zu machen:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>Was nicht rückgängig zu machen ist, und warum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}: {why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>Letztes Anwenden rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>{label} wählen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>Ordner wählen</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>, eine Datei pro Zeile</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>Zu {label} hinzufügen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>Datenbanken wählen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard: unerwarteter Fehler</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard hat die Details protokolliert. Ihre Regeln und die Sendewarteschlange sind gespeichert; Sie können weiterarbeiten oder beenden und neu starten.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>Im Thread {thread} ist etwas schiefgegangen: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>Etwas ist schiefgegangen: {error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>Zulassen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>Warteraum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>Sperren</translation>
        </message>
    </context>
    <context>
        <name>anonymizers</name>
        <message>
            <location line="+143" />
            <source>VPN</source>
            <translation>VPN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tor</source>
            <translation>Tor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hosting</source>
            <translation>Hosting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>öffentlicher Proxy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>Privatkunden-Proxy</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>API-Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>Konto-ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>Client-Secret</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>Admin-Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>Lizenzschlüssel</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>{acting} von {eligible} nicht ausgenommenen Teilnehmenden ({share}) würden verschoben oder entfernt; innerhalb der Grenze von {limit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>{acting} von {eligible} nicht ausgenommenen Teilnehmenden ({share}) würden verschoben oder entfernt, über der Grenze von {limit} (max_action_share): zum Fortfahren bestätigen</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>Co-Host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>Diskussionsteilnehmer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>Teilnehmer</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Beitritt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Abgleich</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>Unbekannt (nicht in der Datenbank)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>Privates Netzwerk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>Keine Adresse gemeldet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>Ungültige Adresse</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>Angewendet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>Nicht unterstützt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action} (ausgenommen)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action} (Standard)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>(kein Name gemeldet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>vertritt {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>Anycast</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>in {country}, laut {database} {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>Land unbekannt (Adresse nicht in {database} {month} gefunden)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>Land unbekannt ({note})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>Land unbekannt (Adresse eines privaten Netzes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>Land unbekannt (ungültige Adresse gemeldet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>Land unbekannt (keine Adresse gemeldet)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>Regel „{rule}“</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>keine Regel trifft zu, Standard: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>ausgenommen (Rolle: {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>ausgenommen (E-Mail passt zu {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>Adresse in {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>gekennzeichnet: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>Region: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>Rolle: {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location line="-29" />
            <source>Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).</source>
            <translation>Noch nicht gesendet: Anwenden drücken (oder in den Einstellungen automatisches Anwenden für Neue einschalten).</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>Demo-Veranstaltung (simuliert)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>Aktualisieren lädt die kostenlose DB-IP-Länderdatenbank dieses Monats (db-ip.com, CC BY 4.0), prüft sie und verwendet sie für die offene Besprechung; die ersetzte Datei bleibt für ein Zurücksetzen erhalten.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>GeoIP-Datenbanken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>Speicher und Prüfung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>Regeln automatisch auf Neue anwenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>Wenn aktiv, werden Entscheidungen für Personen, die nach dem Anwenden beitreten, ohne Rückfrage gesendet, solange die Schutzgrenze (max_action_share) eingehalten ist; darüber hält HostGuard an und fragt. Standardmäßig aus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>Benachrichtigen, wenn eine Regel handelt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>Eine Desktop-Benachrichtigung, sobald der Dienst Aktionen der Regeln bestätigt. Zurückgehaltene Aktionen, Fehler und eine verlorene Verbindung werden immer gemeldet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>Die Sprache des Fensters. Gilt nach dem nächsten Start von HostGuard.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>Die Sprache des Systems</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>Aktualisierungsintervall der Liste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>Wie oft die ganze Teilnehmerliste neu geholt wird, wenn der Dienst keinen Ereignisstrom hat.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>Datenbankdateien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>Zu verwendende MaxMind-DB-Dateien: eine Länder- oder Städtedatenbank, optional eine ASN- und eine Anonymous-IP-Datenbank. Leer: die mitgelieferte DB-IP-Länderdatenbank.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>Warnen, wenn eine Datenbank älter ist als</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>Länderdaten verschieben sich, wenn Adressblöcke den Besitzer wechseln; ältere Datenbanken werden markiert.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>Statusordner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>Wo Sendewarteschlange und Prüfprotokoll liegen. Leer: der Statusordner des Benutzers.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>Prüfeinträge behalten für</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>Ältere Einträge werden gelöscht. 0 behält sie für immer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>Der Besprechungsdienst.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>Referenzdienst</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Webex</source>
            <translation>Webex</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>Abweichende API-Wurzel.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>Besprechungs-ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>Die Besprechung, mit der verbunden wird.</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>beigetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>gegangen</translation>
        </message>
    </context>
</TS>