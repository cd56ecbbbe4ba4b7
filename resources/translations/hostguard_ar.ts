<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>حول HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}، أُنشئت في {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>اعرف من أين يتصل المشاركون، وعاين القواعد الجغرافية، وطبّقها مع حد حماية، واحتفظ بسجل تدقيق.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>قواعد بيانات GeoIP المستخدمة:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>الإصدارات</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): قاعدة بيانات البلدان المرفقة.</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>القرارات حسب الإجراء</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>لا أحد للمعاينة بعد</translation>
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
            <translation>تطبيق القواعد على الاجتماع</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>النقل إلى غرفة الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>إزالة وحظر</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>يمكن أيضًا رفض المنضمين الجدد من {countries} عبر سياسة البلدان الخاصة بالاجتماع على {service}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>الخدمة</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
                <numerusform>سيُتصرَّف في عدد من المشاركين قدره %n ({actions}) من أصل {total} في الاجتماع.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>لا شيء للإرسال</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
                <numerusform>المشاركون الذين عليهم علامة (%n) يُبرزون فقط؛ لا يُرسل شيء.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>حد الحماية: </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>لا يمكن التراجع عنه لاحقًا:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}: {why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>مشاركون تتعامل معهم بنفسك في تطبيق الاجتماع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>أفهم أن هذا يؤثر في {share:.0%} من الاجتماع</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
                <numerusform>تطبيق على المشاركين: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>تطبيق القرارات</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>منذ فتح هذه النافذة: انضم {joined} وغادر {left}. يتصرف التطبيق مع المشاركين المحسوبين أعلاه؛ ويُقرَّر الآخرون بالتطبيق التلقائي أو عند التطبيق التالي.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>الوقت (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>المشارك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>(افتراضي أو مستثنى)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}: الكل</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>البحث في سجل التدقيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>ابحث بالاسم أو السبب أو البلد…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>التقييد بنطاق زمني</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>بداية النطاق الزمني (UTC)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>نهاية النطاق الزمني (UTC)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>إعادة تحميل سجل التدقيق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>تصدير الصفوف المعروضة بصيغة CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>تصدير JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>تصدير الصفوف المعروضة بصيغة JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>إعادة القبول</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>إعادة قبول المشارك المحدد (تراجع)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>تصدير إدخالات هذا الشخص…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>تصدير كل الإدخالات عن المشارك المحدد</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>تعذّرت قراءة سجل التدقيق: {error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>المعروض {n} من {total} إدخالًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>الإدخالات: {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>تصدير سجل التدقيق بصيغة {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>صُدّرت الإدخالات إلى {file}: {n}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>فشل التصدير: {error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>لا تستطيع هذه الخدمة إعادة قبول الأشخاص</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>اختر شخصًا نُقل أو أُزيل</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>تصدير إدخالات هذا الشخص</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>صُدّرت {n} إدخالات عن {who} إلى {file}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>تعذّرت إعادة قبول {name}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>أُضيفت إعادة قبول {name} إلى قائمة الانتظار؛ سيعرض الجدول النتيجة عند اكتمالها.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}: {count} من {total} في الاجتماع ({share:.1%})</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>التوزيع حسب البلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>الأشخاص في الاجتماع حسب البلد؛ انقر على بلد أو اضغط Enter عليه لتصفية القائمة</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>الخدمة المرجعية</translation>
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
            <translation>معرّف الاجتماع أو UUID؛ للندوة عبر الويب: webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>رقم الاجتماع أو معرّف السلسلة أو معرّف الجلسة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>جذر API، مثل http://127.0.0.1:8765 (مطلوب)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>اختياري: يقدّم BASE/v2/… وBASE/oauth/token بدلًا من خوادم Zoom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>اختياري: يقدّم BASE/v1/… وBASE/analytics/v1/… بدلًا من خوادم Webex</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>الاتصال باجتماع</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>خدمة الاجتماعات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>عنوان URL الأساسي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>معرّف الاجتماع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>الخدمة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>عنوان URL الأساسي:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>معرّف الاجتماع:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>جارٍ فحص سلسلة المفاتيح…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>اختبار الاتصال</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>اختبار الاتصال</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>اختبار الاتصال جارٍ</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>حفظ واتصال</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>بيانات الاعتماد</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{field} لـ {service}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>اتركه فارغًا للإبقاء على المحفوظ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>اختياري: للتحليلات (العناوين)؛ وإلا يُستخدم رمز الوصول</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>تعذّر فحص سلسلة المفاتيح ({error})؛ ستُحفظ الأسرار لهذه الجلسة فقط.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation> الأسرار التي تدخلها تُحفظ لهذه الجلسة فقط ولا تُكتب أبدًا في ملف.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>أدخل معرّف الاجتماع أولًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>جارٍ الاختبار…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>فشل الاتصال: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>تحتاج الخدمة المرجعية إلى عنوان URL الأساسي (جذر API).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>أدخل معرّف الاجتماع.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>لم يُحفظ شيء: {error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>ابحث بالاسم أو الرمز، مثل الصين أو CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>البحث عن البلدان</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>إظهار المحدد فقط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>إظهار البلدان المحددة فقط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>مسح البلدان المحددة</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>المحدد: {codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>لم يُحدَّد بلد: اكتب اسمًا واضغط Enter، أو ضع علامة في المربعات</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>اختيار البلدان</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
                <numerusform>{label} ({type})، أُنشئت في {date}، عمرها بالأيام: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
                <numerusform>{database} — تجاوزت الحد بالأيام: %n؛ يُنصح بتحديثها</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>تم التحديد: تضع قاعدة البيانات هذا العنوان في بلد.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>غير معروف (غير موجود في قاعدة البيانات): عنوان عام لا تغطيه قاعدة البيانات، لذا فالبلد غير معروف.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>شبكة خاصة: عنوان شبكة خاصة (شبكة محلية، أو داخل شبكة VPN، أو NAT لدى مزوّد الخدمة): لا يدل على مكان الشخص، لذا فالبلد غير معروف.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>لم يُبلَّغ عن عنوان: لم تُبلغ خدمة الاجتماعات عن أي عنوان لهذا الشخص، لذا فالبلد غير معروف.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>عنوان غير صالح: أبلغت الخدمة عن شيء ليس عنوان IP، لذا فالبلد غير معروف.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>المناطق: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>المدينة: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>بلد التسجيل: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>البلد الممثَّل: {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>وقت الانضمام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>الاستنتاج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>علامات الشبكة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>بيانات موقع أخرى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>تفاصيل المشارك</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>اختر مشاركًا لرؤية أدلة بلده والقرار بشأنه.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>إعادة القبول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>إعادة قبول المشارك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>أدخِل هذا الشخص من غرفة الانتظار (تراجع) حيث تسمح الخدمة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>إعادة تحميل الأدلة</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>جارٍ تحميل الأدلة…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>لا يمكن عرض الأدلة: لم يستجب محرك HostGuard (ربما تجري إعادة تشغيله). أعد المحاولة بعد لحظات.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>لم يعد هذا المشارك مدرجًا، لذا لا توجد أدلة لعرضها.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country} ({code}، القارة {continent})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>غير معروف (لا يوجد بلد في قاعدة البيانات): {note}. البلد غير معروف.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>لم يُبلَّغ عن عنوان</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>لم يُرجَع إليها (لا يوجد عنوان عام)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>شبكة أنيكاست (قد يكون الموقع في أي مكان)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>ليست أنيكاست</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>إخفاء الهوية: {kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — القاعدة «{rule}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — مستثنى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — افتراضي</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>لا شيء للإرسال</translation>
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
            <translation>حد الحماية</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>المشاركون المتأثرون لكل قاعدة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>إيقاف المزامنة والخروج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>البحث عن مشارك…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>البحث في القائمة بالاسم أو البريد أو البلد أو العنوان أو القرار</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>إظهار الجميع مجددًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>الاتصال باجتماع…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>اختر الخدمة والاجتماع، واحفظ بيانات الاعتماد في سلسلة المفاتيح، واختبر الاتصال</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>فتح الفعالية التجريبية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>فعالية محاكاة على هذا الحاسوب؛ لا حاجة إلى حساب</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>القواعد والمعاينة</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>اكتب القواعد وعاين من تؤثر فيهم</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>معاينة القواعد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>أعد حساب من تؤثر فيهم القواعد الآن</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>تطبيق القواعد…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>أرسل قرارات القواعد إلى خدمة الاجتماعات (يطلب التأكيد)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>سجل التدقيق…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>تطبيق القواعد على المنضمين الجدد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>اتخاذ القرار والتصرف مع كل منضم عند وصوله (يُحتجز التدفق الذي يتجاوز حد الحماية حتى تقرر)؛ يُحفظ لهذا الاجتماع</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>التراجع عن آخر تطبيق…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>السماح بالدخول من غرفة الانتظار وإلغاء الحظر واستعادة سياسة البلدان التي غيّرها آخر تطبيق (يسأل أولًا ويذكر ما لا يمكن التراجع عنه)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>نسيان هذا الاجتماع…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>حذف ما يحتفظ به HostGuard عن هذا الاجتماع (صندوق الإرسال والتدقيق والحالة) بعد عرض تصدير سجل التدقيق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>حول HostGuard</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>حول Qt</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>ابحث بالاسم أو البريد أو البلد أو العنوان أو القرار…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>البحث في القائمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>تصفية سريعة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>مسح تصفية البلد</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>عرض:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>اربط HostGuard باجتماع</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>يعرض HostGuard من أين يتصل المشاركون، ويتيح لك كتابة قواعد جغرافية ومعاينة من تؤثر فيهم بدقة، ثم يطبّقها عبر خدمة الاجتماعات، مع حدّ حماية يمنع التصرف في جزء كبير من الاجتماع دفعة واحدة.

اختر مكان اجتماعك:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>الخدمة المرجعية…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>خدمة تتحدث واجهة HostGuard المرجعية: تحتاج إلى عنوانها ورمز API.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>تطبيق OAuth من خادم إلى خادم (معرّف الحساب ومعرّف العميل وسرّ العميل). لا يستطيع Zoom إزالة من هو في الاجتماع بالفعل؛ ينبّهك HostGuard إلى ذلك قبل التطبيق.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>رمز وصول Webex. تظهر العناوين بعد مهلة التحليلات في Webex.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>جرّب العرض التجريبي (بلا حساب)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>فعالية محاكاة على هذا الحاسوب، ينضم إليها أشخاص مباشرة، مع قواعد نموذجية محمّلة دون تطبيق.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>التوزيع حسب البلد</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>تفاصيل المشارك</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>الإجراءات المحتجزة</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>تنفيذها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>تنفيذ الإجراءات المحتجزة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>إيقاف التطبيق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>عدم تنفيذ الإجراءات المحتجزة وإيقاف التطبيق</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>مزيد من الأدوات</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>التطبيق على المنضمين الجدد</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>آخر الإجراءات</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>حالة المزامنة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>حصة الطلبات</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>جارٍ بدء الفعالية المحاكاة…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>جارٍ الاتصال بالاجتماع {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>تعذّر الاتصال: {msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}: جارٍ الاتصال…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>عرض تجريبي: القواعد النموذجية محمّلة دون تطبيق (انظر القواعد).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>متصل بـ {service_title}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}: جارٍ إعادة تشغيل المحرك…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>توقف المحرك؛ تجري إعادة تشغيله. تُحفظ الإجراءات المنتظرة وتُستأنف.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>أُعيد تشغيل المحرك؛ تُستأنف الإجراءات المنتظرة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}: توقف المحرك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>توقف المحرك وتعذرت إعادة تشغيله. أعد الاتصال من ملف ← الاتصال باجتماع.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}: متصل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}: جارٍ الاتصال…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation> (تشغيل تجريبي)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>انقطع الاتصال بـ {service}: {state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>عاد الاتصال بـ {service}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>قيد الانتظار {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>مُطبَّق {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>فشل {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>غير مدعوم {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>يدوي {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>تجاوز حد المعدل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>مشكلة في الخدمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>: توقف مؤقت {seconds:.0f} ث</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>أُوقف التطبيق التلقائي: {message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>تطبيق القواعد على المنضمين الجدد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>تعذّر التبديل: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>تُطبَّق القواعد الآن على المنضمين الجدد فور وصولهم.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
                <numerusform>الإجراءات المحتجزة التي أُلغيت: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>انقر أو اضغط Ctrl+E للتبديل</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
                <numerusform>التطبيق متوقف مؤقتًا: الإجراءات التي يحتجزها حد الحماية من التدفق: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>المحتجزة: %n</numerusform>
                <numerusform>المحتجزة: %n</numerusform>
                <numerusform>المحتجزة: %n</numerusform>
                <numerusform>المحتجزة: %n</numerusform>
                <numerusform>المحتجزة: %n</numerusform>
                <numerusform>المحتجزة: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>لم يُرسل شيء: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
                <numerusform>المشاركون المحتجزون قيد المعالجة: %n؛ راقب عمود المزامنة.</numerusform>
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
            <translation>الأخير: {what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>{total} في الاجتماع (منضمون أو ينتظرون) من أصل {everyone} في القائمة. انقر على بلد لتصفية القائمة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>المشاركون: {everyone}، في الاجتماع: {total}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} من {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>المعروض: %n</numerusform>
                <numerusform>المعروض: %n</numerusform>
                <numerusform>المعروض: %n</numerusform>
                <numerusform>المعروض: %n</numerusform>
                <numerusform>المعروض: %n</numerusform>
                <numerusform>المعروض: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>إظهار كل البلدان مجددًا</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>يُحسب أولًا العرض المسبق؛ اضغط «تطبيق» عندما يظهر.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>في القواعد أخطاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>أصلح الأخطاء الظاهرة في محرر القواعد قبل التطبيق.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>جارٍ التطبيق…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>حد الحماية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>لم يُطبَّق شيء: {message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>فشل التطبيق</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>لم يُطبَّق شيء: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>لا شيء لإرساله: الجميع بالفعل كما تقول القواعد.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>الإجراءات في قائمة الانتظار: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>؛ {n} منجزة مسبقًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>؛ {n} لا تدعمها هذه الخدمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>؛ {n} تحتاج إلى خطوة يدوية</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>. تابع عمود المزامنة.</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>التراجع عن آخر تطبيق</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>تعذّرت قراءة ما فعله آخر تطبيق: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>جارٍ التراجع عن آخر تطبيق…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>لم يُتراجع عن شيء: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
                <numerusform>التراجع: الإجراءات في قائمة الانتظار: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>؛ {n} تعذّر التراجع عنها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>؛ سياسة البلدان: {policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>؛ لم تُستعد سياسة البلدان: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>نسيان هذا الاجتماع</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>حذف كل ما يحتفظ به HostGuard على هذا الحاسوب عن الاجتماع {meeting}: صندوق الإرسال وسجل التدقيق والحالة؟ يُغلق الاتصال بالاجتماع أولًا. لا يمكن التراجع عن ذلك.

صدّر سجل التدقيق أولًا للاحتفاظ بنسخة.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>التصدير ثم النسيان…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>النسيان دون تصدير</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>تصدير سجل التدقيق</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>جارٍ نسيان الاجتماع {meeting}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>لم يُنسَ الاجتماع {meeting}: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>نُسي الاجتماع {meeting}: {what}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>صُدّر سجل التدقيق ({n} إدخالات) إلى {file}.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>استعادة سياسة الاجتماع</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>هل تريد إعادة سياسة البلدان التي كانت للاجتماع قبل أن يغيّرها HostGuard؟

تغيير HostGuard: {policy}

قد ينضم مجددًا أشخاص من البلدان التي تحظرها قواعدك؛ وتبقى القواعد هي التي تقرر بشأنهم بعد دخولهم.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>لم يتغير شيء: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>إعادة القبول</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>تعذّرت إعادة القبول: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>أُضيفت إعادة القبول إلى قائمة الانتظار؛ تابع عمود المزامنة.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>تُطبَّق القواعد الآن تلقائيًا على المنضمين الجدد.</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>لم يعد يُتصرَّف تلقائيًا بشأن المنضمين الجدد؛ اضغط «تطبيق» للتصرف.</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>التطبيق: مفعّل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>التطبيق: متوقف</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation> جارٍ إعادة تحميل قواعد البيانات…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>تعذّر فتح قاعدة البيانات الجديدة ({error})؛ تبقى السابقة قيد الاستخدام.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>قاعدة البيانات الجديدة قيد الاستخدام؛ أُعيد اتخاذ القرار بشأن الجميع بها.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>سجل التدقيق — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>التطبيق متوقف مؤقتًا</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
                <numerusform>الإجراءات التي يحتجزها حد الحماية من التدفق: %n. نفّذها أو أوقف التطبيق.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>فشلت إجراءات</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
                <numerusform>الإجراءات الفاشلة: %n؛ راجع عمود المزامنة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>نُفّذت القواعد</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
                <numerusform>أكّدت الخدمة إجراءات القواعد: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>انقطع الاتصال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>انقطع الاتصال بخدمة الاجتماعات: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>انقطع الاتصال بخدمة الاجتماعات.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>لم تطابق أي قاعدة (افتراضي)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>مستثنون</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule} (معطّلة)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule} (تقرير فقط)</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>التطابقات: {n}، دون أي إجراء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>{n} للتصرف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>، أُنجز {n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n} ({changed} تغيّر)</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>اكتب قواعد أو حمّلها لمعاينتها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>حكم حد الحماية</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>القاعدة / المشارك</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>المتأثرون</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>تغيّر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>أُنجز</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>المشاركون الحاضرون الذين تقرر بشأنهم هذه القاعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>قرار مختلف عن القرار المعروض الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>في تلك الحالة بالفعل، أو أُرسل إلى الخدمة بالفعل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>من تؤثر فيه كل قاعدة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>تحديث المعاينة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>تحديث المعاينة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>تطبيق…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>تطبيق هذه القرارات على الاجتماع</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>فشلت المعاينة: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>حد الحماية: </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>الشريط: {share:.0%} من المشاركين غير المستثنين سيُنقلون أو يُزالون؛ الخط: حد الحماية، {limit:.0%}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>المشاركون: {total}. للإرسال: {sends}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> {released} من المنقولين أو المُزالين حاليًا لن يعودوا كذلك.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>  (البلد غير معروف)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>جديد (الآن {action})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>تم التصرف مسبقًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>دون تغيير</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>… و{n} آخرون</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>المشاركون: {n} (افتح للعرض)</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>في الاجتماع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>سيُنقلون أو يُزالون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>عليهم علامة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>المزامنة قيد الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>فشلت المزامنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>غير مدعوم من الخدمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>في غرفة الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>أُزيلوا أو حُظروا</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>أي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>البلد غير معروف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>البلد معروف</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>غير نشطة حتى {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>انتهت عند {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>نشطة حتى {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>معطّلة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>نشطة حتى انتهاء الاجتماع</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>الأدوار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>الأدوار المستثناة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>القارات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>خدمات إخفاء الهوية</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}: {label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>القواعد بترتيب تجربتها</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>إضافة قاعدة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>إضافة قاعدة في النهاية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>حذف القاعدة المحددة (Delete)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>نقل القاعدة المحددة لأعلى (Alt+Up)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>نقل لأسفل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>نقل القاعدة المحددة لأسفل (Alt+Down)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>القواعد (أول قاعدة مطابقة تقرر):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>القاعدة المحددة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>اسم القاعدة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>إجراء القاعدة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>مُفعّلة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>القاعدة مُفعّلة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>تقرير فقط (عدّ التطابقات دون أي إجراء)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>القاعدة للتقرير فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>تُقيَّم قاعدة التقرير فقط وتُحسب كأي قاعدة لكنها لا تتخذ أي إجراء؛ تقرر أول قاعدة مطابقة تحتها</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>نشطة من (وقت RFC 3339 مع الإزاحة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>مثال 2026-06-04T12:00:00+08:00 (فارغ: من البداية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>نشطة حتى (وقت RFC 3339 مع الإزاحة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>مثال 2026-06-04T20:00:00+08:00 (فارغ: بلا نهاية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>حتى انتهاء الاجتماع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>القاعدة نشطة حتى انتهاء الاجتماع</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>البلدان (رموز ISO)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>البلدان خارج (بأسلوب قائمة السماح)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name} (الرمز {code} في ملفات القواعد)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>القارة {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>شرط البلد غير المعروف</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>«البلد غير معروف» يطابق المشاركين الذين تعذّر استنتاج بلدهم (غير موجود في قاعدة البيانات أو شبكة خاصة أو بلا عنوان)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>شروط متقدمة (المناطق والشبكات وأرقام AS وخدمات إخفاء الهوية)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>إظهار الشروط المتقدمة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>المناطق (ISO 3166-2، مثل US-CA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>أرقام AS، مثل 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>الشبكات (CIDR، مثل 203.0.113.0/24)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>المناطق:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>أرقام AS:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>الشبكات:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>خدمات إخفاء الهوية:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>الإجراء:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>الوضع:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>نشطة من:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>نشطة حتى:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>الشروط (يجب أن تتحقق كل الشروط المحددة؛ والقائمة تطابق أيًّا من عناصرها):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>البلدان:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>باستثناء البلدان:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>القارات:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>غير معروف:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>الأدوار:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>كل من سواهم، وحد الحماية، والاستثناءات</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>الإجراء الافتراضي عند عدم تطابق أي قاعدة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>أكبر نسبة من الاجتماع يُتصرَّف فيها دفعة واحدة، بالمئة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share: التصرف في نسبة أكبر من المشاركين غير المستثنين دفعة واحدة يتطلب تأكيدًا صريحًا</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>المضيف مستثنى دائمًا</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>أنماط البريد المستثناة، مفصولة بفواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>الإجراء الافتراضي:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>حد الحماية:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>الأدوار المستثناة:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>البريد المستثنى:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>مشكلات في القواعد</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>مشكلات في الملف الذي لم يُستورد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>إغلاق رسالة الاستيراد</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>استيراد القواعد من ملف TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>تصدير القواعد إلى ملف TOML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>البدء من قالب…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>البدء من قالب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>استبدال القواعد بنقطة بداية مسماة لتعديلها (لا يُطبَّق شيء)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>مثل CN, HK (أو اختر…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>اختر من قائمة: {field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
                <numerusform>لم يُستورد {name}: عدد الأخطاء %n. قواعدك الحالية لم تتغير.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
                <numerusform>استُورد {name}، عدد التحذيرات: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>تعذّرت الكتابة إلى {file}: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
                <numerusform>صُدّرت القواعد إلى {file}: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>تعذّر فتح القالب: {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>بدأت من القالب «{title}»: عدّله ثم صدّره أو طبّقه.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>تقرير فقط</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>التطابقات الآن: {now}، المُبلَّغ عنها: {seen}، دون أي إجراء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>التطابقات الآن: {now}، المُعالَجون: {acted}</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
                <numerusform>عدد المشكلات: %n؛ لن تُستخدم القواعد قبل إصلاحها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
                <numerusform>عدد القواعد: %n، صالحة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>أصلح المشكلات المذكورة أدناه قبل التصدير.</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>غرفة الانتظار للمواقع غير المعروفة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>البلدان المدعوة فقط، مع وضع علامة على غير المعروف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>حظر مخارج Tor (يتطلب قاعدة بيانات Anonymous-IP)</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>لا قواعد: يحصل الجميع على الإجراء الافتراضي.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>استيراد القواعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>ملفات القواعد (*.toml);;كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>تصدير القواعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>ملفات القواعد (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>معرّف المشارك</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>ما تستطيع خدمة الاجتماعات هذه فعله وما لا تستطيع</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>أدوار لا تُبلغ عنها خدمة الاجتماعات هذه</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>نسخ بريد المضيفين البديلين</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>نسخ عناوين بريد المضيفين البديلين للاجتماع لاستثنائهم</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>أزِل يدويًا في تطبيق Zoom</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>نسخ الأسماء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>نسخ أسماء من يجب إزالتهم يدويًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>نسخ المعرّفات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>نسخ معرّفات المشاركين الذين يجب إزالتهم يدويًا</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>استعادة السياسة السابقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>استعادة سياسة البلدان السابقة للاجتماع</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>غيّر HostGuard سياسة هذا الاجتماع نفسه: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
                <numerusform>أزِل يدويًا في تطبيق Zoom؛ عدد المشاركين: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>أزِل يدويًا في تطبيق Zoom: لا أحد حاليًا</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} نقل من هم في الاجتماع بالفعل إلى غرفة الانتظار: عدد المشاركين المُدرجين لتنقلهم أنت في تطبيق {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} إزالة من هم في الاجتماع بالفعل: عدد المشاركين المُدرجين لتزيلهم أنت في تطبيق {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} الحظر (الإزالة ومنع العودة): عدد المشاركين المُدرجين لتزيلهم وتحظرهم أنت في تطبيق {service}: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
                <numerusform>لا يستطيع {service} تنفيذ {action}: عدد المشاركين المُدرجين لتتعامل معهم أنت في تطبيق {service}: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>إعدادات HostGuard</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>المستخدم الآن:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>قواعد بيانات GeoIP المستخدمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>العمر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>تحديث قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>تنزيل قاعدة بيانات GeoIP أحدث</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>تقدم تنزيل قاعدة البيانات</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>غير متاح هنا</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>تعذّرت قراءة قواعد البيانات: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation> (مضمّنة)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>الأيام: {age}</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — قديمة، يُستحسن تحديثها</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>جارٍ التنزيل…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>فشل التحديث: {error}. قاعدة البيانات الحالية لم تتغير.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>تم التحديث.</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>السماح بالدخول من غرفة الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>إلغاء الحظر</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>التراجع عن آخر تطبيق</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>لا يمكن التراجع عن أي شيء من آخر تطبيق.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
                <numerusform>الإجراءات التي سيُتراجع عنها من آخر تطبيق: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>ما سيُتراجع عنه</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>تُستعاد سياسة البلدان للاجتماع: {policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
                <numerusform>الإجراءات التي لا يمكن التراجع عنها: %n:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>ما لا يمكن التراجع عنه ولماذا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}: {why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>التراجع عن آخر تطبيق</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>افتراضي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>اختيار {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>اختيار مجلد</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>، ملف في كل سطر</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>إضافة إلى {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>اختيار قواعد البيانات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard: خطأ غير متوقع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>سجّل HostGuard التفاصيل. قواعدك وقائمة الإرسال محفوظة؛ يمكنك متابعة العمل أو الخروج والبدء من جديد.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>حدث خطأ ما في الخيط {thread}: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>حدث خطأ ما: {error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>السماح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>وضع علامة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>غرفة الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>حظر</translation>
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
            <translation>استضافة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>وكيل عام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>وكيل سكني</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>رمز API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>معرّف الحساب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>معرّف العميل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>سرّ العميل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>رمز الوصول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>رمز المسؤول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>مفتاح الترخيص</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>سيُنقل أو يُزال {acting} من أصل {eligible} مشاركًا غير مستثنى ({share})؛ ضمن الحد البالغ {limit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>سيُنقل أو يُزال {acting} من أصل {eligible} مشاركًا غير مستثنى ({share})، وهذا يتجاوز الحد البالغ {limit} (max_action_share): أكّد للمتابعة</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>المضيف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>المضيف المشارك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>عضو اللجنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>حاضر</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>وقت الانضمام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>غير معروف (غير موجود في قاعدة البيانات)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>شبكة خاصة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>لم يُبلَّغ عن عنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>عنوان غير صالح</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>مُطبَّق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>غير مدعوم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>يدوي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>تأجيل مؤقت</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>لم يُرسل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action} (مستثنى)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action} (افتراضي)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>(لم يُبلَّغ عن اسم)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>يمثّل {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>أنيكاست</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>في {country}، حسب {database} {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>البلد غير معروف (العنوان غير موجود في {database} {month})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>البلد غير معروف ({note})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>البلد غير معروف (عنوان شبكة خاصة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>البلد غير معروف (أُبلغ عن عنوان غير صالح)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>البلد غير معروف (لم يُبلَّغ عن أي عنوان)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>القاعدة «{rule}»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>لم تنطبق أي قاعدة، الافتراضي: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>مستثنى (الدور: {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>مستثنى (البريد الإلكتروني يطابق {value})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>العنوان ضمن {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>مُعلَّم: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>المنطقة: {value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>الدور: {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <location line="-29" />
            <source>Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).</source>
            <translation>لم يُرسل بعد: اضغط «تطبيق» (أو فعّل التطبيق التلقائي على المنضمين الجدد في الإعدادات).</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>فعالية تجريبية (محاكاة)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>يُنزّل «تحديث» قاعدة بيانات البلدان المجانية لهذا الشهر من DB-IP (db-ip.com، CC BY 4.0)، ويفحصها، ويحوّل الاجتماع المفتوح إليها؛ ويُحتفظ بالملف المستبدل للرجوع إليه.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>عام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>قواعد بيانات GeoIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>التخزين والتدقيق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>تطبيق القواعد تلقائيًا على المنضمين الجدد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>عند التفعيل، تُرسل القرارات الخاصة بمن ينضمون بعد تطبيق القواعد دون سؤال، ما دام حد الحماية (max_action_share) محترمًا؛ وفوقه يتوقف HostGuard ويسأل. معطّل افتراضيًا.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>أعلمني عندما تُنفَّذ قاعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>إشعار على سطح المكتب كلما أكّدت الخدمة إجراءات اتخذتها القواعد. يُبلَّغ دائمًا عن الإجراءات المحتجزة والإخفاقات وانقطاع الاتصال.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>لغة النافذة. تسري عند تشغيل HostGuard مجددًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>فاصل تحديث القائمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>عدد مرات جلب قائمة المشاركين كاملة من جديد عندما لا تملك الخدمة تدفق أحداث.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> ث</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>ملفات قواعد البيانات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>ملفات MaxMind DB المستخدمة: قاعدة بلدان أو مدن، واختياريًا قاعدة ASN وقاعدة Anonymous-IP. فارغ: قاعدة بلدان DB-IP المرفقة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>التنبيه عندما تكون قاعدة البيانات أقدم من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>تتغير بيانات البلدان مع انتقال كتل العناوين بين الجهات؛ وتُميَّز قواعد البيانات الأقدم.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> يومًا</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>مجلد الحالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>مكان حفظ قائمة الإرسال وسجل التدقيق. فارغ: مجلد الحالة الخاص بالمستخدم.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>الاحتفاظ بإدخالات التدقيق لمدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>تُحذف الإدخالات الأقدم. القيمة 0 تحتفظ بها إلى الأبد.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>خدمة الاجتماعات.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>الخدمة المرجعية</translation>
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
            <translation>عنوان URL الأساسي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>تجاوز جذر API.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>معرّف الاجتماع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>الاجتماع المراد الاتصال به.</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>منضم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>في الانتظار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>أُزيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>محظور</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>غادر</translation>
        </message>
    </context>
</TS>