<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>關於 HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}，建置於 {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>查看與會者從哪裡連線、預覽地理規則、在安全保護下套用規則，並保留稽核紀錄。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>使用中的 GeoIP 資料庫：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt;（CC BY 4.0）：隨附的國家/地區資料庫。</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>各動作的決定</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>無人</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>尚無可預覽的人</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{action} {n} ({share:.0%})</source>
            <translation>{action} {n}（{share:.0%}）</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <location filename="../../hostguard/ui/apply_dialog.py" line="+129" />
            <source>Apply rules to the meeting</source>
            <translation>將規則套用到會議</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>移到等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>移除並封鎖</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>來自 {countries} 的新加入者也可由 {service} 上會議本身的國家/地區政策拒絕。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>該服務</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>會議中 {total} 人裡將對 %n 人採取行動（{actions}）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>沒有要送出的內容</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>%n 位已標記的與會者只會醒目顯示，不會送出任何內容。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>比例保護：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>之後無法復原：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}：{why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>需您在會議用戶端中自行處理的與會者</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>我了解這會影響會議中 {share:.0%} 的人</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>套用到 %n 位與會者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>套用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>套用這些決定</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>自此對話框開啟以來：{joined} 人加入，{left} 人離開。套用只處理上方計入的與會者；其他人由自動執行或下次套用決定。</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>時間（UTC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>與會者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>執行者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>（預設或豁免）</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}：全部</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>搜尋稽核紀錄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>搜尋名稱、原因、國家/地區…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>限定時間範圍</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>時間範圍起點（UTC）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>時間範圍終點（UTC）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>重新載入稽核紀錄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>匯出 CSV(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>將顯示的列匯出為 CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>匯出 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>將顯示的列匯出為 JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>重新接納(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>重新接納所選與會者（復原）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>匯出此人的紀錄(&amp;P)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>匯出所選與會者的所有紀錄</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>無法讀取稽核紀錄：{error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>顯示 {total} 筆中的 {n} 筆</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>共 {total} 筆</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>將稽核紀錄匯出為 {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>已將 {n} 筆匯出到 {file}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>匯出失敗：{error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>此服務無法讓人重新進入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>請選取曾被移動或移除的人</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>匯出此人的紀錄</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>已將關於 {who} 的 {n} 筆紀錄匯出至 {file}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>無法重新接納 {name}：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>已排入 {name} 的重新接納；結果確定後會顯示在表格中。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>人數</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}：會議中 {total} 人中的 {count} 人（{share:.1%}）</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>國家/地區分布</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>各國家/地區的與會人數；點選某國家/地區或在其上按 Enter 即可篩選名單</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>參考服務</translation>
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
            <translation>會議 ID 或 UUID；網路研討會：webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>會議號碼、系列 ID 或場次 ID</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>API 根目錄，例如 http://127.0.0.1:8765（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>選填：以 BASE/v2/… 與 BASE/oauth/token 取代 Zoom 的主機</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>選填：以 BASE/v1/… 與 BASE/analytics/v1/… 取代 Webex 的主機</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>連線到會議</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>會議服務</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>基礎 URL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>會議 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>服務(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>基礎 URL(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>會議 ID(&amp;M)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>正在檢查鑰匙圈…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>測試連線(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>測試連線</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>正在測試連線</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>儲存並連線</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>憑證</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{service} {field}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>留空以保留已儲存的值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>選填：用於分析（位址）；否則使用存取權杖</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>無法檢查鑰匙圈（{error}）；密鑰只會保留到本次工作階段結束。</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation>您輸入的密鑰只保留到本次工作階段結束，絕不寫入檔案。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>請先輸入會議 ID。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>測試中…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>連線失敗：{error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>參考服務需要其基礎 URL（API 根目錄）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>請輸入會議 ID。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>未儲存任何內容：{error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>依名稱或代碼搜尋，例如 China 或 CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>搜尋國家/地區</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>只顯示已選取</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>只顯示已選取的國家/地區</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>清除已選取的國家/地區</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>已選取：{codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>尚未選取國家/地區：輸入名稱後按 Enter，或勾選方塊</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>選擇國家/地區</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label}（{type}），建置於 {date}，已有 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — 已超過 %n 天，建議更新</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>已判定：資料庫將此位址定位在某個國家/地區。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>未知（不在資料庫中）：資料庫未涵蓋的公用位址，因此國家/地區不明。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>私人網路：私人網路位址（區域網路、VPN 內部、電信級 NAT）無法說明此人身在何處，因此國家/地區不明。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>未回報位址：會議服務未回報此人的位址，因此國家/地區不明。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>無效位址：服務回報的內容不是 IP 位址，因此國家/地區不明。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>行政區：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>城市：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>註冊國家/地區：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>代表國家/地區：{value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>加入時間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>推斷</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>位址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>網路標記</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>其他位置資料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>決定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>與會者詳細資料</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>選取一位與會者，即可查看其國家/地區與決定的依據。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>重新接納</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>重新接納與會者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>在服務允許時，讓此人從等候室進入（復原）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>再試一次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>重新載入依據</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>正在載入依據…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>無法顯示依據：HostGuard 的引擎沒有回應（可能正在重新啟動）。請稍後再試。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>此與會者已不在名單中，因此沒有依據可顯示。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country}（{code}，洲：{continent}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country}（{code}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>未知（資料庫中沒有國家）：{note}。國家未知。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>未回報位址</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>未查詢（沒有公用位址）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>任播網路（位置可能在任何地方）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>非任播</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>匿名化服務：{kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — 規則「{rule}」</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — 豁免</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — 預設</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>沒有要送出的內容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{state}: {detail}</source>
            <translation>{state}：{detail}</translation>
        </message>
    </context>
    <context>
        <name>GuardGauge</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+105" />
            <source>Share guard</source>
            <translation>比例保護</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>各規則影響的與會者</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>停止同步並結束</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>尋找與會者(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>依名稱、電子郵件、國家/地區、位址或決定搜尋名單</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>清除篩選(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>再次顯示所有人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>連線到會議(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>選擇服務與會議、將憑證存入鑰匙圈並測試連線</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>開啟示範活動(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>在這台電腦上模擬的活動；不需要帳號</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>名單(&amp;R)</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>規則與預覽(&amp;U)</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>撰寫規則並預覽受影響的人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>預覽規則(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>重新計算規則目前影響的人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>套用規則(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>將規則的決定送到會議服務（會先確認）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>稽核紀錄(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>對新加入者執行規則(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>每位加入者一到即判定並處理（超過比例保護上限的大量湧入會暫緩，直到您決定）；此會議會記住這個設定</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>復原上次套用(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>從等候室准入、解除封鎖並還原上次套用變更的國家/地區政策（會先詢問，並說明無法復原的部分）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>忘記此會議(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>刪除 HostGuard 為此會議保存的內容（待送佇列、稽核、狀態），刪除前可先匯出稽核紀錄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>關於 HostGuard(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>關於 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>搜尋名稱、電子郵件、國家/地區、位址、決定…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>搜尋名單</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>快速篩選</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>清除國家/地區篩選</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>顯示：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>與會者</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>將 HostGuard 連線到會議</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard 會顯示與會者從哪裡連線，讓您撰寫地理規則、精確預覽受影響的人，並透過會議服務套用規則；比例保護可避免一次對會議中過多的人採取行動。

請選擇您的會議所在：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>參考服務…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>使用 HostGuard 參考 API 的服務：需要其位址與 API 權杖。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Server-to-Server OAuth 應用程式（帳號 ID、用戶端 ID、用戶端密鑰）。Zoom 無法移除已在會議中的人；HostGuard 會在套用前說明。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Webex 存取權杖。位址會在 Webex 分析延遲後出現。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>試用示範（不需帳號）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>在這台電腦上模擬的活動，與會者會即時加入，並載入範例規則但不套用。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>國家/地區分布</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>與會者詳細資料</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>規則(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>主工具列</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>暫緩的動作</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>執行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>執行暫緩的動作</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>停止執行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>不執行暫緩的動作並停止執行規則</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>更多工具</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>對新加入者執行規則</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>最近的動作</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>未連線</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>同步狀態</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>請求額度</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>正在啟動模擬活動…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>正在連線到會議 {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>無法連線：{msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}：連線中…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>示範：已載入範例規則，尚未套用（見「規則」）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>已連線到 {service_title}。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}：引擎重新啟動中…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>引擎已停止，正在重新啟動。已排入佇列的動作會保留並繼續。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>引擎已重新啟動；已排入佇列的動作繼續進行。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}：引擎已停止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>引擎已停止且無法重新啟動。請從「檔案 → 連線到會議」重新連線。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}：已連線</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}：連線中…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation>（試執行）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>與 {service} 的連線中斷：{state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>已重新連線到 {service}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>待送出 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>已套用 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>失敗 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>不支援 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>需手動 {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>已達速率限制</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>服務異常</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>：暫停 {seconds:.0f} 秒</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>已暫停自動套用：{message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>對新加入者執行規則</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>無法切換：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>現在新加入者一到即執行規則。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>已放棄 %n 項暫緩的動作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>按一下或按 Ctrl+E 切換</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>執行已暫停：突增保護暫緩了 %n 項動作。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n 項暫緩</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>未傳送任何內容：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>正在處理 %n 位暫緩的與會者；請留意「同步」欄。</numerusform>
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
            <translation>最近：{what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>名單上 {everyone} 人中有 {total} 人在會議中（已加入或等候中）。點選國家/地區即可篩選名單。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>與會者 {everyone} 人，會議中 {total} 人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{shown} / {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>顯示 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>再次顯示所有國家/地區</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>正在先計算預覽；預覽顯示後請按「套用」。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>規則有錯誤</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>套用前請先修正規則編輯器中顯示的錯誤。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>正在套用…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>比例保護</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>未套用任何內容：{message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>套用失敗</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>未套用任何內容：{error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>沒有要送出的動作：每個人都已符合規則。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>已排入 %n 項動作</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>；{n} 項已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>；{n} 項此服務不支援</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>；{n} 項需手動處理</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>。請留意「同步」欄。</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>復原上次套用</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>無法讀取上次套用的內容：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>正在復原上次套用…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>未復原任何內容：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>復原：已排入 %n 項動作</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>；{n} 項無法復原</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>；國家/地區政策：{policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>；國家/地區政策未還原：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>忘記此會議</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>刪除 HostGuard 在這台電腦上為會議 {meeting} 保存的所有內容：待送佇列、稽核紀錄與狀態？會先關閉與會議的連線。此動作無法復原。

若要保留副本，請先匯出稽核紀錄。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>匯出後忘記…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>不匯出直接忘記</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>匯出稽核紀錄</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>正在忘記會議 {meeting}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>會議 {meeting} 未被忘記：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>已忘記會議 {meeting}：{what}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>稽核紀錄（{n} 筆）已匯出至 {file}。</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>還原會議的政策</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>要還原 HostGuard 變更前會議原有的國家/地區政策嗎？

HostGuard 的變更：{policy}

來自您規則所封鎖國家/地區的人之後可能再次加入；他們加入後仍由規則決定。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>未變更任何內容：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>重新接納</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>無法重新接納：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>已排入重新接納；請留意「同步」欄。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>現在會自動對新加入者套用規則。</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>不再自動對新加入者採取行動；請按「套用」執行。</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>執行中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>未執行</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation>正在重新載入資料庫…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>無法開啟新資料庫（{error}）；繼續使用先前的資料庫。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>已使用新資料庫；所有人都已依其重新決定。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>稽核紀錄 — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>執行已暫停</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>突增保護暫緩了 %n 項動作：請執行或停止執行規則。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>動作失敗</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>%n 項動作失敗；請查看「同步」欄。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>規則已執行</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>服務已確認規則採取的 %n 項動作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>連線中斷</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>與會議服務的連線中斷：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>與會議服務的連線中斷。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>沒有符合的規則（預設）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>豁免</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule}（已停用）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule}（僅報告）</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} 人符合，無人被處理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>需處理 {n} 人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>，已完成 {n} 人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n}（{changed} 人改變）</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>撰寫或載入規則以預覽。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>比例保護判定</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>規則／與會者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>受影響</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>改變</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>此規則所決定的在場與會者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>與目前顯示的決定不同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>已處於該狀態，或已送到服務</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>各規則影響哪些人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>重新整理預覽(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>重新整理預覽</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>套用(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>將這些決定套用到會議</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>預覽失敗：{error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>比例保護：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>長條：{share:.0%} 的非豁免與會者將被移動或移除；線：保護上限 {limit:.0%}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>無</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>與會者 {total} 人。要送出：{sends}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> 目前已移動或移除的 {released} 人將不再如此。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>（國家/地區未知）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>新（目前：{action}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>已處理</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>未改變</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>…還有 {n} 人</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>{n} 位與會者（展開以列出）</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>會議中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>將被移動或移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>已標記</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>同步待送出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>同步失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>服務不支援</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>在等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>已移除或封鎖</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>國家/地區未知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>國家/地區已知</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>{time} 前不生效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>已於 {time} 結束</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>生效至 {time}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>生效至會議結束</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>豁免角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>洲</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>匿名化服務</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}：{label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>規則（依嘗試順序）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>新增規則(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>在最後新增一條規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>刪除(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>刪除所選規則（Delete）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>將所選規則上移（Alt+↑）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>將所選規則下移（Alt+↓）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>規則（第一條符合者決定）：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>所選規則</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>規則名稱</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>規則動作</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>規則已啟用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>僅報告（計算符合數，從不處理）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>規則僅報告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>僅報告的規則會像其他規則一樣評估與計數，但從不處理；由其下方第一條符合的規則決定。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>生效起始（含時區偏移的 RFC 3339 時間）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>例如 2026-06-04T12:00:00+08:00（留空：從一開始）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>生效至（含時區偏移的 RFC 3339 時間）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>例如 2026-06-04T20:00:00+08:00（留空：不結束）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>直到會議結束</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>規則生效至會議結束</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>國家/地區（ISO 代碼）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>不在以下國家/地區（允許清單式）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name}（規則檔中代碼為 {code}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>洲：{name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>國家/地區未知條件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>「國家/地區未知」符合無法推斷國家/地區的與會者（不在資料庫中、私人網路或沒有位址）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>進階條件（區域、網路、AS 編號、匿名化服務）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>顯示進階條件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>區域（ISO 3166-2，例如 US-CA）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>AS 編號，例如 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>網路（CIDR，例如 203.0.113.0/24）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>區域：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>AS 編號：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>網路：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>匿名化服務：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>動作(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>生效起始：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>生效至：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>條件（所有已設定的條件都須成立；清單符合其中任一項即可）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>國家/地區：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>排除國家/地區：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>洲：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>未知：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>其他所有人、保護機制與豁免</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>沒有規則符合時的預設動作</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>一次可採取行動的最大會議比例（百分比）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share：一次對更大比例的非豁免與會者採取行動時，需要明確確認</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>主持人一律豁免</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>豁免的電子郵件樣式，以逗號分隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>預設動作：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>保護上限：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>豁免角色：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>豁免電子郵件：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>規則中的問題</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>未匯入檔案中的問題</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>關閉匯入訊息</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>匯入(&amp;I)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>從 TOML 檔匯入規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>匯出(&amp;X)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>將規則匯出為 TOML 檔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>從範本開始(&amp;T)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>從範本開始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>以具名的起點取代目前規則以便編輯（不會套用任何內容）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>例如 CN, HK（或選擇…）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>從清單選擇：{field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>未匯入 {name}：%n 個錯誤。您目前的規則未變更。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>已匯入 {name}，有 %n 個警告。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>無法寫入 {file}：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>已將 %n 條規則匯出到 {file}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>無法開啟範本：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>已從範本「{title}」開始：請編輯後匯出或套用。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>僅報告</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>目前符合 {now} 人，已報告 {seen} 人，無人被處理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>目前符合 {now} 人，已處理 {acted} 人</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>%n 個問題：修正前不會使用這些規則。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n 條規則，有效。</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>匯出前請先修正下列問題。</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>位置不明者進入等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>僅限受邀國家/地區，未知者標記</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>封鎖 Tor 出口（需要 Anonymous-IP 資料庫）</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>沒有規則：所有人都採用預設動作。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>匯入規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>規則檔 (*.toml);;所有檔案 (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>匯出規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>規則檔 (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>與會者 ID</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>此會議服務能做與不能做的事</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>此會議服務不回報的角色</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>複製替代主持人的電子郵件(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>複製會議替代主持人的電子郵件地址，以便將其豁免</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>請在 Zoom 用戶端中手動移除</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>複製名稱(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>複製要手動移除的名稱</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>複製 ID(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>複製要手動移除的與會者 ID</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>還原先前的政策(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>還原會議先前的國家/地區政策</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard 變更了此會議本身的政策：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>請在 Zoom 用戶端中手動移除：%n 位與會者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>請在 Zoom 用戶端中手動移除：目前沒有人</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} 無法把已在會議中的人移到等候室：已列出 %n 位與會者，請您在 {service} 用戶端中將其移到等候室。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} 無法移除已在會議中的人：已列出 %n 位與會者，請您在 {service} 用戶端中移除。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} 無法封鎖（移除並阻止再次加入）：已列出 %n 位與會者，請您在 {service} 用戶端中移除並封鎖。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} 無法執行 {action}：已列出 %n 位與會者，請您在 {service} 用戶端中處理。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>HostGuard 設定</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>目前使用：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>使用中的 GeoIP 資料庫</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>建置日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>存在天數</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>更新資料庫(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>下載較新的 GeoIP 資料庫</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>資料庫下載進度</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>此處無法使用</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>無法讀取資料庫：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation>（內建）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation>——已過時，建議更新</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>下載中…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>更新失敗：{error}。目前的資料庫未變更。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>已更新。</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>從等候室准入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>解除封鎖</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>復原上次套用</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>上次套用的內容都無法復原。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>將復原上次套用的 %n 項動作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>將復原的項目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>會議的國家/地區政策將還原：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>%n 項動作無法復原：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>無法復原的項目及原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}：{why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>復原</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>復原上次套用</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>預設</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>選擇{label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>選擇資料夾</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>，每行一個檔案</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>新增至{label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>選擇資料庫</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard：未預期的錯誤</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard 已記錄詳細資訊。您的規則與待送佇列已儲存；您可以繼續工作，或結束後重新啟動。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>執行緒 {thread} 中發生問題：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>發生問題：{error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>允許</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>標記</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>封鎖</translation>
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
            <translation>主機代管</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>公開代理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>住宅代理</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>API 權杖</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>帳號 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>用戶端 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>用戶端密鑰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>存取權杖</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>管理員權杖</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>授權金鑰</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>{eligible} 位非豁免與會者中有 {acting} 位（{share}）會被移動或移除；在 {limit} 的上限之內</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>{eligible} 位非豁免與會者中有 {acting} 位（{share}）會被移動或移除，超過 {limit} 的上限（max_action_share）：需確認才能繼續</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>主持人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>共同主持人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>講者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>與會者</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>依據</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>網路</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>加入時間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>決定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>未知（不在資料庫中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>私人網路</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>未回報位址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>無效位址</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>待送出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>已套用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>不支援</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>需手動</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>暫緩重試</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>未送出</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action}（豁免）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action}（預設）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>（未提供姓名）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>代表 {country}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>任播</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>位於{country}（依據 {database} {month}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>國家不明（{database} {month} 中查無此位址）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>國家不明（{note}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>國家不明（私人網路位址）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>國家不明（回報的位址無效）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>國家不明（未回報位址）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>規則「{rule}」</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>沒有符合的規則，預設：{action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>豁免（角色：{value}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>豁免（電子郵件符合 {value}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>位址在 {value} 內</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>標示為：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>地區：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>角色：{value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Not sent yet: press Apply (or turn on auto-apply for new joiners in Settings).</source>
            <translation>尚未送出：請按「套用」（或在設定中開啟對新加入者自動套用）。</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>示範活動（模擬）</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>「更新」會下載本月免費的 DB-IP 國家/地區資料庫（db-ip.com，CC BY 4.0）、加以檢查，並讓目前的會議改用它；被取代的檔案會保留以便還原。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>GeoIP 資料庫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>儲存與稽核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>連線</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>自動對新加入者套用規則</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>開啟時，在規則套用後才加入的人，其決定會直接送出而不詢問，只要未超過比例保護上限（max_action_share）；超過時 HostGuard 會停下來詢問。預設為關閉。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>規則執行時通知我</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>每當服務確認規則採取的動作時顯示桌面通知。暫緩的動作、失敗與連線中斷一律會通知。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>視窗使用的語言。重新啟動 HostGuard 後生效。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>系統語言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>名單重新整理間隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>服務沒有事件串流時，重新取得完整與會者名單的頻率。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>資料庫檔案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>要使用的 MaxMind DB 檔案：一個國家或城市資料庫，並可選用 ASN 與匿名 IP 資料庫。留空：使用隨附的 DB-IP 國家/地區資料庫。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>資料庫超過此天數時警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>位址區塊易手時國家/地區資料會改變；較舊的資料庫會被標示。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>狀態資料夾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>存放待送佇列與稽核紀錄的位置。留空：使用者個別的狀態資料夾。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>稽核紀錄保留</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>較舊的稽核紀錄會被刪除。0 表示永久保留。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>服務</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>會議服務。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>參考服務</translation>
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
            <translation>基礎 URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>覆寫 API 根目錄。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>會議 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>要連線的會議。</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>已加入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>等候中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>已移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>已封鎖</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>已離開</translation>
        </message>
    </context>
</TS>