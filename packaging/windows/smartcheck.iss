; Inno Setup 6 script for SmartCheck (Windows, x64).
;
; Installs the one-folder bundle built by PyInstaller (packaging\out\dist\SmartCheck)
; for the current user, without administrator rights, under
; %LOCALAPPDATA%\Programs\SmartCheck, with a start-menu entry.
; IT can push the same file machine-wide and silently (as administrator):
;     SmartCheck-<version>-Setup.exe /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; which installs to %ProgramFiles%\SmartCheck with an entry in the common start menu.
; The data (%LOCALAPPDATA%\SmartCheck) is never touched by setup or uninstall.
;
; Build (see README.md beside this file):
;     iscc /DAppVersion=0.2.0 packaging\windows\smartcheck.iss

#ifndef AppVersion
  #define AppVersion "0.2.0"
#endif
#define AppName "SmartCheck"
#define AppExe "SmartCheck.exe"
#define BundleDir "..\out\dist\SmartCheck"

[Setup]
; The AppId identifies the installation for updates and uninstall: never change it.
AppId={{1392894F-876F-497B-905F-8A4E5531FD91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SmartCheck-Team
AppComments=Offline-Selbstcheck für kleine Kommunen
VersionInfoVersion={#AppVersion}
; Per user by default (no admin rights, no UAC prompt); /ALLUSERS on the command
; line switches to a machine-wide install, /CURRENTUSER forces the per-user one.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; {autopf} is %LOCALAPPDATA%\Programs per user and %ProgramFiles% for all users.
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
DisableReadyPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\..\assets\icons\smartcheck.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\out\windows
OutputBaseFilename=SmartCheck-{#AppVersion}-Setup
Compression=lzma2/max
SolidCompression=yes
; Close a running SmartCheck before files are replaced (updates).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: SmartCheck.exe, smartcheck-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; An update removes what an older version shipped and this one does not.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Smart-City-Readiness-Check"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
