<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>关于 HostGuard</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}，构建于 {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>查看参会者从哪里连接、预览地理规则、在安全保护下应用规则，并保留审计记录。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>使用中的 GeoIP 数据库：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt;（CC BY 4.0）：随附的国家/地区数据库。</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>各操作的决定</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>尚无可预览的人</translation>
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
            <translation>将规则应用到会议</translation>
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
            <translation>移除并封禁</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>来自 {countries} 的新加入者也可由 {service} 上会议本身的国家/地区策略拒绝。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>该服务</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>会议中 {total} 人里将对 %n 人采取行动（{actions}）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>没有要发送的内容</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>%n 位已标记的参会者只会突出显示，不会发送任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>比例保护：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>之后无法撤销：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}：{why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>需您在会议客户端中自行处理的参会者</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>我了解这会影响会议中 {share:.0%} 的人</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>应用到 %n 位参会者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>应用这些决定</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>自此对话框打开以来：{joined} 人加入，{left} 人离开。应用只处理上方计入的参会者；其他人由自动执行或下次应用决定。</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>参会者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>执行者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>（默认或豁免）</translation>
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
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>搜索审计日志</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>搜索名称、原因、国家/地区…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>限定时间范围</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>时间范围起点（UTC）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>时间范围终点（UTC）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>重新载入审计日志</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>导出 CSV(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>将显示的行导出为 CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>导出 JSON(&amp;J)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>将显示的行导出为 JSON</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>重新接纳(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>重新接纳所选参会者（撤销）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>导出此人的记录(&amp;P)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>导出所选参会者的所有记录</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>无法读取审计日志：{error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>显示 {total} 条中的 {n} 条</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>共 {total} 条</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>将审计日志导出为 {format}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>已将 {n} 条导出到 {file}</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>导出失败：{error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>此服务无法让人重新进入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>请选择曾被移动或移除的人</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>导出此人的记录</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>已将关于 {who} 的 {n} 条记录导出到 {file}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>无法重新接纳 {name}：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>已排入 {name} 的重新接纳；结果确定后会显示在表格中。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}：会议中 {total} 人中的 {count} 人（{share:.1%}）</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>国家/地区分布</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>各国家/地区的参会人数；点击某国家/地区或在其上按 Enter 即可筛选名单</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>参考服务</translation>
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
            <translation>会议 ID 或 UUID；网络研讨会：webinar:&lt;ID&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>会议号、系列 ID 或场次 ID</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>API 根目录，例如 http://127.0.0.1:8765（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>选填：以 BASE/v2/… 和 BASE/oauth/token 代替 Zoom 的主机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>选填：以 BASE/v1/… 和 BASE/analytics/v1/… 代替 Webex 的主机</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>连接到会议</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>会议服务</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>基础 URL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>会议 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>基础 URL(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>会议 ID(&amp;M)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>正在检查密钥环…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>正在测试连接</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>保存并连接</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>凭据</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{service} {field}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>留空以保留已保存的值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>选填：用于分析（地址）；否则使用访问令牌</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>无法检查密钥环（{error}）；密钥只会保留到本次会话结束。</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation>您输入的密钥只保留到本次会话结束，绝不写入文件。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>请先输入会议 ID。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>测试中…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>连接失败：{error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>参考服务需要其基础 URL（API 根目录）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>请输入会议 ID。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>未保存任何内容：{error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>按名称或代码搜索，例如 China 或 CN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>搜索国家/地区</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>只显示已选择</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>只显示已选择的国家/地区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>清除已选择的国家/地区</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>已选择：{codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>尚未选择国家/地区：输入名称后按 Enter，或勾选方框</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>选择国家/地区</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label}（{type}），构建于 {date}，已有 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — 已超过 %n 天，建议更新</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>已判定：数据库将此地址定位在某个国家/地区。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>未知（不在数据库中）：数据库未覆盖的公网地址，因此国家/地区不明。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>私有网络：私有网络地址（局域网、VPN 内部、运营商级 NAT）无法说明此人身在何处，因此国家/地区不明。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>未报告地址：会议服务未报告此人的地址，因此国家/地区不明。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>无效地址：服务报告的内容不是 IP 地址，因此国家/地区不明。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>行政区：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>城市：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>注册国家/地区：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>代表国家/地区：{value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>加入时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>推断</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>网络标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>其他位置数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>决定</translation>
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
            <translation>参会者详细信息</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>选择一位参会者，即可查看其国家/地区与决定的依据。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>重新接纳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>重新接纳参会者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>在服务允许时，让此人从等候室进入（撤销）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>再试一次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>重新加载依据</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>正在加载依据…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>无法显示依据：HostGuard 的引擎没有响应（可能正在重新启动）。请稍后再试。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>此参会者已不在名单中，因此没有依据可显示。</translation>
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
            <translation>未知（数据库中没有国家）：{note}。国家未知。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>未报告地址</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>未查询（没有公网地址）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>任播网络（位置可能在任何地方）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>非任播</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>匿名化服务：{kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — 规则“{rule}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — 豁免</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — 默认</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>没有要发送的内容</translation>
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
            <translation>比例保护</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>各规则影响的参会者</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>停止同步并退出</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>查找参会者(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>按名称、电子邮件、国家/地区、地址或决定搜索名单</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>清除筛选(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>重新显示所有人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>连接到会议(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>选择服务与会议、将凭据存入密钥环并测试连接</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>打开演示活动(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>在这台电脑上模拟的活动；不需要账号</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>&amp;Roster</source>
            <translation>名单(&amp;R)</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>规则与预览(&amp;U)</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>编写规则并预览受影响的人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>预览规则(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>重新计算规则当前影响的人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>应用规则(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>将规则的决定发送到会议服务（会先确认）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>审计日志(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>对新加入者执行规则(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>每位加入者一到即判定并处理（超过比例保护上限的大量涌入会暂缓，直到您决定）；此会议会记住该设置</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>撤销上次应用(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>从等候室准入、解除封禁并恢复上次应用更改的国家/地区策略（会先询问，并说明无法撤销的部分）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>忘记此会议(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>删除 HostGuard 为此会议保存的内容（待发队列、审计、状态），删除前可先导出审计日志</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>关于 HostGuard(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>搜索名称、电子邮件、国家/地区、地址、决定…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>搜索名单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>快速筛选</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>清除国家/地区筛选</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>参会者</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>将 HostGuard 连接到会议</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard 会显示参会者从哪里连接，让您编写地理规则、精确预览受影响的人，并通过会议服务应用规则；比例保护可避免一次对会议中过多的人采取行动。

请选择您的会议所在：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>参考服务…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>使用 HostGuard 参考 API 的服务：需要其地址和 API 令牌。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Server-to-Server OAuth 应用（账号 ID、客户端 ID、客户端密钥）。Zoom 无法移除已在会议中的人；HostGuard 会在应用前说明。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Webex 访问令牌。地址会在 Webex 分析延迟后出现。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>试用演示（无需账号）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>在这台电脑上模拟的活动，参会者会实时加入，并载入示例规则但不应用。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>国家/地区分布</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>参会者详细信息</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>规则(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>暂缓的操作</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>执行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>执行暂缓的操作</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>停止执行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>不执行暂缓的操作并停止执行规则</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>更多工具</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>对新加入者执行规则</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>最近的操作</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>同步状态</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>请求额度</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>正在启动模拟活动…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>正在连接到会议 {meeting}…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>无法连接：{msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}：连接中…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>演示：已载入示例规则，尚未应用（见“规则”）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>已连接到 {service_title}。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}：引擎重新启动中…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>引擎已停止，正在重新启动。已排队的操作会保留并继续。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>引擎已重新启动；已排队的操作继续进行。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}：引擎已停止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>引擎已停止且无法重新启动。请从“文件 → 连接到会议”重新连接。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}：已连接</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}：连接中…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation>（试运行）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>与 {service} 的连接中断：{state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>已重新连接到 {service}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>待发送 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>已应用 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>失败 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>不支持 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>需手动 {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>已达速率限制</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>服务异常</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>：暂停 {seconds:.0f} 秒</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>已暂停自动应用：{message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>对新加入者执行规则</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>无法切换：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>现在新加入者一到即执行规则。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>已放弃 %n 项暂缓的操作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>单击或按 Ctrl+E 切换</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>执行已暂停：突增保护暂缓了 %n 项操作。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n 项暂缓</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>未发送任何内容：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>正在处理 %n 位暂缓的参会者；请留意“同步”列。</numerusform>
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
            <translation>名单上 {everyone} 人中有 {total} 人在会议中（已加入或等候中）。点击国家/地区即可筛选名单。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>参会者 {everyone} 人，会议中 {total} 人</translation>
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
                <numerusform>显示 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>重新显示所有国家/地区</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>正在先计算预览；预览显示后请按“应用”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>规则有错误</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>应用前请先修正规则编辑器中显示的错误。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>正在应用…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>比例保护</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>未应用任何内容：{message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>应用失败</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>未应用任何内容：{error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>没有要发送的操作：每个人都已符合规则。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>已排入 %n 项操作</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>；{n} 项已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>；{n} 项此服务不支持</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>；{n} 项需手动处理</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>。请留意“同步”列。</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>撤销上次应用</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>无法读取上次应用的内容：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>正在撤销上次应用…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>未撤销任何内容：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>撤销：已排入 %n 项操作</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>；{n} 项无法撤销</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>；国家/地区策略：{policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>；国家/地区策略未恢复：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>忘记此会议</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>删除 HostGuard 在这台电脑上为会议 {meeting} 保存的所有内容：待发队列、审计日志和状态？会先关闭与会议的连接。此操作无法撤销。

如需保留副本，请先导出审计日志。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>导出后忘记…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>不导出直接忘记</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>正在忘记会议 {meeting}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>会议 {meeting} 未被忘记：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>已忘记会议 {meeting}：{what}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>审计日志（{n} 条）已导出到 {file}。</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>还原会议的策略</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>要还原 HostGuard 更改前会议原有的国家/地区策略吗？

HostGuard 的更改：{policy}

来自您规则所封禁国家/地区的人之后可能再次加入；他们加入后仍由规则决定。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>未更改任何内容：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>重新接纳</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>无法重新接纳：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>已排入重新接纳；请留意“同步”列。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>现在会自动对新加入者应用规则。</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>不再自动对新加入者采取行动；请按“应用”执行。</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>未执行</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation>正在重新载入数据库…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>无法打开新数据库（{error}）；继续使用之前的数据库。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>已使用新数据库；所有人都已据此重新决定。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>审计日志 — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>执行已暂停</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>突增保护暂缓了 %n 项操作：请执行或停止执行规则。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>操作失败</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>%n 项操作失败；请查看“同步”列。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>规则已执行</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>服务已确认规则采取的 %n 项操作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>连接中断</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>与会议服务的连接中断：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>与会议服务的连接中断。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>没有匹配的规则（默认）</translation>
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
            <translation>{rule}（仅报告）</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} 人匹配，无人被处理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>需处理 {n} 人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>，已完成 {n} 人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n}（{changed} 人改变）</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>编写或载入规则以预览。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>比例保护判定</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>规则／参会者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>受影响</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>改变</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>此规则所决定的在场参会者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>与当前显示的决定不同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>已处于该状态，或已发送到服务</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>各规则影响哪些人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>刷新预览(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>刷新预览</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>应用(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>将这些决定应用到会议</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>预览失败：{error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>比例保护：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>条形：{share:.0%} 的非豁免参会者将被移动或移除；线：保护上限 {limit:.0%}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>参会者 {total} 人。要发送：{sends}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> 当前已移动或移除的 {released} 人将不再如此。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>（国家/地区未知）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>新（当前：{action}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>未改变</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>…还有 {n} 人</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>{n} 位参会者（展开以列出）</translation>
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
            <translation>会议中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>将被移动或移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>已标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>同步待发送</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>同步失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>服务不支持</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>在等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>已移除或封禁</translation>
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
            <translation>国家/地区未知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>国家/地区已知</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>{time} 前不生效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>已于 {time} 结束</translation>
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
            <translation>生效至会议结束</translation>
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
            <translation>匿名化服务</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}：{label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>规则（按尝试顺序）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>添加规则(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>在末尾添加一条规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>删除所选规则（Delete）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>将所选规则上移（Alt+↑）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>将所选规则下移（Alt+↓）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>规则（第一条匹配者决定）：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>所选规则</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>规则名称</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>规则操作</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>规则已启用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>仅报告（统计匹配数，从不处理）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>规则仅报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>仅报告的规则会像其他规则一样评估和计数，但从不处理；由其下方第一条匹配的规则决定。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>生效起始（含时区偏移的 RFC 3339 时间）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>例如 2026-06-04T12:00:00+08:00（留空：从一开始）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>生效至（含时区偏移的 RFC 3339 时间）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>例如 2026-06-04T20:00:00+08:00（留空：不结束）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>直到会议结束</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>规则生效至会议结束</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>国家/地区（ISO 代码）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>不在以下国家/地区（允许列表式）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name}（规则文件中代码为 {code}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>洲：{name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>国家/地区未知条件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>“国家/地区未知”匹配无法推断国家/地区的参会者（不在数据库中、私有网络或没有地址）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>高级条件（区域、网络、AS 编号、匿名化服务）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>显示高级条件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>区域（ISO 3166-2，例如 US-CA）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>AS 编号，例如 13335</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>网络（CIDR，例如 203.0.113.0/24）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>区域：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>AS 编号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>网络：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>匿名化服务：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>操作(&amp;C)：</translation>
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
            <translation>条件（所有已设置的条件都须成立；列表匹配其中任一项即可）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>国家/地区：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>排除国家/地区：</translation>
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
            <translation>其他所有人、保护机制与豁免</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>没有规则匹配时的默认操作</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>一次可采取行动的最大会议比例（百分比）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share：一次对更大比例的非豁免参会者采取行动时，需要明确确认</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>主持人始终豁免</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>豁免的电子邮件模式，以逗号分隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>默认操作：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>保护上限：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>豁免角色：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>豁免电子邮件：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>规则中的问题</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>未导入文件中的问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>关闭导入消息</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>从 TOML 文件导入规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>将规则导出为 TOML 文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>从模板开始(&amp;T)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>从模板开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>以命名的起点替换当前规则以便编辑（不会应用任何内容）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>例如 CN, HK（或选择…）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>从列表选择：{field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>未导入 {name}：%n 个错误。您当前的规则未更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>已导入 {name}，有 %n 个警告。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>无法写入 {file}：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>已将 %n 条规则导出到 {file}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>无法打开模板：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>已从模板“{title}”开始：请编辑后导出或应用。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>仅报告</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>当前匹配 {now} 人，已报告 {seen} 人，无人被处理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>当前匹配 {now} 人，已处理 {acted} 人</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>%n 个问题：修正前不会使用这些规则。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n 条规则，有效。</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>导出前请先修正下列问题。</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>位置不明者进入等候室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>仅限受邀国家/地区，未知者标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>封禁 Tor 出口（需要 Anonymous-IP 数据库）</translation>
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
            <translation>没有规则：所有人都采用默认操作。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>导入规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>规则文件 (*.toml);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>导出规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>规则文件 (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>参会者 ID</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>此会议服务能做与不能做的事</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>此会议服务不报告的角色</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>复制备选主持人的电子邮件(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>复制会议备选主持人的电子邮件地址，以便将其豁免</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>请在 Zoom 客户端中手动移除</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>复制名称(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>复制要手动移除的名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>复制 ID(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>复制要手动移除的参会者 ID</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>还原之前的策略(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>还原会议之前的国家/地区策略</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard 更改了此会议本身的策略：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>请在 Zoom 客户端中手动移除：%n 位参会者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>请在 Zoom 客户端中手动移除：目前没有人</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} 无法把已在会议中的人移到等候室：已列出 %n 位参会者，请您在 {service} 客户端中将其移到等候室。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} 无法移除已在会议中的人：已列出 %n 位参会者，请您在 {service} 客户端中移除。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} 无法封禁（移除并阻止再次加入）：已列出 %n 位参会者，请您在 {service} 客户端中移除并封禁。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} 无法执行 {action}：已列出 %n 位参会者，请您在 {service} 客户端中处理。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>HostGuard 设置</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>当前使用：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>使用中的 GeoIP 数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>构建日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>存在天数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>更新数据库(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>下载较新的 GeoIP 数据库</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>数据库下载进度</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>此处不可用</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>无法读取数据库：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation>（内置）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation>——已过时，建议更新</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>下载中…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>更新失败：{error}。当前的数据库未更改。</translation>
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
            <translation>从等候室准入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>解除封禁</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>撤销上次应用</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>上次应用的内容都无法撤销。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>将撤销上次应用的 %n 项操作。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>将撤销的项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>会议的国家/地区策略将恢复：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>%n 项操作无法撤销：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>无法撤销的项目及原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}：{why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>撤销上次应用</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>选择{label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>，每行一个文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>添加到{label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>选择数据库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard：意外错误</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard 已记录详细信息。您的规则与待发队列已保存；您可以继续工作，或退出后重新启动。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>线程 {thread} 中出现问题：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>出现问题：{error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>允许</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>标记</translation>
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
            <translation>封禁</translation>
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
            <translation>托管服务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>公共代理</translation>
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
            <translation>API 令牌</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>账号 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>客户端 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>客户端密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>访问令牌</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>管理员令牌</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>许可证密钥</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>{eligible} 位非豁免参会者中有 {acting} 位（{share}）会被移动或移除；在 {limit} 的上限之内</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>{eligible} 位非豁免参会者中有 {acting} 位（{share}）会被移动或移除，超过 {limit} 的上限（max_action_share）：需确认才能继续</translation>
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
            <translation>联席主持人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>参会者</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>加入时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>未知（不在数据库中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>私有网络</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>未报告地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>无效地址</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>待发送</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>已应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>不支持</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>需手动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>暂缓重试</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action}（豁免）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action}（默认）</translation>
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
            <translation>位于{country}（依据 {database} {month}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>国家未知（{database} {month} 中找不到该地址）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>国家未知（{note}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>国家未知（专用网络地址）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>国家未知（报告的地址无效）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>国家未知（未报告地址）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>规则“{rule}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>没有匹配的规则，默认：{action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>豁免（角色：{value}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>豁免（电子邮件匹配 {value}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>地址在 {value} 内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>标示为：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>地区：{value}</translation>
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
            <translation>尚未发送：请按“应用”（或在设置中开启对新加入者自动应用）。</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>演示活动（模拟）</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>“更新”会下载本月免费的 DB-IP 国家/地区数据库（db-ip.com，CC BY 4.0）、加以检查，并让当前会议改用它；被替换的文件会保留以便回滚。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>GeoIP 数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>存储与审计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>连接</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>自动对新加入者应用规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>开启时，在规则应用后才加入的人，其决定会直接发送而不询问，只要未超过比例保护上限（max_action_share）；超过时 HostGuard 会停下来询问。默认关闭。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>规则执行时通知我</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>每当服务确认规则采取的操作时显示桌面通知。暂缓的操作、失败和连接中断始终会通知。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>窗口使用的语言。重新启动 HostGuard 后生效。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>名单刷新间隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>服务没有事件流时，重新获取完整参会者名单的频率。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>要使用的 MaxMind DB 文件：一个国家或城市数据库，并可选用 ASN 与匿名 IP 数据库。留空：使用随附的 DB-IP 国家/地区数据库。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>数据库超过此天数时警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>地址块易手时国家/地区数据会改变；较旧的数据库会被标示。</translation>
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
            <translation>状态文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>存放待发队列与审计日志的位置。留空：用户个人的状态文件夹。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>审计记录保留</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>较旧的审计记录会被删除。0 表示永久保留。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>会议服务。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>参考服务</translation>
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
            <translation>基础 URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>覆盖 API 根目录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>会议 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>要连接的会议。</translation>
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
            <translation>已封禁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>已离开</translation>
        </message>
    </context>
</TS>