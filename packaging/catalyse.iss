; Inno Setup script of the Windows installer (built in CI: .github/workflows/release.yml).
; Installs dist\catalyse for the current user (no administrator rights needed), with a Start
; menu entry, and makes .catalyse files open with Catalyse.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C3B5D7E-2B8A-4F0E-9D41-CA7A1C5E0016}
AppName=Catalyse
AppVersion={#AppVersion}
AppPublisher=Catalyse
DefaultDirName={localappdata}\Programs\Catalyse
DefaultGroupName=Catalyse
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=catalyse-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\catalyse.exe

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\catalyse\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Catalyse"; Filename: "{app}\catalyse.exe"
Name: "{userdesktop}\Catalyse"; Filename: "{app}\catalyse.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.catalyse"; ValueType: string; ValueName: ""; ValueData: "Catalyse.Workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Catalyse.Workshop"; ValueType: string; ValueName: ""; ValueData: "Atelier Catalyse"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Catalyse.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\catalyse.exe,0"
Root: HKCU; Subkey: "Software\Classes\Catalyse.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\catalyse.exe"" ""%1"""

[Run]
Filename: "{app}\catalyse.exe"; Description: "{cm:LaunchProgram,Catalyse}"; Flags: nowait postinstall skipifsilent
