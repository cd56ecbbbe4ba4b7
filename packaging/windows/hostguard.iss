; HostGuard per-user installer for Windows (Inno Setup 6.3 or later).
;
; Build, on Windows, from the repository root:
;   python packaging\build.py                 (makes dist\hostguard\ and runs this script if
;                                               ISCC.exe is found)
;   or by hand after build.py:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\hostguard.iss
; Output: dist\HostGuard-<version>-setup.exe
;
; Per-user: no administrator rights; the app goes to %LOCALAPPDATA%\Programs\HostGuard
; ({autopf} in non-administrative mode), the Start Menu entry to the user's Programs folder.
; The uninstaller offers to remove HostGuard's settings and the credentials it stored in the
; Windows Credential Manager; it asks before the program files are removed, because deleting
; credentials uses the installed hostguard.exe.

#define AppName "HostGuard"
#define AppPublisher "The HostGuard developers"
#define AppURL "https://hostguard.example/"
#define AppExe "hostguard-gui.exe"
#define CliExe "hostguard.exe"

; packaging\build.py writes build\windows\version.iss from hostguard/__init__.py:
;   #define AppVersion "0.2.0rc1"        the version people see (may be a pre-release)
;   #define AppNumericVersion "0.2.0.0"  the Windows file version: four numbers only
; and passes both to ISCC as /DAppVersion=... /DAppNumericVersion=..., which override it.
#ifndef AppVersion
  #if FileExists(AddBackslash(SourcePath) + "..\..\build\windows\version.iss")
    #include "..\..\build\windows\version.iss"
  #else
    #error Run packaging\build.py first, or pass /DAppVersion=x.y.z /DAppNumericVersion=x.y.z.0 to ISCC
  #endif
#endif
#ifndef AppNumericVersion
  #error Pass /DAppNumericVersion=x.y.z.0 with /DAppVersion (VersionInfoVersion takes numbers only)
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6B3F2E0A-7C41-4D8B-9E55-2F1A9C0D4B71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\hostguard.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.RemoveUserData=Also remove your HostGuard settings, state and audit logs, and the credentials HostGuard stored in the Windows Credential Manager?%n%nChoose No to keep them for a later reinstall.
english.DemoShortcut=HostGuard (demo event)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\hostguard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "See where meeting participants connect from"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  CredentialServices = 'reference zoom webex maxmind';

var
  RemoveUserData: Boolean;

// Runs a hidden command and waits for it; the result code is ignored on purpose: a service
// without stored credentials is not an error during uninstall.
procedure RunHidden(const FileName, Params: String);
var
  ResultCode: Integer;
begin
  if not Exec(FileName, Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    Log(Format('Could not run %s %s: %s', [FileName, Params, SysErrorMessage(ResultCode)]))
  else
    Log(Format('%s %s -> %d', [FileName, Params, ResultCode]));
end;

// The app knows how it names its keyring entries: ask it to delete each service's.
procedure DeleteCredentialsWithApp();
var
  Cli, Rest, Service: String;
  Space: Integer;
begin
  Cli := ExpandConstant('{app}\{#CliExe}');
  if not FileExists(Cli) then
    Exit;
  Rest := CredentialServices;
  while Rest <> '' do
  begin
    Space := Pos(' ', Rest);
    if Space = 0 then
    begin
      Service := Rest;
      Rest := '';
    end
    else
    begin
      Service := Copy(Rest, 1, Space - 1);
      Rest := Copy(Rest, Space + 1, Length(Rest));
    end;
    RunHidden(Cli, 'credentials delete --service ' + Service);
  end;
end;

// Whatever is left: generic credentials whose target names HostGuard (keyring stores them as
// "LegacyGeneric:target=<name>"), found with cmdkey /list and removed with cmdkey /delete.
procedure DeleteCredentialsWithCmdkey();
var
  ListFile, Line, Target: String;
  Lines: TArrayOfString;
  I, ResultCode, Colon: Integer;
begin
  ListFile := AddBackslash(GetTempDir()) + 'hostguard-cmdkey.txt';
  if not Exec(ExpandConstant('{cmd}'), '/C cmdkey /list > "' + ListFile + '"', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode) then
    Exit;
  if not LoadStringsFromFile(ListFile, Lines) then
    Exit;
  for I := 0 to GetArrayLength(Lines) - 1 do
  begin
    Line := Trim(Lines[I]);
    // "Target: LegacyGeneric:target=hostguard-zoom" (the label is localised, so split at
    // the first colon rather than matching the word "Target").
    Colon := Pos(':', Line);
    if (Colon > 0) and (Pos('hostguard', Lowercase(Line)) > 0) then
    begin
      Target := Trim(Copy(Line, Colon + 1, Length(Line)));
      // Passed as listed ("cmdkey /delete:LegacyGeneric:target=x"); quoted only if needed.
      if Pos(' ', Target) > 0 then
        Target := '"' + Target + '"';
      if (Target <> '') and (Pos('=', Target) > 0) then
        RunHidden(ExpandConstant('{sys}\cmdkey.exe'), '/delete:' + Target);
    end;
  end;
  DeleteFile(ListFile);
end;

procedure DeleteSettings();
begin
  // platformdirs folders (settings, state: outbox and audit log, caches, downloaded databases)
  DelTree(ExpandConstant('{localappdata}\HostGuard'), True, True, True);
  DelTree(ExpandConstant('{userappdata}\HostGuard'), True, True, True);
  // QSettings (native format)
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\HostGuard');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  // usUninstall comes after the user confirmed the uninstall and before any file is removed,
  // so the installed hostguard.exe can still delete its credentials. A silent uninstall
  // (e.g. from a deployment tool) keeps user data.
  if CurUninstallStep = usUninstall then
  begin
    RemoveUserData := False;
    if not UninstallSilent() then
      RemoveUserData := MsgBox(CustomMessage('RemoveUserData'), mbConfirmation,
        MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if RemoveUserData then
    begin
      DeleteCredentialsWithApp();
      DeleteCredentialsWithCmdkey();
    end;
  end;
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    DeleteSettings();
end;
