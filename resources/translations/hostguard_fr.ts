<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>À propos de HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}, générée le {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>Voyez d'où se connectent les participants, prévisualisez des règles géographiques, appliquez-les avec un garde-fou et gardez une trace d'audit.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>Bases GeoIP utilisées :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0) : la base de pays fournie.</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>Décisions par action</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action} : {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>Personne à prévisualiser pour l'instant</translation>
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
            <translation>Appliquer les règles à la réunion</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>déplacer en salle d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>retirer et bloquer</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>Les arrivants depuis {countries} peuvent aussi être refusés par la politique de pays propre à la réunion sur {service}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>Le service</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>%n participant sera traité ({actions}) sur {total} dans la réunion.</numerusform>
                <numerusform>%n participants seront traités ({actions}) sur {total} dans la réunion.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>rien à envoyer</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>%n participant signalé est seulement mis en évidence ; rien n'est envoyé.</numerusform>
                <numerusform>%n participants signalés sont seulement mis en évidence ; rien n'est envoyé.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>Garde-fou : </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>Ne pourra pas être annulé ensuite :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action} : {why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>Participants à traiter vous-même dans le client de réunion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>Je comprends que cela touche {share:.0%} de la réunion</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>Appliquer à %n participant</numerusform>
                <numerusform>Appliquer à %n participants</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>Appliquer les décisions</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>Depuis l'ouverture de cette fenêtre : {joined} arrivés, {left} partis. Appliquer agit sur les participants comptés ci-dessus ; les autres sont traités par l'application automatique ou la prochaine application.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>(par défaut ou exempté)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label} : tous</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>Rechercher dans le journal d'audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>Rechercher nom, raison, pays…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>Limiter à une période</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>Début de la période (UTC)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>Fin de la période (UTC)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>Recharger le journal d'audit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>Exporter les lignes affichées en CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>Exporter en &amp;JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>Exporter les lignes affichées en JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>Ré&amp;admettre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>Réadmettre le participant sélectionné (annuler)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>Exporter les entrées de cette &amp;personne…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>Exporter toutes les entrées du participant sélectionné</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>Impossible de lire le journal d'audit : {error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>{n} entrées affichées sur {total}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>Entrées : {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>Exporter le journal d'audit en {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>Entrées exportées vers {file} : {n}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>Échec de l'export : {error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>Ce service ne peut pas réadmettre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>Sélectionnez une personne déplacée ou retirée</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>Exporter les entrées de cette personne</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>{n} entrées sur {who} exportées vers {file}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>Impossible de réadmettre {name} : {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>Réadmission de {name} en file ; le tableau montrera le résultat une fois réglée.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label} : {count} sur {total} dans la réunion ({share:.1%})</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>Répartition par pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>Personnes dans la réunion par pays ; cliquez sur un pays, ou appuyez sur Entrée, pour filtrer la liste</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>Service de référence</translation>
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
            <translation>ID ou UUID de la réunion ; pour un webinaire : webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>numéro de réunion, ID de série ou ID d'occurrence</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>racine de l'API, p. ex. http://127.0.0.1:8765 (obligatoire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>facultatif : sert BASE/v2/… et BASE/oauth/token à la place des serveurs de Zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>facultatif : sert BASE/v1/… et BASE/analytics/v1/… à la place des serveurs de Webex</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>Se connecter à une réunion</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>Service de réunion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>URL de base</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>ID de la réunion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>&amp;URL de base :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>ID de la &amp;réunion :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>Vérification du trousseau…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>Test de connexion en cours</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>Enregistrer et se connecter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>Identifiants</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{field} {service}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>laisser vide pour garder celui enregistré</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>facultatif : pour les analyses (adresses) ; sinon le jeton d'accès est utilisé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>Impossible de vérifier le trousseau ({error}) ; les secrets ne seront gardés que pour cette session.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation> Les secrets saisis ne sont gardés que pour cette session, jamais écrits dans un fichier.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>Saisissez d'abord l'ID de la réunion.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>Échec de la connexion : {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>Le service de référence a besoin de son URL de base (la racine de l'API).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>Saisissez l'ID de la réunion.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>Rien n'a été enregistré : {error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>Rechercher par nom ou code, p. ex. Chine ou CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>Rechercher des pays</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>Afficher uniquement la sélection</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>Afficher uniquement les pays sélectionnés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>Effacer les pays sélectionnés</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>Sélection : {codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>Aucun pays sélectionné : tapez un nom et appuyez sur Entrée, ou cochez les cases</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>Choisir des pays</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label} ({type}), créée le {date}, il y a %n jour</numerusform>
                <numerusform>{label} ({type}), créée le {date}, il y a %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — plus de %n jour, pensez à la mettre à jour</numerusform>
                <numerusform>{database} — plus de %n jours, pensez à la mettre à jour</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>résolu : la base de données situe cette adresse dans un pays.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>inconnu (absent de la base) : une adresse publique que la base de données ne couvre pas : le pays est inconnu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>réseau privé : une adresse de réseau privé (LAN, interne à un VPN, NAT d'opérateur) : elle ne dit rien de l'endroit où se trouve la personne, donc le pays est inconnu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>aucune adresse transmise : le service de réunion n'a transmis aucune adresse pour cette personne : le pays est inconnu.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>adresse invalide : le service a transmis quelque chose qui n'est pas une adresse IP : le pays est inconnu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>régions : {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>ville : {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>pays d'enregistrement : {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>pays représenté : {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>Déduction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>Indicateurs réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>Autres données de localisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>Détails du participant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>Sélectionnez un participant pour voir les éléments qui fondent son pays et la décision.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>Réadmettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>Réadmettre le participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>Admettre cette personne depuis la salle d'attente (annuler), si le service le permet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>Recharger les éléments</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>Chargement des éléments…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>Impossible d'afficher les éléments : le moteur de HostGuard n'a pas répondu (il redémarre peut-être). Réessayez dans un instant.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>Ce participant ne figure plus dans la liste : il n'y a donc aucun élément à afficher.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country} ({code}, continent {continent})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>inconnu (aucun pays dans la base de données) : {note}. Le pays est inconnu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>aucune adresse transmise</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>non consultée (pas d'adresse publique)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>réseau anycast (l'emplacement peut être n'importe où)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>pas anycast</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>anonymiseur : {kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — règle « {rule} »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — exempté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — par défaut</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>rien à envoyer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{state}: {detail}</source>
            <translation>{state} : {detail}</translation>
        </message>
    </context>
    <context>
        <name>GuardGauge</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+105" />
            <source>Share guard</source>
            <translation>Garde-fou</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>Participants concernés par règle</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>Arrêter la synchro et quitter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>&amp;Rechercher un participant…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>Rechercher dans la liste par nom, e-mail, pays, adresse ou décision</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>Afficher de nouveau tout le monde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>Se &amp;connecter à une réunion…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>Choisir le service et la réunion, enregistrer les identifiants dans le trousseau et tester la connexion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>Ouvrir l'événement de &amp;démonstration</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>Un événement simulé sur cet ordinateur ; aucun compte requis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>Règles et &amp;aperçu</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>Écrire des règles et voir qui elles touchent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>&amp;Aperçu des règles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>Recalculer qui est concerné par les règles maintenant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>&amp;Appliquer les règles…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>Envoyer les décisions des règles au service de réunion (demande confirmation)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>&amp;Journal d'audit…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>&amp;Appliquer les règles aux nouveaux arrivants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>Décider et agir pour chaque arrivant dès son arrivée (un afflux au-delà de la limite du garde-fou est retenu jusqu'à votre décision) ; mémorisé pour cette réunion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>&amp;Annuler la dernière application…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>Admettre depuis la salle d'attente, débloquer et rétablir la politique de pays modifiée par la dernière application (demande d'abord et indique ce qui ne peut pas être annulé)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>&amp;Oublier cette réunion…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>Supprimer ce que HostGuard conserve sur cette réunion (file d'envoi, audit, état), après avoir proposé d'exporter le journal d'audit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>À &amp;propos de HostGuard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>Rechercher nom, e-mail, pays, adresse, décision…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>Rechercher dans la liste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>Filtre rapide</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>Effacer le filtre de pays</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>Connectez HostGuard à une réunion</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard montre d'où se connectent vos participants, vous permet d'écrire des règles géographiques, affiche exactement qui elles concernent et les applique via le service de réunion, avec un garde-fou contre l'action sur une trop grande part de la réunion à la fois.

Choisissez où se tient votre réunion :</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>Service de référence…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>Un service parlant l'API de référence de HostGuard : il faut son adresse et un jeton d'API.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Une application OAuth serveur à serveur (ID de compte, ID client, secret client). Zoom ne peut pas retirer quelqu'un déjà dans la réunion ; HostGuard le signale avant d'appliquer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Un jeton d'accès Webex. Les adresses apparaissent après le délai d'analyse de Webex.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>Essayer la démo (sans compte)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>Un événement simulé sur cet ordinateur, avec des arrivées en direct et des règles d'exemple chargées mais non appliquées.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>Répartition par pays</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>Détails du participant</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>&amp;Règles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>Actions retenues</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>Agir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>Exécuter les actions retenues</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>Arrêter d'appliquer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>Ne pas exécuter les actions retenues et arrêter d'appliquer les règles</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>Plus d'outils</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>Application aux nouveaux arrivants</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>Dernières actions</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>État de la synchro</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>Quota de requêtes</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>Démarrage de l'événement simulé…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>Connexion à la réunion {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>Connexion impossible : {msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title} : connexion…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>Démo : règles d'exemple chargées, non appliquées (voir Règles).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>Connecté à {service_title}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title} : redémarrage du moteur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>Le moteur s'est arrêté ; redémarrage en cours. Les actions en file d'attente sont conservées et reprennent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>Le moteur a redémarré ; les actions en file d'attente reprennent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title} : moteur arrêté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>Le moteur s'est arrêté et n'a pas pu redémarrer. Reconnectez-vous via Fichier → Se connecter à une réunion.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service} : connecté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service} : {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service} : connexion…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation> (essai à blanc)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>Connexion à {service} perdue : {state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>De nouveau connecté à {service}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>En attente {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>Appliquées {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>Échecs {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>Non prises en charge {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>Manuelles {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>Débit limité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>Service en difficulté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation> : pause de {seconds:.0f} s</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>Application automatique retenue : {message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>Appliquer les règles aux nouveaux arrivants</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>Impossible de basculer : {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>Les règles sont désormais appliquées à chaque arrivant dès son arrivée.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>%n action retenue abandonnée.</numerusform>
                <numerusform>%n actions retenues abandonnées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>Cliquez ou appuyez sur Ctrl+E pour basculer</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>Application en pause : le garde-fou d'afflux retient %n action.</numerusform>
                <numerusform>Application en pause : le garde-fou d'afflux retient %n actions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n retenue</numerusform>
                <numerusform>%n retenues</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>Rien n'a été envoyé : {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>Action sur %n participant retenu ; suivez la colonne Synchronisation.</numerusform>
                <numerusform>Action sur %n participants retenus ; suivez la colonne Synchronisation.</numerusform>
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
            <translation>Dernière : {what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>{total} dans la réunion (présents ou en attente) sur {everyone} listés. Cliquez sur un pays pour filtrer la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>Participants : {everyone} ; dans la réunion : {total}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n affiché</numerusform>
                <numerusform>%n affichés</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>Afficher de nouveau tous les pays</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>Calcul de l'aperçu d'abord ; cliquez sur Appliquer quand il s'affiche.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>Les règles contiennent des erreurs</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>Corrigez les erreurs affichées dans l'éditeur de règles avant d'appliquer.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>Application…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>Garde-fou</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>Rien n'a été appliqué : {message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>Échec de l'application</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>Rien n'a été appliqué : {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>Rien à envoyer : tout le monde est déjà conforme aux règles.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>%n action en file</numerusform>
                <numerusform>%n actions en file</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation> ; {n} déjà faites</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation> ; {n} non prises en charge par ce service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation> ; {n} demandent une étape manuelle</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>. Surveillez la colonne Synchro.</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>Annuler la dernière application</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>Impossible de lire ce qu'a fait la dernière application : {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>Annulation de la dernière application…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>Rien n'a été annulé : {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>Annulation : %n action en file</numerusform>
                <numerusform>Annulation : %n actions en file</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation> ; {n} n'ont pas pu être annulées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation> ; politique de pays : {policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation> ; politique de pays non rétablie : {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>Oublier cette réunion</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>Supprimer tout ce que HostGuard conserve sur cet ordinateur pour la réunion {meeting} : sa file d'envoi, son journal d'audit et son état ? La connexion à la réunion est d'abord fermée. Action irréversible.

Exportez d'abord le journal d'audit pour en garder une copie.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>Exporter, puis oublier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>Oublier sans exporter</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>Oubli de la réunion {meeting}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>La réunion {meeting} n'a pas été oubliée : {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>Réunion {meeting} oubliée : {what}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>Le journal d'audit ({n} entrées) a été exporté vers {file}.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>Rétablir la politique de la réunion</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>Rétablir la politique de pays qu'avait la réunion avant que HostGuard ne la modifie ?

Modification de HostGuard : {policy}

Les personnes des pays bloqués par vos règles pourront de nouveau rejoindre ; les règles décideront toujours pour elles une fois entrées.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>Rien n'a été modifié : {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>Réadmettre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>Réadmission impossible : {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>Réadmission en file ; surveillez la colonne Synchro.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>Les règles s'appliquent désormais automatiquement aux arrivants.</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>Les arrivants ne sont plus traités automatiquement ; cliquez sur Appliquer pour agir.</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>Application active</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>Application inactive</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation> Rechargement des bases…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>La nouvelle base n'a pas pu être ouverte ({error}) ; la précédente reste utilisée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>La nouvelle base est utilisée ; tout le monde a été réévalué avec elle.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>Journal d'audit — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>Application en pause</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>Le garde-fou d'afflux retient %n action : exécutez-la ou arrêtez d'appliquer.</numerusform>
                <numerusform>Le garde-fou d'afflux retient %n actions : exécutez-les ou arrêtez d'appliquer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>Actions en échec</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>%n action a échoué ; voir la colonne Synchronisation.</numerusform>
                <numerusform>%n actions ont échoué ; voir la colonne Synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>Les règles ont agi</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>Le service a confirmé %n action des règles.</numerusform>
                <numerusform>Le service a confirmé %n actions des règles.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>Connexion perdue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>La connexion au service de réunion a été perdue : {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>La connexion au service de réunion a été perdue.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>Aucune règle ne correspond (par défaut)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>Exemptés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule} (désactivée)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule} (rapport seul)</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} correspondent, personne n'est concerné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>{n} à traiter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>, {n} faits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n} ({changed} changent)</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>Écrivez ou chargez des règles pour les prévisualiser.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>Verdict du garde-fou</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>Règle / participant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>Concernés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Changent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Faits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>Participants présents pour lesquels cette règle décide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>Décidé autrement que la décision affichée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>Déjà dans cet état, ou déjà envoyé au service</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>Qui chaque règle concerne</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>&amp;Actualiser l'aperçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>Actualiser l'aperçu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>&amp;Appliquer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>Appliquer ces décisions à la réunion</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>Échec de l'aperçu : {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>Garde-fou : </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>Barre : {share:.0%} des participants non exemptés seraient déplacés ou retirés ; ligne : la limite du garde-fou, {limit:.0%}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action} : {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>Participants : {total}. À envoyer : {sends}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> {released} actuellement déplacés ou retirés ne le seraient plus.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>  (pays inconnu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>nouveau (actuellement {action})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>déjà traité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>… et {n} de plus</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>{n} participants (ouvrir pour la liste)</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>Dans la réunion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>Seraient déplacés ou retirés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>Signalés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>Synchro en attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>Échec de synchro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>Non pris en charge par le service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>En salle d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>Retirés ou bloqués</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>indifférent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>pays inconnu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>pays connu</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>inactive jusqu'à {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>terminée à {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>active jusqu'à {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>désactivée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>active jusqu'à la fin de la réunion</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>Rôles exemptés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>Continents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>Anonymiseurs</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group} : {label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>Règles, dans l'ordre où elles sont essayées</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>&amp;Ajouter une règle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>Ajouter une règle à la fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>Supprimer la règle sélectionnée (Suppr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>Monter (&amp;H)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>Monter la règle sélectionnée (Alt+Haut)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>Descendre (&amp;B)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>Descendre la règle sélectionnée (Alt+Bas)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>Règles (la première qui correspond décide) :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>Règle sélectionnée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>Nom de la règle</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>Action de la règle</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>Activée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>Règle activée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>Rapport seul (compter, ne jamais agir)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>La règle est en rapport seul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>Une règle en rapport seul est évaluée et comptée comme toute règle mais n'agit jamais ; la première règle correspondante en dessous décide</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>Active à partir de (heure RFC 3339 avec décalage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>p. ex. 2026-06-04T12:00:00+08:00 (vide : dès le début)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>Active jusqu'à (heure RFC 3339 avec décalage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>p. ex. 2026-06-04T20:00:00+08:00 (vide : sans fin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>Jusqu'à la fin de la réunion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>Règle active jusqu'à la fin de la réunion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>Pays (codes ISO)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>Pays hors de (style liste autorisée)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name} (code {code} dans les fichiers de règles)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>Continent {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>Condition de pays inconnu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>« pays inconnu » correspond aux participants dont le pays n'a pu être déduit (absent de la base, réseau privé ou sans adresse)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>Conditions avancées (régions, réseaux, numéros AS, anonymiseurs)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>Afficher les conditions avancées</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>Régions (ISO 3166-2, p. ex. US-CA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>Numéros AS, p. ex. 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>Réseaux (CIDR, p. ex. 203.0.113.0/24)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>Régions :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>Numéros AS :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>Réseaux :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>Anonymiseurs :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>A&amp;ction :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>Mode :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>Active à partir de :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>Active jusqu'à :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>Conditions (toutes celles renseignées doivent être vraies ; une liste correspond à n'importe lequel de ses éléments) :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>Sauf pays :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>Continents :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>Inconnu :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>Rôles :</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>Tous les autres, le garde-fou et les exemptions</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>Action par défaut si aucune règle ne correspond</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>Plus grande part de la réunion sur laquelle agir à la fois, en pourcentage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share : agir à la fois sur une plus grande part des participants non exemptés demande une confirmation explicite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>L'animateur est toujours exempté</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>Motifs d'e-mail exemptés, séparés par des virgules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>Action par défaut :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>Limite du garde-fou :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>Rôles exemptés :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>E-mails exemptés :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>Problèmes dans les règles</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>Problèmes dans le fichier non importé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>Fermer le message d'import</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>Importer des règles depuis un fichier TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>Exporter les règles vers un fichier TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>Partir d'un &amp;modèle…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>Partir d'un modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>Remplacer les règles par un point de départ nommé à modifier (rien n'est appliqué)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>p. ex. CN, HK (ou choisissez…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>Choisir dans une liste : {field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>{name} n'a pas été importé : %n erreur. Vos règles actuelles sont inchangées.</numerusform>
                <numerusform>{name} n'a pas été importé : %n erreurs. Vos règles actuelles sont inchangées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>{name} importé avec %n avertissement.</numerusform>
                <numerusform>{name} importé avec %n avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>Impossible d'écrire {file} : {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>%n règle exportée vers {file}</numerusform>
                <numerusform>%n règles exportées vers {file}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>Impossible d'ouvrir le modèle : {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>Modèle « {title} » chargé : modifiez-le, puis exportez-le ou appliquez-le.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>rapport seul</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>{now} correspondent, {seen} signalés, personne concerné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>{now} correspondent, {acted} traités</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>%n problème : les règles ne sont pas utilisées avant correction.</numerusform>
                <numerusform>%n problèmes : les règles ne sont pas utilisées avant correction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n règle, valide.</numerusform>
                <numerusform>%n règles, valides.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>Corrigez les problèmes ci-dessous avant d'exporter.</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>Salle d'attente pour les lieux inconnus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>Pays invités seulement ; inconnus signalés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>Bloquer les sorties Tor (base Anonymous-IP requise)</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>Aucune règle : tout le monde reçoit l'action par défaut.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>Importer des règles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>Fichiers de règles (*.toml);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>Exporter les règles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>Fichiers de règles (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>ID du participant</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>Ce que ce service de réunion peut et ne peut pas faire</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>Rôles que ce service de réunion ne signale pas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>Copier les &amp;e-mails des animateurs suppléants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>Copier les adresses e-mail des animateurs suppléants de la réunion, pour les exempter</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>Retirer manuellement dans le client Zoom</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>Copier les &amp;noms</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>Copier les noms à retirer manuellement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>Copier les &amp;ID</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>Copier les ID des participants à retirer manuellement</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>Rétablir la &amp;politique précédente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>Rétablir la politique de pays précédente de la réunion</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard a modifié la politique propre à cette réunion : {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>Retirer manuellement dans le client Zoom : %n participant</numerusform>
                <numerusform>Retirer manuellement dans le client Zoom : %n participants</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>Retirer manuellement dans le client Zoom : personne pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} ne peut pas déplacer en salle d'attente les personnes déjà dans la réunion : %n participant est listé pour que vous le déplaciez dans le client {service}.</numerusform>
                <numerusform>{service} ne peut pas déplacer en salle d'attente les personnes déjà dans la réunion : %n participants sont listés pour que vous les déplaciez dans le client {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} ne peut pas retirer les personnes déjà dans la réunion : %n participant est listé pour que vous le retiriez dans le client {service}.</numerusform>
                <numerusform>{service} ne peut pas retirer les personnes déjà dans la réunion : %n participants sont listés pour que vous les retiriez dans le client {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} ne peut pas bloquer (retirer et empêcher de revenir) : %n participant est listé pour que vous le retiriez et le bloquiez dans le client {service}.</numerusform>
                <numerusform>{service} ne peut pas bloquer (retirer et empêcher de revenir) : %n participants sont listés pour que vous les retiriez et les bloquiez dans le client {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} ne peut pas {action} : %n participant est listé pour que vous le traitiez dans le client {service}.</numerusform>
                <numerusform>{service} ne peut pas {action} : %n participants sont listés pour que vous les traitiez dans le client {service}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>Paramètres de HostGuard</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>Utilisées maintenant :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>Bases GeoIP utilisées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>&amp;Mettre à jour la base</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>Télécharger une base GeoIP plus récente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>Progression du téléchargement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>Non disponible ici</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>Impossible de lire les bases : {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation> (fournie)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — périmée, pensez à la mettre à jour</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>Échec de la mise à jour : {error}. La base actuelle est inchangée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>Mise à jour.</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>admettre depuis la salle d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>débloquer</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>Annuler la dernière application</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>Rien de la dernière application ne peut être annulé.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>%n action de la dernière application sera annulée.</numerusform>
                <numerusform>%n actions de la dernière application seront annulées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>Ce qui sera annulé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>La politique de pays de la réunion est rétablie : {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>%n action ne peut pas être annulée :</numerusform>
                <numerusform>%n actions ne peuvent pas être annulées :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>Ce qui ne peut pas être annulé, et pourquoi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action} : {why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>Annuler l'application</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>Annuler la dernière application</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>Choisir {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>Choisir un dossier</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>, un fichier par ligne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>Ajouter à {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>Choisir des bases</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard : erreur inattendue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard a consigné les détails. Vos règles et la file d'envoi sont enregistrées ; vous pouvez continuer ou quitter et recommencer.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>Un problème est survenu dans le fil {thread} : {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>Un problème est survenu : {error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>Autoriser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Signaler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>Salle d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>Bloquer</translation>
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
            <translation>hébergement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>proxy public</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>proxy résidentiel</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>jeton d'API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>ID de compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>ID client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>secret client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>jeton d'accès</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>jeton d'administrateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>clé de licence</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>{acting} participants non exemptés sur {eligible} ({share}) seraient déplacés ou retirés ; dans la limite de {limit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>{acting} participants non exemptés sur {eligible} ({share}) seraient déplacés ou retirés, au-delà de la limite de {limit} (max_action_share) : confirmez pour continuer</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>animateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>co-animateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>panéliste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>participant</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>Inconnu (absent de la base)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>Réseau privé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>Aucune adresse transmise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>Adresse invalide</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>Appliqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>Non pris en charge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>Manuel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action} (exempté)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action} (par défaut)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>(aucun nom transmis)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>représente {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>anycast</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>en {country}, selon {database} {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>pays inconnu (adresse introuvable dans {database} {month})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>pays inconnu ({note})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>pays inconnu (adresse de réseau privé)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>pays inconnu (adresse signalée non valide)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>pays inconnu (aucune adresse signalée)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>règle « {rule} »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>aucune règle ne correspond, par défaut : {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>exempté (rôle : {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>exempté (l'e-mail correspond à {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>adresse dans {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>signalé : {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>région : {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>rôle : {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <location line="-29" />
            <source>Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).</source>
            <translation>Pas encore envoyé : cliquez sur Appliquer (ou activez l'application automatique aux arrivants dans les paramètres).</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>Événement de démonstration (simulé)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>Mettre à jour télécharge la base de pays gratuite DB-IP du mois (db-ip.com, CC BY 4.0), la vérifie et l'utilise pour la réunion ouverte ; le fichier remplacé est gardé pour revenir en arrière.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>Bases GeoIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>Stockage et audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>Appliquer automatiquement les règles aux arrivants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>Activé, les décisions pour les personnes arrivant après l'application des règles sont envoyées sans demander, tant que la limite du garde-fou (max_action_share) est respectée ; au-delà, HostGuard s'arrête et demande. Désactivé par défaut.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>M'avertir quand une règle agit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>Une notification de bureau chaque fois que le service confirme des actions des règles. Les actions retenues, les échecs et la perte de connexion sont toujours notifiés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>La langue de la fenêtre. Prend effet au prochain démarrage de HostGuard.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>Intervalle d'actualisation de la liste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>Fréquence à laquelle toute la liste des participants est relue quand le service n'a pas de flux d'événements.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>Fichiers de base</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>Fichiers MaxMind DB à utiliser : une base pays ou ville, et en option une base ASN et une base Anonymous-IP. Vide : la base de pays DB-IP fournie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>Avertir quand une base a plus de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>Les données de pays dérivent quand des blocs d'adresses changent de mains ; les bases anciennes sont signalées.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>Dossier d'état</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>Où sont gardés la file d'envoi et le journal d'audit. Vide : le dossier d'état de l'utilisateur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>Garder les entrées d'audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>Les entrées plus anciennes sont supprimées. 0 les garde toujours.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>Le service de réunion.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>Service de référence</translation>
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
            <translation>URL de base</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>Racine d'API de remplacement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>ID de la réunion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>La réunion à rejoindre.</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>présent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>parti</translation>
        </message>
    </context>
</TS>