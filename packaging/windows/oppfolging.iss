; Inno Setup 6 script: a per-user installer for the one-folder bundle (no admin rights).
;
; Build on Windows, from the repository root:
;   py -3.11 dev.py build                      (makes dist\oppfolging\, smoke-tested)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\oppfolging.iss
; Result: dist\Oppfolgingsplan-0.1.0-oppsett.exe
;
; Installs into %LOCALAPPDATA%\Programs\Oppfolgingsplan, adds a Start-menu entry, makes
; .oppfplan files open with the program (with its icon), and registers an uninstaller
; under "Installerte apper". Uninstalling leaves the user's plans and settings alone.
; This file is UTF-8 with a byte-order mark, which Inno Setup needs for "ø".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Oppfølgingsplan"
#define AppExe "Oppfolgingsplan.exe"
#define ProgId "Oppfolgingsplan.Plan"
#define Root "..\.."

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{2A9A7811-BE95-47D2-BB70-C18F530A8FF1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Oppfølgingsplan-bidragsyterne
; Per user: {autopf} is %LOCALAPPDATA%\Programs when the installer runs without admin rights.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Oppfolgingsplan
DisableProgramGroupPage=yes
DisableDirPage=auto
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\oppfolging.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=Oppfolgingsplan-{#AppVersion}-oppsett
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "norsk"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\oppfolging\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Oppfølgingsplan ved sykmelding (NAV 25-02.01)"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install: no admin rights needed.
Root: HKA; Subkey: "Software\Classes\.oppfplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.oppfplan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-oppfplan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.oppfplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".oppfplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
