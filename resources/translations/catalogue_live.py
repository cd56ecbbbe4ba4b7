"""Translations for a live event (issue 14): enforcement on new joiners, the burst guard's
question, report-only rules and rule schedules in the editor.

Same shape as catalogue_main.py: English source -> (zh_TW, zh_CN, es, fr, de, ar, ru, ja); in a
numerus message the plural forms are separated by "|" in Qt's order. Terms follow the glossary.
"""

from __future__ import annotations

T: dict[str, tuple[str, str, str, str, str, str, str, str]] = {
    # --- main window: the engine process (issue 12) ----------------------------------------
    "{service_title}: engine restarting…": (
        "{service_title}：引擎重新啟動中…", "{service_title}：引擎重新启动中…", "{service_title}: reiniciando el motor…",
        "{service_title} : redémarrage du moteur…", "{service_title}: Engine wird neu gestartet…",
        "{service_title}: جارٍ إعادة تشغيل المحرك…", "{service_title}: перезапуск движка…", "{service_title}：エンジンを再起動中…"),
    "The engine stopped; starting it again. Queued actions are kept and resume.": (
        "引擎已停止，正在重新啟動。已排入佇列的動作會保留並繼續。", "引擎已停止，正在重新启动。已排队的操作会保留并继续。",
        "El motor se detuvo; se está reiniciando. Las acciones en cola se conservan y se reanudan.",
        "Le moteur s'est arrêté ; redémarrage en cours. Les actions en file d'attente sont conservées et reprennent.",
        "Die Engine wurde beendet und wird neu gestartet. Wartende Aktionen bleiben erhalten und werden fortgesetzt.",
        "توقف المحرك؛ تجري إعادة تشغيله. تُحفظ الإجراءات المنتظرة وتُستأنف.",
        "Движок остановился; он запускается снова. Действия в очереди сохранены и будут продолжены.",
        "エンジンが停止しました。再起動しています。待機中の操作は保持され、再開されます。"),
    "The engine was started again; queued actions resume.": (
        "引擎已重新啟動；已排入佇列的動作繼續進行。", "引擎已重新启动；已排队的操作继续进行。",
        "El motor se reinició; las acciones en cola se reanudan.", "Le moteur a redémarré ; les actions en file d'attente reprennent.",
        "Die Engine wurde neu gestartet; wartende Aktionen werden fortgesetzt.", "أُعيد تشغيل المحرك؛ تُستأنف الإجراءات المنتظرة.",
        "Движок снова запущен; действия в очереди продолжаются.", "エンジンを再起動しました。待機中の操作を再開します。"),
    "{service_title}: engine stopped": (
        "{service_title}：引擎已停止", "{service_title}：引擎已停止", "{service_title}: motor detenido",
        "{service_title} : moteur arrêté", "{service_title}: Engine beendet", "{service_title}: توقف المحرك",
        "{service_title}: движок остановлен", "{service_title}：エンジン停止"),
    "The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.": (
        "引擎已停止且無法重新啟動。請從「檔案 → 連線到會議」重新連線。", "引擎已停止且无法重新启动。请从“文件 → 连接到会议”重新连接。",
        "El motor se detuvo y no pudo reiniciarse. Vuelva a conectarse desde Archivo → Conectar a una reunión.",
        "Le moteur s'est arrêté et n'a pas pu redémarrer. Reconnectez-vous via Fichier → Se connecter à une réunion.",
        "Die Engine wurde beendet und konnte nicht neu gestartet werden. Verbinden Sie sich erneut über Datei → Mit einem Meeting verbinden.",
        "توقف المحرك وتعذرت إعادة تشغيله. أعد الاتصال من ملف ← الاتصال باجتماع.",
        "Движок остановился, и его не удалось запустить снова. Подключитесь заново: Файл → Подключиться к встрече.",
        "エンジンが停止し、再起動できませんでした。［ファイル］→［会議に接続］から再接続してください。"),
    # --- main window: enforcement -----------------------------------------------------------
    "&Enforce rules on new joiners": (
        "對新加入者執行規則(&E)", "对新加入者执行规则(&E)", "&Aplicar las reglas a quienes se unan",
        "&Appliquer les règles aux nouveaux arrivants", "Regeln bei neu Beitretenden &durchsetzen",
        "تطبيق القواعد على المنضمين الجدد", "&Применять правила к новым участникам", "新しい参加者にルールを適用(&E)"),
    "Enforce rules on new joiners": (
        "對新加入者執行規則", "对新加入者执行规则", "Aplicar las reglas a quienes se unan",
        "Appliquer les règles aux nouveaux arrivants", "Regeln bei neu Beitretenden durchsetzen",
        "تطبيق القواعد على المنضمين الجدد", "Применять правила к новым участникам", "新しい参加者にルールを適用"),
    "Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); "
    "remembered for this meeting": (
        "每位加入者一到即判定並處理（超過比例保護上限的大量湧入會暫緩，直到您決定）；此會議會記住這個設定",
        "每位加入者一到即判定并处理（超过比例保护上限的大量涌入会暂缓，直到您决定）；此会议会记住该设置",
        "Decidir y actuar sobre cada persona al unirse (una avalancha por encima del límite de la salvaguarda "
        "queda retenida hasta que usted decida); se recuerda para esta reunión",
        "Décider et agir pour chaque arrivant dès son arrivée (un afflux au-delà de la limite du garde-fou est "
        "retenu jusqu'à votre décision) ; mémorisé pour cette réunion",
        "Jede beitretende Person sofort entscheiden und handeln (ein Ansturm über der Schutzgrenze wird "
        "zurückgehalten, bis Sie entscheiden); für dieses Meeting gemerkt",
        "اتخاذ القرار والتصرف مع كل منضم عند وصوله (يُحتجز التدفق الذي يتجاوز حد الحماية حتى تقرر)؛ يُحفظ لهذا الاجتماع",
        "Решать и действовать по каждому участнику сразу при входе (наплыв сверх ограничителя задерживается до "
        "вашего решения); запоминается для этой встречи",
        "参加者ごとに到着時に判定して対処します（ガードの上限を超える一斉参加は指示があるまで保留）。この会議について記憶されます"),
    "Main toolbar": ("主工具列", "主工具栏", "Barra de herramientas principal", "Barre d'outils principale",
                     "Hauptwerkzeugleiste", "شريط الأدوات الرئيسي", "Главная панель инструментов", "メインツールバー"),
    "Held actions": ("暫緩的動作", "暂缓的操作", "Acciones retenidas", "Actions retenues", "Zurückgehaltene Aktionen",
                     "الإجراءات المحتجزة", "Задержанные действия", "保留中の操作"),
    "Act on them": ("執行", "执行", "Actuar", "Agir", "Ausführen", "تنفيذها", "Выполнить", "実行する"),
    "Act on the held actions": ("執行暫緩的動作", "执行暂缓的操作", "Ejecutar las acciones retenidas",
                                "Exécuter les actions retenues", "Zurückgehaltene Aktionen ausführen",
                                "تنفيذ الإجراءات المحتجزة", "Выполнить задержанные действия", "保留中の操作を実行"),
    "Stop enforcing": ("停止執行", "停止执行", "Dejar de aplicar", "Arrêter d'appliquer", "Durchsetzen beenden",
                       "إيقاف التطبيق", "Прекратить применение", "適用を停止"),
    "Do not act on the held actions and stop enforcing": (
        "不執行暫緩的動作並停止執行規則", "不执行暂缓的操作并停止执行规则",
        "No ejecutar las acciones retenidas y dejar de aplicar las reglas",
        "Ne pas exécuter les actions retenues et arrêter d'appliquer les règles",
        "Zurückgehaltene Aktionen verwerfen und Durchsetzen beenden",
        "عدم تنفيذ الإجراءات المحتجزة وإيقاف التطبيق", "Не выполнять задержанные действия и прекратить применение",
        "保留中の操作を実行せず、適用を停止"),
    "Enforcement on new joiners": ("對新加入者執行規則", "对新加入者执行规则", "Aplicación a quienes se unan",
                                   "Application aux nouveaux arrivants", "Durchsetzen bei neu Beitretenden",
                                   "التطبيق على المنضمين الجدد", "Применение к новым участникам", "新しい参加者への適用"),
    "Could not switch: {error}": ("無法切換：{error}", "无法切换：{error}", "No se pudo cambiar: {error}",
                                  "Impossible de basculer : {error}", "Umschalten nicht möglich: {error}",
                                  "تعذّر التبديل: {error}", "Не удалось переключить: {error}", "切り替えられません：{error}"),
    "Rules are now enforced on new joiners as they arrive.": (
        "現在新加入者一到即執行規則。", "现在新加入者一到即执行规则。",
        "Ahora las reglas se aplican a cada persona en cuanto se une.",
        "Les règles sont désormais appliquées à chaque arrivant dès son arrivée.",
        "Regeln werden jetzt bei neu Beitretenden sofort durchgesetzt.",
        "تُطبَّق القواعد الآن على المنضمين الجدد فور وصولهم.",
        "Теперь правила применяются к новым участникам сразу при входе.",
        "新しい参加者には到着時にルールが適用されるようになりました。"),
    "%n held action(s) dropped.": (
        "已放棄 %n 項暫緩的動作。", "已放弃 %n 项暂缓的操作。",
        "%n acción retenida descartada.|%n acciones retenidas descartadas.",
        "%n action retenue abandonnée.|%n actions retenues abandonnées.",
        "%n zurückgehaltene Aktion verworfen.|%n zurückgehaltene Aktionen verworfen.",
        "الإجراءات المحتجزة التي أُلغيت: %n.", "Отменено задержанных действий: %n.", "保留中の操作 %n 件を破棄しました。"),
    "Enforcing": ("執行中", "执行中", "Aplicando", "Application active", "Durchsetzen: an", "التطبيق: مفعّل",
                  "Применение: вкл.", "適用中"),
    "Not enforcing": ("未執行", "未执行", "Sin aplicar", "Application inactive", "Durchsetzen: aus", "التطبيق: متوقف",
                      "Применение: выкл.", "適用なし"),
    "Click or press Ctrl+E to switch": ("按一下或按 Ctrl+E 切換", "单击或按 Ctrl+E 切换", "Pulse o use Ctrl+E para cambiar",
                                        "Cliquez ou appuyez sur Ctrl+E pour basculer", "Klicken oder Strg+E zum Umschalten",
                                        "انقر أو اضغط Ctrl+E للتبديل", "Щёлкните или нажмите Ctrl+E для переключения",
                                        "クリックまたは Ctrl+E で切り替え"),
    "Enforcement paused: %n action(s) held by the burst guard.": (
        "執行已暫停：突增保護暫緩了 %n 項動作。", "执行已暂停：突增保护暂缓了 %n 项操作。",
        "Aplicación en pausa: la salvaguarda de avalanchas retiene %n acción.|"
        "Aplicación en pausa: la salvaguarda de avalanchas retiene %n acciones.",
        "Application en pause : le garde-fou d'afflux retient %n action.|"
        "Application en pause : le garde-fou d'afflux retient %n actions.",
        "Durchsetzen pausiert: Der Ansturmschutz hält %n Aktion zurück.|"
        "Durchsetzen pausiert: Der Ansturmschutz hält %n Aktionen zurück.",
        "التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.",
        "Применение приостановлено: задержано ограничителем наплыва действий: %n.",
        "適用を一時停止：一斉参加ガードが %n 件の操作を保留中です。"),
    "%n held": ("%n 項暫緩", "%n 项暂缓", "%n retenida|%n retenidas", "%n retenue|%n retenues",
                "%n zurückgehalten", "المحتجزة: %n", "Задержано: %n", "%n 件保留"),
    "Nothing was sent: {error}": ("未傳送任何內容：{error}", "未发送任何内容：{error}", "No se envió nada: {error}",
                                  "Rien n'a été envoyé : {error}", "Nichts wurde gesendet: {error}",
                                  "لم يُرسل شيء: {error}", "Ничего не отправлено: {error}", "何も送信されていません：{error}"),
    "Acting on %n held participant(s); watch the Sync column.": (
        "正在處理 %n 位暫緩的與會者；請留意「同步」欄。", "正在处理 %n 位暂缓的参会者；请留意“同步”列。",
        "Actuando sobre %n participante retenido; vea la columna Sincronización.|"
        "Actuando sobre %n participantes retenidos; vea la columna Sincronización.",
        "Action sur %n participant retenu ; suivez la colonne Synchronisation.|"
        "Action sur %n participants retenus ; suivez la colonne Synchronisation.",
        "%n zurückgehaltene Person wird bearbeitet; siehe Spalte Synchronisierung.|"
        "%n zurückgehaltene Personen werden bearbeitet; siehe Spalte Synchronisierung.",
        "المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.",
        "Обработка задержанных участников: %n; следите за столбцом «Синхронизация».",
        "保留中の参加者 %n 人を処理中です。同期列をご確認ください。"),
    # --- rules editor: mode and schedule ----------------------------------------------------
    "inactive until {time}": ("{time} 前不生效", "{time} 前不生效", "inactiva hasta las {time}", "inactive jusqu'à {time}",
                              "inaktiv bis {time}", "غير نشطة حتى {time}", "неактивно до {time}", "{time} まで無効"),
    "ended at {time}": ("已於 {time} 結束", "已于 {time} 结束", "terminó a las {time}", "terminée à {time}",
                        "beendet um {time}", "انتهت عند {time}", "завершено в {time}", "{time} に終了"),
    "active until {time}": ("生效至 {time}", "生效至 {time}", "activa hasta las {time}", "active jusqu'à {time}",
                            "aktiv bis {time}", "نشطة حتى {time}", "активно до {time}", "{time} まで有効"),
    "disabled": ("已停用", "已停用", "desactivada", "désactivée", "deaktiviert", "معطّلة", "отключено", "無効"),
    "active until the meeting ends": ("生效至會議結束", "生效至会议结束", "activa hasta que termine la reunión",
                                      "active jusqu'à la fin de la réunion", "aktiv bis zum Ende des Meetings",
                                      "نشطة حتى انتهاء الاجتماع", "активно до конца встречи", "会議終了まで有効"),
    "Report only (count matches, never act)": (
        "僅報告（計算符合數，從不處理）", "仅报告（统计匹配数，从不处理）", "Solo informar (contar coincidencias, nunca actuar)",
        "Rapport seul (compter, ne jamais agir)", "Nur melden (Treffer zählen, nie handeln)",
        "تقرير فقط (عدّ التطابقات دون أي إجراء)", "Только отчёт (считать совпадения, не действовать)",
        "報告のみ（一致数を数え、対処しない）"),
    "Rule is report only": ("規則僅報告", "规则仅报告", "La regla solo informa", "La règle est en rapport seul",
                            "Regel nur melden", "القاعدة للتقرير فقط", "Правило только для отчёта", "ルールは報告のみ"),
    "A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it "
    "still decides": (
        "僅報告的規則會像其他規則一樣評估與計數，但從不處理；由其下方第一條符合的規則決定。",
        "仅报告的规则会像其他规则一样评估和计数，但从不处理；由其下方第一条匹配的规则决定。",
        "Una regla de solo informe se evalúa y cuenta como cualquier otra, pero nunca actúa; decide la primera regla "
        "que coincida debajo de ella",
        "Une règle en rapport seul est évaluée et comptée comme toute règle mais n'agit jamais ; la première règle "
        "correspondante en dessous décide",
        "Eine Nur-melden-Regel wird wie jede Regel geprüft und gezählt, handelt aber nie; es entscheidet die erste "
        "passende Regel darunter",
        "تُقيَّم قاعدة التقرير فقط وتُحسب كأي قاعدة لكنها لا تتخذ أي إجراء؛ تقرر أول قاعدة مطابقة تحتها",
        "Правило «только отчёт» проверяется и учитывается как любое, но никогда не действует; решает первое "
        "совпавшее правило ниже",
        "報告のみのルールは他のルールと同様に評価・集計されますが、対処はしません。その下で最初に一致するルールが判定します"),
    "Active from (RFC 3339 time with offset)": (
        "生效起始（含時區偏移的 RFC 3339 時間）", "生效起始（含时区偏移的 RFC 3339 时间）",
        "Activa desde (hora RFC 3339 con desfase)", "Active à partir de (heure RFC 3339 avec décalage)",
        "Aktiv ab (RFC-3339-Zeit mit Versatz)", "نشطة من (وقت RFC 3339 مع الإزاحة)",
        "Активно с (время RFC 3339 со смещением)", "有効開始（オフセット付き RFC 3339 時刻）"),
    "e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)": (
        "例如 2026-06-04T12:00:00+08:00（留空：從一開始）", "例如 2026-06-04T12:00:00+08:00（留空：从一开始）",
        "p. ej. 2026-06-04T12:00:00+08:00 (vacío: desde el inicio)",
        "p. ex. 2026-06-04T12:00:00+08:00 (vide : dès le début)",
        "z. B. 2026-06-04T12:00:00+08:00 (leer: von Anfang an)",
        "مثال 2026-06-04T12:00:00+08:00 (فارغ: من البداية)",
        "напр. 2026-06-04T12:00:00+08:00 (пусто: с начала)",
        "例：2026-06-04T12:00:00+08:00（空欄：最初から）"),
    "Active until (RFC 3339 time with offset)": (
        "生效至（含時區偏移的 RFC 3339 時間）", "生效至（含时区偏移的 RFC 3339 时间）",
        "Activa hasta (hora RFC 3339 con desfase)", "Active jusqu'à (heure RFC 3339 avec décalage)",
        "Aktiv bis (RFC-3339-Zeit mit Versatz)", "نشطة حتى (وقت RFC 3339 مع الإزاحة)",
        "Активно до (время RFC 3339 со смещением)", "有効終了（オフセット付き RFC 3339 時刻）"),
    "e.g. 2026-06-04T20:00:00+08:00 (empty: no end)": (
        "例如 2026-06-04T20:00:00+08:00（留空：不結束）", "例如 2026-06-04T20:00:00+08:00（留空：不结束）",
        "p. ej. 2026-06-04T20:00:00+08:00 (vacío: sin fin)", "p. ex. 2026-06-04T20:00:00+08:00 (vide : sans fin)",
        "z. B. 2026-06-04T20:00:00+08:00 (leer: kein Ende)", "مثال 2026-06-04T20:00:00+08:00 (فارغ: بلا نهاية)",
        "напр. 2026-06-04T20:00:00+08:00 (пусто: без конца)", "例：2026-06-04T20:00:00+08:00（空欄：終了なし）"),
    "Until the meeting ends": ("直到會議結束", "直到会议结束", "Hasta que termine la reunión", "Jusqu'à la fin de la réunion",
                               "Bis zum Ende des Meetings", "حتى انتهاء الاجتماع", "До конца встречи", "会議終了まで"),
    "Rule active until the meeting ends": ("規則生效至會議結束", "规则生效至会议结束", "Regla activa hasta que termine la reunión",
                                           "Règle active jusqu'à la fin de la réunion", "Regel aktiv bis zum Ende des Meetings",
                                           "القاعدة نشطة حتى انتهاء الاجتماع", "Правило активно до конца встречи",
                                           "会議終了までルールを有効にする"),
    "Mode:": ("模式：", "模式：", "Modo:", "Mode :", "Modus:", "الوضع:", "Режим:", "モード："),
    "Active from:": ("生效起始：", "生效起始：", "Activa desde:", "Active à partir de :", "Aktiv ab:", "نشطة من:",
                     "Активно с:", "有効開始："),
    "Active until:": ("生效至：", "生效至：", "Activa hasta:", "Active jusqu'à :", "Aktiv bis:", "نشطة حتى:",
                      "Активно до:", "有効終了："),
    "report only": ("僅報告", "仅报告", "solo informar", "rapport seul", "nur melden", "تقرير فقط", "только отчёт", "報告のみ"),
    # --- preview ----------------------------------------------------------------------------
    "{rule} (report only)": ("{rule}（僅報告）", "{rule}（仅报告）", "{rule} (solo informar)", "{rule} (rapport seul)",
                             "{rule} (nur melden)", "{rule} (تقرير فقط)", "{rule} (только отчёт)", "{rule}（報告のみ）"),
    "{n} match, nobody acted on": ("{n} 人符合，無人被處理", "{n} 人匹配，无人被处理", "{n} coinciden, nadie afectado",
                                   "{n} correspondent, personne n'est concerné", "{n} Treffer, niemand betroffen",
                                   "التطابقات: {n}، دون أي إجراء", "совпадений: {n}, никто не затронут",
                                   "{n} 人が一致、対処なし"),
    # --- undo -------------------------------------------------------------------------------
    "Cannot be undone afterwards:": ("之後無法復原：", "之后无法撤销：", "No se podrá deshacer después:",
                                     "Ne pourra pas être annulé ensuite :", "Kann danach nicht rückgängig gemacht werden:",
                                     "لا يمكن التراجع عنه لاحقًا:", "Нельзя будет отменить:", "後から元に戻せないもの："),
    "{action}: {why}": ("{action}：{why}", "{action}：{why}", "{action}: {why}", "{action} : {why}", "{action}: {why}",
                        "{action}: {why}", "{action}: {why}", "{action}：{why}"),
    "&Undo last apply…": ("復原上次套用(&U)…", "撤销上次应用(&U)…", "&Deshacer la última aplicación…",
                          "&Annuler la dernière application…", "Letztes Anwenden &rückgängig machen…",
                          "التراجع عن آخر تطبيق…", "&Отменить последнее применение…", "前回の適用を元に戻す(&U)…"),
    "Admit from the waiting room, unblock and restore the country policy the last Apply changed "
    "(asks first, and says what cannot be undone)": (
        "從等候室准入、解除封鎖並還原上次套用變更的國家/地區政策（會先詢問，並說明無法復原的部分）",
        "从等候室准入、解除封禁并恢复上次应用更改的国家/地区策略（会先询问，并说明无法撤销的部分）",
        "Admitir desde la sala de espera, desbloquear y restaurar la política de países que cambió la última "
        "aplicación (pregunta antes y dice qué no se puede deshacer)",
        "Admettre depuis la salle d'attente, débloquer et rétablir la politique de pays modifiée par la dernière "
        "application (demande d'abord et indique ce qui ne peut pas être annulé)",
        "Aus dem Warteraum zulassen, entsperren und die vom letzten Anwenden geänderte Länderrichtlinie "
        "wiederherstellen (fragt zuerst und nennt, was nicht rückgängig zu machen ist)",
        "السماح بالدخول من غرفة الانتظار وإلغاء الحظر واستعادة سياسة البلدان التي غيّرها آخر تطبيق (يسأل أولًا ويذكر ما لا يمكن التراجع عنه)",
        "Впустить из зала ожидания, разблокировать и вернуть политику стран, изменённую последним применением "
        "(сначала спрашивает и называет, что отменить нельзя)",
        "待機室から入室を許可し、ブロックを解除し、前回の適用で変更した国・地域ポリシーを戻します（先に確認し、元に戻せないものを示します）"),
    "Undo last apply": ("復原上次套用", "撤销上次应用", "Deshacer la última aplicación", "Annuler la dernière application",
                        "Letztes Anwenden rückgängig machen", "التراجع عن آخر تطبيق", "Отменить последнее применение",
                        "前回の適用を元に戻す"),
    "Could not read what the last apply did: {error}": (
        "無法讀取上次套用的內容：{error}", "无法读取上次应用的内容：{error}",
        "No se pudo leer qué hizo la última aplicación: {error}",
        "Impossible de lire ce qu'a fait la dernière application : {error}",
        "Was das letzte Anwenden getan hat, ist nicht lesbar: {error}",
        "تعذّرت قراءة ما فعله آخر تطبيق: {error}", "Не удалось прочитать, что сделало последнее применение: {error}",
        "前回の適用内容を読み取れません：{error}"),
    "Undoing the last apply…": ("正在復原上次套用…", "正在撤销上次应用…", "Deshaciendo la última aplicación…",
                                "Annulation de la dernière application…", "Letztes Anwenden wird rückgängig gemacht…",
                                "جارٍ التراجع عن آخر تطبيق…", "Отмена последнего применения…", "前回の適用を元に戻しています…"),
    "Nothing was undone: {error}": ("未復原任何內容：{error}", "未撤销任何内容：{error}", "No se deshizo nada: {error}",
                                    "Rien n'a été annulé : {error}", "Nichts wurde rückgängig gemacht: {error}",
                                    "لم يُتراجع عن شيء: {error}", "Ничего не отменено: {error}", "何も元に戻していません：{error}"),
    "Undo: %n action(s) queued": ("復原：已排入 %n 項動作", "撤销：已排入 %n 项操作",
                                  "Deshacer: %n acción en cola|Deshacer: %n acciones en cola",
                                  "Annulation : %n action en file|Annulation : %n actions en file",
                                  "Rückgängig: %n Aktion eingereiht|Rückgängig: %n Aktionen eingereiht",
                                  "التراجع: الإجراءات في قائمة الانتظار: %n", "Отмена: поставлено в очередь действий: %n",
                                  "元に戻す：%n 件の操作をキューに追加"),
    "; {n} could not be undone": ("；{n} 項無法復原", "；{n} 项无法撤销", "; {n} no se pudieron deshacer",
                                  " ; {n} n'ont pas pu être annulées", "; {n} nicht rückgängig zu machen",
                                  "؛ {n} تعذّر التراجع عنها", "; не удалось отменить: {n}", "、{n} 件は元に戻せません"),
    "; country policy: {policy}": ("；國家/地區政策：{policy}", "；国家/地区策略：{policy}", "; política de países: {policy}",
                                   " ; politique de pays : {policy}", "; Länderrichtlinie: {policy}",
                                   "؛ سياسة البلدان: {policy}", "; политика стран: {policy}", "、国・地域ポリシー：{policy}"),
    "; country policy not restored: {error}": (
        "；國家/地區政策未還原：{error}", "；国家/地区策略未恢复：{error}", "; política de países no restaurada: {error}",
        " ; politique de pays non rétablie : {error}", "; Länderrichtlinie nicht wiederhergestellt: {error}",
        "؛ لم تُستعد سياسة البلدان: {error}", "; политика стран не восстановлена: {error}",
        "、国・地域ポリシーは戻せませんでした：{error}"),
    "admit from the waiting room": ("從等候室准入", "从等候室准入", "admitir desde la sala de espera",
                                    "admettre depuis la salle d'attente", "aus dem Warteraum zulassen",
                                    "السماح بالدخول من غرفة الانتظار", "впустить из зала ожидания", "待機室から入室許可"),
    "unblock": ("解除封鎖", "解除封禁", "desbloquear", "débloquer", "entsperren", "إلغاء الحظر", "разблокировать",
                "ブロック解除"),
    "Nothing of the last apply can be undone.": (
        "上次套用的內容都無法復原。", "上次应用的内容都无法撤销。", "Nada de la última aplicación se puede deshacer.",
        "Rien de la dernière application ne peut être annulé.", "Nichts vom letzten Anwenden ist rückgängig zu machen.",
        "لا يمكن التراجع عن أي شيء من آخر تطبيق.", "Ничего из последнего применения нельзя отменить.",
        "前回の適用で元に戻せるものはありません。"),
    "%n action(s) of the last apply will be undone.": (
        "將復原上次套用的 %n 項動作。", "将撤销上次应用的 %n 项操作。",
        "Se deshará %n acción de la última aplicación.|Se desharán %n acciones de la última aplicación.",
        "%n action de la dernière application sera annulée.|%n actions de la dernière application seront annulées.",
        "%n Aktion des letzten Anwendens wird rückgängig gemacht.|%n Aktionen des letzten Anwendens werden rückgängig gemacht.",
        "الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.", "Будет отменено действий последнего применения: %n.",
        "前回の適用の操作 %n 件を元に戻します。"),
    "What will be undone": ("將復原的項目", "将撤销的项目", "Lo que se deshará", "Ce qui sera annulé",
                            "Was rückgängig gemacht wird", "ما سيُتراجع عنه", "Что будет отменено", "元に戻すもの"),
    "{name} — {undo}": ("{name} — {undo}", "{name} — {undo}", "{name} — {undo}", "{name} — {undo}", "{name} — {undo}",
                        "{name} — {undo}", "{name} — {undo}", "{name} — {undo}"),
    "The meeting's country policy is put back: {policy}": (
        "會議的國家/地區政策將還原：{policy}", "会议的国家/地区策略将恢复：{policy}",
        "Se restaura la política de países de la reunión: {policy}",
        "La politique de pays de la réunion est rétablie : {policy}",
        "Die Länderrichtlinie des Meetings wird wiederhergestellt: {policy}",
        "تُستعاد سياسة البلدان للاجتماع: {policy}", "Политика стран встречи будет восстановлена: {policy}",
        "会議の国・地域ポリシーを戻します：{policy}"),
    "%n action(s) cannot be undone:": ("%n 項動作無法復原：", "%n 项操作无法撤销：",
                                       "%n acción no se puede deshacer:|%n acciones no se pueden deshacer:",
                                       "%n action ne peut pas être annulée :|%n actions ne peuvent pas être annulées :",
                                       "%n Aktion nicht rückgängig zu machen:|%n Aktionen nicht rückgängig zu machen:",
                                       "الإجراءات التي لا يمكن التراجع عنها: %n:", "Нельзя отменить действий: %n:",
                                       "元に戻せない操作 %n 件："),
    "What cannot be undone, and why": ("無法復原的項目及原因", "无法撤销的项目及原因", "Lo que no se puede deshacer y por qué",
                                       "Ce qui ne peut pas être annulé, et pourquoi", "Was nicht rückgängig zu machen ist, und warum",
                                       "ما لا يمكن التراجع عنه ولماذا", "Что нельзя отменить и почему", "元に戻せないものとその理由"),
    "{name} — {action}: {why}": ("{name} — {action}：{why}", "{name} — {action}：{why}", "{name} — {action}: {why}",
                                 "{name} — {action} : {why}", "{name} — {action}: {why}", "{name} — {action}: {why}",
                                 "{name} — {action}: {why}", "{name} — {action}：{why}"),
    "Undo": ("復原", "撤销", "Deshacer", "Annuler l'application", "Rückgängig", "تراجع", "Отменить", "元に戻す"),
    "Undo the last apply": ("復原上次套用", "撤销上次应用", "Deshacer la última aplicación", "Annuler la dernière application",
                            "Letztes Anwenden rückgängig machen", "التراجع عن آخر تطبيق", "Отменить последнее применение",
                            "前回の適用を元に戻す"),
    # --- accessibility names ------------------------------------------------------------------
    "More tools": ("更多工具", "更多工具", "Más herramientas", "Plus d'outils", "Weitere Werkzeuge", "مزيد من الأدوات",
                   "Другие инструменты", "その他のツール"),
    "Clear the search": ("清除搜尋", "清除搜索", "Borrar la búsqueda", "Effacer la recherche", "Suche leeren",
                         "مسح البحث", "Очистить поиск", "検索をクリア"),
    # --- templates ----------------------------------------------------------------------------
    "Start from &template…": ("從範本開始(&T)…", "从模板开始(&T)…", "Empezar desde una &plantilla…",
                              "Partir d'un &modèle…", "Mit &Vorlage beginnen…", "البدء من قالب…",
                              "Начать с &шаблона…", "テンプレートから開始(&T)…"),
    "Start from a template": ("從範本開始", "从模板开始", "Empezar desde una plantilla", "Partir d'un modèle",
                              "Mit einer Vorlage beginnen", "البدء من قالب", "Начать с шаблона", "テンプレートから開始"),
    "Replace the rules with a named starting point to edit (nothing is applied)": (
        "以具名的起點取代目前規則以便編輯（不會套用任何內容）", "以命名的起点替换当前规则以便编辑（不会应用任何内容）",
        "Sustituir las reglas por un punto de partida con nombre para editarlo (no se aplica nada)",
        "Remplacer les règles par un point de départ nommé à modifier (rien n'est appliqué)",
        "Die Regeln durch einen benannten Ausgangspunkt zum Bearbeiten ersetzen (nichts wird angewendet)",
        "استبدال القواعد بنقطة بداية مسماة لتعديلها (لا يُطبَّق شيء)",
        "Заменить правила именованной заготовкой для правки (ничего не применяется)",
        "ルールを名前付きのひな形に置き換えて編集します（何も適用されません）"),
    "Could not open the template: {error}": ("無法開啟範本：{error}", "无法打开模板：{error}",
                                             "No se pudo abrir la plantilla: {error}", "Impossible d'ouvrir le modèle : {error}",
                                             "Vorlage kann nicht geöffnet werden: {error}", "تعذّر فتح القالب: {error}",
                                             "Не удалось открыть шаблон: {error}", "テンプレートを開けません：{error}"),
    "Started from the template “{title}”: edit it, then export or apply.": (
        "已從範本「{title}」開始：請編輯後匯出或套用。", "已从模板“{title}”开始：请编辑后导出或应用。",
        "Se partió de la plantilla «{title}»: edítela y luego expórtela o aplíquela.",
        "Modèle « {title} » chargé : modifiez-le, puis exportez-le ou appliquez-le.",
        "Mit der Vorlage „{title}“ begonnen: bearbeiten, dann exportieren oder anwenden.",
        "بدأت من القالب «{title}»: عدّله ثم صدّره أو طبّقه.",
        "Начато с шаблона «{title}»: отредактируйте, затем экспортируйте или примените.",
        "テンプレート「{title}」から開始しました。編集してからエクスポートまたは適用してください。"),
    "Waiting room for unknown locations": ("位置不明者進入等候室", "位置不明者进入等候室",
                                           "Sala de espera para ubicaciones desconocidas",
                                           "Salle d'attente pour les lieux inconnus", "Warteraum für unbekannte Standorte",
                                           "غرفة الانتظار للمواقع غير المعروفة", "Зал ожидания для неизвестных мест",
                                           "場所不明の人は待機室へ"),
    "Only invited countries, unknown flagged": ("僅限受邀國家/地區，未知者標記", "仅限受邀国家/地区，未知者标记",
                                                "Solo países invitados; desconocidos marcados",
                                                "Pays invités seulement ; inconnus signalés",
                                                "Nur eingeladene Länder, unbekannte markiert",
                                                "البلدان المدعوة فقط، مع وضع علامة على غير المعروف",
                                                "Только приглашённые страны, неизвестные отмечены",
                                                "招待した国・地域のみ、不明はフラグ"),
    "Block Tor exits (needs an Anonymous-IP database)": (
        "封鎖 Tor 出口（需要 Anonymous-IP 資料庫）", "封禁 Tor 出口（需要 Anonymous-IP 数据库）",
        "Bloquear salidas de Tor (requiere una base Anonymous-IP)",
        "Bloquer les sorties Tor (base Anonymous-IP requise)",
        "Tor-Ausgänge sperren (braucht eine Anonymous-IP-Datenbank)",
        "حظر مخارج Tor (يتطلب قاعدة بيانات Anonymous-IP)",
        "Заблокировать выходы Tor (нужна база Anonymous-IP)",
        "Tor 出口をブロック（Anonymous-IP データベースが必要）"),
    # --- privacy ------------------------------------------------------------------------------
    "Export this &person's entries…": ("匯出此人的紀錄(&P)…", "导出此人的记录(&P)…", "Exportar las entradas de esta &persona…",
                                       "Exporter les entrées de cette &personne…", "Einträge dieser &Person exportieren…",
                                       "تصدير إدخالات هذا الشخص…", "Экспорт записей этого &человека…",
                                       "この人の記録をエクスポート(&P)…"),
    "Export every entry about the selected participant": (
        "匯出所選與會者的所有紀錄", "导出所选参会者的所有记录", "Exportar todas las entradas del participante seleccionado",
        "Exporter toutes les entrées du participant sélectionné", "Alle Einträge zur ausgewählten Person exportieren",
        "تصدير كل الإدخالات عن المشارك المحدد", "Экспортировать все записи о выбранном участнике",
        "選択した参加者のすべての記録をエクスポート"),
    "Export this person's entries": ("匯出此人的紀錄", "导出此人的记录", "Exportar las entradas de esta persona",
                                     "Exporter les entrées de cette personne", "Einträge dieser Person exportieren",
                                     "تصدير إدخالات هذا الشخص", "Экспорт записей этого человека", "この人の記録をエクスポート"),
    "Exported {n} entries about {who} to {file}": (
        "已將關於 {who} 的 {n} 筆紀錄匯出至 {file}", "已将关于 {who} 的 {n} 条记录导出到 {file}",
        "Se exportaron {n} entradas sobre {who} a {file}", "{n} entrées sur {who} exportées vers {file}",
        "{n} Einträge zu {who} nach {file} exportiert", "صُدّرت {n} إدخالات عن {who} إلى {file}",
        "Записей о {who} экспортировано в {file}: {n}", "{who} に関する {n} 件の記録を {file} にエクスポートしました"),
    "&Forget this meeting…": ("忘記此會議(&F)…", "忘记此会议(&F)…", "&Olvidar esta reunión…", "&Oublier cette réunion…",
                              "Dieses Meeting &vergessen…", "نسيان هذا الاجتماع…", "&Забыть эту встречу…",
                              "この会議を忘れる(&F)…"),
    "Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log": (
        "刪除 HostGuard 為此會議保存的內容（待送佇列、稽核、狀態），刪除前可先匯出稽核紀錄",
        "删除 HostGuard 为此会议保存的内容（待发队列、审计、状态），删除前可先导出审计日志",
        "Eliminar lo que HostGuard guarda de esta reunión (cola de salida, auditoría, estado), tras ofrecer exportar el registro de auditoría",
        "Supprimer ce que HostGuard conserve sur cette réunion (file d'envoi, audit, état), après avoir proposé d'exporter le journal d'audit",
        "Löschen, was HostGuard zu diesem Meeting speichert (Ausgang, Prüfprotokoll, Zustand), nach dem Angebot, das Prüfprotokoll zu exportieren",
        "حذف ما يحتفظ به HostGuard عن هذا الاجتماع (صندوق الإرسال والتدقيق والحالة) بعد عرض تصدير سجل التدقيق",
        "Удалить то, что HostGuard хранит об этой встрече (очередь отправки, аудит, состояние), предложив сначала экспортировать журнал аудита",
        "HostGuard がこの会議について保存している内容（送信キュー、監査、状態）を削除します。先に監査ログのエクスポートを提案します"),
    "Forget this meeting": ("忘記此會議", "忘记此会议", "Olvidar esta reunión", "Oublier cette réunion", "Dieses Meeting vergessen",
                            "نسيان هذا الاجتماع", "Забыть эту встречу", "この会議を忘れる"),
    "Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its "
    "state? The connection to the meeting is closed first. This cannot be undone.\n\nExport the audit log first to "
    "keep a copy.": (
        "刪除 HostGuard 在這台電腦上為會議 {meeting} 保存的所有內容：待送佇列、稽核紀錄與狀態？會先關閉與會議的連線。此動作無法復原。\n\n若要保留副本，請先匯出稽核紀錄。",
        "删除 HostGuard 在这台电脑上为会议 {meeting} 保存的所有内容：待发队列、审计日志和状态？会先关闭与会议的连接。此操作无法撤销。\n\n如需保留副本，请先导出审计日志。",
        "¿Eliminar todo lo que HostGuard guarda en este equipo sobre la reunión {meeting}: su cola de salida, su registro de "
        "auditoría y su estado? Primero se cierra la conexión con la reunión. No se puede deshacer.\n\nExporte antes el "
        "registro de auditoría para conservar una copia.",
        "Supprimer tout ce que HostGuard conserve sur cet ordinateur pour la réunion {meeting} : sa file d'envoi, son journal "
        "d'audit et son état ? La connexion à la réunion est d'abord fermée. Action irréversible.\n\nExportez d'abord le "
        "journal d'audit pour en garder une copie.",
        "Alles löschen, was HostGuard auf diesem Computer zu Meeting {meeting} speichert: Ausgang, Prüfprotokoll und Zustand? "
        "Die Verbindung zum Meeting wird zuerst geschlossen. Das kann nicht rückgängig gemacht werden.\n\nExportieren Sie "
        "zuerst das Prüfprotokoll, um eine Kopie zu behalten.",
        "حذف كل ما يحتفظ به HostGuard على هذا الحاسوب عن الاجتماع {meeting}: صندوق الإرسال وسجل التدقيق والحالة؟ يُغلق الاتصال "
        "بالاجتماع أولًا. لا يمكن التراجع عن ذلك.\n\nصدّر سجل التدقيق أولًا للاحتفاظ بنسخة.",
        "Удалить всё, что HostGuard хранит на этом компьютере о встрече {meeting}: очередь отправки, журнал аудита и "
        "состояние? Сначала соединение со встречей закрывается. Это нельзя отменить.\n\nЧтобы сохранить копию, сначала "
        "экспортируйте журнал аудита.",
        "このコンピューターに HostGuard が保存している会議 {meeting} のすべて（送信キュー、監査ログ、状態）を削除しますか？先に会議への接続を閉じます。元に戻せません。\n\n控えを残すには先に監査ログをエクスポートしてください。"),
    "Export, then forget…": ("匯出後忘記…", "导出后忘记…", "Exportar y luego olvidar…", "Exporter, puis oublier…",
                             "Exportieren, dann vergessen…", "التصدير ثم النسيان…", "Экспортировать и забыть…",
                             "エクスポートしてから忘れる…"),
    "Forget without exporting": ("不匯出直接忘記", "不导出直接忘记", "Olvidar sin exportar", "Oublier sans exporter",
                                 "Ohne Export vergessen", "النسيان دون تصدير", "Забыть без экспорта", "エクスポートせずに忘れる"),
    "Export the audit log": ("匯出稽核紀錄", "导出审计日志", "Exportar el registro de auditoría", "Exporter le journal d'audit",
                             "Prüfprotokoll exportieren", "تصدير سجل التدقيق", "Экспорт журнала аудита", "監査ログをエクスポート"),
    "Forgetting meeting {meeting}…": ("正在忘記會議 {meeting}…", "正在忘记会议 {meeting}…", "Olvidando la reunión {meeting}…",
                                      "Oubli de la réunion {meeting}…", "Meeting {meeting} wird vergessen…",
                                      "جارٍ نسيان الاجتماع {meeting}…", "Встреча {meeting} забывается…", "会議 {meeting} を忘れています…"),
    "Meeting {meeting} was not forgotten: {error}": (
        "會議 {meeting} 未被忘記：{error}", "会议 {meeting} 未被忘记：{error}", "La reunión {meeting} no se olvidó: {error}",
        "La réunion {meeting} n'a pas été oubliée : {error}", "Meeting {meeting} wurde nicht vergessen: {error}",
        "لم يُنسَ الاجتماع {meeting}: {error}", "Встреча {meeting} не забыта: {error}", "会議 {meeting} は忘れられていません：{error}"),
    "Meeting {meeting} forgotten: {what}.": ("已忘記會議 {meeting}：{what}。", "已忘记会议 {meeting}：{what}。",
                                             "Reunión {meeting} olvidada: {what}.", "Réunion {meeting} oubliée : {what}.",
                                             "Meeting {meeting} vergessen: {what}.", "نُسي الاجتماع {meeting}: {what}.",
                                             "Встреча {meeting} забыта: {what}.", "会議 {meeting} を忘れました：{what}。"),
    "The audit log ({n} entries) was exported to {file}.": (
        "稽核紀錄（{n} 筆）已匯出至 {file}。", "审计日志（{n} 条）已导出到 {file}。",
        "El registro de auditoría ({n} entradas) se exportó a {file}.",
        "Le journal d'audit ({n} entrées) a été exporté vers {file}.",
        "Das Prüfprotokoll ({n} Einträge) wurde nach {file} exportiert.",
        "صُدّر سجل التدقيق ({n} إدخالات) إلى {file}.", "Журнал аудита (записей: {n}) экспортирован в {file}.",
        "監査ログ（{n} 件）を {file} にエクスポートしました。"),
    # --- live counts --------------------------------------------------------------------------
    "Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the "
    "others are decided by enforcement or the next Apply.": (
        "自此對話框開啟以來：{joined} 人加入，{left} 人離開。套用只處理上方計入的與會者；其他人由自動執行或下次套用決定。",
        "自此对话框打开以来：{joined} 人加入，{left} 人离开。应用只处理上方计入的参会者；其他人由自动执行或下次应用决定。",
        "Desde que se abrió este diálogo: {joined} se unieron, {left} se fueron. Aplicar actúa sobre los participantes "
        "contados arriba; los demás los decide la aplicación automática o la próxima vez que aplique.",
        "Depuis l'ouverture de cette fenêtre : {joined} arrivés, {left} partis. Appliquer agit sur les participants "
        "comptés ci-dessus ; les autres sont traités par l'application automatique ou la prochaine application.",
        "Seit dieser Dialog offen ist: {joined} beigetreten, {left} gegangen. Anwenden betrifft die oben gezählten "
        "Personen; über die anderen entscheidet das Durchsetzen oder das nächste Anwenden.",
        "منذ فتح هذه النافذة: انضم {joined} وغادر {left}. يتصرف التطبيق مع المشاركين المحسوبين أعلاه؛ ويُقرَّر الآخرون "
        "بالتطبيق التلقائي أو عند التطبيق التالي.",
        "С момента открытия окна: вошли — {joined}, вышли — {left}. Применение затрагивает участников, учтённых выше; "
        "об остальных решит автоматическое применение или следующее применение.",
        "このダイアログを開いてから {joined} 人が参加し、{left} 人が退出しました。適用は上で数えた参加者に対して行われます。その他は自動適用か次回の適用で判定されます。"),
    "{now} match now, {seen} reported, none acted on": (
        "目前符合 {now} 人，已報告 {seen} 人，無人被處理", "当前匹配 {now} 人，已报告 {seen} 人，无人被处理",
        "{now} coinciden ahora, {seen} informados, nadie afectado", "{now} correspondent, {seen} signalés, personne concerné",
        "{now} Treffer jetzt, {seen} gemeldet, niemand betroffen", "التطابقات الآن: {now}، المُبلَّغ عنها: {seen}، دون أي إجراء",
        "совпадает сейчас: {now}, в отчёте: {seen}, никто не затронут", "現在 {now} 人が一致、{seen} 人を報告、対処なし"),
    "{now} match now, {acted} acted on": (
        "目前符合 {now} 人，已處理 {acted} 人", "当前匹配 {now} 人，已处理 {acted} 人",
        "{now} coinciden ahora, {acted} con acción", "{now} correspondent, {acted} traités",
        "{now} Treffer jetzt, {acted} bearbeitet", "التطابقات الآن: {now}، المُعالَجون: {acted}",
        "совпадает сейчас: {now}, обработано: {acted}", "現在 {now} 人が一致、{acted} 人に対処"),
    # --- notifications ------------------------------------------------------------------------
    "Enforcement paused": ("執行已暫停", "执行已暂停", "Aplicación en pausa", "Application en pause", "Durchsetzen pausiert",
                           "التطبيق متوقف مؤقتًا", "Применение приостановлено", "適用を一時停止"),
    "%n action(s) held by the burst guard: act on them or stop enforcing.": (
        "突增保護暫緩了 %n 項動作：請執行或停止執行規則。", "突增保护暂缓了 %n 项操作：请执行或停止执行规则。",
        "La salvaguarda de avalanchas retiene %n acción: ejecútela o deje de aplicar.|"
        "La salvaguarda de avalanchas retiene %n acciones: ejecútelas o deje de aplicar.",
        "Le garde-fou d'afflux retient %n action : exécutez-la ou arrêtez d'appliquer.|"
        "Le garde-fou d'afflux retient %n actions : exécutez-les ou arrêtez d'appliquer.",
        "Der Ansturmschutz hält %n Aktion zurück: ausführen oder Durchsetzen beenden.|"
        "Der Ansturmschutz hält %n Aktionen zurück: ausführen oder Durchsetzen beenden.",
        "الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.",
        "Задержано ограничителем наплыва действий: %n. Выполните их или прекратите применение.",
        "一斉参加ガードが %n 件の操作を保留中です。実行するか適用を停止してください。"),
    "Actions failed": ("動作失敗", "操作失败", "Acciones fallidas", "Actions en échec", "Aktionen fehlgeschlagen",
                       "فشلت إجراءات", "Действия не выполнены", "操作が失敗しました"),
    "%n action(s) failed; see the Sync column.": (
        "%n 項動作失敗；請查看「同步」欄。", "%n 项操作失败；请查看“同步”列。",
        "Falló %n acción; vea la columna Sincronización.|Fallaron %n acciones; vea la columna Sincronización.",
        "%n action a échoué ; voir la colonne Synchronisation.|%n actions ont échoué ; voir la colonne Synchronisation.",
        "%n Aktion fehlgeschlagen; siehe Spalte Synchronisierung.|%n Aktionen fehlgeschlagen; siehe Spalte Synchronisierung.",
        "الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.", "Не выполнено действий: %n; см. столбец «Синхронизация».",
        "%n 件の操作が失敗しました。同期列をご確認ください。"),
    "Connection lost": ("連線中斷", "连接中断", "Conexión perdida", "Connexion perdue", "Verbindung verloren", "انقطع الاتصال",
                        "Соединение потеряно", "接続が切れました"),
    "The connection to the meeting service was lost: {error}": (
        "與會議服務的連線中斷：{error}", "与会议服务的连接中断：{error}", "Se perdió la conexión con el servicio de reuniones: {error}",
        "La connexion au service de réunion a été perdue : {error}", "Die Verbindung zum Meeting-Dienst ist verloren: {error}",
        "انقطع الاتصال بخدمة الاجتماعات: {error}", "Потеряно соединение со службой встреч: {error}",
        "会議サービスへの接続が切れました：{error}"),
    "The connection to the meeting service was lost.": (
        "與會議服務的連線中斷。", "与会议服务的连接中断。", "Se perdió la conexión con el servicio de reuniones.",
        "La connexion au service de réunion a été perdue.", "Die Verbindung zum Meeting-Dienst ist verloren.",
        "انقطع الاتصال بخدمة الاجتماعات.", "Потеряно соединение со службой встреч.", "会議サービスへの接続が切れました。"),
    # --- last actions -------------------------------------------------------------------------
    "Last actions": ("最近的動作", "最近的操作", "Últimas acciones", "Dernières actions", "Letzte Aktionen",
                     "آخر الإجراءات", "Последние действия", "最近の操作"),
    "{action} — {name}": ("{action} — {name}", "{action} — {name}", "{action} — {name}", "{action} — {name}",
                          "{action} — {name}", "{action} — {name}", "{action} — {name}", "{action} — {name}"),
    "Last: {what}": ("最近：{what}", "最近：{what}", "Última: {what}", "Dernière : {what}", "Zuletzt: {what}",
                     "الأخير: {what}", "Последнее: {what}", "最新：{what}"),
    # --- the share guard's verdict (labels.guard_text) ----------------------------------------
    "{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}": (
        "{eligible} 位非豁免與會者中有 {acting} 位（{share}）會被移動或移除；在 {limit} 的上限之內",
        "{eligible} 位非豁免参会者中有 {acting} 位（{share}）会被移动或移除；在 {limit} 的上限之内",
        "{acting} de {eligible} participantes no exentos ({share}) serían movidos o expulsados; dentro del límite de {limit}",
        "{acting} participants non exemptés sur {eligible} ({share}) seraient déplacés ou retirés ; dans la limite de {limit}",
        "{acting} von {eligible} nicht ausgenommenen Teilnehmenden ({share}) würden verschoben oder entfernt; innerhalb der Grenze von {limit}",
        "سيُنقل أو يُزال {acting} من أصل {eligible} مشاركًا غير مستثنى ({share})؛ ضمن الحد البالغ {limit}",
        "Будут перемещены или удалены участники, не исключённые из правил: {acting} из {eligible} ({share}); в пределах ограничения {limit}",
        "除外されていない参加者 {eligible} 人のうち {acting} 人（{share}）が移動または削除されます。上限 {limit} の範囲内です"),
    "{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} "
    "(max_action_share): confirm to proceed": (
        "{eligible} 位非豁免與會者中有 {acting} 位（{share}）會被移動或移除，超過 {limit} 的上限（max_action_share）：需確認才能繼續",
        "{eligible} 位非豁免参会者中有 {acting} 位（{share}）会被移动或移除，超过 {limit} 的上限（max_action_share）：需确认才能继续",
        "{acting} de {eligible} participantes no exentos ({share}) serían movidos o expulsados, por encima del límite de {limit} "
        "(max_action_share): confirme para continuar",
        "{acting} participants non exemptés sur {eligible} ({share}) seraient déplacés ou retirés, au-delà de la limite de {limit} "
        "(max_action_share) : confirmez pour continuer",
        "{acting} von {eligible} nicht ausgenommenen Teilnehmenden ({share}) würden verschoben oder entfernt, über der Grenze von "
        "{limit} (max_action_share): zum Fortfahren bestätigen",
        "سيُنقل أو يُزال {acting} من أصل {eligible} مشاركًا غير مستثنى ({share})، وهذا يتجاوز الحد البالغ {limit} "
        "(max_action_share): أكّد للمتابعة",
        "Будут перемещены или удалены участники, не исключённые из правил: {acting} из {eligible} ({share}), это выше ограничения "
        "{limit} (max_action_share): подтвердите, чтобы продолжить",
        "除外されていない参加者 {eligible} 人のうち {acting} 人（{share}）が移動または削除されます。上限 {limit}（max_action_share）を超えています。続行するには確認してください"),
    # --- notifications: when a rule acts (opt-in) ---------------------------------------------
    "Rules acted": ("規則已執行", "规则已执行", "Las reglas actuaron", "Les règles ont agi", "Regeln haben gehandelt",
                    "نُفّذت القواعد", "Правила сработали", "ルールが実行されました"),
    "The service confirmed %n action(s) the rules took.": (
        "服務已確認規則採取的 %n 項動作。", "服务已确认规则采取的 %n 项操作。",
        "El servicio confirmó %n acción de las reglas.|El servicio confirmó %n acciones de las reglas.",
        "Le service a confirmé %n action des règles.|Le service a confirmé %n actions des règles.",
        "Der Dienst hat %n Aktion der Regeln bestätigt.|Der Dienst hat %n Aktionen der Regeln bestätigt.",
        "أكّدت الخدمة إجراءات القواعد: %n",
        "Служба подтвердила действия правил: %n",
        "サービスがルールの操作 %n 件を確認しました。"),
    "Notify me when a rule acts": (
        "規則執行時通知我", "规则执行时通知我", "Avisarme cuando una regla actúe", "M'avertir quand une règle agit",
        "Benachrichtigen, wenn eine Regel handelt", "أعلمني عندما تُنفَّذ قاعدة", "Уведомлять, когда правило срабатывает",
        "ルールが実行されたら通知する"),
    "A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost "
    "connection are always notified.": (
        "每當服務確認規則採取的動作時顯示桌面通知。暫緩的動作、失敗與連線中斷一律會通知。",
        "每当服务确认规则采取的操作时显示桌面通知。暂缓的操作、失败和连接中断始终会通知。",
        "Una notificación de escritorio cada vez que el servicio confirma acciones de las reglas. Las acciones retenidas, "
        "los fallos y la pérdida de conexión se notifican siempre.",
        "Une notification de bureau chaque fois que le service confirme des actions des règles. Les actions retenues, "
        "les échecs et la perte de connexion sont toujours notifiés.",
        "Eine Desktop-Benachrichtigung, sobald der Dienst Aktionen der Regeln bestätigt. Zurückgehaltene Aktionen, "
        "Fehler und eine verlorene Verbindung werden immer gemeldet.",
        "إشعار على سطح المكتب كلما أكّدت الخدمة إجراءات اتخذتها القواعد. يُبلَّغ دائمًا عن الإجراءات المحتجزة والإخفاقات وانقطاع الاتصال.",
        "Уведомление на рабочем столе каждый раз, когда служба подтверждает действия правил. О задержанных действиях, "
        "сбоях и потере соединения уведомления приходят всегда.",
        "サービスがルールの操作を確認するたびにデスクトップ通知を表示します。保留中の操作、失敗、接続の切断は常に通知されます。"),
    "Nothing to send: everyone is already as the rules say.": (
        "沒有要送出的動作：每個人都已符合規則。", "没有要发送的操作：每个人都已符合规则。",
        "Nada que enviar: todos ya están como dicen las reglas.", "Rien à envoyer : tout le monde est déjà conforme aux règles.",
        "Nichts zu senden: alle sind bereits so, wie die Regeln es sagen.", "لا شيء لإرساله: الجميع بالفعل كما تقول القواعد.",
        "Нечего отправлять: все уже в том состоянии, которое задают правила.", "送信するものはありません。全員がすでにルールどおりの状態です。"),
    # --- settings: the databases in use ------------------------------------------------------
    "Database": ("資料庫", "数据库", "Base de datos", "Base de données", "Datenbank", "قاعدة البيانات", "База данных", "データベース"),
    "Kind": ("類型", "类型", "Tipo", "Type", "Art", "النوع", "Тип", "種類"),
    "Built": ("建置日期", "构建日期", "Creada", "Créée", "Erstellt", "تاريخ الإنشاء", "Создана", "作成日"),
    "Age": ("存在天數", "存在天数", "Antigüedad", "Âge", "Alter", "العمر", "Возраст", "経過日数"),
    "File": ("檔案", "文件", "Archivo", "Fichier", "Datei", "الملف", "Файл", "ファイル"),
    " (bundled)": ("（內建）", "（内置）", " (incluida)", " (fournie)", " (mitgeliefert)", " (مضمّنة)", " (встроенная)", "（同梱）"),
    "{age} days": ("{age} 天", "{age} 天", "{age} días", "{age} jours", "{age} Tage", "الأيام: {age}", "дней: {age}", "{age} 日"),
    " — stale, consider updating": ("——已過時，建議更新", "——已过时，建议更新", " — desactualizada, conviene actualizarla",
                                    " — périmée, pensez à la mettre à jour", " — veraltet, bitte aktualisieren",
                                    " — قديمة، يُستحسن تحديثها", " — устарела, стоит обновить", " — 古いため更新を推奨"),
    "Updated.": ("已更新。", "已更新。", "Actualizada.", "Mise à jour.", "Aktualisiert.", "تم التحديث.", "Обновлено.", "更新しました。"),
}
