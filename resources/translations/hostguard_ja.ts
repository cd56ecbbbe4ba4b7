<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../hostguard/ui/about.py" line="+51" />
            <source>About HostGuard</source>
            <translation>HostGuard について</translation>
        </message>
        <message>
            <location line="-9" />
            <source>{label} {type}, built {date}</source>
            <translation>{label} {type}（{date} 作成）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>HostGuard {version}</source>
            <translation>HostGuard {version}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>See where meeting participants connect from, preview geography rules, apply them with a safety guard, and keep an audit trail.</source>
            <translation>参加者の接続元を確認し、地理ルールをプレビューし、ガード付きで適用し、監査記録を残します。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>GeoIP databases in use:</source>
            <translation>使用中の GeoIP データベース：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Versions</source>
            <translation>バージョン</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;a href="{url}"&gt;{name}&lt;/a&gt; (CC BY 4.0): the bundled country database.</source>
            <translation>&lt;a href="{url}"&gt;{name}&lt;/a&gt;（CC BY 4.0）：同梱の国・地域データベース。</translation>
        </message>
    </context>
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="+242" />
            <source>Decisions per action</source>
            <translation>措置ごとの判定</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody</source>
            <translation>該当なし</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nobody to preview yet</source>
            <translation>まだプレビューする人がいません</translation>
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
            <translation>ルールを会議に適用</translation>
        </message>
        <message>
            <location line="-98" />
            <source>move to the waiting room</source>
            <translation>待機室へ移動</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove and block</source>
            <translation>削除してブロック</translation>
        </message>
        <message>
            <location line="+76" />
            <source>New joiners from {countries} can also be refused by the meeting's own country policy on {service}.</source>
            <translation>{countries} からの新規参加者は、{service} の会議自体の国・地域ポリシーでも拒否できます。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The service</source>
            <translation>サービス</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n participant(s) will be acted on ({actions}) out of {total} in the meeting.</source>
            <translation>
                <numerusform>会議中の {total} 人のうち %n 人に措置を取ります（{actions}）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>nothing to send</source>
            <translation>送信するものなし</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n flagged participant(s) are only highlighted; nothing is sent.</source>
            <translation>
                <numerusform>フラグ付きの参加者 %n 人は強調表示のみで、何も送信されません。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard: </source>
            <translation>割合ガード：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot be undone afterwards:</source>
            <translation>後から元に戻せないもの：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action}: {why}</source>
            <translation>{action}：{why}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participants to handle yourself in the meeting client</source>
            <translation>会議クライアントでご自身で対応する参加者</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {what}</source>
            <translation>{name} — {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I understand this affects {share:.0%} of the meeting</source>
            <translation>会議の {share:.0%} に影響することを理解しました</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Apply to %n participant(s)</source>
            <translation>
                <numerusform>%n 人に適用</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the decisions</source>
            <translation>判定を適用</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since this dialog opened: {joined} joined, {left} left. Apply acts on the participants counted above; the others are decided by enforcement or the next Apply.</source>
            <translation>このダイアログを開いてから {joined} 人が参加し、{left} 人が退出しました。適用は上で数えた参加者に対して行われます。その他は自動適用か次回の適用で判定されます。</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../hostguard/ui/audit_view.py" line="+61" />
            <source>Time (UTC)</source>
            <translation>時刻（UTC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>参加者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>措置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>ルール</translation>
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
            <translation>国・地域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>実行者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location line="+218" />
            <source>(default or exempt)</source>
            <translation>（既定または除外）</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location line="+103" />
            <source>{label}: any</source>
            <translation>{label}：すべて</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>措置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>ルール</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the audit log</source>
            <translation>監査ログを検索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search name, reason, country…</source>
            <translation>名前・理由・国を検索…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit to a time range</source>
            <translation>期間で絞り込む</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start of the time range (UTC)</source>
            <translation>期間の開始（UTC）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>End of the time range (UTC)</source>
            <translation>期間の終了（UTC）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log</source>
            <translation>監査ログ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Refresh</source>
            <translation>更新(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the audit log</source>
            <translation>監査ログを再読み込み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;CSV…</source>
            <translation>CSV を書き出す(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as CSV</source>
            <translation>表示中の行を CSV で書き出す</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;JSON…</source>
            <translation>JSON を書き出す(&amp;J)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the shown rows as JSON</source>
            <translation>表示中の行を JSON で書き出す</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;admit</source>
            <translation>再入室を許可(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmit the selected participant (undo)</source>
            <translation>選択した参加者の再入室を許可（元に戻す）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export this &amp;person's entries…</source>
            <translation>この人の記録をエクスポート(&amp;P)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export every entry about the selected participant</source>
            <translation>選択した参加者のすべての記録をエクスポート</translation>
        </message>
        <message>
            <location line="+15" />
            <source>to</source>
            <translation>終了</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Could not read the audit log: {error}</source>
            <translation>監査ログを読めませんでした：{error}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{n} of {total} entries shown</source>
            <translation>{total} 件中 {n} 件を表示</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{total} entries</source>
            <translation>{total} 件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log as {format}</source>
            <translation>監査ログを {format} で書き出す</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported {n} entries to {file}</source>
            <translation>{n} 件を {file} に書き出しました</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+44" />
            <source>Export failed: {error}</source>
            <translation>書き出しに失敗しました：{error}</translation>
        </message>
        <message>
            <location line="-26" />
            <source>This service cannot admit people back</source>
            <translation>このサービスは再入室を許可できません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select someone who was moved or removed</source>
            <translation>移動または削除された人を選んでください</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export this person's entries</source>
            <translation>この人の記録をエクスポート</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exported {n} entries about {who} to {file}</source>
            <translation>{who} に関する {n} 件の記録を {file} にエクスポートしました</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not readmit {name}: {error}</source>
            <translation>{name} の再入室を許可できませんでした：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmission of {name} queued; the table shows the outcome when it settles.</source>
            <translation>{name} の再入室をキューに追加しました。確定すると表に結果が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <location filename="../../hostguard/ui/breakdown.py" line="+50" />
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <location line="+0" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>割合</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{label}: {count} of {total} in the meeting ({share:.1%})</source>
            <translation>{label}：会議中の {total} 人中 {count} 人（{share:.1%}）</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <location line="+142" />
            <source>Country breakdown</source>
            <translation>国・地域別の内訳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People in the meeting per country; click a country, or press Enter on it, to filter the roster</source>
            <translation>国・地域別の会議参加人数。国・地域をクリックするか Enter を押すと名簿を絞り込みます</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../hostguard/ui/connection_dialog.py" line="+45" />
            <source>Reference service</source>
            <translation>リファレンスサービス</translation>
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
            <translation>会議 ID または UUID（ウェビナーは webinar:&lt;ID&gt;）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting number, series ID or instance ID</source>
            <translation>会議番号、シリーズ ID またはインスタンス ID</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API root, e.g. http://127.0.0.1:8765 (required)</source>
            <translation>API ルート（例：http://127.0.0.1:8765、必須）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts</source>
            <translation>任意：Zoom のホストの代わりに BASE/v2/… と BASE/oauth/token を使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts</source>
            <translation>任意：Webex のホストの代わりに BASE/v1/… と BASE/analytics/v1/… を使用</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Connect to a meeting</source>
            <translation>会議に接続</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting service</source>
            <translation>会議サービス</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Base URL</source>
            <translation>ベース URL</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting ID</source>
            <translation>会議 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service:</source>
            <translation>サービス(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base &amp;URL:</source>
            <translation>ベース URL(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Meeting ID:</source>
            <translation>会議 ID(&amp;M)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the keyring…</source>
            <translation>キーリングを確認しています…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>接続をテスト(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>接続をテスト</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connection test in progress</source>
            <translation>接続テスト中</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save and connect</source>
            <translation>保存して接続</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credentials</source>
            <translation>資格情報</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{service} {field}</source>
            <translation>{service} の{field}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leave empty to keep the stored one</source>
            <translation>空欄なら保存済みの値を使います</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: for analytics (addresses); else the access token is used</source>
            <translation>任意：分析（アドレス）用。空欄ならアクセストークンを使います</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not check the keyring ({error}); secrets will be kept for this session only.</source>
            <translation>キーリングを確認できませんでした（{error}）。シークレットはこのセッションの間だけ保持されます。</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Secrets you enter are kept for this session only, never written to a file.</source>
            <translation>入力したシークレットはこのセッションの間だけ保持され、ファイルには書き込まれません。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the meeting ID first.</source>
            <translation>先に会議 ID を入力してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Testing…</source>
            <translation>テスト中…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Connection failed: {error}</source>
            <translation>接続に失敗しました：{error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reference service needs its base URL (the API root).</source>
            <translation>リファレンスサービスにはベース URL（API ルート）が必要です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the meeting ID.</source>
            <translation>会議 ID を入力してください。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Nothing was saved: {error}</source>
            <translation>何も保存されていません：{error}</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../../hostguard/ui/country_picker.py" line="+105" />
            <source>Search by name or code, e.g. China or CN</source>
            <translation>名前またはコードで検索（例：中国、CN）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search countries</source>
            <translation>国・地域を検索</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Countries</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show selected only</source>
            <translation>選択したものだけ表示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show selected countries only</source>
            <translation>選択した国・地域だけ表示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear selected countries</source>
            <translation>選択した国・地域をクリア</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Selected: {codes}</source>
            <translation>選択中：{codes}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No country selected: type a name and press Enter, or tick the boxes</source>
            <translation>国・地域が未選択です：名前を入力して Enter を押すか、チェックを入れてください</translation>
        </message>
    </context>
    <context>
        <name>CountryPickerDialog</name>
        <message>
            <location line="+10" />
            <source>Choose countries</source>
            <translation>国・地域を選択</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAgeWords</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/details.py" line="+107" />
            <source>{label} ({type}), built {date}, %n day(s) old</source>
            <translation>
                <numerusform>{label}（{type}）、{date} 作成、%n 日経過</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{database} — older than %n day(s), consider updating</source>
            <translation>
                <numerusform>{database} — %n 日を超えています。更新をおすすめします</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location line="-62" />
            <source>resolved: The database places this address in a country.</source>
            <translation>判定済み：データベースはこのアドレスをある国・地域に位置づけています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown (not in database): A public address that the database does not cover: the country is unknown.</source>
            <translation>不明（データベースにない）：データベースが扱っていない公開アドレスのため、国・地域は不明です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing about where the person is, so the country is unknown.</source>
            <translation>プライベートネットワーク：プライベートネットワークのアドレス（LAN、VPN 内部、キャリアグレード NAT）は本人の居場所を示さないため、国・地域は不明です。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no address reported: The meeting service reported no address for this person: the country is unknown.</source>
            <translation>アドレス報告なし：会議サービスがこの人のアドレスを報告していないため、国・地域は不明です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid address: The service reported something that is not an IP address: the country is unknown.</source>
            <translation>無効なアドレス：サービスが報告したものは IP アドレスではないため、国・地域は不明です。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>regions: {value}</source>
            <translation>地域区分：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city: {value}</source>
            <translation>都市：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered country: {value}</source>
            <translation>登録国・地域：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represented country: {value}</source>
            <translation>代表国・地域：{value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>参加時刻</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inference</source>
            <translation>推定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network flags</source>
            <translation>ネットワークの特徴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other location data</source>
            <translation>その他の位置情報</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>判定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Participant details</source>
            <translation>参加者の詳細</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Select a participant to see the evidence for their country and decision.</source>
            <translation>参加者を選ぶと、国・地域と判定の根拠が表示されます。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Readmit</source>
            <translation>再入室を許可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Readmit participant</source>
            <translation>参加者の再入室を許可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit this person from the waiting room (undo), where the service allows it</source>
            <translation>サービスが対応していれば、この人を待機室から入室させます（元に戻す）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again</source>
            <translation>再試行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the evidence again</source>
            <translation>根拠を再読み込み</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading the evidence…</source>
            <translation>根拠を読み込んでいます…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). Try again in a moment.</source>
            <translation>根拠を表示できません：HostGuard のエンジンが応答しませんでした（再起動中の可能性があります）。しばらくしてから再試行してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This participant is no longer listed, so there is no evidence to show.</source>
            <translation>この参加者はもう一覧にないため、表示する根拠はありません。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{country} ({code}, continent {continent})</source>
            <translation>{country}（{code}、大陸 {continent}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{country} ({code})</source>
            <translation>{country}（{code}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown (no country in the database): {note}. The country is unknown.</source>
            <translation>不明（データベースに国がない）：{note}。国は不明です。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no address reported</source>
            <translation>アドレス報告なし</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{address} — {note}</source>
            <translation>{address} — {note}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>not consulted (no public address)</source>
            <translation>参照せず（公開アドレスなし）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>anycast network (the location may be anywhere)</source>
            <translation>エニーキャストネットワーク（場所はどこでもありうる）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not anycast</source>
            <translation>エニーキャストではない</translation>
        </message>
        <message>
            <location line="+6" />
            <source>anonymizer: {kinds}</source>
            <translation>匿名化：{kinds}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{action} — rule '{rule}'</source>
            <translation>{action} — ルール「{rule}」</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} — exempt</source>
            <translation>{action} — 除外</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{action} — default</source>
            <translation>{action} — 既定</translation>
        </message>
        <message>
            <location line="+10" />
            <source>nothing to send</source>
            <translation>送信するものなし</translation>
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
            <translation>割合ガード</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <location line="-73" />
            <source>Participants affected per rule</source>
            <translation>ルールごとの対象参加者</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hostguard/ui/main_window.py" line="+291" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop syncing and quit</source>
            <translation>同期を止めて終了</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find participant…</source>
            <translation>参加者を検索(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the roster by name, e-mail, country, address or decision</source>
            <translation>名前・メール・国・アドレス・判定で名簿を検索</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear filters</source>
            <translation>フィルターを解除(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show everyone again</source>
            <translation>全員を再表示</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect to a meeting…</source>
            <translation>会議に接続(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a service and meeting, store credentials in the keyring and test the connection</source>
            <translation>サービスと会議を選び、資格情報をキーリングに保存して接続をテスト</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo event</source>
            <translation>デモイベントを開く(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer; no account needed</source>
            <translation>このコンピューター上の模擬イベント。アカウント不要</translation>
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
            <translation>名簿(&amp;R)</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+161" />
            <source>R&amp;ules and preview</source>
            <translation>ルールとプレビュー(&amp;U)</translation>
        </message>
        <message>
            <location line="-160" />
            <source>Write rules and preview whom they affect</source>
            <translation>ルールを書き、影響を受ける人をプレビュー</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preview rules</source>
            <translation>ルールをプレビュー(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recompute whom the rules affect now</source>
            <translation>ルールの影響対象を今すぐ再計算</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply rules…</source>
            <translation>ルールを適用(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the rules' decisions to the meeting service (asks for confirmation)</source>
            <translation>ルールの判定を会議サービスに送信（確認あり）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit log…</source>
            <translation>監査ログ(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Enforce rules on new joiners</source>
            <translation>新しい参加者にルールを適用(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide and act on each joiner as they arrive (a burst above the share guard's limit is held until you say); remembered for this meeting</source>
            <translation>参加者ごとに到着時に判定して対処します（ガードの上限を超える一斉参加は指示があるまで保留）。この会議について記憶されます</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo last apply…</source>
            <translation>前回の適用を元に戻す(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit from the waiting room, unblock and restore the country policy the last Apply changed (asks first, and says what cannot be undone)</source>
            <translation>待機室から入室を許可し、ブロックを解除し、前回の適用で変更した国・地域ポリシーを戻します（先に確認し、元に戻せないものを示します）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Forget this meeting…</source>
            <translation>この会議を忘れる(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to export the audit log</source>
            <translation>HostGuard がこの会議について保存している内容（送信キュー、監査、状態）を削除します。先に監査ログのエクスポートを提案します</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About HostGuard</source>
            <translation>HostGuard について(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search name, e-mail, country, address, decision…  (Ctrl+F)</source>
            <translation>名前・メール・国・アドレス・判定を検索…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the roster</source>
            <translation>名簿を検索</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the search</source>
            <translation>検索をクリア</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Quick filter</source>
            <translation>クイックフィルター</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear the country filter</source>
            <translation>国・地域フィルターを解除</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show:</source>
            <translation>表示：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Connect HostGuard to a meeting</source>
            <translation>HostGuard を会議に接続</translation>
        </message>
        <message>
            <location line="+7" />
            <source>HostGuard shows where your participants connect from, lets you write geography rules, previews exactly whom they affect, and applies them through the meeting service, with a guard against acting on too much of the meeting at once.

Choose where your meeting is:</source>
            <translation>HostGuard は参加者の接続元を表示し、地理ルールを書いて影響を受ける人を正確にプレビューし、会議サービスを通じて適用します。一度に会議の多くの人へ措置を取らないようガードが働きます。

会議の場所を選んでください：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reference service…</source>
            <translation>リファレンスサービス…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A service speaking HostGuard's reference API: needs its address and an API token.</source>
            <translation>HostGuard のリファレンス API を話すサービス：アドレスと API トークンが必要です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom…</source>
            <translation>Zoom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.</source>
            <translation>Server-to-Server OAuth アプリ（アカウント ID、クライアント ID、クライアントシークレット）。Zoom は会議中の人を削除できません。HostGuard は適用前にそう伝えます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Webex…</source>
            <translation>Webex…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A Webex access token. Addresses appear after Webex's analytics delay.</source>
            <translation>Webex のアクセストークン。アドレスは Webex の分析遅延の後に表示されます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try the demo (no account needed)</source>
            <translation>デモを試す（アカウント不要）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A simulated event on this computer, with people joining live and sample rules loaded but not applied.</source>
            <translation>このコンピューター上の模擬イベント。参加者がリアルタイムで加わり、サンプルルールは読み込まれますが適用されません。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Country breakdown</source>
            <translation>国・地域別の内訳</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Participant details</source>
            <translation>参加者の詳細</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rules</source>
            <translation>ルール(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+504" />
            <source>Held actions</source>
            <translation>保留中の操作</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Act on them</source>
            <translation>実行する</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Act on the held actions</source>
            <translation>保留中の操作を実行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop enforcing</source>
            <translation>適用を停止</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not act on the held actions and stop enforcing</source>
            <translation>保留中の操作を実行せず、適用を停止</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More tools</source>
            <translation>その他のツール</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enforcement on new joiners</source>
            <translation>新しい参加者への適用</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last actions</source>
            <translation>最近の操作</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>未接続</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync state</source>
            <translation>同期状態</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Request budget</source>
            <translation>リクエスト枠</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{app} — {meeting}</source>
            <translation>{app} — {meeting}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the simulated event…</source>
            <translation>模擬イベントを開始しています…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Connecting to meeting {meeting}…</source>
            <translation>会議 {meeting} に接続しています…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+1" />
            <source>Could not connect: {msg}</source>
            <translation>接続できませんでした：{msg}</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+45" />
            <source>{service_title}: connecting…</source>
            <translation>{service_title}：接続中…</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Demo: sample rules loaded, not applied (see Rules).</source>
            <translation>デモ：サンプルルールを読み込みました。未適用です（「ルール」を参照）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service_title}.</source>
            <translation>{service_title} に接続しました。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{service_title}: engine restarting…</source>
            <translation>{service_title}：エンジンを再起動中…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped; starting it again. Queued actions are kept and resume.</source>
            <translation>エンジンが停止しました。再起動しています。待機中の操作は保持され、再開されます。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The engine was started again; queued actions resume.</source>
            <translation>エンジンを再起動しました。待機中の操作を再開します。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service_title}: engine stopped</source>
            <translation>{service_title}：エンジン停止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.</source>
            <translation>エンジンが停止し、再起動できませんでした。［ファイル］→［会議に接続］から再接続してください。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{service}: connected</source>
            <translation>{service}：接続済み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: {error}</source>
            <translation>{service}：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{service}: connecting…</source>
            <translation>{service}：接続中…</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (dry run)</source>
            <translation>（ドライラン）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connection to {service} lost: {state}</source>
            <translation>{service} との接続が切れました：{state}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected to {service} again.</source>
            <translation>{service} に再接続しました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pending {n}</source>
            <translation>保留 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied {n}</source>
            <translation>適用済み {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed {n}</source>
            <translation>失敗 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported {n}</source>
            <translation>非対応 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual {n}</source>
            <translation>手動 {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate limited</source>
            <translation>レート制限中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service trouble</source>
            <translation>サービス障害</translation>
        </message>
        <message>
            <location line="+2" />
            <source>: backing off {seconds:.0f} s</source>
            <translation>：{seconds:.0f} 秒待機</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Auto-apply held back: {message}</source>
            <translation>自動適用を保留しました：{message}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enforce rules on new joiners</source>
            <translation>新しい参加者にルールを適用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not switch: {error}</source>
            <translation>切り替えられません：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rules are now enforced on new joiners as they arrive.</source>
            <translation>新しい参加者には到着時にルールが適用されるようになりました。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n held action(s) dropped.</source>
            <translation>
                <numerusform>保留中の操作 %n 件を破棄しました。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click or press Ctrl+E to switch</source>
            <translation>クリックまたは Ctrl+E で切り替え</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Enforcement paused: %n action(s) held by the burst guard.</source>
            <translation>
                <numerusform>適用を一時停止：一斉参加ガードが %n 件の操作を保留中です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n held</source>
            <translation>
                <numerusform>%n 件保留</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was sent: {error}</source>
            <translation>何も送信されていません：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Acting on %n held participant(s); watch the Sync column.</source>
            <translation>
                <numerusform>保留中の参加者 %n 人を処理中です。同期列をご確認ください。</numerusform>
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
            <translation>最新：{what}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.</source>
            <translation>名簿の {everyone} 人中 {total} 人が会議中（参加中または待機中）。国・地域をクリックすると絞り込めます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{everyone} participants, {total} in the meeting</source>
            <translation>参加者 {everyone} 人、会議中 {total} 人</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{shown} of {total}</source>
            <translation>{total} 人中 {shown} 人</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n 人を表示</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Show every country again</source>
            <translation>すべての国・地域を再表示</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Computing the preview first; press Apply when it is shown.</source>
            <translation>先にプレビューを計算しています。表示されたら「適用」を押してください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rules have errors</source>
            <translation>ルールにエラーがあります</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fix the errors shown in the rules editor before applying.</source>
            <translation>適用する前に、ルールエディターに表示されたエラーを直してください。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Applying…</source>
            <translation>適用中…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share guard</source>
            <translation>割合ガード</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {message}</source>
            <translation>何も適用されていません：{message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply failed</source>
            <translation>適用に失敗しました</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was applied: {error}</source>
            <translation>何も適用されていません：{error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to send: everyone is already as the rules say.</source>
            <translation>送信するものはありません。全員がすでにルールどおりの状態です。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Queued %n action(s)</source>
            <translation>
                <numerusform>%n 件の操作をキューに追加</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} already done</source>
            <translation>、{n} 件は完了済み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} not supported by this service</source>
            <translation>、{n} 件はこのサービス非対応</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} need a manual step</source>
            <translation>、{n} 件は手動対応が必要</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>. Watch the Sync column.</source>
            <translation>。「同期」列を確認してください。</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+14" />
            <source>Undo last apply</source>
            <translation>前回の適用を元に戻す</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Could not read what the last apply did: {error}</source>
            <translation>前回の適用内容を読み取れません：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undoing the last apply…</source>
            <translation>前回の適用を元に戻しています…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was undone: {error}</source>
            <translation>何も元に戻していません：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Undo: %n action(s) queued</source>
            <translation>
                <numerusform>元に戻す：%n 件の操作をキューに追加</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>; {n} could not be undone</source>
            <translation>、{n} 件は元に戻せません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy: {policy}</source>
            <translation>、国・地域ポリシー：{policy}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; country policy not restored: {error}</source>
            <translation>、国・地域ポリシーは戻せませんでした：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+54" />
            <source>Forget this meeting</source>
            <translation>この会議を忘れる</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, its audit log and its state? The connection to the meeting is closed first. This cannot be undone.

Export the audit log first to keep a copy.</source>
            <translation>このコンピューターに HostGuard が保存している会議 {meeting} のすべて（送信キュー、監査ログ、状態）を削除しますか？先に会議への接続を閉じます。元に戻せません。

控えを残すには先に監査ログをエクスポートしてください。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export, then forget…</source>
            <translation>エクスポートしてから忘れる…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget without exporting</source>
            <translation>エクスポートせずに忘れる</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the audit log</source>
            <translation>監査ログをエクスポート</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Forgetting meeting {meeting}…</source>
            <translation>会議 {meeting} を忘れています…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Meeting {meeting} was not forgotten: {error}</source>
            <translation>会議 {meeting} は忘れられていません：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meeting {meeting} forgotten: {what}.</source>
            <translation>会議 {meeting} を忘れました：{what}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The audit log ({n} entries) was exported to {file}.</source>
            <translation>監査ログ（{n} 件）を {file} にエクスポートしました。</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+15" />
            <source>Restore the meeting's policy</source>
            <translation>会議のポリシーを元に戻す</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Put back the country policy the meeting had before HostGuard changed it?

HostGuard's change: {policy}

People from the countries your rules block may then join again; the rules still decide about them once they are in.</source>
            <translation>HostGuard が変更する前の会議の国・地域ポリシーに戻しますか？

HostGuard の変更：{policy}

ルールでブロックしている国・地域の人が再び参加できるようになります。参加後は引き続きルールが判定します。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing was changed: {error}</source>
            <translation>何も変更されていません：{error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Readmit</source>
            <translation>再入室を許可</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not readmit: {error}</source>
            <translation>再入室を許可できませんでした：{error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Readmission queued; watch the Sync column.</source>
            <translation>再入室をキューに追加しました。「同期」列を確認してください。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rules are now applied to new joiners automatically.</source>
            <translation>新規参加者にルールが自動で適用されるようになりました。</translation>
        </message>
        <message>
            <location line="-601" />
            <location line="+602" />
            <source>New joiners are no longer acted on automatically; press Apply to act.</source>
            <translation>新規参加者への自動対応を止めました。対応するには「適用」を押してください。</translation>
        </message>
        <message>
            <location line="-584" />
            <source>Enforcing</source>
            <translation>適用中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not enforcing</source>
            <translation>適用なし</translation>
        </message>
        <message>
            <location line="+616" />
            <source> Reloading the databases…</source>
            <translation>データベースを再読み込みしています…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The new database could not be opened ({error}); the previous one stays in use.</source>
            <translation>新しいデータベースを開けませんでした（{error}）。以前のものを引き続き使います。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new database is in use; everyone was decided again with it.</source>
            <translation>新しいデータベースを使用中です。全員を改めて判定しました。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit log — {title}</source>
            <translation>監査ログ — {title}</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../hostguard/ui/notify.py" line="+76" />
            <source>Enforcement paused</source>
            <translation>適用を一時停止</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) held by the burst guard: act on them or stop enforcing.</source>
            <translation>
                <numerusform>一斉参加ガードが %n 件の操作を保留中です。実行するか適用を停止してください。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Actions failed</source>
            <translation>操作が失敗しました</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n action(s) failed; see the Sync column.</source>
            <translation>
                <numerusform>%n 件の操作が失敗しました。同期列をご確認ください。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules acted</source>
            <translation>ルールが実行されました</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The service confirmed %n action(s) the rules took.</source>
            <translation>
                <numerusform>サービスがルールの操作 %n 件を確認しました。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Connection lost</source>
            <translation>接続が切れました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost: {error}</source>
            <translation>会議サービスへの接続が切れました：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection to the meeting service was lost.</source>
            <translation>会議サービスへの接続が切れました。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <location filename="../../hostguard/ui/preview.py" line="-221" />
            <source>No rule matched (default)</source>
            <translation>一致するルールなし（既定）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exempt</source>
            <translation>除外</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rule} (disabled)</source>
            <translation>{rule}（無効）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rule} (report only)</source>
            <translation>{rule}（報告のみ）</translation>
        </message>
        <message>
            <location line="+194" />
            <source>{n} match, nobody acted on</source>
            <translation>{n} 人が一致、対処なし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} to act on</source>
            <translation>{n} 人に措置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, {n} done</source>
            <translation>、{n} 人完了</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} ({changed} changed)</source>
            <translation>{n}（{changed} 人が変化）</translation>
        </message>
        <message>
            <location line="+151" />
            <source>Write or load rules to preview them.</source>
            <translation>ルールを書くか読み込むとプレビューできます。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share guard verdict</source>
            <translation>ガードの判定</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rule / participant</source>
            <translation>ルール／参加者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>措置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Affected</source>
            <translation>対象</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>変化</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Present participants this rule decides for</source>
            <translation>このルールが判定する在室中の参加者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided differently from the decision shown now</source>
            <translation>現在表示中の判定と異なる</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already in that state, or already sent to the service</source>
            <translation>すでにその状態か、サービスに送信済み</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who each rule affects</source>
            <translation>各ルールの対象者</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Refresh preview</source>
            <translation>プレビューを更新(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh the preview</source>
            <translation>プレビューを更新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply…</source>
            <translation>適用(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply these decisions to the meeting</source>
            <translation>これらの判定を会議に適用</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preview failed: {error}</source>
            <translation>プレビューに失敗しました：{error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Share guard: </source>
            <translation>割合ガード：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bar: {share:.0%} of the non-exempt participants would be moved or removed; line: the guard's limit, {limit:.0%}.</source>
            <translation>バー：除外されていない参加者の {share:.0%} が移動または削除されます。線：ガードの上限 {limit:.0%}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action}: {n}</source>
            <translation>{action}：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total} participants. To send: {sends}.</source>
            <translation>参加者 {total} 人。送信対象：{sends}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {released} currently moved or removed would no longer be.</source>
            <translation> 現在移動・削除中の {released} 人はその状態ではなくなります。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  (country unknown)</source>
            <translation>（国・地域不明）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new (now {action})</source>
            <translation>新規（現在：{action}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already acted on</source>
            <translation>措置済み</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unchanged</source>
            <translation>変化なし</translation>
        </message>
        <message>
            <location line="+3" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {n} more</source>
            <translation>…ほか {n} 人</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{n} participants (open to list)</source>
            <translation>参加者 {n} 人（開いて一覧）</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterProxy</name>
        <message>
            <location filename="../../hostguard/ui/roster_model.py" line="+979" />
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the meeting</source>
            <translation>会議中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be moved or removed</source>
            <translation>移動または削除の対象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged</source>
            <translation>フラグ付き</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync pending</source>
            <translation>同期保留中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed</source>
            <translation>同期失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not supported by service</source>
            <translation>サービス非対応</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the waiting room</source>
            <translation>待機室にいる</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed or blocked</source>
            <translation>削除またはブロック済み</translation>
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+71" />
            <source>any</source>
            <translation>指定なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown</source>
            <translation>国・地域が不明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country known</source>
            <translation>国・地域が判明</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="+60" />
            <source>inactive until {time}</source>
            <translation>{time} まで無効</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ended at {time}</source>
            <translation>{time} に終了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>active until {time}</source>
            <translation>{time} まで有効</translation>
        </message>
        <message>
            <location line="+13" />
            <source>disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active until the meeting ends</source>
            <translation>会議終了まで有効</translation>
        </message>
        <message>
            <location filename="../../hostguard/ui/rules_editor.py" line="+66" />
            <source>Roles</source>
            <translation>役割</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles</source>
            <translation>除外する役割</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents</source>
            <translation>大陸</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers</source>
            <translation>匿名化サービス</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{group}: {label}</source>
            <translation>{group}：{label}</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Rules, in the order they are tried</source>
            <translation>試す順のルール</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add rule</source>
            <translation>ルールを追加(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a rule at the end</source>
            <translation>末尾にルールを追加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected rule (Delete)</source>
            <translation>選択したルールを削除（Delete）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>上へ(&amp;U)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule up (Alt+Up)</source>
            <translation>選択したルールを上へ（Alt+↑）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>下へ(&amp;W)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected rule down (Alt+Down)</source>
            <translation>選択したルールを下へ（Alt+↓）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rules (first match decides):</source>
            <translation>ルール（最初に一致したものが判定）：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rule</source>
            <translation>選択したルール</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rule name</source>
            <translation>ルール名</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rule action</source>
            <translation>ルールの措置</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enabled</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule enabled</source>
            <translation>ルール有効</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report only (count matches, never act)</source>
            <translation>報告のみ（一致数を数え、対処しない）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule is report only</source>
            <translation>ルールは報告のみ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A report-only rule is evaluated and counted like any rule but never acts; the first matching rule below it still decides</source>
            <translation>報告のみのルールは他のルールと同様に評価・集計されますが、対処はしません。その下で最初に一致するルールが判定します</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Active from (RFC 3339 time with offset)</source>
            <translation>有効開始（オフセット付き RFC 3339 時刻）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T12:00:00+08:00 (empty: from the start)</source>
            <translation>例：2026-06-04T12:00:00+08:00（空欄：最初から）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until (RFC 3339 time with offset)</source>
            <translation>有効終了（オフセット付き RFC 3339 時刻）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2026-06-04T20:00:00+08:00 (empty: no end)</source>
            <translation>例：2026-06-04T20:00:00+08:00（空欄：終了なし）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until the meeting ends</source>
            <translation>会議終了まで</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule active until the meeting ends</source>
            <translation>会議終了までルールを有効にする</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Countries (ISO codes)</source>
            <translation>国・地域（ISO コード）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Countries not in (allow-list style)</source>
            <translation>次の国・地域以外（許可リスト方式）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (code {code} in rules files)</source>
            <translation>{name}（ルールファイルではコード {code}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continent {name}</source>
            <translation>大陸：{name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown country condition</source>
            <translation>国・地域不明の条件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'country unknown' matches participants whose country could not be inferred (not in the database, private network, or no address)</source>
            <translation>「国・地域が不明」は国・地域を推定できなかった参加者（データベースにない、プライベートネットワーク、アドレスなし）に一致します</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Advanced conditions (regions, networks, AS numbers, anonymizers)</source>
            <translation>詳細条件（地域、ネットワーク、AS 番号、匿名化サービス）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show advanced conditions</source>
            <translation>詳細条件を表示</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Regions (ISO 3166-2, e.g. US-CA)</source>
            <translation>地域（ISO 3166-2、例：US-CA）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers, e.g. 13335</source>
            <translation>AS 番号（例：13335）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks (CIDR, e.g. 203.0.113.0/24)</source>
            <translation>ネットワーク（CIDR、例：203.0.113.0/24）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions:</source>
            <translation>地域：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>AS numbers:</source>
            <translation>AS 番号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Networks:</source>
            <translation>ネットワーク：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymizers:</source>
            <translation>匿名化サービス：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction:</source>
            <translation>措置(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mode:</source>
            <translation>モード：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active from:</source>
            <translation>有効開始：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active until:</source>
            <translation>有効終了：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions (all that are set must hold; a list matches any of its items):</source>
            <translation>条件（設定したものはすべて満たす必要があります。リストはいずれかの項目に一致すれば該当）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Countries:</source>
            <translation>国・地域：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not countries:</source>
            <translation>除外する国・地域：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continents:</source>
            <translation>大陸：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown:</source>
            <translation>不明：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>役割：</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Everyone else, the guard and exemptions</source>
            <translation>その他の全員、ガード、除外</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Default action when no rule matches</source>
            <translation>どのルールにも一致しない場合の既定の措置</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Largest share of the meeting to act on at once, in percent</source>
            <translation>一度に措置を取る会議の最大割合（パーセント）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>max_action_share: acting on a larger share of the non-exempt participants at once needs an explicit confirmation</source>
            <translation>max_action_share：除外されていない参加者のより大きな割合に一度に措置を取るには明示的な確認が必要です</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The host is always exempt</source>
            <translation>ホストは常に除外されます</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exempt e-mail patterns, separated by commas</source>
            <translation>除外するメールのパターン（カンマ区切り）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>*@example.org, chair@example.com</source>
            <translation>*@example.org, chair@example.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default action:</source>
            <translation>既定の措置：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guard limit:</source>
            <translation>ガードの上限：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt roles:</source>
            <translation>除外する役割：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exempt e-mails:</source>
            <translation>除外するメール：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems in the rules</source>
            <translation>ルールの問題</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Problems in the file that was not imported</source>
            <translation>取り込まれなかったファイルの問題</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the import message</source>
            <translation>取り込みのメッセージを閉じる</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import…</source>
            <translation>取り込み(&amp;I)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import rules from a TOML file</source>
            <translation>TOML ファイルからルールを取り込む</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>書き出し(&amp;X)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the rules to a TOML file</source>
            <translation>ルールを TOML ファイルに書き出す</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start from &amp;template…</source>
            <translation>テンプレートから開始(&amp;T)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start from a template</source>
            <translation>テンプレートから開始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace the rules with a named starting point to edit (nothing is applied)</source>
            <translation>ルールを名前付きのひな形に置き換えて編集します（何も適用されません）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>e.g. CN, HK (or choose…)</source>
            <translation>例：CN, HK（または選択…）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose from a list: {field}</source>
            <translation>一覧から選択：{field}</translation>
        </message>
        <message numerus="yes">
            <location line="+135" />
            <source>{name} was not imported: %n error(s). Your current rules are unchanged.</source>
            <translation>
                <numerusform>{name} は取り込まれませんでした：エラー %n 件。現在のルールは変わっていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Imported {name} with %n warning(s).</source>
            <translation>
                <numerusform>{name} を取り込みました（警告 %n 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Could not write {file}: {error}</source>
            <translation>{file} に書き込めませんでした：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n rule(s) to {file}</source>
            <translation>
                <numerusform>%n 件のルールを {file} に書き出しました</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the template: {error}</source>
            <translation>テンプレートを開けません：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Started from the template “{title}”: edit it, then export or apply.</source>
            <translation>テンプレート「{title}」から開始しました。編集してからエクスポートまたは適用してください。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>report only</source>
            <translation>報告のみ</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{now} match now, {seen} reported, none acted on</source>
            <translation>現在 {now} 人が一致、{seen} 人を報告、対処なし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{now} match now, {acted} acted on</source>
            <translation>現在 {now} 人が一致、{acted} 人に対処</translation>
        </message>
        <message numerus="yes">
            <location line="+229" />
            <source>%n problem(s): the rules are not used until fixed.</source>
            <translation>
                <numerusform>問題 %n 件：直すまでルールは使われません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n rule(s), valid.</source>
            <translation>
                <numerusform>%n 件のルール、有効です。</numerusform>
            </translation>
        </message>
        <message>
            <location line="-337" />
            <location line="+395" />
            <source>Fix the problems listed below before exporting.</source>
            <translation>書き出す前に、下に示した問題を直してください。</translation>
        </message>
        <message>
            <location line="-942" />
            <source>Waiting room for unknown locations</source>
            <translation>場所不明の人は待機室へ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only invited countries, unknown flagged</source>
            <translation>招待した国・地域のみ、不明はフラグ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block Tor exits (needs an Anonymous-IP database)</source>
            <translation>Tor 出口をブロック（Anonymous-IP データベースが必要）</translation>
        </message>
        <message>
            <location line="+613" />
            <source>{name} — {action}</source>
            <translation>{name} — {action}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no name)</source>
            <translation>（名前なし）</translation>
        </message>
        <message>
            <location line="+271" />
            <source>No rules: everyone gets the default action.</source>
            <translation>ルールなし：全員に既定の措置が適用されます。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Import rules</source>
            <translation>ルールを取り込む</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml);;All files (*)</source>
            <translation>ルールファイル (*.toml);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export rules</source>
            <translation>ルールを書き出す</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules files (*.toml)</source>
            <translation>ルールファイル (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>ServicePanel</name>
        <message>
            <location filename="../../hostguard/ui/service_panel.py" line="+50" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation>参加者 ID</translation>
        </message>
        <message>
            <location line="+17" />
            <source>What this meeting service can and cannot do</source>
            <translation>この会議サービスにできること・できないこと</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles this meeting service does not report</source>
            <translation>この会議サービスが報告しない役割</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copy alternative hosts' &amp;e-mails</source>
            <translation>代替ホストのメールをコピー(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the meeting's alternative hosts' e-mail addresses, to exempt them</source>
            <translation>会議の代替ホストのメールアドレスをコピーして除外に使う</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Remove manually in the Zoom client</source>
            <translation>Zoom クライアントで手動削除</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;names</source>
            <translation>名前をコピー(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the names to remove manually</source>
            <translation>手動で削除する人の名前をコピー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy &amp;IDs</source>
            <translation>ID をコピー(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the participant IDs to remove manually</source>
            <translation>手動で削除する参加者の ID をコピー</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Restore previous &amp;policy</source>
            <translation>以前のポリシーに戻す(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the meeting's previous country policy</source>
            <translation>会議の以前の国・地域ポリシーに戻す</translation>
        </message>
        <message>
            <location line="+57" />
            <source>HostGuard changed this meeting's own policy: {policy}</source>
            <translation>HostGuard がこの会議自体のポリシーを変更しました：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>Remove manually in the Zoom client: %n participant(s)</source>
            <translation>
                <numerusform>Zoom クライアントで手動削除：参加者 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove manually in the Zoom client: nobody at the moment</source>
            <translation>Zoom クライアントで手動削除：現在は該当者なし</translation>
        </message>
    </context>
    <context>
        <name>ServiceSentences</name>
        <message numerus="yes">
            <location filename="../../hostguard/ui/apply_dialog.py" line="-167" />
            <source>{service} cannot move people already in the meeting to the waiting room: %n participant(s) listed for you to move to the waiting room in the {service} client.</source>
            <translation>
                <numerusform>{service} は会議中の人を待機室へ移動できません：{service} クライアントで待機室へ移動していただく参加者 %n 人を一覧にしました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot remove people already in the meeting: %n participant(s) listed for you to remove in the {service} client.</source>
            <translation>
                <numerusform>{service} は会議中の人を削除できません：{service} クライアントで削除していただく参加者 %n 人を一覧にしました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{service} cannot block people (remove them and prevent rejoining): %n participant(s) listed for you to remove and block in the {service} client.</source>
            <translation>
                <numerusform>{service} はブロック（削除して再参加を防ぐ）できません：{service} クライアントで削除・ブロックしていただく参加者 %n 人を一覧にしました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>{service} cannot {action}: %n participant(s) listed for you to handle in the {service} client.</source>
            <translation>
                <numerusform>{service} は {action} できません：{service} クライアントで対応していただく参加者 %n 人を一覧にしました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="+290" />
            <source>HostGuard settings</source>
            <translation>HostGuard の設定</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="+100" />
            <source>In use now:</source>
            <translation>現在使用中：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoIP databases in use</source>
            <translation>使用中の GeoIP データベース</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built</source>
            <translation>作成日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Age</source>
            <translation>経過日数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Update database</source>
            <translation>データベースを更新(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download a newer GeoIP database</source>
            <translation>新しい GeoIP データベースをダウンロード</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database download progress</source>
            <translation>データベースのダウンロード進行状況</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available here</source>
            <translation>ここでは利用できません</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not read the databases: {error}</source>
            <translation>データベースを読めませんでした：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source> (bundled)</source>
            <translation>（同梱）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{age} days</source>
            <translation>{age} 日</translation>
        </message>
        <message>
            <location line="+1" />
            <source> — stale, consider updating</source>
            <translation> — 古いため更新を推奨</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Downloading…</source>
            <translation>ダウンロード中…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Update failed: {error}. The current database is unchanged.</source>
            <translation>更新に失敗しました：{error}。現在のデータベースは変わっていません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated.</source>
            <translation>更新しました。</translation>
        </message>
    </context>
    <context>
        <name>UndoDialog</name>
        <message>
            <location filename="../../hostguard/ui/undo_dialog.py" line="+25" />
            <source>admit from the waiting room</source>
            <translation>待機室から入室許可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unblock</source>
            <translation>ブロック解除</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Undo last apply</source>
            <translation>前回の適用を元に戻す</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing of the last apply can be undone.</source>
            <translation>前回の適用で元に戻せるものはありません。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n action(s) of the last apply will be undone.</source>
            <translation>
                <numerusform>前回の適用の操作 %n 件を元に戻します。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>What will be undone</source>
            <translation>元に戻すもの</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {undo}</source>
            <translation>{name} — {undo}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The meeting's country policy is put back: {policy}</source>
            <translation>会議の国・地域ポリシーを戻します：{policy}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n action(s) cannot be undone:</source>
            <translation>
                <numerusform>元に戻せない操作 %n 件：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>What cannot be undone, and why</source>
            <translation>元に戻せないものとその理由</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} — {action}: {why}</source>
            <translation>{name} — {action}：{why}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the last apply</source>
            <translation>前回の適用を元に戻す</translation>
        </message>
    </context>
    <context>
        <name>_DirEditor</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-266" />
            <source>default</source>
            <translation>既定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose {label}</source>
            <translation>{label}を選択</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a folder</source>
            <translation>フォルダーを選択</translation>
        </message>
    </context>
    <context>
        <name>_PathsEditor</name>
        <message>
            <location line="-25" />
            <source>, one file per line</source>
            <translation>（1 行に 1 ファイル）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add to {label}</source>
            <translation>{label}に追加</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose databases</source>
            <translation>データベースを選択</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MaxMind DB (*.mmdb);;All files (*)</source>
            <translation>MaxMind DB (*.mmdb);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>_Reporter</name>
        <message>
            <location filename="../../hostguard/ui/errors.py" line="+69" />
            <source>HostGuard: unexpected error</source>
            <translation>HostGuard：予期しないエラー</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HostGuard logged the details. Your rules and the outbox are saved; you can keep working or quit and start again.</source>
            <translation>HostGuard が詳細を記録しました。ルールと送信キューは保存済みです。作業を続けるか、終了して再起動できます。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Something went wrong in thread {thread}: {error}</source>
            <translation>スレッド {thread} で問題が発生しました：{error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {error}</source>
            <translation>問題が発生しました：{error}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="+59" />
            <source>Allow</source>
            <translation>許可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>フラグ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting room</source>
            <translation>待機室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Block</source>
            <translation>ブロック</translation>
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
            <translation>ホスティング</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public proxy</source>
            <translation>公開プロキシ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>residential proxy</source>
            <translation>住宅用プロキシ</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../hostguard/ui/labels.py" line="-35" />
            <source>API token</source>
            <translation>API トークン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>account ID</source>
            <translation>アカウント ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client ID</source>
            <translation>クライアント ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client secret</source>
            <translation>クライアントシークレット</translation>
        </message>
        <message>
            <location line="+1" />
            <source>access token</source>
            <translation>アクセストークン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>admin token</source>
            <translation>管理者トークン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>license key</source>
            <translation>ライセンスキー</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location line="+46" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; within the limit of {limit}</source>
            <translation>除外されていない参加者 {eligible} 人のうち {acting} 人（{share}）が移動または削除されます。上限 {limit} の範囲内です</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, above the limit of {limit} (max_action_share): confirm to proceed</source>
            <translation>除外されていない参加者 {eligible} 人のうち {acting} 人（{share}）が移動または削除されます。上限 {limit}（max_action_share）を超えています。続行するには確認してください</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-144" />
            <source>host</source>
            <translation>ホスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>co-host</source>
            <translation>共同ホスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>panelist</source>
            <translation>パネリスト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <translation>出席者</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location line="+50" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joined</source>
            <translation>参加時刻</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>判定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown (not in database)</source>
            <translation>不明（データベースにない）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private network</source>
            <translation>プライベートネットワーク</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No address reported</source>
            <translation>アドレス報告なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid address</source>
            <translation>無効なアドレス</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pending</source>
            <translation>保留中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applied</source>
            <translation>適用済み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsupported</source>
            <translation>非対応</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Manual</source>
            <translation>手動</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backing off</source>
            <translation>待機して再試行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent</source>
            <translation>未送信</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{action} (exempt)</source>
            <translation>{action}（除外）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{action} (default)</source>
            <translation>{action}（既定）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name reported)</source>
            <translation>（名前の報告なし）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>represents {country}</source>
            <translation>{country} を代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>anycast</source>
            <translation>エニーキャスト</translation>
        </message>
        <message>
            <location line="+5" />
            <source>in {country}, per {database} {month}</source>
            <translation>{country}（{database} {month} による）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (address not found in {database} {month})</source>
            <translation>国不明（{database} {month} にアドレスがありません）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown ({note})</source>
            <translation>国不明（{note}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (private network address)</source>
            <translation>国不明（プライベートネットワークのアドレス）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (invalid address reported)</source>
            <translation>国不明（無効なアドレスが報告されました）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>country unknown (no address reported)</source>
            <translation>国不明（アドレスの報告なし）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rule “{rule}”</source>
            <translation>ルール「{rule}」</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rule matched, default: {action}</source>
            <translation>一致するルールなし、既定：{action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (role: {value})</source>
            <translation>除外（役割：{value}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exempt (e-mail matches {value})</source>
            <translation>除外（メールが {value} に一致）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address in {value}</source>
            <translation>アドレスは {value} 内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>flagged: {value}</source>
            <translation>検出：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region: {value}</source>
            <translation>地域：{value}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role: {value}</source>
            <translation>役割：{value}</translation>
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
            <translation>未送信です：「適用」を押してください（または設定で新規参加者への自動適用をオンにします）。</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../../hostguard/ui/session.py" line="+28" />
            <source>Demo event (simulated)</source>
            <translation>デモイベント（シミュレーション）</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../hostguard/ui/settings.py" line="-188" />
            <source>Update downloads this month's free DB-IP country database (db-ip.com, CC BY 4.0), checks it, and switches the open meeting to it; the file it replaces is kept for rollback.</source>
            <translation>「更新」は今月の無料 DB-IP 国・地域データベース（db-ip.com、CC BY 4.0）をダウンロードして確認し、開いている会議で使います。置き換えたファイルは元に戻せるよう保存されます。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoIP databases</source>
            <translation>GeoIP データベース</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storage and audit</source>
            <translation>保存と監査</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>接続</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply rules to new joiners automatically</source>
            <translation>新規参加者にルールを自動適用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When on, decisions for people who join after the rules were applied are sent without asking, as long as the share guard's limit (max_action_share) holds; above it, HostGuard stops and asks. Off by default.</source>
            <translation>オンにすると、ルール適用後に参加した人への判定は、ガードの上限（max_action_share）内であれば確認なしで送信されます。上限を超えると HostGuard は止まって確認します。既定はオフです。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notify me when a rule acts</source>
            <translation>ルールが実行されたら通知する</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A desktop notification each time the service confirms actions the rules took. Held actions, failures and a lost connection are always notified.</source>
            <translation>サービスがルールの操作を確認するたびにデスクトップ通知を表示します。保留中の操作、失敗、接続の切断は常に通知されます。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language of the window. Takes effect when HostGuard starts again.</source>
            <translation>ウィンドウの言語。HostGuard を再起動すると反映されます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The system's language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roster refresh interval</source>
            <translation>名簿の更新間隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the whole participant list is fetched again when the service has no event stream.</source>
            <translation>サービスにイベントストリームがない場合に参加者一覧全体を取り直す間隔。</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database files</source>
            <translation>データベースファイル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MaxMind DB files to use: one country or city database, and optionally an ASN and an Anonymous-IP database. Empty: the bundled DB-IP country database.</source>
            <translation>使用する MaxMind DB ファイル：国または都市のデータベース 1 つと、任意で ASN・匿名 IP データベース。空欄なら同梱の DB-IP 国データベース。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn when a database is older than</source>
            <translation>データベースがこれより古いと警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country data drifts as address blocks change hands; older databases are marked.</source>
            <translation>アドレスブロックの移転で国データは変わります。古いデータベースには印が付きます。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <location line="-5" />
            <source>State folder</source>
            <translation>状態フォルダー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the outbox and the audit log are kept. Empty: the per-user state folder.</source>
            <translation>送信キューと監査ログの保存場所。空欄ならユーザーごとの状態フォルダー。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep audit entries for</source>
            <translation>監査記録の保存期間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older audit entries are deleted. 0 keeps them forever.</source>
            <translation>古い監査記録は削除されます。0 なら無期限に保存します。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>サービス</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting service.</source>
            <translation>会議サービス。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference service</source>
            <translation>リファレンスサービス</translation>
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
            <translation>ベース URL</translation>
        </message>
        <message>
            <location line="+0" />
            <source>API root override.</source>
            <translation>API ルートの上書き。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation>会議 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The meeting to connect to.</source>
            <translation>接続する会議。</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <location filename="../../hostguard/ui/rows.py" line="-101" />
            <source>joined</source>
            <translation>参加中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting</source>
            <translation>待機中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>removed</source>
            <translation>削除済み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>blocked</source>
            <translation>ブロック済み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>退出済み</translation>
        </message>
    </context>
</TS>