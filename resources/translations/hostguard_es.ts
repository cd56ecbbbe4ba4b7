<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>Acerca de HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}, generada el {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>Vea desde dónde se conectan los participantes, previsualice reglas geográficas, aplíquelas con una salvaguarda y conserve un registro de auditoría.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>Bases de datos GeoIP en uso:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): la base de datos de países incluida.</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>Decisiones por acción</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>Aún no hay nadie que previsualizar</translation>
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
            <translation>Aplicar reglas a la reunión</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>mover a la sala de espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>expulsar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>expulsar y bloquear</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>Quienes se unan desde {countries} también pueden ser rechazados por la propia política de países de la reunión en {service}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>El servicio</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>Se actuará sobre %n participante ({actions}) de {total} en la reunión.</numerusform>
                <numerusform>Se actuará sobre %n participantes ({actions}) de {total} en la reunión.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>nada que enviar</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>%n participante marcado solo se resalta; no se envía nada.</numerusform>
                <numerusform>%n participantes marcados solo se resaltan; no se envía nada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>Salvaguarda: </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>No se podrá deshacer después:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}: {why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>Participantes que debe gestionar usted en el cliente de la reunión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>Entiendo que esto afecta al {share:.0%} de la reunión</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>Aplicar a %n participante</numerusform>
                <numerusform>Aplicar a %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>Aplicar las decisiones</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>Desde que se abrió este diálogo: {joined} se unieron, {left} se fueron. Aplicar actúa sobre los participantes contados arriba; los demás los decide la aplicación automática o la próxima vez que aplique.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>Hora (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>(predeterminado o exento)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}: cualquiera</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>Buscar en el registro de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>Buscar nombre, motivo, país…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>Limitar a un intervalo de tiempo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>Inicio del intervalo (UTC)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>Fin del intervalo (UTC)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>Recargar el registro de auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>Exportar las filas mostradas como CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>Exportar &amp;JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>Exportar las filas mostradas como JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>Re&amp;admitir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>Readmitir al participante seleccionado (deshacer)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>Exportar las entradas de esta &amp;persona…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>Exportar todas las entradas del participante seleccionado</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>No se pudo leer el registro de auditoría: {error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>{n} de {total} entradas mostradas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>Entradas: {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>Exportar el registro de auditoría como {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>Entradas exportadas a {file}: {n}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>Falló la exportación: {error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>Este servicio no puede volver a admitir a nadie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>Seleccione a alguien que fue movido o expulsado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>Exportar las entradas de esta persona</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>Se exportaron {n} entradas sobre {who} a {file}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>No se pudo readmitir a {name}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>Readmisión de {name} en cola; la tabla mostrará el resultado cuando se resuelva.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}: {count} de {total} en la reunión ({share:.1%})</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>Desglose por país</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>Personas en la reunión por país; haga clic en un país, o pulse Intro sobre él, para filtrar la lista</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>Servicio de referencia</translation>
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
            <translation>ID o UUID de la reunión; para un seminario web: webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>número de reunión, ID de serie o ID de instancia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>raíz de la API, p. ej. http://127.0.0.1:8765 (obligatorio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>opcional: sirve BASE/v2/… y BASE/oauth/token en lugar de los servidores de Zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>opcional: sirve BASE/v1/… y BASE/analytics/v1/… en lugar de los servidores de Webex</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>Conectar a una reunión</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>Servicio de reuniones</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>URL base</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>ID de la reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>&amp;Servicio:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>&amp;URL base:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>ID de la &amp;reunión:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>Comprobando el llavero…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>Prueba de conexión en curso</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>Guardar y conectar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{field} de {service}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>déjelo vacío para conservar el guardado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>opcional: para analíticas (direcciones); si no, se usa el token de acceso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>No se pudo comprobar el llavero ({error}); los secretos se guardarán solo durante esta sesión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation> Los secretos que introduzca se guardan solo durante esta sesión, nunca en un archivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>Introduzca primero el ID de la reunión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>Falló la conexión: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>El servicio de referencia necesita su URL base (la raíz de la API).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>Introduzca el ID de la reunión.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>No se guardó nada: {error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>Buscar por nombre o código, p. ej. China o CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>Buscar países</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>Mostrar solo los seleccionados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>Mostrar solo los países seleccionados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>Borrar los países seleccionados</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>Seleccionados: {codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>Ningún país seleccionado: escriba un nombre y pulse Intro, o marque las casillas</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>Elegir países</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label} ({type}), creada el {date}, hace %n día</numerusform>
                <numerusform>{label} ({type}), creada el {date}, hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — con más de %n día, conviene actualizarla</numerusform>
                <numerusform>{database} — con más de %n días, conviene actualizarla</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>resuelto: la base de datos sitúa esta dirección en un país.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>desconocido (no está en la base de datos): una dirección pública que la base de datos no cubre: el país es desconocido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>red privada: una dirección de red privada (LAN, interna de una VPN, NAT de operador): no dice nada de dónde está la persona, así que el país es desconocido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>sin dirección: el servicio de reuniones no informó ninguna dirección para esta persona: el país es desconocido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>dirección no válida: el servicio informó algo que no es una dirección IP: el país es desconocido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>regiones: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>ciudad: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>país de registro: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>país representado: {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>Deducción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>Indicadores de red</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>Otros datos de ubicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>Detalles del participante</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>Seleccione un participante para ver los indicios de su país y de la decisión.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>Readmitir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>Readmitir al participante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>Admitir a esta persona desde la sala de espera (deshacer), si el servicio lo permite</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>Volver a cargar los indicios</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>Cargando los indicios…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>No se pueden mostrar los indicios: el motor de HostGuard no respondió (puede estar reiniciándose). Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>Este participante ya no figura en la lista, así que no hay indicios que mostrar.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country} ({code}, continente {continent})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>desconocido (sin país en la base de datos): {note}. El país es desconocido.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>sin dirección</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>no consultada (sin dirección pública)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>red anycast (la ubicación puede ser cualquiera)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>no anycast</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>anonimizador: {kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — regla «{rule}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — exento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — predeterminado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>nada que enviar</translation>
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
            <translation>Salvaguarda</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>Participantes afectados por regla</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>Detener la sincronización y salir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>&amp;Buscar participante…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>Buscar en la lista por nombre, correo, país, dirección o decisión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>&amp;Quitar filtros</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>Mostrar a todos de nuevo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>&amp;Conectar a una reunión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>Elegir servicio y reunión, guardar las credenciales en el llavero y probar la conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>Abrir el evento de &amp;demostración</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>Un evento simulado en este equipo; no hace falta cuenta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>Reglas y &amp;vista previa</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>Escribir reglas y ver a quién afectan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>&amp;Vista previa de reglas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>Volver a calcular a quién afectan ahora las reglas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>&amp;Aplicar reglas…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>Enviar las decisiones de las reglas al servicio de reuniones (pide confirmación)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>&amp;Registro de auditoría…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>&amp;Aplicar las reglas a quienes se unan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>Decidir y actuar sobre cada persona al unirse (una avalancha por encima del límite de la salvaguarda queda retenida hasta que usted decida); se recuerda para esta reunión</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>&amp;Deshacer la última aplicación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>Admitir desde la sala de espera, desbloquear y restaurar la política de países que cambió la última aplicación (pregunta antes y dice qué no se puede deshacer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>&amp;Olvidar esta reunión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>Eliminar lo que HostGuard guarda de esta reunión (cola de salida, auditoría, estado), tras ofrecer exportar el registro de auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>&amp;Acerca de HostGuard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>Buscar nombre, correo, país, dirección, decisión…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>Buscar en la lista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>Filtro rápido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>Quitar el filtro de país</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>Conecte HostGuard a una reunión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard muestra desde dónde se conectan sus participantes, le permite escribir reglas geográficas, muestra exactamente a quién afectan y las aplica a través del servicio de reuniones, con una salvaguarda para no actuar sobre demasiada gente a la vez.

Elija dónde está su reunión:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>Servicio de referencia…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>Un servicio que habla la API de referencia de HostGuard: necesita su dirección y un token de API.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Una app OAuth de servidor a servidor (ID de cuenta, ID de cliente, secreto de cliente). Zoom no puede expulsar a quien ya está en la reunión; HostGuard lo avisa antes de aplicar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Un token de acceso de Webex. Las direcciones aparecen tras el retraso de análisis de Webex.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>Probar la demo (sin cuenta)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>Un evento simulado en este equipo, con gente que se une en directo y reglas de ejemplo cargadas pero sin aplicar.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>Desglose por país</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>Detalles del participante</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>&amp;Reglas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>Acciones retenidas</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>Actuar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>Ejecutar las acciones retenidas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>Dejar de aplicar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>No ejecutar las acciones retenidas y dejar de aplicar las reglas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>Más herramientas</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>Aplicación a quienes se unan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>Últimas acciones</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>Cupo de solicitudes</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>Iniciando el evento simulado…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>Conectando a la reunión {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>No se pudo conectar: {msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}: conectando…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>Demo: reglas de ejemplo cargadas, sin aplicar (vea Reglas).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>Conectado a {service_title}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}: reiniciando el motor…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>El motor se detuvo; se está reiniciando. Las acciones en cola se conservan y se reanudan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>El motor se reinició; las acciones en cola se reanudan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}: motor detenido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>El motor se detuvo y no pudo reiniciarse. Vuelva a conectarse desde Archivo → Conectar a una reunión.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}: conectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}: conectando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation> (simulacro)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>Se perdió la conexión con {service}: {state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>Conectado de nuevo a {service}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>Pendientes {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>Aplicadas {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>Fallidas {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>No admitidas {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>Manuales {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>Límite de solicitudes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>Problemas del servicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>: en pausa {seconds:.0f} s</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>Aplicación automática retenida: {message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>Aplicar las reglas a quienes se unan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>No se pudo cambiar: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>Ahora las reglas se aplican a cada persona en cuanto se une.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>%n acción retenida descartada.</numerusform>
                <numerusform>%n acciones retenidas descartadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>Pulse o use Ctrl+E para cambiar</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>Aplicación en pausa: la salvaguarda de avalanchas retiene %n acción.</numerusform>
                <numerusform>Aplicación en pausa: la salvaguarda de avalanchas retiene %n acciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n retenida</numerusform>
                <numerusform>%n retenidas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>No se envió nada: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>Actuando sobre %n participante retenido; vea la columna Sincronización.</numerusform>
                <numerusform>Actuando sobre %n participantes retenidos; vea la columna Sincronización.</numerusform>
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
            <translation>Última: {what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>{total} en la reunión (conectados o en espera) de {everyone} en la lista. Haga clic en un país para filtrar la lista.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>Participantes: {everyone}; en la reunión: {total}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n mostrado</numerusform>
                <numerusform>%n mostrados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>Mostrar todos los países de nuevo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>Calculando primero la vista previa; pulse Aplicar cuando aparezca.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>Las reglas tienen errores</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>Corrija los errores del editor de reglas antes de aplicar.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>Aplicando…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>Salvaguarda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>No se aplicó nada: {message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>Error al aplicar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>No se aplicó nada: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>Nada que enviar: todos ya están como dicen las reglas.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>%n acción en cola</numerusform>
                <numerusform>%n acciones en cola</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>; {n} ya hechas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>; {n} no admitidas por este servicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>; {n} requieren un paso manual</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>. Observe la columna Sincronización.</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>Deshacer la última aplicación</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>No se pudo leer qué hizo la última aplicación: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>Deshaciendo la última aplicación…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>No se deshizo nada: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>Deshacer: %n acción en cola</numerusform>
                <numerusform>Deshacer: %n acciones en cola</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>; {n} no se pudieron deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>; política de países: {policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>; política de países no restaurada: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>Olvidar esta reunión</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>¿Eliminar todo lo que HostGuard guarda en este equipo sobre la reunión {meeting}: su cola de salida, su registro de auditoría y su estado? Primero se cierra la conexión con la reunión. No se puede deshacer.

Exporte antes el registro de auditoría para conservar una copia.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>Exportar y luego olvidar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>Olvidar sin exportar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>Olvidando la reunión {meeting}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>La reunión {meeting} no se olvidó: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>Reunión {meeting} olvidada: {what}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>El registro de auditoría ({n} entradas) se exportó a {file}.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>Restaurar la política de la reunión</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>¿Restaurar la política de países que tenía la reunión antes de que HostGuard la cambiara?

Cambio de HostGuard: {policy}

Las personas de los países que bloquean sus reglas podrán volver a unirse; las reglas seguirán decidiendo sobre ellas una vez dentro.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>No se cambió nada: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>Readmitir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>No se pudo readmitir: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>Readmisión en cola; observe la columna Sincronización.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>Las reglas se aplican ahora automáticamente a quienes se unan.</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>Ya no se actúa automáticamente sobre quienes se unan; pulse Aplicar para actuar.</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>Aplicando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>Sin aplicar</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation> Recargando las bases de datos…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>No se pudo abrir la nueva base de datos ({error}); se sigue usando la anterior.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>La nueva base de datos está en uso; se volvió a decidir sobre todos con ella.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>Registro de auditoría — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>Aplicación en pausa</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>La salvaguarda de avalanchas retiene %n acción: ejecútela o deje de aplicar.</numerusform>
                <numerusform>La salvaguarda de avalanchas retiene %n acciones: ejecútelas o deje de aplicar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>Acciones fallidas</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>Falló %n acción; vea la columna Sincronización.</numerusform>
                <numerusform>Fallaron %n acciones; vea la columna Sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>Las reglas actuaron</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>El servicio confirmó %n acción de las reglas.</numerusform>
                <numerusform>El servicio confirmó %n acciones de las reglas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>Conexión perdida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>Se perdió la conexión con el servicio de reuniones: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>Se perdió la conexión con el servicio de reuniones.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>Ninguna regla coincidió (predeterminado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>Exentos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule} (desactivada)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule} (solo informar)</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} coinciden, nadie afectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>{n} por tratar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>, {n} hechos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n} ({changed} cambian)</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>Escriba o cargue reglas para previsualizarlas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>Veredicto de la salvaguarda</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>Regla / participante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>Afectados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Cambian</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Hechos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>Participantes presentes sobre los que decide esta regla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>Decidido de forma distinta a lo que se muestra ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>Ya en ese estado, o ya enviado al servicio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>A quién afecta cada regla</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>&amp;Actualizar vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>Actualizar la vista previa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>&amp;Aplicar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>Aplicar estas decisiones a la reunión</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>Falló la vista previa: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>Salvaguarda: </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>Barra: se movería o expulsaría al {share:.0%} de los participantes no exentos; línea: el límite de la salvaguarda, {limit:.0%}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>Participantes: {total}. Para enviar: {sends}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> {released} ahora movidos o expulsados dejarían de estarlo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>  (país desconocido)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>nuevo (ahora {action})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>ya tratado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>… y {n} más</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>{n} participantes (abra para verlos)</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>En la reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>Se moverían o expulsarían</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>Marcados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>Sincronización pendiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>Sincronización fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>No admitido por el servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>En la sala de espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>Expulsados o bloqueados</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>país desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>país conocido</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>inactiva hasta las {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>terminó a las {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>activa hasta las {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>desactivada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>activa hasta que termine la reunión</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>Roles exentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>Continentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>Anonimizadores</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>Reglas, en el orden en que se prueban</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>&amp;Añadir regla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>Añadir una regla al final</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>Eliminar la regla seleccionada (Supr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>Subir la regla seleccionada (Alt+Arriba)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>Bajar la regla seleccionada (Alt+Abajo)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>Reglas (decide la primera que coincide):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>Regla seleccionada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>Nombre de la regla</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>Acción de la regla</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>Activada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>Regla activada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>Solo informar (contar coincidencias, nunca actuar)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>La regla solo informa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>Una regla de solo informe se evalúa y cuenta como cualquier otra, pero nunca actúa; decide la primera regla que coincida debajo de ella</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>Activa desde (hora RFC 3339 con desfase)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>p. ej. 2026-06-04T12:00:00+08:00 (vacío: desde el inicio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>Activa hasta (hora RFC 3339 con desfase)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>p. ej. 2026-06-04T20:00:00+08:00 (vacío: sin fin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>Hasta que termine la reunión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>Regla activa hasta que termine la reunión</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>Países (códigos ISO)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>Países fuera de (estilo lista de permitidos)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name} (código {code} en los archivos de reglas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>Continente {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>Condición de país desconocido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>«país desconocido» coincide con quienes no se pudo deducir el país (no está en la base, red privada o sin dirección)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>Condiciones avanzadas (regiones, redes, números AS, anonimizadores)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>Mostrar condiciones avanzadas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>Regiones (ISO 3166-2, p. ej. US-CA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>Números AS, p. ej. 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>Redes (CIDR, p. ej. 203.0.113.0/24)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>Regiones:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>Números AS:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>Redes:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>Anonimizadores:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>A&amp;cción:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>Modo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>Activa desde:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>Activa hasta:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>Condiciones (deben cumplirse todas las indicadas; una lista coincide con cualquiera de sus elementos):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>Países:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>Excepto países:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>Continentes:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>Desconocido:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>Todos los demás, la salvaguarda y las exenciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>Acción predeterminada si ninguna regla coincide</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>Mayor proporción de la reunión sobre la que actuar a la vez, en porcentaje</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share: actuar a la vez sobre una proporción mayor de participantes no exentos requiere una confirmación explícita</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>El anfitrión siempre está exento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>Patrones de correo exentos, separados por comas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>Acción predeterminada:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>Límite de la salvaguarda:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>Roles exentos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>Correos exentos:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>Problemas en las reglas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>Problemas en el archivo no importado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>Descartar el mensaje de importación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>Importar reglas de un archivo TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>Exportar las reglas a un archivo TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>Empezar desde una &amp;plantilla…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>Empezar desde una plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>Sustituir las reglas por un punto de partida con nombre para editarlo (no se aplica nada)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>p. ej. CN, HK (o elija…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>Elegir de una lista: {field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>{name} no se importó: %n error. Sus reglas actuales no cambian.</numerusform>
                <numerusform>{name} no se importó: %n errores. Sus reglas actuales no cambian.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>{name} importado con %n advertencia.</numerusform>
                <numerusform>{name} importado con %n advertencias.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>No se pudo escribir {file}: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>%n regla exportada a {file}</numerusform>
                <numerusform>%n reglas exportadas a {file}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>No se pudo abrir la plantilla: {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>Se partió de la plantilla «{title}»: edítela y luego expórtela o aplíquela.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>solo informar</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>{now} coinciden ahora, {seen} informados, nadie afectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>{now} coinciden ahora, {acted} con acción</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>%n problema: las reglas no se usan hasta corregirlo.</numerusform>
                <numerusform>%n problemas: las reglas no se usan hasta corregirlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n regla, válida.</numerusform>
                <numerusform>%n reglas, válidas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>Corrija los problemas indicados abajo antes de exportar.</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>Sala de espera para ubicaciones desconocidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>Solo países invitados; desconocidos marcados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>Bloquear salidas de Tor (requiere una base Anonymous-IP)</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>Sin reglas: todos reciben la acción predeterminada.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>Importar reglas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>Archivos de reglas (*.toml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>Exportar reglas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>Archivos de reglas (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>ID del participante</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>Lo que este servicio de reuniones puede y no puede hacer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>Roles que este servicio de reuniones no informa</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>Copiar los &amp;correos de los anfitriones alternativos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>Copiar las direcciones de correo de los anfitriones alternativos de la reunión, para eximirlos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>Expulsar manualmente en el cliente de Zoom</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>Copiar &amp;nombres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>Copiar los nombres que hay que expulsar a mano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>Copiar &amp;ID</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>Copiar los ID de participante que hay que expulsar a mano</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>Restaurar la &amp;política anterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>Restaurar la política de países anterior de la reunión</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard cambió la política propia de esta reunión: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>Expulsar manualmente en el cliente de Zoom: %n participante</numerusform>
                <numerusform>Expulsar manualmente en el cliente de Zoom: %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>Expulsar manualmente en el cliente de Zoom: nadie por ahora</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} no puede mover a la sala de espera a quien ya está en la reunión: %n participante queda en la lista para que lo mueva usted en el cliente de {service}.</numerusform>
                <numerusform>{service} no puede mover a la sala de espera a quien ya está en la reunión: %n participantes quedan en la lista para que los mueva usted en el cliente de {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} no puede expulsar a quien ya está en la reunión: %n participante queda en la lista para que lo expulse usted en el cliente de {service}.</numerusform>
                <numerusform>{service} no puede expulsar a quien ya está en la reunión: %n participantes quedan en la lista para que los expulse usted en el cliente de {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} no puede bloquear (expulsar e impedir que vuelvan): %n participante queda en la lista para que lo expulse y bloquee usted en el cliente de {service}.</numerusform>
                <numerusform>{service} no puede bloquear (expulsar e impedir que vuelvan): %n participantes quedan en la lista para que los expulse y bloquee usted en el cliente de {service}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} no puede {action}: %n participante queda en la lista para que lo gestione usted en el cliente de {service}.</numerusform>
                <numerusform>{service} no puede {action}: %n participantes quedan en la lista para que los gestione usted en el cliente de {service}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>Configuración de HostGuard</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>En uso ahora:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>Bases de datos GeoIP en uso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>Creada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>Antigüedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>&amp;Actualizar la base de datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>Descargar una base de datos GeoIP más reciente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>Progreso de la descarga</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>No disponible aquí</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>No se pudieron leer las bases de datos: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation> (incluida)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} días</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — desactualizada, conviene actualizarla</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>Falló la actualización: {error}. La base de datos actual no cambia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>Actualizada.</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>admitir desde la sala de espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>desbloquear</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>Deshacer la última aplicación</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>Nada de la última aplicación se puede deshacer.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>Se deshará %n acción de la última aplicación.</numerusform>
                <numerusform>Se desharán %n acciones de la última aplicación.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>Lo que se deshará</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>Se restaura la política de países de la reunión: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>%n acción no se puede deshacer:</numerusform>
                <numerusform>%n acciones no se pueden deshacer:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>Lo que no se puede deshacer y por qué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}: {why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>Deshacer la última aplicación</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>Elegir {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>Elegir una carpeta</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>, un archivo por línea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>Añadir a {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>Elegir bases de datos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard: error inesperado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard registró los detalles. Sus reglas y la cola de envío están guardadas; puede seguir trabajando o salir y volver a empezar.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>Algo salió mal en el hilo {thread}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>Algo salió mal: {error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>Permitir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Marcar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>Sala de espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Expulsar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>Bloquear</translation>
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
            <translation>alojamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>proxy público</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>proxy residencial</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>token de API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>ID de cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>ID de cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>secreto de cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>token de acceso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>token de administrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>clave de licencia</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>{acting} de {eligible} participantes no exentos ({share}) serían movidos o expulsados; dentro del límite de {limit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>{acting} de {eligible} participantes no exentos ({share}) serían movidos o expulsados, por encima del límite de {limit} (max_action_share): confirme para continuar</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>anfitrión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>coanfitrión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>panelista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>asistente</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Indicios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>Desconocido (no está en la base de datos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>Red privada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>Sin dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>Dirección no válida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>Aplicado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Falló</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>No admitido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>No enviado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action} (exento)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action} (predeterminado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>representa a {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>anycast</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>en {country}, según {database} {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>país desconocido (dirección no encontrada en {database} {month})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>país desconocido ({note})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>país desconocido (dirección de red privada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>país desconocido (se informó una dirección no válida)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>país desconocido (no se informó ninguna dirección)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>regla «{rule}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>ninguna regla coincide; predeterminado: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>exento (rol: {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>exento (el correo coincide con {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>dirección en {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>señalado: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>región: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>rol: {value}</translation>
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
            <translation>Aún no enviado: pulse Aplicar (o active la aplicación automática a quienes se unan, en Configuración).</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>Evento de demostración (simulado)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>Actualizar descarga la base de datos de países gratuita de DB-IP de este mes (db-ip.com, CC BY 4.0), la comprueba y la usa en la reunión abierta; el archivo sustituido se conserva para volver atrás.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>Bases de datos GeoIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>Almacenamiento y auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>Aplicar las reglas automáticamente a quienes se unan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>Si está activado, las decisiones sobre quienes se unan después de aplicar las reglas se envían sin preguntar, mientras se respete el límite de la salvaguarda (max_action_share); por encima, HostGuard se detiene y pregunta. Desactivado de forma predeterminada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>Avisarme cuando una regla actúe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>Una notificación de escritorio cada vez que el servicio confirma acciones de las reglas. Las acciones retenidas, los fallos y la pérdida de conexión se notifican siempre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>El idioma de la ventana. Se aplica cuando HostGuard se vuelve a iniciar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>Intervalo de actualización de la lista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>Cada cuánto se vuelve a obtener la lista completa de participantes cuando el servicio no envía eventos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>Archivos de base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>Archivos MaxMind DB que usar: una base de países o de ciudades y, opcionalmente, una ASN y una Anonymous-IP. Vacío: la base de países DB-IP incluida.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>Avisar cuando una base tenga más de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>Los datos de países cambian cuando los bloques de direcciones cambian de manos; se marcan las bases antiguas.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>Carpeta de estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>Dónde se guardan la cola de envío y el registro de auditoría. Vacío: la carpeta de estado del usuario.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>Conservar las entradas de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>Las entradas más antiguas se eliminan. 0 las conserva para siempre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>El servicio de reuniones.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>Servicio de referencia</translation>
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
            <translation>URL base</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>Raíz de la API alternativa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>ID de la reunión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>La reunión a la que conectarse.</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>conectado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>expulsado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>bloqueado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>se fue</translation>
        </message>
    </context>
</TS>