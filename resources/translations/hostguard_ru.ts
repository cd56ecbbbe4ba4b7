<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>О программе HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}, собрана {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>Смотрите, откуда подключаются участники, проверяйте географические правила, применяйте их с ограничителем и ведите журнал аудита.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>Используемые базы GeoIP:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): встроенная база стран.</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>Решения по действиям</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>Пока некого показать</translation>
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
            <translation>Применить правила к встрече</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>перевести в зал ожидания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>удалить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>удалить и заблокировать</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>Новых участников из {countries} также может отклонять собственная политика стран встречи в {service}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>Сервис</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>Будут обработаны участники: %n ({actions}) из {total} на встрече.</numerusform>
                <numerusform>Будут обработаны участники: %n ({actions}) из {total} на встрече.</numerusform>
                <numerusform>Будут обработаны участники: %n ({actions}) из {total} на встрече.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>нечего отправлять</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>Отмеченные участники (%n) только выделяются; ничего не отправляется.</numerusform>
                <numerusform>Отмеченные участники (%n) только выделяются; ничего не отправляется.</numerusform>
                <numerusform>Отмеченные участники (%n) только выделяются; ничего не отправляется.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>Ограничитель: </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>Нельзя будет отменить:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}: {why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>Участники, которых нужно обработать вручную в клиенте встречи</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>Я понимаю, что это затронет {share:.0%} встречи</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>Применить к участникам: %n</numerusform>
                <numerusform>Применить к участникам: %n</numerusform>
                <numerusform>Применить к участникам: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>Применить решения</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>С момента открытия окна: вошли — {joined}, вышли — {left}. Применение затрагивает участников, учтённых выше; об остальных решит автоматическое применение или следующее применение.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>Время (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>(по умолчанию или исключение)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}: все</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>Поиск в журнале аудита</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>Поиск: имя, причина, страна…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>Ограничить периодом</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>Начало периода (UTC)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>Конец периода (UTC)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>Перезагрузить журнал аудита</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>Экспорт &amp;CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>Экспортировать показанные строки в CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>Экспорт &amp;JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>Экспортировать показанные строки в JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>Впустить с&amp;нова</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>Снова впустить выбранного участника (отмена)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>Экспорт записей этого &amp;человека…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>Экспортировать все записи о выбранном участнике</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>Не удалось прочитать журнал аудита: {error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>Показано записей: {n} из {total}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>Записей: {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>Экспорт журнала аудита в {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>Экспортировано записей в {file}: {n}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>Ошибка экспорта: {error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>Этот сервис не может впускать повторно</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>Выберите того, кого перемещали или удаляли</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>Экспорт записей этого человека</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>Записей о {who} экспортировано в {file}: {n}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>Не удалось снова впустить {name}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>Повторный вход {name} поставлен в очередь; таблица покажет итог, когда он станет известен.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>Людей</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}: {count} из {total} на встрече ({share:.1%})</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>Распределение по странам</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>Участники встречи по странам; щёлкните страну или нажмите на ней Enter, чтобы отфильтровать список</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>Эталонный сервис</translation>
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
            <translation>ID или UUID встречи; для вебинара: webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>номер встречи, ID серии или ID экземпляра</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>корень API, напр. http://127.0.0.1:8765 (обязательно)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>необязательно: BASE/v2/… и BASE/oauth/token вместо серверов Zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>необязательно: BASE/v1/… и BASE/analytics/v1/… вместо серверов Webex</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>Подключение к встрече</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>Сервис встреч</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>Базовый URL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>ID встречи</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>&amp;Сервис:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>Базовый &amp;URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>ID &amp;встречи:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>Проверка связки ключей…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>Идёт проверка подключения</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>Сохранить и подключиться</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>Учётные данные</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{service}: {field}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>оставьте пустым, чтобы сохранить прежнее</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>необязательно: для аналитики (адреса); иначе используется токен доступа</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>Не удалось проверить связку ключей ({error}); секреты будут храниться только в этом сеансе.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation> Введённые секреты хранятся только в этом сеансе и никогда не записываются в файл.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>Сначала введите ID встречи.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>Ошибка подключения: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>Эталонному сервису нужен базовый URL (корень API).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>Введите ID встречи.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>Ничего не сохранено: {error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>Поиск по названию или коду, напр. Китай или CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>Поиск стран</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>Только выбранные</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>Показать только выбранные страны</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>Снять выбор стран</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>Выбрано: {codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>Страна не выбрана: введите название и нажмите Enter или отметьте флажки</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>Выбор стран</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label} ({type}), создана {date}, %n день назад</numerusform>
                <numerusform>{label} ({type}), создана {date}, %n дня назад</numerusform>
                <numerusform>{label} ({type}), создана {date}, %n дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — старше %n дня, стоит обновить</numerusform>
                <numerusform>{database} — старше %n дней, стоит обновить</numerusform>
                <numerusform>{database} — старше %n дней, стоит обновить</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>определено: база данных относит этот адрес к стране.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>неизвестно (нет в базе): публичный адрес, которого нет в базе данных, поэтому страна неизвестна.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>частная сеть: адрес частной сети (LAN, внутренний адрес VPN, NAT оператора): он ничего не говорит о том, где находится человек, поэтому страна неизвестна.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>адрес не сообщён: сервис встреч не сообщил адрес этого человека, поэтому страна неизвестна.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>недопустимый адрес: сервис сообщил то, что не является IP-адресом, поэтому страна неизвестна.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>регионы: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>город: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>страна регистрации: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>представляемая страна: {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>Признаки сети</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>Другие данные о местоположении</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>Сведения об участнике</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>Выберите участника, чтобы увидеть основания для страны и решения.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>Впустить снова</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>Впустить участника снова</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>Впустить этого человека из зала ожидания (отмена), если сервис позволяет</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>Загрузить основания снова</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>Загрузка оснований…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>Основания нельзя показать: движок HostGuard не ответил (возможно, он перезапускается). Повторите попытку чуть позже.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>Этого участника больше нет в списке, поэтому показать нечего.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country} ({code}, континент {continent})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>неизвестно (в базе данных нет страны): {note}. Страна неизвестна.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>адрес не сообщён</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>не использовалась (нет публичного адреса)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>сеть anycast (местоположение может быть любым)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>не anycast</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>анонимайзер: {kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — правило «{rule}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — исключение</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — по умолчанию</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>нечего отправлять</translation>
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
            <translation>Ограничитель</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>Затронутые участники по правилам</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>Остановить синхронизацию и выйти</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>&amp;Найти участника…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>Поиск в списке по имени, почте, стране, адресу или решению</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>&amp;Сбросить фильтры</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>Снова показать всех</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>&amp;Подключиться к встрече…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>Выбрать сервис и встречу, сохранить учётные данные в связке ключей и проверить подключение</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>Открыть &amp;демо-мероприятие</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>Симуляция мероприятия на этом компьютере; учётная запись не нужна</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>&amp;Список</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>П&amp;равила и просмотр</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>Написать правила и посмотреть, кого они затронут</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>&amp;Просмотр правил</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>Пересчитать, кого сейчас затрагивают правила</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>П&amp;рименить правила…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>Отправить решения правил в сервис встреч (с подтверждением)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>&amp;Журнал аудита…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>&amp;Применять правила к новым участникам</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>Решать и действовать по каждому участнику сразу при входе (наплыв сверх ограничителя задерживается до вашего решения); запоминается для этой встречи</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>&amp;Отменить последнее применение…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>Впустить из зала ожидания, разблокировать и вернуть политику стран, изменённую последним применением (сначала спрашивает и называет, что отменить нельзя)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>&amp;Забыть эту встречу…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>Удалить то, что HostGuard хранит об этой встрече (очередь отправки, аудит, состояние), предложив сначала экспортировать журнал аудита</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>&amp;О программе HostGuard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>Поиск: имя, почта, страна, адрес, решение…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>Поиск в списке</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>Быстрый фильтр</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>Сбросить фильтр страны</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>Подключите HostGuard к встрече</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard показывает, откуда подключаются участники, позволяет писать географические правила, точно показывает, кого они затронут, и применяет их через сервис встреч — с ограничителем, который не даёт действовать сразу на слишком большую часть встречи.

Выберите, где проходит ваша встреча:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>Эталонный сервис…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>Сервис с эталонным API HostGuard: нужны его адрес и API-токен.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Приложение Server-to-Server OAuth (ID аккаунта, ID клиента, секрет клиента). Zoom не может удалить того, кто уже на встрече; HostGuard предупредит об этом перед применением.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Токен доступа Webex. Адреса появляются после задержки аналитики Webex.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>Попробовать демо (без учётной записи)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>Симуляция мероприятия на этом компьютере: люди подключаются вживую, примеры правил загружены, но не применены.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>Распределение по странам</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>Сведения об участнике</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>П&amp;равила</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>Главная панель инструментов</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>Задержанные действия</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>Выполнить</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>Выполнить задержанные действия</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>Прекратить применение</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>Не выполнять задержанные действия и прекратить применение</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>Другие инструменты</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>Применение к новым участникам</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>Последние действия</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>Нет подключения</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>Состояние синхронизации</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>Лимит запросов</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>Запуск симуляции…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>Подключение к встрече {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>Не удалось подключиться: {msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}: подключение…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>Демо: примеры правил загружены, не применены (см. «Правила»).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>Подключено к {service_title}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}: перезапуск движка…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>Движок остановился; он запускается снова. Действия в очереди сохранены и будут продолжены.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>Движок снова запущен; действия в очереди продолжаются.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}: движок остановлен</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>Движок остановился, и его не удалось запустить снова. Подключитесь заново: Файл → Подключиться к встрече.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}: подключено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}: подключение…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation> (пробный запуск)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>Соединение с {service} потеряно: {state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>Снова подключено к {service}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>Ожидают {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>Применено {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>Ошибок {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>Не поддерживается {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>Вручную {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>Ограничение частоты</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>Сбой сервиса</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>: пауза {seconds:.0f} с</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>Автоприменение приостановлено: {message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>Применять правила к новым участникам</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>Не удалось переключить: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>Теперь правила применяются к новым участникам сразу при входе.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>Отменено задержанных действий: %n.</numerusform>
                <numerusform>Отменено задержанных действий: %n.</numerusform>
                <numerusform>Отменено задержанных действий: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>Щёлкните или нажмите Ctrl+E для переключения</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>Применение приостановлено: задержано ограничителем наплыва действий: %n.</numerusform>
                <numerusform>Применение приостановлено: задержано ограничителем наплыва действий: %n.</numerusform>
                <numerusform>Применение приостановлено: задержано ограничителем наплыва действий: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>Задержано: %n</numerusform>
                <numerusform>Задержано: %n</numerusform>
                <numerusform>Задержано: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>Ничего не отправлено: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>Обработка задержанных участников: %n; следите за столбцом «Синхронизация».</numerusform>
                <numerusform>Обработка задержанных участников: %n; следите за столбцом «Синхронизация».</numerusform>
                <numerusform>Обработка задержанных участников: %n; следите за столбцом «Синхронизация».</numerusform>
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
            <translation>Последнее: {what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>На встрече {total} (вошли или ожидают) из {everyone} в списке. Щёлкните страну, чтобы отфильтровать список.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>Участников: {everyone}, на встрече: {total}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} из {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>Показано: %n</numerusform>
                <numerusform>Показано: %n</numerusform>
                <numerusform>Показано: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>Снова показать все страны</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>Сначала рассчитывается просмотр; нажмите «Применить», когда он появится.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>В правилах ошибки</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>Исправьте ошибки, показанные в редакторе правил, перед применением.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>Применение…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>Ограничитель</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>Ничего не применено: {message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>Не удалось применить</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>Ничего не применено: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>Нечего отправлять: все уже в том состоянии, которое задают правила.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>Поставлено в очередь действий: %n</numerusform>
                <numerusform>Поставлено в очередь действий: %n</numerusform>
                <numerusform>Поставлено в очередь действий: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>; уже выполнено: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>; не поддерживается сервисом: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>; требуют ручного шага: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>. Следите за столбцом «Синхронизация».</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>Отменить последнее применение</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>Не удалось прочитать, что сделало последнее применение: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>Отмена последнего применения…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>Ничего не отменено: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>Отмена: поставлено в очередь действий: %n</numerusform>
                <numerusform>Отмена: поставлено в очередь действий: %n</numerusform>
                <numerusform>Отмена: поставлено в очередь действий: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>; не удалось отменить: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>; политика стран: {policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>; политика стран не восстановлена: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>Забыть эту встречу</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>Удалить всё, что HostGuard хранит на этом компьютере о встрече {meeting}: очередь отправки, журнал аудита и состояние? Сначала соединение со встречей закрывается. Это нельзя отменить.

Чтобы сохранить копию, сначала экспортируйте журнал аудита.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>Экспортировать и забыть…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>Забыть без экспорта</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>Встреча {meeting} забывается…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>Встреча {meeting} не забыта: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>Встреча {meeting} забыта: {what}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>Журнал аудита (записей: {n}) экспортирован в {file}.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>Восстановить политику встречи</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>Вернуть политику стран, которая была у встречи до изменения HostGuard?

Изменение HostGuard: {policy}

Люди из стран, которые блокируют ваши правила, смогут снова войти; после входа решения о них по-прежнему принимают правила.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>Ничего не изменено: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>Впустить снова</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>Не удалось впустить снова: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>Повторный вход поставлен в очередь; следите за столбцом «Синхронизация».</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>Теперь правила автоматически применяются к новым участникам.</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>К новым участникам больше не применяется автоматически; нажмите «Применить».</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>Применение: вкл.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>Применение: выкл.</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation> Перезагрузка баз данных…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>Не удалось открыть новую базу ({error}); используется прежняя.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>Используется новая база; решения для всех приняты заново.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>Журнал аудита — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>Применение приостановлено</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>Задержано ограничителем наплыва действий: %n. Выполните их или прекратите применение.</numerusform>
                <numerusform>Задержано ограничителем наплыва действий: %n. Выполните их или прекратите применение.</numerusform>
                <numerusform>Задержано ограничителем наплыва действий: %n. Выполните их или прекратите применение.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>Действия не выполнены</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>Не выполнено действий: %n; см. столбец «Синхронизация».</numerusform>
                <numerusform>Не выполнено действий: %n; см. столбец «Синхронизация».</numerusform>
                <numerusform>Не выполнено действий: %n; см. столбец «Синхронизация».</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>Правила сработали</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>Служба подтвердила действия правил: %n</numerusform>
                <numerusform>Служба подтвердила действия правил: %n</numerusform>
                <numerusform>Служба подтвердила действия правил: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>Соединение потеряно</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>Потеряно соединение со службой встреч: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>Потеряно соединение со службой встреч.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>Ни одно правило не подошло (по умолчанию)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>Исключены</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule} (отключено)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule} (только отчёт)</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>совпадений: {n}, никто не затронут</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>к действию: {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>, выполнено: {n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n} (изменится: {changed})</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>Напишите или загрузите правила для просмотра.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>Вердикт ограничителя</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>Правило / участник</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>Затронуто</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Изменится</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>Присутствующие, о которых решает это правило</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>Решение отличается от показанного сейчас</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>Уже в этом состоянии или уже отправлено в сервис</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>Кого затрагивает каждое правило</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>&amp;Обновить просмотр</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>Обновить просмотр</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>&amp;Применить…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>Применить эти решения к встрече</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>Ошибка просмотра: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>Ограничитель: </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>Полоса: {share:.0%} неисключённых участников будут перемещены или удалены; линия: порог ограничителя, {limit:.0%}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>Участников: {total}. К отправке: {sends}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> {released} сейчас перемещённых или удалённых больше не будут такими.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>  (страна неизвестна)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>новое (сейчас {action})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>уже обработан</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>… и ещё {n}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>Участников: {n} (раскройте для списка)</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>На встрече</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>Будут перемещены или удалены</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>Отмеченные</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>Ожидают синхронизации</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>Ошибка синхронизации</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>Не поддерживается сервисом</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>В зале ожидания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>Удалены или заблокированы</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>любая</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>страна неизвестна</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>страна известна</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>неактивно до {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>завершено в {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>активно до {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>отключено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>активно до конца встречи</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>Исключённые роли</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>Континенты</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>Анонимайзеры</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>Правила в порядке проверки</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>&amp;Добавить правило</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>Добавить правило в конец</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>Удалить выбранное правило (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>&amp;Вверх</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>Переместить выбранное правило вверх (Alt+Вверх)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>Переместить выбранное правило вниз (Alt+Вниз)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>Правила (решает первое совпавшее):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>Выбранное правило</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>Название правила</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>Действие правила</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>Включено</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>Правило включено</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>Только отчёт (считать совпадения, не действовать)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>Правило только для отчёта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>Правило «только отчёт» проверяется и учитывается как любое, но никогда не действует; решает первое совпавшее правило ниже</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>Активно с (время RFC 3339 со смещением)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>напр. 2026-06-04T12:00:00+08:00 (пусто: с начала)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>Активно до (время RFC 3339 со смещением)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>напр. 2026-06-04T20:00:00+08:00 (пусто: без конца)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>До конца встречи</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>Правило активно до конца встречи</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>Страны (коды ISO)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>Страны не из (белый список)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name} (код {code} в файлах правил)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>Континент {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>Условие неизвестной страны</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>«страна неизвестна» — участники, чью страну не удалось определить (нет в базе, частная сеть или нет адреса)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>Дополнительные условия (регионы, сети, номера AS, анонимайзеры)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>Показать дополнительные условия</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>Регионы (ISO 3166-2, напр. US-CA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>Номера AS, напр. 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>Сети (CIDR, напр. 203.0.113.0/24)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>Регионы:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>Номера AS:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>Сети:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>Анонимайзеры:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>&amp;Действие:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>Режим:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>Активно с:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>Активно до:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>Условия (должны выполняться все заданные; список совпадает с любым своим элементом):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>Страны:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>Кроме стран:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>Континенты:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>Неизвестно:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>Роли:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>Все остальные, ограничитель и исключения</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>Действие по умолчанию, если ни одно правило не подошло</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>Наибольшая доля встречи для одновременного действия, в процентах</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share: действие сразу над большей долей неисключённых участников требует явного подтверждения</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>Организатор всегда исключён</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>Исключённые шаблоны почты через запятую</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>Действие по умолчанию:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>Порог ограничителя:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>Исключённые роли:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>Исключённая почта:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>Проблемы в правилах</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>Проблемы в неимпортированном файле</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>Скрыть сообщение об импорте</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>Импортировать правила из файла TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>Экспортировать правила в файл TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>Начать с &amp;шаблона…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>Начать с шаблона</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>Заменить правила именованной заготовкой для правки (ничего не применяется)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>напр. CN, HK (или выберите…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>Выбрать из списка: {field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>{name} не импортирован: ошибок — %n. Текущие правила не изменились.</numerusform>
                <numerusform>{name} не импортирован: ошибок — %n. Текущие правила не изменились.</numerusform>
                <numerusform>{name} не импортирован: ошибок — %n. Текущие правила не изменились.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>{name} импортирован, предупреждений: %n.</numerusform>
                <numerusform>{name} импортирован, предупреждений: %n.</numerusform>
                <numerusform>{name} импортирован, предупреждений: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>Не удалось записать {file}: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>Экспортировано правил в {file}: %n</numerusform>
                <numerusform>Экспортировано правил в {file}: %n</numerusform>
                <numerusform>Экспортировано правил в {file}: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>Не удалось открыть шаблон: {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>Начато с шаблона «{title}»: отредактируйте, затем экспортируйте или примените.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>только отчёт</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>совпадает сейчас: {now}, в отчёте: {seen}, никто не затронут</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>совпадает сейчас: {now}, обработано: {acted}</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>Проблем: %n; правила не используются, пока их не исправят.</numerusform>
                <numerusform>Проблем: %n; правила не используются, пока их не исправят.</numerusform>
                <numerusform>Проблем: %n; правила не используются, пока их не исправят.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>Правил: %n, всё верно.</numerusform>
                <numerusform>Правил: %n, всё верно.</numerusform>
                <numerusform>Правил: %n, всё верно.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>Исправьте перечисленные ниже проблемы перед экспортом.</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>Зал ожидания для неизвестных мест</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>Только приглашённые страны, неизвестные отмечены</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>Заблокировать выходы Tor (нужна база Anonymous-IP)</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>Правил нет: ко всем применяется действие по умолчанию.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>Импорт правил</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>Файлы правил (*.toml);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>Экспорт правил</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>Файлы правил (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>ID участника</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>Что этот сервис встреч может и не может</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>Роли, о которых этот сервис не сообщает</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>Копировать &amp;почту запасных организаторов</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>Скопировать адреса почты запасных организаторов встречи, чтобы их исключить</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>Удалить вручную в клиенте Zoom</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>Копировать &amp;имена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>Скопировать имена для ручного удаления</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>Копировать &amp;ID</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>Скопировать ID участников для ручного удаления</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>Вернуть прежнюю &amp;политику</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>Вернуть прежнюю политику стран для встречи</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard изменил собственную политику этой встречи: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>Удалить вручную в клиенте Zoom, участников: %n</numerusform>
                <numerusform>Удалить вручную в клиенте Zoom, участников: %n</numerusform>
                <numerusform>Удалить вручную в клиенте Zoom, участников: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>Удалить вручную в клиенте Zoom: сейчас никого</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} не может перевести в зал ожидания тех, кто уже на встрече: участников в списке, которых нужно перевести вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может перевести в зал ожидания тех, кто уже на встрече: участников в списке, которых нужно перевести вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может перевести в зал ожидания тех, кто уже на встрече: участников в списке, которых нужно перевести вручную в клиенте {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} не может удалить тех, кто уже на встрече: участников в списке, которых нужно удалить вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может удалить тех, кто уже на встрече: участников в списке, которых нужно удалить вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может удалить тех, кто уже на встрече: участников в списке, которых нужно удалить вручную в клиенте {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} не может блокировать (удалить и запретить возвращение): участников в списке, которых нужно удалить и заблокировать вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может блокировать (удалить и запретить возвращение): участников в списке, которых нужно удалить и заблокировать вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может блокировать (удалить и запретить возвращение): участников в списке, которых нужно удалить и заблокировать вручную в клиенте {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} не может выполнить «{action}»: участников в списке для обработки вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может выполнить «{action}»: участников в списке для обработки вручную в клиенте {service}: %n.</numerusform>
                <numerusform>{service} не может выполнить «{action}»: участников в списке для обработки вручную в клиенте {service}: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>Настройки HostGuard</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>Сейчас используется:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>Используемые базы GeoIP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>Создана</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>&amp;Обновить базу</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>Скачать более новую базу GeoIP</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>Ход загрузки базы</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>Здесь недоступно</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>Не удалось прочитать базы: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation> (встроенная)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>дней: {age}</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — устарела, стоит обновить</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>Ошибка обновления: {error}. Текущая база не изменилась.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>Обновлено.</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>впустить из зала ожидания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>разблокировать</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>Отменить последнее применение</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>Ничего из последнего применения нельзя отменить.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>Будет отменено действий последнего применения: %n.</numerusform>
                <numerusform>Будет отменено действий последнего применения: %n.</numerusform>
                <numerusform>Будет отменено действий последнего применения: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>Что будет отменено</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>Политика стран встречи будет восстановлена: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>Нельзя отменить действий: %n:</numerusform>
                <numerusform>Нельзя отменить действий: %n:</numerusform>
                <numerusform>Нельзя отменить действий: %n:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>Что нельзя отменить и почему</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}: {why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>Отменить последнее применение</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>по умолчанию</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>Выбрать: {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>Выбрать папку</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>, по одному файлу в строке</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>Добавить в: {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>Выбрать базы</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard: непредвиденная ошибка</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard записал подробности. Ваши правила и очередь отправки сохранены; можно продолжить работу или выйти и начать заново.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>Что-то пошло не так в потоке {thread}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>Что-то пошло не так: {error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>Разрешить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Отметить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>Зал ожидания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>Заблокировать</translation>
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
            <translation>хостинг</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>публичный прокси</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>резидентный прокси</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>API-токен</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>ID аккаунта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>ID клиента</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>секрет клиента</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>токен доступа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>токен администратора</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>лицензионный ключ</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>Будут перемещены или удалены участники, не исключённые из правил: {acting} из {eligible} ({share}); в пределах ограничения {limit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>Будут перемещены или удалены участники, не исключённые из правил: {acting} из {eligible} ({share}), это выше ограничения {limit} (max_action_share): подтвердите, чтобы продолжить</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>организатор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>соорганизатор</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>участник дискуссии</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>участник</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>Неизвестно (нет в базе)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>Частная сеть</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>Адрес не сообщён</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>Недопустимый адрес</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>Применено</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>Не поддерживается</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>Не отправлено</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action} (исключение)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action} (по умолчанию)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>(имя не сообщено)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>представляет {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>anycast</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>в стране {country}, по данным {database} {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>страна неизвестна (адрес не найден в {database} {month})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>страна неизвестна ({note})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>страна неизвестна (адрес частной сети)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>страна неизвестна (сообщён недопустимый адрес)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>страна неизвестна (адрес не сообщён)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>правило «{rule}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>ни одно правило не подошло, по умолчанию: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>исключение (роль: {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>исключение (e-mail совпадает с {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>адрес в {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>отмечен: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>регион: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>роль: {value}</translation>
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
            <translation>Ещё не отправлено: нажмите «Применить» (или включите автоприменение к новым участникам в настройках).</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>Демо-мероприятие (симуляция)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>«Обновить» скачивает бесплатную базу стран DB-IP за этот месяц (db-ip.com, CC BY 4.0), проверяет её и переключает на неё открытую встречу; заменённый файл сохраняется для отката.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>Базы GeoIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>Хранение и аудит</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Подключение</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>Автоматически применять правила к новым участникам</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>Если включено, решения для тех, кто вошёл после применения правил, отправляются без вопроса, пока соблюдается порог ограничителя (max_action_share); выше него HostGuard останавливается и спрашивает. По умолчанию выключено.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>Уведомлять, когда правило срабатывает</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>Уведомление на рабочем столе каждый раз, когда служба подтверждает действия правил. О задержанных действиях, сбоях и потере соединения уведомления приходят всегда.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>Язык окна. Вступает в силу после перезапуска HostGuard.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>Интервал обновления списка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>Как часто заново загружать весь список участников, если у сервиса нет потока событий.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>Файлы баз</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>Файлы MaxMind DB: одна база стран или городов и, по желанию, базы ASN и Anonymous-IP. Пусто — встроенная база стран DB-IP.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>Предупреждать, если база старше</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>Данные о странах меняются, когда блоки адресов переходят к другим владельцам; старые базы помечаются.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>Папка состояния</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>Где хранятся очередь отправки и журнал аудита. Пусто — папка состояния пользователя.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>Хранить записи аудита</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>Более старые записи удаляются. 0 — хранить всегда.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Сервис</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>Сервис встреч.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>Эталонный сервис</translation>
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
            <translation>Базовый URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>Другой корень API.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>ID встречи</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>Встреча для подключения.</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>в конференции</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>удалён</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>заблокирован</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>вышел</translation>
        </message>
    </context>
</TS>