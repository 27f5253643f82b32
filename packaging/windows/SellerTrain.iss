; Inno Setup script for SellerTrain (Inno Setup 6): a per-user install, no admin rights.
; Build the folder first (python -m uv run python packaging/build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\SellerTrain.iss
; The installer is written to dist\SellerTrain-<version>-setup.exe.
;
; The database, its backups and the logs live in %LOCALAPPDATA%\SellerTrain (platformdirs'
; user data folder, see src/sellertrain/core/paths.py), never in the program's folder: an update
; replaces only the program, and the uninstaller removes only what this installer put there.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\SellerTrain.iss
#endif
#define SourceDir "..\..\dist\SellerTrain"

[Setup]
; Never change AppId: it is how an update finds (and replaces) the installed copy.
AppId={{5BE0EBA3-E3CC-43DA-A960-2E55794BD23C}
AppName=SellerTrain
AppVersion={#AppVersion}
AppVerName=SellerTrain {#AppVersion}
AppPublisher=SellerTrain
; with lowest privileges {autopf} is %LOCALAPPDATA%\Programs: nobody needs an admin password
PrivilegesRequired=lowest
DefaultDirName={autopf}\SellerTrain
DefaultGroupName=SellerTrain
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\SellerTrain.exe
UninstallDisplayName=SellerTrain
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; an update asks to close a running SellerTrain rather than leaving half-replaced files
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=SellerTrain-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of the previous version that this one no longer has would otherwise stay behind and
; could be loaded by mistake. Only the program's own folder: the user's data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SellerTrain"; Filename: "{app}\SellerTrain.exe"
Name: "{autodesktop}\SellerTrain"; Filename: "{app}\SellerTrain.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SellerTrain.exe"; Description: "{cm:LaunchProgram,SellerTrain}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: uninstalling removes the program and its shortcuts,
; and keeps %LOCALAPPDATA%\SellerTrain (the training records) for a reinstall or an audit.
