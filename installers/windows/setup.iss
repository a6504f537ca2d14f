; Inno Setup script: per-user install of Integreat Desk without administrator rights.
;   iscc /DAppVersion=0.1.0 installers\windows\setup.iss
; Input: dist\integreat-desk\ from installers\app.spec (PyInstaller onedir). Output: dist\integreat-desk-<v>-setup.exe
; - installs into %LOCALAPPDATA%\Programs\Integreat Desk (PrivilegesRequired=lowest); an administrator may
;   choose "for all users" in the dialog (PrivilegesRequiredOverridesAllowed=dialog)
; - Start menu entry and an uninstaller (Apps & features)
; - upgrade in place: the same AppId finds the old installation; its program files (_internal\) are
;   replaced, the user's data (%APPDATA%\Integreat Desk, or data\ beside the program in portable mode)
;   is never touched, neither by an upgrade nor by the uninstaller
; Silent: integreat-desk-<v>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Integreat Desk"
#define AppExe "integreat-desk.exe"

[Setup]
AppId={{3A7C2E41-5B8D-4F0A-9C61-2D4E7B9F1A08}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Integreat
AppPublisherURL=https://integreat-app.de
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousAppDir=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\integreat-desk.ico
OutputDir=..\..\dist
OutputBaseFilename=integreat-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; Upgrade in place: old program files go, so no stale module or plugin survives. Never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\integreat-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself writes into its program folder; data\ (portable mode) stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
