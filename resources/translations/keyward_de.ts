<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>keyward</name>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="36"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="53"/>
        <source>K&amp;ey:</source>
        <translation>Schlü&amp;ssel:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="63"/>
        <source>any key (id or hint)</source>
        <translation>beliebiger Schlüssel (ID oder Hinweis)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="73"/>
        <source>A&amp;ctor:</source>
        <translation>A&amp;kteur:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="83"/>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="93"/>
        <source>Actio&amp;n:</source>
        <translation>Aktio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="106"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="116"/>
        <location filename="../../ui/audit/AuditTab.ui" line="136"/>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="127"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="119"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="126"/>
        <location filename="../../ui/usage/UsageTab.ui" line="60"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="139"/>
        <source>To date (inclusive)</source>
        <translation>Enddatum (einschließlich)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="149"/>
        <location filename="../../ui/keys/KeysTab.ui" line="70"/>
        <location filename="../../ui/usage/UsageTab.ui" line="110"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="152"/>
        <source>Export the events these filters show to CSV, verifying the chain</source>
        <translation>Die Ereignisse, die diese Filter zeigen, als CSV exportieren und dabei die Kette prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="159"/>
        <source>Ve&amp;rify chain</source>
        <translation>Kette p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../../ui/audit/AuditTab.ui" line="183"/>
        <source>Audit events</source>
        <translation>Prüfprotokoll-Ereignisse</translation>
    </message>
    <message>
        <location filename="../../ui/keys/EditKeyDialog.ui" line="7"/>
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/keys/EditKeyDialog.ui" line="31"/>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="31"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/EditKeyDialog.ui" line="58"/>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="61"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/EditKeyDialog.ui" line="85"/>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="126"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="13"/>
        <location filename="../../ui/FirstRunDialog.ui" line="39"/>
        <source>Welcome to Keyward</source>
        <translation>Willkommen bei Keyward</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="46"/>
        <source>There is no workspace yet. A workspace is one file holding your projects, the keys' hashes and hints (never the keys), and the audit trail.</source>
        <translation>Es gibt noch keinen Arbeitsbereich. Ein Arbeitsbereich ist eine Datei mit Ihren Projekten, den Hashes und Hinweisen der Schlüssel (niemals den Schlüsseln selbst) und dem Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="60"/>
        <source>&amp;Create the default workspace</source>
        <translation>Den Standard-Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="67"/>
        <source>&amp;Open a workspace file…</source>
        <translation>Arbeitsbereichsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="70"/>
        <source>A .keyward file in another folder: a shared drive, a backup, a colleague's copy.</source>
        <translation>Eine .keyward-Datei in einem anderen Ordner: ein gemeinsames Laufwerk, eine Sicherung, die Kopie eines Kollegen.</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="77"/>
        <source>Explore a &amp;demo workspace</source>
        <translation>Einen &amp;Demo-Arbeitsbereich erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.ui" line="80"/>
        <source>Generated projects and keys in every state, with their audit trail, in a temporary folder removed when Keyward closes.</source>
        <translation>Erzeugte Projekte und Schlüssel in jedem Zustand mit ihrem Prüfprotokoll, in einem temporären Ordner, der beim Beenden von Keyward entfernt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="13"/>
        <source>Import keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="31"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="46"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="55"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="68"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="78"/>
        <source>name=Label,key=Secret,owner=Team</source>
        <translation>name=Label,key=Secret,owner=Team</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="85"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="95"/>
        <source>For keys whose text does not say (keys in Keyward's format carry their own)</source>
        <translation>Für Schlüssel, deren Text es nicht angibt (Schlüssel im Keyward-Format tragen ihre eigene)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="114"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="152"/>
        <location filename="../../ui/usage/ImportPanel.ui" line="47"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="159"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="162"/>
        <source>Stop; nothing is imported</source>
        <translation>Anhalten; nichts wird importiert</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="181"/>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="197"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="204"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ImportKeysDialog.ui" line="214"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportPanel.ui" line="34"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportPanel.ui" line="67"/>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportPanel.ui" line="70"/>
        <source>Stop after the chunk being written; what was written stays, and importing the file again resumes</source>
        <translation>Nach dem gerade geschriebenen Block anhalten; Geschriebenes bleibt, ein erneuter Import der Datei setzt fort</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportSummaryDialog.ui" line="13"/>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportSummaryDialog.ui" line="42"/>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/usage/ImportSummaryDialog.ui" line="49"/>
        <source>&amp;Rejected lines and findings:</source>
        <translation>&amp;Abgewiesene Zeilen und Funde:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="7"/>
        <source>Issue a key</source>
        <translation>Schlüssel ausgeben</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="46"/>
        <source>What will use it, e.g. web backend</source>
        <translation>Was ihn verwenden wird, z. B. Web-Backend</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="76"/>
        <source>Who answers for it, e.g. ana or team-payments</source>
        <translation>Wer für ihn verantwortlich ist, z. B. ana oder team-payments</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="91"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="100"/>
        <source>t&amp;est (development)</source>
        <translation>T&amp;est (Entwicklung)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="110"/>
        <source>&amp;live (production)</source>
        <translation>&amp;Live (Produktion)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="136"/>
        <source>Optional: ticket, purpose, where it is deployed</source>
        <translation>Optional: Ticket, Zweck, wo er eingesetzt wird</translation>
    </message>
    <message>
        <location filename="../../ui/keys/IssueKeyDialog.ui" line="148"/>
        <source>Kee&amp;p a copy in the OS keychain (it can then be revealed again; each reveal is audited)</source>
        <translation>Eine Kopie im Schlüsselbund des Systems &amp;behalten (er kann dann erneut angezeigt werden; jedes Anzeigen wird protokolliert)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="28"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="51"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="74"/>
        <source>&amp;Rate limits:</source>
        <translation>&amp;Ratenlimits:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="97"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeySettingsForm.ui" line="130"/>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="30"/>
        <source>Filter by name, hint, owner or key id (Ctrl+F)</source>
        <translation>Nach Name, Hinweis, Verantwortlichem oder Schlüssel-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="36"/>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="43"/>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="50"/>
        <source>Environment filter</source>
        <translation>Umgebungsfilter</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="73"/>
        <source>Export the keys these filters show to CSV (no secrets)</source>
        <translation>Die Schlüssel, die diese Filter zeigen, als CSV exportieren (ohne Geheimnisse)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="38"/>
        <location filename="../../ui/keys/KeysTab.ui" line="126"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/keys/KeysTab.ui" line="131"/>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="64"/>
        <location filename="../../app/gui/GuiMain.cpp" line="169"/>
        <location filename="../../app/gui/GuiMain.cpp" line="242"/>
        <location filename="../../app/gui/MainWindow.cpp" line="462"/>
        <location filename="../../app/gui/keys/Reminders.cpp" line="99"/>
        <location filename="../../ui/MainWindow.ui" line="15"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="61"/>
        <location filename="../../ui/MainWindow.ui" line="77"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="122"/>
        <source>Ke&amp;ys</source>
        <translation>Schl&amp;üssel</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="127"/>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="132"/>
        <source>Au&amp;dit</source>
        <translation>Prü&amp;fprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="137"/>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gistry</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="163"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="170"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="190"/>
        <source>&amp;Audit</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="196"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="209"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="237"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="242"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="245"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="250"/>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="255"/>
        <location filename="../../ui/usage/UsageTab.ui" line="120"/>
        <source>&amp;Import access logs…</source>
        <translation>Zugriffsprotokolle &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="258"/>
        <source>Import gateway access logs into this project (or drop the files on the window)</source>
        <translation>Zugriffsprotokolle von Gateways in dieses Projekt importieren (oder die Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="261"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/gui/FirstRunDialog.cpp" line="35"/>
        <location filename="../../ui/MainWindow.ui" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="269"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="274"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="277"/>
        <source>Create a project with its key policy</source>
        <translation>Ein Projekt mit seiner Schlüsselrichtlinie anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="280"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="285"/>
        <source>&amp;Edit project…</source>
        <translation>Projekt &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="288"/>
        <source>Edit the project's description and policy</source>
        <translation>Beschreibung und Richtlinie des Projekts bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="293"/>
        <source>&amp;Issue key…</source>
        <translation>Schlüssel &amp;ausgeben…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="296"/>
        <source>Issue a new key in this project (Ctrl+N)</source>
        <translation>Einen neuen Schlüssel in diesem Projekt ausgeben (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="299"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="304"/>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="498"/>
        <location filename="../../ui/MainWindow.ui" line="307"/>
        <source>Issue a successor; the old key keeps working for a grace period (Ctrl+R)</source>
        <translation>Einen Nachfolger ausgeben; der alte Schlüssel funktioniert noch während einer Übergangsfrist (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="310"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="315"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="502"/>
        <location filename="../../ui/MainWindow.ui" line="318"/>
        <source>Revoke the selected keys (Del)</source>
        <translation>Die ausgewählten Schlüssel widerrufen (Entf)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="321"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="326"/>
        <location filename="../../ui/registry/RegistryTab.ui" line="27"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="329"/>
        <source>Edit the key's name, owner, scopes, models, limits or expiry (Ctrl+E)</source>
        <translation>Name, Verantwortlichen, Scopes, Modelle, Limits oder Ablauf des Schlüssels bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="332"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="337"/>
        <source>Reve&amp;al…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="494"/>
        <location filename="../../ui/MainWindow.ui" line="340"/>
        <source>Show a key kept in the OS keychain (audited)</source>
        <translation>Einen im Schlüsselbund des Systems aufbewahrten Schlüssel anzeigen (protokolliert)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="345"/>
        <source>Copy key &amp;id</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="348"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="353"/>
        <source>Show in audit &amp;trail</source>
        <translation>Im Prüf&amp;protokoll zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="358"/>
        <source>&amp;Find keys</source>
        <translation>Schlüssel &amp;finden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="361"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="366"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="369"/>
        <source>Read the workspace again (F5)</source>
        <translation>Den Arbeitsbereich neu lesen (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="372"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="377"/>
        <source>&amp;Verify audit chain</source>
        <translation>Prüfkette &amp;verifizieren</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="380"/>
        <source>Walk the audit chain and report the first bad event</source>
        <translation>Die Kette des Prüfprotokolls durchgehen und das erste fehlerhafte Ereignis melden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="385"/>
        <source>&amp;About Keyward</source>
        <translation>Über &amp;Keyward</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="115"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="25"/>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="102"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="7"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="16"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="43"/>
        <source>chat-api</source>
        <translation>chat-api</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="55"/>
        <source>Key &amp;prefix:</source>
        <translation>Schlüssel&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="70"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="85"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="101"/>
        <source>Policy for its keys</source>
        <translation>Richtlinie für seine Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="113"/>
        <source>Allowed &amp;scopes:</source>
        <translation>Erlaubte &amp;Scopes:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="123"/>
        <source>Any scope; or a list such as chat:read, chat:write</source>
        <translation>Jeder Scope; oder eine Liste wie chat:read, chat:write</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="130"/>
        <source>Allowed &amp;models:</source>
        <translation>Erlaubte &amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="140"/>
        <source>Any model; or a list such as gpt-4o, gpt-4o-mini</source>
        <translation>Jedes Modell; oder eine Liste wie gpt-4o, gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="147"/>
        <source>Maximum &amp;lifetime:</source>
        <translation>Maximale &amp;Lebensdauer:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RotateKeyDialog.ui" line="51"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="157"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="187"/>
        <location filename="../../ui/projects/ProjectDialog.ui" line="207"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="167"/>
        <source>Default rate limits:</source>
        <translation>Standard-Ratenlimits:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="177"/>
        <source>&amp;Remind before expiry:</source>
        <translation>&amp;Erinnern vor Ablauf:</translation>
    </message>
    <message>
        <location filename="../../ui/projects/ProjectDialog.ui" line="197"/>
        <source>Rotation &amp;grace:</source>
        <translation>&amp;Übergangsfrist bei Rotation:</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="195"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="37"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="140"/>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="6"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="14"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="20"/>
        <source>prod-etcd</source>
        <translation>prod-etcd</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="25"/>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpunkte:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="31"/>
        <source>https://etcd1.example:2379, https://etcd2.example:2379</source>
        <translation>https://etcd1.example:2379, https://etcd2.example:2379</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="36"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="44"/>
        <source>PEM file of the CA that signed the etcd certificates</source>
        <translation>PEM-Datei der CA, die die etcd-Zertifikate signiert hat</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="49"/>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="69"/>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="89"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="56"/>
        <source>Client ce&amp;rtificate:</source>
        <translation>Client-Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="64"/>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="84"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="76"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="96"/>
        <source>&amp;Pin (SPKI SHA-256):</source>
        <translation>&amp;Pin (SPKI SHA-256):</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="102"/>
        <source>optional: 64 hex digits or sha256//BASE64</source>
        <translation>optional: 64 Hexziffern oder sha256//BASE64</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="107"/>
        <source>etcd &amp;user:</source>
        <translation>etcd-&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="113"/>
        <source>the etcd user Keyward signs in as</source>
        <translation>der etcd-Benutzer, als der sich Keyward anmeldet</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="118"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="124"/>
        <source>kept in the OS keychain only</source>
        <translation>nur im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="130"/>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="136"/>
        <source>/keyward/v1</source>
        <translation>/keyward/v1</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="143"/>
        <source>&amp;Allow plain http:// to a loopback address (unencrypted)</source>
        <translation>Unverschlüsseltes http:// zu einer Loopback-Adresse &amp;erlauben</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryProfileDialog.ui" line="162"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="8"/>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="22"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="32"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="44"/>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="57"/>
        <source>&amp;Bind</source>
        <translation>&amp;Binden</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="62"/>
        <source>Un&amp;bind</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="202"/>
        <location filename="../../ui/registry/RegistryTab.ui" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="72"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="74"/>
        <source>Changes of others:</source>
        <translation>Änderungen anderer:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="76"/>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="78"/>
        <source>Waiting to be pushed:</source>
        <translation>Wartet auf Übertragung:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="80"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="91"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <location filename="../../ui/registry/RegistryTab.ui" line="112"/>
        <source>Conflicts (what each merge kept)</source>
        <translation>Konflikte (was jede Zusammenführung behalten hat)</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevealKeyDialog.ui" line="13"/>
        <source>Reveal key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="261"/>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="13"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="35"/>
        <source>Keys to revoke</source>
        <translation>Zu widerrufende Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="50"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="63"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="86"/>
        <source>Confir&amp;m:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RevokeKeysDialog.ui" line="115"/>
        <source>Revocation is final: a revoked key never becomes active again, here or after any sync.</source>
        <translation>Ein Widerruf ist endgültig: Ein widerrufener Schlüssel wird nie wieder aktiv, weder hier noch nach einem Abgleich.</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RotateKeyDialog.ui" line="13"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RotateKeyDialog.ui" line="29"/>
        <source>A successor is issued with the same name, owner, scopes, models and limits, and shown once. The old key keeps working for the grace period, so clients can move over; after it, the old key counts as expired.</source>
        <translation>Ein Nachfolger wird mit demselben Namen, Verantwortlichen, Scopes, Modellen und Limits ausgegeben und einmal angezeigt. Der alte Schlüssel funktioniert während der Übergangsfrist weiter, damit Clients umstellen können; danach gilt er als abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/keys/RotateKeyDialog.ui" line="41"/>
        <source>&amp;Grace period:</source>
        <translation>&amp;Übergangsfrist:</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="32"/>
        <location filename="../../ui/keys/ShowOnceDialog.ui" line="13"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="174"/>
        <location filename="../../ui/keys/ShowOnceDialog.ui" line="44"/>
        <source>The key</source>
        <translation>Der Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/keys/ShowOnceDialog.ui" line="51"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="27"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="40"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="53"/>
        <location filename="../../ui/usage/UsageTab.ui" line="73"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="80"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="100"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="103"/>
        <source>Show the whole range again (Home in the chart)</source>
        <translation>Wieder den ganzen Zeitraum zeigen (Pos1 im Diagramm)</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="113"/>
        <source>Save this range's requests per hour, key and outcome as CSV</source>
        <translation>Die Anfragen dieses Zeitraums pro Stunde, Schlüssel und Ergebnis als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="178"/>
        <source>Invalid-key rate</source>
        <translation>Rate ungültiger Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="147"/>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="98"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="165"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="527"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="528"/>
        <location filename="../../ui/usage/UsageTab.ui" line="185"/>
        <location filename="../../ui/usage/UsageTab.ui" line="221"/>
        <location filename="../../ui/usage/UsageTab.ui" line="257"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="214"/>
        <source>Success rate</source>
        <translation>Erfolgsrate</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="250"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="348"/>
        <source>T&amp;op keys</source>
        <translation>&amp;Top-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/usage/UsageTab.ui" line="359"/>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="462"/>
        <location filename="../../ui/usage/UsageTab.ui" line="395"/>
        <source>Fi&amp;ndings</source>
        <translation>F&amp;unde</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="175"/>
        <source>The key %1…</source>
        <translation>Der Schlüssel %1…</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="180"/>
        <source>This is not a Keyward key: expected {prefix}_{live|test}_{36 characters}.</source>
        <translation>Das ist kein Keyward-Schlüssel: erwartet wird {prefix}_{live|test}_{36 Zeichen}.</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="183"/>
        <source>%1 has an unknown environment: expected live or test.</source>
        <translation>%1 hat eine unbekannte Umgebung: erwartet wird live oder test.</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="186"/>
        <source>%1 has the wrong length: it may be truncated.</source>
        <translation>%1 hat die falsche Länge: Er ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="188"/>
        <source>%1 has characters a Keyward key never contains.</source>
        <translation>%1 enthält Zeichen, die ein Keyward-Schlüssel nie enthält.</translation>
    </message>
    <message>
        <location filename="../../app/core/KeyFormat.cpp" line="190"/>
        <source>%1 fails its checksum: a character was mistyped or changed.</source>
        <translation>%1 besteht die Prüfsumme nicht: Ein Zeichen wurde vertippt oder verändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="67"/>
        <source>Rate limits cannot be negative (0 means no limit).</source>
        <translation>Ratenlimits können nicht negativ sein (0 bedeutet kein Limit).</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="76"/>
        <source>The maximum lifetime must be between 0 (none) and 36500 days.</source>
        <translation>Die maximale Lebensdauer muss zwischen 0 (keine) und 36500 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="80"/>
        <source>The expiry reminder window must be between 0 and 365 days.</source>
        <translation>Der Erinnerungszeitraum vor Ablauf muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="83"/>
        <source>The rotation grace period must be between 0 and 365 days.</source>
        <translation>Die Übergangsfrist bei Rotation muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="93"/>
        <source>A key needs a name.</source>
        <translation>Ein Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="96"/>
        <source>Name and owner are limited to 200 characters.</source>
        <translation>Name und Verantwortlicher sind auf 200 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="104"/>
        <source>Scope not allowed by the project's policy: %1 (allowed: %2).</source>
        <translation>Scope von der Richtlinie des Projekts nicht erlaubt: %1 (erlaubt: %2).</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="112"/>
        <source>Model not allowed by the project's policy: %1 (allowed: %2).</source>
        <translation>Modell von der Richtlinie des Projekts nicht erlaubt: %1 (erlaubt: %2).</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="124"/>
        <source>The expiry %1 is in the past.</source>
        <translation>Das Ablaufdatum %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../../app/core/Lifecycle.cpp" line="132"/>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="203"/>
        <source>The project's policy allows keys to live at most %1 days (until %2).</source>
        <translation>Die Richtlinie des Projekts erlaubt Schlüssel höchstens %1 Tage (bis %2).</translation>
    </message>
    <message>
        <location filename="../../app/Modules.cpp" line="82"/>
        <source>the OS keychain and registry commands need the module %1, which is missing or broken:%2</source>
        <translation>Die Befehle für den Schlüsselbund des Systems und die Registry brauchen das Modul %1, das fehlt oder defekt ist:%2</translation>
    </message>
    <message>
        <location filename="../../app/registry/Binding.cpp" line="35"/>
        <source>Project %1 is bound to %2; unbind it first.</source>
        <translation>Projekt %1 ist an %2 gebunden; lösen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Binding.cpp" line="80"/>
        <source>Project %1 is not bound to a registry.</source>
        <translation>Projekt %1 ist an keine Registry gebunden.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Binding.cpp" line="117"/>
        <location filename="../../app/registry/SyncController.cpp" line="123"/>
        <source>The keychain has no entry %1: store the password with keyward registry edit NAME --password-stdin.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1: Speichern Sie das Passwort mit keyward registry edit NAME --password-stdin.</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="33"/>
        <location filename="../../app/registry/ConnectionTest.cpp" line="38"/>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="41"/>
        <source>NOT ENCRYPTED: plain http:// to a loopback address, allowed by the profile</source>
        <translation>NICHT VERSCHLÜSSELT: unverschlüsseltes http:// zu einer Loopback-Adresse, vom Profil erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="42"/>
        <source>certificate chain verified against %1</source>
        <translation>Zertifikatskette gegen %1 geprüft</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="43"/>
        <source>certificate chain verified, public key matches the pin</source>
        <translation>Zertifikatskette geprüft, öffentlicher Schlüssel passt zum Pin</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="48"/>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="52"/>
        <source>may read %1/</source>
        <translation>darf %1/ lesen</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="62"/>
        <source>may write %1/</source>
        <translation>darf %1/ schreiben</translation>
    </message>
    <message>
        <location filename="../../app/registry/ConnectionTest.cpp" line="65"/>
        <source>etcd %1</source>
        <translation>etcd %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="29"/>
        <source>no key with this hash in the registry</source>
        <translation>kein Schlüssel mit diesem Hash in der Registry</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="40"/>
        <source>the by-hash entry names key %1, which the registry does not have</source>
        <translation>der Eintrag nach Hash nennt Schlüssel %1, den die Registry nicht hat</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="45"/>
        <source>the key record is malformed: %1</source>
        <translation>der Schlüsseldatensatz ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="49"/>
        <source>the key record has another hash</source>
        <translation>der Schlüsseldatensatz hat einen anderen Hash</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="56"/>
        <source>revoked at %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="59"/>
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/Lookup.cpp" line="62"/>
        <source>rotated to %1; its grace period ended at %2</source>
        <translation>rotiert zu %1; seine Übergangsfrist endete am %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="63"/>
        <source>The %1 %2 does not exist or cannot be read.</source>
        <translation>%1 %2 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="80"/>
        <source>%1 is not an endpoint; write https://host:port.</source>
        <translation>%1 ist kein Endpunkt; schreiben Sie https://host:port.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="83"/>
        <source>%1 has a path; write https://host:port only.</source>
        <translation>%1 hat einen Pfad; schreiben Sie nur https://host:port.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="89"/>
        <source>%1: only https:// is supported.</source>
        <translation>%1: Nur https:// wird unterstützt.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="92"/>
        <source>%1 uses plain http://, which is refused: the password and the registry data would cross the network in clear. Use https://.</source>
        <translation>%1 verwendet unverschlüsseltes http://, das abgelehnt wird: Passwort und Registry-Daten gingen im Klartext über das Netz. Verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="97"/>
        <source>%1 uses plain http:// to a host that is not a loopback address; http:// is only allowed to 127.0.0.1, ::1 or localhost.</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu einem Host, der keine Loopback-Adresse ist; http:// ist nur zu 127.0.0.1, ::1 oder localhost erlaubt.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="122"/>
        <source>A registry profile name is letters, digits, '.', '_' or '-' (up to 64), e.g. prod-etcd.</source>
        <translation>Ein Registry-Profilname besteht aus Buchstaben, Ziffern, '.', '_' oder '-' (bis zu 64), z. B. prod-etcd.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="127"/>
        <source>A registry profile needs at least one endpoint (https://host:port).</source>
        <translation>Ein Registry-Profil braucht mindestens einen Endpunkt (https://host:port).</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="139"/>
        <source>A registry profile needs the CA file that signed the etcd server certificates (--ca FILE).</source>
        <translation>Ein Registry-Profil braucht die CA-Datei, die die etcd-Serverzertifikate signiert hat (--ca DATEI).</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="144"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="150"/>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="155"/>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="158"/>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="166"/>
        <source>The pin is the SHA-256 of the server's public key (SPKI): 64 hex digits or sha256//BASE64.</source>
        <translation>Der Pin ist der SHA-256 des öffentlichen Schlüssels des Servers (SPKI): 64 Hexziffern oder sha256//BASE64.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="172"/>
        <source>A registry profile needs the etcd user name (--user).</source>
        <translation>Ein Registry-Profil braucht den etcd-Benutzernamen (--user).</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="180"/>
        <source>The namespace is a key prefix starting with '/', e.g. /keyward/v1.</source>
        <translation>Der Namensraum ist ein Schlüsselpräfix, das mit '/' beginnt, z. B. /keyward/v1.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="39"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="40"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="46"/>
        <source>unknown schema version %1 (this Keyward reads %2)</source>
        <translation>unbekannte Schemaversion %1 (diese Keyward-Version liest %2)</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="134"/>
        <source>a key record without a valid id or project_id</source>
        <translation>ein Schlüsseldatensatz ohne gültige id oder project_id</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="137"/>
        <source>key %1 has no valid hash</source>
        <translation>Schlüssel %1 hat keinen gültigen Hash</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="140"/>
        <source>key %1 has no hint</source>
        <translation>Schlüssel %1 hat keinen Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="145"/>
        <source>key %1 has an unknown env or status</source>
        <translation>Schlüssel %1 hat eine unbekannte Umgebung oder einen unbekannten Status</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="164"/>
        <source>key %1 has an unknown revoke reason</source>
        <translation>Schlüssel %1 hat einen unbekannten Widerrufsgrund</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="173"/>
        <source>key %1 has a time that is not ISO 8601</source>
        <translation>Schlüssel %1 hat eine Zeitangabe, die nicht ISO 8601 ist</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="176"/>
        <source>key %1 is revoked without revoked_at</source>
        <translation>Schlüssel %1 ist ohne revoked_at widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="198"/>
        <source>a project record without valid id, name, prefix or times</source>
        <translation>ein Projektdatensatz ohne gültige id, Namen, Präfix oder Zeiten</translation>
    </message>
    <message>
        <location filename="../../app/registry/Records.cpp" line="224"/>
        <source>an audit event without valid id, action or time</source>
        <translation>ein Prüfereignis ohne gültige id, Aktion oder Zeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reports/AuditReport.cpp" line="123"/>
        <source>chain verified: all %n event(s) intact</source>
        <translation>
            <numerusform>Kette geprüft: %n Ereignis intakt</numerusform>
            <numerusform>Kette geprüft: alle %n Ereignisse intakt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/AuditReport.cpp" line="128"/>
        <source>event %1 (%2): %3</source>
        <translation>Ereignis %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/reports/AuditReport.cpp" line="129"/>
        <source>chain BROKEN at %1</source>
        <translation>Kette GEBROCHEN bei %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvParser.cpp" line="15"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvParser.cpp" line="34"/>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat.</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvParser.cpp" line="48"/>
        <source>a quote inside an unquoted field.</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvParser.cpp" line="72"/>
        <source>a quoted field is never closed.</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvParser.cpp" line="76"/>
        <location filename="../../app/reports/CsvParser.cpp" line="95"/>
        <source>text after the closing quote of a field.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="171"/>
        <source>--map takes field=Column pairs; fields: %1 (not '%2').</source>
        <translation>--map erwartet Paare feld=Spalte; Felder: %1 (nicht '%2').</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="183"/>
        <source>The header has no column '%1'.</source>
        <translation>Die Kopfzeile hat keine Spalte '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="189"/>
        <source>An AWS import file has the header %1.</source>
        <translation>Eine AWS-Importdatei hat die Kopfzeile %1.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="219"/>
        <source>A hashes file holds no keys; use --format aws or mapped.</source>
        <translation>Eine Hash-Datei enthält keine Schlüssel; verwenden Sie --format aws oder mapped.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="227"/>
        <source>Map exactly one of key= (the keys) or hash= (their SHA-256) to a column.</source>
        <translation>Ordnen Sie genau eines von key= (die Schlüssel) oder hash= (ihr SHA-256) einer Spalte zu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="110"/>
        <location filename="../../app/reports/KeyImport.cpp" line="240"/>
        <location filename="../../app/reports/KeyImport.cpp" line="256"/>
        <location filename="../../app/usage/import/ContentSource.cpp" line="508"/>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="242"/>
        <source>%1 is larger than 64 MiB, the most a key import reads; split it. Nothing was imported.</source>
        <translation>%1 ist größer als 64 MiB, das Meiste, was ein Schlüsselimport liest; teilen Sie die Datei. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="120"/>
        <location filename="../../app/reports/KeyImport.cpp" line="339"/>
        <source>%1 is empty: it needs a header line.</source>
        <translation>%1 ist leer: Sie braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="397"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="415"/>
        <source>the line is not valid UTF-8 text; a key must be text. Fix the file's encoding.</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text; ein Schlüssel muss Text sein. Korrigieren Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="422"/>
        <source>env is '%1'; expected live or test.</source>
        <translation>env ist '%1'; erwartet wird live oder test.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="433"/>
        <source>the same key as line %1.</source>
        <translation>derselbe Schlüssel wie in Zeile %1.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="443"/>
        <source>already in the project as %1.</source>
        <translation>bereits im Projekt als %1.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="445"/>
        <source>this key is already registered in another project (%1).</source>
        <translation>dieser Schlüssel ist bereits in einem anderen Projekt registriert (%1).</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="451"/>
        <source>Enabled is '%1'; expected true or false.</source>
        <translation>Enabled ist '%1'; erwartet wird true oder false.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="464"/>
        <source>usage plans: %1</source>
        <translation>Nutzungspläne: %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="469"/>
        <source>expires is '%1'; expected an ISO 8601 date.</source>
        <translation>expires ist '%1'; erwartet wird ein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="33"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="35"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="37"/>
        <source>Secret Service / KWallet</source>
        <translation>Secret Service / KWallet</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="115"/>
        <source>details withheld: they contained the secret</source>
        <translation>Details zurückgehalten: Sie enthielten das Geheimnis</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="133"/>
        <source>the entry is in a locked collection that could not be unlocked</source>
        <translation>der Eintrag liegt in einer gesperrten Sammlung, die nicht entsperrt werden konnte</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="165"/>
        <source>(The keychain said: %1)</source>
        <translation>(Der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="171"/>
        <source>The OS keychain has no secret named '%1'.</source>
        <translation>Der Schlüsselbund des Systems hat kein Geheimnis namens '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="173"/>
        <source>The OS keychain refused access to '%1': it is locked, or this application was denied. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems verweigerte den Zugriff auf '%1': Er ist gesperrt oder diese Anwendung wurde abgewiesen. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="179"/>
        <source>No OS keychain is reachable (%1). Keyward never stores secrets in plaintext, so this operation was not done.</source>
        <translation>Kein Schlüsselbund des Systems erreichbar (%1). Keyward speichert Geheimnisse nie im Klartext, daher wurde dieser Vorgang nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="189"/>
        <source>The OS keychain could not read '%1'.</source>
        <translation>Der Schlüsselbund des Systems konnte '%1' nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="191"/>
        <source>The OS keychain could not store '%1'; nothing was stored.</source>
        <translation>Der Schlüsselbund des Systems konnte '%1' nicht speichern; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="193"/>
        <source>The OS keychain could not remove '%1'.</source>
        <translation>Der Schlüsselbund des Systems konnte '%1' nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/secrets/KeychainSecretStore.cpp" line="200"/>
        <source>An OS keychain entry needs a name.</source>
        <translation>Ein Eintrag im Schlüsselbund des Systems braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/store/AuditLog.cpp" line="169"/>
        <source>Cannot read the audit trail.</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/Demo.cpp" line="313"/>
        <source>The demo goes into an empty workspace only.</source>
        <translation>Die Demo kommt nur in einen leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryChanges.cpp" line="22"/>
        <source>Revoking for reason 'other' needs a note saying why.</source>
        <translation>Ein Widerruf mit dem Grund 'other' braucht eine Notiz, die ihn begründet.</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="41"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../app/store/ProjectRepo.cpp" line="70"/>
        <source>No project named %1 in this workspace.</source>
        <translation>Kein Projekt namens %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="40"/>
        <source>The workspace %1 is in use by another program (the Keyward console or another keyward command is writing to it). Wait for it to finish, or close it, then try again; nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 wird von einem anderen Programm benutzt (die Keyward-Konsole oder ein anderer keyward-Befehl schreibt hinein). Warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="50"/>
        <source>The workspace %1 is read-only: Keyward needs to write the file and, for its journal, its folder. Make both writable for your user, or copy the file to a writable folder and use --workspace; nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt: Keyward muss die Datei und, für ihr Journal, ihren Ordner schreiben. Machen Sie beide für Ihren Benutzer beschreibbar oder kopieren Sie die Datei in einen beschreibbaren Ordner und verwenden Sie --workspace; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="65"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="73"/>
        <source>%1 is not a Keyward workspace: it is not an SQLite database. The file was left untouched.</source>
        <translation>%1 ist kein Keyward-Arbeitsbereich: Es ist keine SQLite-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Cursor.cpp" line="34"/>
        <location filename="../../app/store/SqliteStatement.cpp" line="69"/>
        <location filename="../../app/store/Workspace.cpp" line="293"/>
        <location filename="../../app/store/Workspace.cpp" line="303"/>
        <location filename="../../app/store/Workspace.cpp" line="319"/>
        <source>Workspace error: %1</source>
        <translation>Fehler im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="29"/>
        <source>%1 is shorter than the part imported before.</source>
        <translation>%1 ist kürzer als der zuvor importierte Teil.</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvWriter.cpp" line="96"/>
        <location filename="../../app/reports/CsvWriter.cpp" line="259"/>
        <location filename="../../app/reports/ReportRun.cpp" line="79"/>
        <location filename="../../app/usage/import/DemoLog.cpp" line="99"/>
        <location filename="../../app/usage/import/DemoLog.cpp" line="163"/>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FieldMapping.cpp" line="122"/>
        <source>Unknown field "%1" in the mapping; use time, status, outcome, key, user, auth or uri.</source>
        <translation>Unbekanntes Feld "%1" in der Zuordnung; verwenden Sie time, status, outcome, key, user, auth oder uri.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FieldMapping.cpp" line="127"/>
        <source>The mapping gives no field for "%1".</source>
        <translation>Die Zuordnung gibt kein Feld für "%1" an.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="25"/>
        <source>Traefik (DownstreamStatus/StartUTC)</source>
        <translation>Traefik (DownstreamStatus/StartUTC)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="29"/>
        <source>Kong file-log (started_at, response)</source>
        <translation>Kong file-log (started_at, response)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="33"/>
        <source>Caddy (ts, request, status)</source>
        <translation>Caddy (ts, request, status)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="37"/>
        <source>Envoy (response_code/start_time)</source>
        <translation>Envoy (response_code/start_time)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="40"/>
        <source>plain (no gateway's signature fields; expects ts/time, status, key_id)</source>
        <translation>einfach (keine typischen Felder eines Gateways; erwartet ts/time, status, key_id)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="87"/>
        <source>The file has no lines to look at.</source>
        <translation>Die Datei hat keine Zeilen zum Ansehen.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="96"/>
        <source>JSON lines: the first line is a JSON object; fields of %1.</source>
        <translation>JSON-Zeilen: Die erste Zeile ist ein JSON-Objekt; Felder von %1.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="108"/>
        <source>Combined/common log format: %1 of the first %2 lines have host, user, [time], "request" and status.</source>
        <translation>Combined/Common Log Format: %1 der ersten %2 Zeilen haben Host, Benutzer, [Zeit], "Anfrage" und Status.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="116"/>
        <source>CSV: the first line is a header naming a time and a status or outcome column.</source>
        <translation>CSV: Die erste Zeile ist eine Kopfzeile, die eine Zeit- und eine Status- oder Ergebnisspalte nennt.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/FormatDetect.cpp" line="119"/>
        <source>Not recognised: the first line is no JSON object nor a CSV header with time and status columns, and %1 of %2 lines read as combined log format. Give --format and --map.</source>
        <translation>Nicht erkannt: Die erste Zeile ist weder ein JSON-Objekt noch eine CSV-Kopfzeile mit Zeit- und Statusspalten, und %1 von %2 Zeilen lesen sich als Combined Log Format. Geben Sie --format und --map an.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="35"/>
        <source>line longer than 1 MiB</source>
        <translation>Zeile länger als 1 MiB</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="37"/>
        <source>binary data or invalid UTF-8</source>
        <translation>Binärdaten oder ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="39"/>
        <source>not in the log's format</source>
        <translation>nicht im Format des Protokolls</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="41"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="43"/>
        <source>missing or unreadable time</source>
        <translation>Zeit fehlt oder ist unlesbar</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="45"/>
        <source>missing or invalid HTTP status</source>
        <translation>HTTP-Status fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="47"/>
        <source>outcome field has an unknown value</source>
        <translation>das Ergebnisfeld hat einen unbekannten Wert</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/Rejection.cpp" line="49"/>
        <source>number of columns differs from the header</source>
        <translation>die Zahl der Spalten weicht von der Kopfzeile ab</translation>
    </message>
    <message>
        <location filename="../../app/usage/UsageHours.cpp" line="102"/>
        <source>The workspace's usage of hour %1 is damaged.</source>
        <translation>Die Nutzung der Stunde %1 im Arbeitsbereich ist beschädigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/AuditChain.cpp" line="321"/>
        <source>the events written before the upgrade to schema 7 do not match the upgrade's record of them (%n event(s) up to event %1): one was renumbered, added or removed</source>
        <translation>
            <numerusform>die vor der Aktualisierung auf Schema 7 geschriebenen Ereignisse passen nicht zu deren Aufzeichnung bei der Aktualisierung (%n Ereignis bis Ereignis %1): eines wurde umnummeriert, hinzugefügt oder entfernt</numerusform>
            <numerusform>die vor der Aktualisierung auf Schema 7 geschriebenen Ereignisse passen nicht zu deren Aufzeichnung bei der Aktualisierung (%n Ereignisse bis Ereignis %1): eines wurde umnummeriert, hinzugefügt oder entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/AuditChain.cpp" line="338"/>
        <source>its previous-hash does not match the event before it: an event was removed or altered</source>
        <translation>sein Vorgänger-Hash passt nicht zum vorigen Ereignis: Ein Ereignis wurde entfernt oder verändert</translation>
    </message>
    <message>
        <location filename="../../app/store/AuditChain.cpp" line="370"/>
        <source>its content does not match its hash: the event was edited</source>
        <translation>sein Inhalt passt nicht zu seinem Hash: Das Ereignis wurde bearbeitet</translation>
    </message>
    <message>
        <location filename="../../app/store/AuditChain.cpp" line="395"/>
        <source>the workspace recorded event %1 as its last, but the trail goes on to event %2: events were added after the recorded head, not by Keyward</source>
        <translation>der Arbeitsbereich hat Ereignis %1 als letztes vermerkt, aber das Protokoll geht bis Ereignis %2 weiter: Nach dem vermerkten Ende wurden Ereignisse hinzugefügt, nicht von Keyward</translation>
    </message>
    <message>
        <location filename="../../app/store/AuditChain.cpp" line="400"/>
        <source>the trail ends at event %1 but the workspace recorded %2 as its last: events were removed from the end</source>
        <translation>das Protokoll endet bei Ereignis %1, aber der Arbeitsbereich hat %2 als letztes vermerkt: Ereignisse wurden am Ende entfernt</translation>
    </message>
    <message>
        <location filename="../../app/store/AuditChain.cpp" line="405"/>
        <source>the workspace recorded event %1 as its last, with another hash than the trail's: the trail or its recorded head was rewritten</source>
        <translation>der Arbeitsbereich hat Ereignis %1 als letztes vermerkt, mit einem anderen Hash als dem des Protokolls: Das Protokoll oder sein vermerktes Ende wurde umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="120"/>
        <location filename="../../app/usage/import/ContentSource.cpp" line="336"/>
        <location filename="../../app/usage/import/ContentSource.cpp" line="569"/>
        <source>Cannot open</source>
        <translation>Kann nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/reports/CsvWriter.cpp" line="88"/>
        <source>Cannot write to standard output.</source>
        <translation>Kann nicht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="140"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="150"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="155"/>
        <source>Cannot read the client key %1.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="167"/>
        <source>The client key %1 cannot be read: not a PEM private key, or its passphrase (in the keychain) is wrong.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: kein privater PEM-Schlüssel, oder seine Passphrase (im Schlüsselbund) ist falsch.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="260"/>
        <location filename="../../app/registry/EtcdClient.cpp" line="364"/>
        <location filename="../../app/registry/OutboxPusher.cpp" line="125"/>
        <location filename="../../app/registry/SyncEngine.cpp" line="200"/>
        <location filename="../../app/registry/SyncEngine.cpp" line="226"/>
        <location filename="../../app/registry/SyncEngine.cpp" line="256"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="268"/>
        <source>%1 presented a public key whose SHA-256 is %2, not the profile's pin %3; the connection was closed before anything was sent.</source>
        <translation>%1 legte einen öffentlichen Schlüssel mit SHA-256 %2 vor, nicht den Pin %3 des Profils; die Verbindung wurde geschlossen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="275"/>
        <source>The TLS check of %1 failed (%2); nothing was sent. Check the profile's CA file and that the endpoint's host name is in the server certificate.</source>
        <translation>Die TLS-Prüfung von %1 schlug fehl (%2); nichts wurde gesendet. Prüfen Sie die CA-Datei des Profils und ob der Hostname des Endpunkts im Serverzertifikat steht.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="286"/>
        <source>%1 requires a client certificate (%2): set the profile's client certificate and key, signed by the registry's CA.</source>
        <translation>%1 verlangt ein Client-Zertifikat (%2): Setzen Sie Client-Zertifikat und -Schlüssel des Profils, signiert von der CA der Registry.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="289"/>
        <source>%1 refused the client certificate %2 (%3): it must be signed by a CA the registry trusts (--trusted-ca-file).</source>
        <translation>%1 lehnte das Client-Zertifikat %2 ab (%3): Es muss von einer CA signiert sein, der die Registry vertraut (--trusted-ca-file).</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="295"/>
        <source>%1 refuses a client certificate with a Common Name on its JSON gateway (etcd cannot map it to a user there): use a client certificate %2 without CN; the user signs in with a password.</source>
        <translation>%1 lehnt an seinem JSON-Gateway ein Client-Zertifikat mit Common Name ab (etcd kann es dort keinem Benutzer zuordnen): Verwenden Sie ein Client-Zertifikat %2 ohne CN; der Benutzer meldet sich mit Passwort an.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="304"/>
        <source>%1 closed the watch (%2).</source>
        <translation>%1 hat die Beobachtung beendet (%2).</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="310"/>
        <source>%1 did not answer (%2).</source>
        <translation>%1 hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="325"/>
        <location filename="../../app/registry/EtcdClient.cpp" line="522"/>
        <source>%1 is unavailable: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="330"/>
        <location filename="../../app/registry/EtcdClient.cpp" line="517"/>
        <source>%1 did not accept the session token.</source>
        <translation>%1 hat das Sitzungstoken nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="335"/>
        <source>%1 refused user %2: wrong user name or password (the password is kept in the keychain entry %3).</source>
        <translation>%1 lehnte den Benutzer %2 ab: falscher Benutzername oder falsches Passwort (das Passwort liegt im Schlüsselbund-Eintrag %3).</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="341"/>
        <source>%1: user %2 has no permission for this part of the registry (%3; etcd: %4).</source>
        <translation>%1: Benutzer %2 hat keine Berechtigung für diesen Teil der Registry (%3; etcd: %4).</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="346"/>
        <source>%1 refused a transaction as too large: %2</source>
        <translation>%1 lehnte eine Transaktion als zu groß ab: %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="349"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="380"/>
        <source>No registry endpoint answered: %1</source>
        <translation>Kein Registry-Endpunkt hat geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="525"/>
        <source>%1 refused the watch: %2</source>
        <translation>%1 lehnte die Beobachtung ab: %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/EtcdClient.cpp" line="536"/>
        <source>the registry cancelled the watch</source>
        <translation>die Registry hat die Beobachtung abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="285"/>
        <location filename="../../app/usage/import/ContentSource.cpp" line="490"/>
        <source>Cannot read</source>
        <translation>Kann nicht lesen</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="286"/>
        <source>the file became shorter</source>
        <translation>die Datei wurde kürzer</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="486"/>
        <source>zlib could not start.</source>
        <translation>zlib konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="525"/>
        <source>%1 is a truncated gzip file: it ends in the middle of its data.</source>
        <translation>%1 ist eine abgeschnittene gzip-Datei: Sie endet mitten in ihren Daten.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ContentSource.cpp" line="542"/>
        <source>%1 is not valid gzip data (%2).</source>
        <translation>%1 sind keine gültigen gzip-Daten (%2).</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="122"/>
        <source>There is no import profile "%1"; save one with --map … --profile %1.</source>
        <translation>Es gibt kein Importprofil "%1"; speichern Sie eines mit --map … --profile %1.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="158"/>
        <source>It is a binary file, not a text access log.</source>
        <translation>Es ist eine Binärdatei, kein Zugriffsprotokoll in Textform.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="162"/>
        <source>It holds no log lines.</source>
        <translation>Es enthält keine Protokollzeilen.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="173"/>
        <source>Format given with --format (detection said: %1)</source>
        <translation>Format mit --format angegeben (die Erkennung ergab: %1)</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="176"/>
        <source>Mapping: %1.</source>
        <translation>Zuordnung: %1.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="181"/>
        <source>It is not an access log Keyward can read. %1</source>
        <translation>Das ist kein Zugriffsprotokoll, das Keyward lesen kann. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/usage/import/ImportEngine.cpp" line="276"/>
        <source>None of the %n new line(s) was counted.</source>
        <translation>
            <numerusform>Die %n neue Zeile wurde nicht gezählt.</numerusform>
            <numerusform>Keine der %n neuen Zeilen wurde gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="281"/>
        <source>No line was counted, so the file is not remembered: import it again with the right --format or --map.</source>
        <translation>Keine Zeile wurde gezählt, daher wird die Datei nicht vermerkt: Importieren Sie sie erneut mit dem richtigen --format oder --map.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="299"/>
        <source>Cancelled before this file.</source>
        <translation>Vor dieser Datei abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="472"/>
        <source>Lines before that point were imported.</source>
        <translation>Zeilen vor dieser Stelle wurden importiert.</translation>
    </message>
    <message>
        <location filename="../../app/usage/import/ImportEngine.cpp" line="474"/>
        <source>Cancelled: the rest is imported the next time this file is imported.</source>
        <translation>Abgebrochen: Der Rest wird beim nächsten Import dieser Datei importiert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Inventory.cpp" line="85"/>
        <source>A project name is lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. chat-api).</source>
        <translation>Ein Projektname besteht aus Kleinbuchstaben, Ziffern, '.', '_' oder '-' und beginnt mit einem Buchstaben oder einer Ziffer (z. B. chat-api).</translation>
    </message>
    <message>
        <location filename="../../app/store/Inventory.cpp" line="90"/>
        <source>A key prefix is 2 to 12 lower-case letters or digits, starting with a letter (e.g. chat).</source>
        <translation>Ein Schlüsselpräfix besteht aus 2 bis 12 Kleinbuchstaben oder Ziffern und beginnt mit einem Buchstaben (z. B. chat).</translation>
    </message>
    <message>
        <location filename="../../app/store/Inventory.cpp" line="101"/>
        <source>A project with the name %1 or the prefix %2 already exists.</source>
        <translation>Ein Projekt mit dem Namen %1 oder dem Präfix %2 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../app/store/Inventory.cpp" line="130"/>
        <source>The key prefix of a project cannot change once it exists.</source>
        <translation>Das Schlüsselpräfix eines Projekts kann sich nicht mehr ändern, sobald es existiert.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryChanges.cpp" line="35"/>
        <source>Key %1 was already revoked on %2 by %3.</source>
        <translation>Schlüssel %1 wurde bereits am %2 von %3 widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="293"/>
        <location filename="../../app/store/InventoryChanges.cpp" line="95"/>
        <source>A bulk revoke works on one project at a time.</source>
        <translation>Ein Massenwiderruf wirkt auf jeweils ein Projekt.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryChanges.cpp" line="138"/>
        <source>Key %1 is revoked; a revoked key is final and cannot be edited.</source>
        <translation>Schlüssel %1 ist widerrufen; ein widerrufener Schlüssel ist endgültig und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryChanges.cpp" line="158"/>
        <source>Project %1 allows keys of at most %2 days; a key that never expires is not allowed. Give --expires DATE or --lifetime DURATION within that.</source>
        <translation>Projekt %1 erlaubt Schlüssel von höchstens %2 Tagen; ein Schlüssel, der nie abläuft, ist nicht erlaubt. Geben Sie --expires DATUM oder --lifetime DAUER innerhalb dieser Grenze an.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="79"/>
        <source>Key %1 is %2; only a live key can be rotated. Issue a new key instead.</source>
        <translation>Schlüssel %1 ist %2; nur ein aktiver Schlüssel kann rotiert werden. Geben Sie stattdessen einen neuen Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="84"/>
        <source>Key %1 was already rotated to %2.</source>
        <translation>Schlüssel %1 wurde bereits zu %2 rotiert.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="92"/>
        <source>The grace period must be between 0 and 365 days.</source>
        <translation>Die Übergangsfrist muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="137"/>
        <source>Key %1 changed while it was being rotated.</source>
        <translation>Schlüssel %1 hat sich während der Rotation geändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="191"/>
        <source>disabled in the system it was imported from</source>
        <translation>im System, aus dem er importiert wurde, deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/store/InventoryIssue.cpp" line="200"/>
        <source>Import stopped; nothing was imported.</source>
        <translation>Import angehalten; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="163"/>
        <source>key %1 (%2): its %3 is %4 in the keys table, but its audit events say %5; the row was changed outside Keyward</source>
        <translation>Schlüssel %1 (%2): %3 ist %4 in der Schlüsseltabelle, aber seine Prüfereignisse sagen %5; die Zeile wurde außerhalb von Keyward geändert</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="165"/>
        <location filename="../../app/store/KeyReplay.cpp" line="166"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="170"/>
        <source>key %1 (%2) has no key.issue or key.import event: it was added to the keys table outside Keyward</source>
        <translation>Schlüssel %1 (%2) hat kein Ereignis key.issue oder key.import: Er wurde außerhalb von Keyward in die Schlüsseltabelle eingefügt</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="174"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="177"/>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="179"/>
        <source>scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="181"/>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="183"/>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="185"/>
        <source>grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="187"/>
        <source>revoker</source>
        <translation>Widerrufender</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyReplay.cpp" line="189"/>
        <source>revoke reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyRepo.cpp" line="152"/>
        <location filename="../../app/store/KeyRepo.cpp" line="187"/>
        <source>No key %1 in this workspace.</source>
        <translation>Kein Schlüssel %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyRepo.cpp" line="171"/>
        <source>The hint %1 names more than one key; use the key id.</source>
        <translation>Der Hinweis %1 passt zu mehr als einem Schlüssel; verwenden Sie die Schlüssel-ID.</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyRepo.cpp" line="192"/>
        <source>No key in this workspace is the key %1… you gave.</source>
        <translation>Kein Schlüssel in diesem Arbeitsbereich ist der angegebene Schlüssel %1….</translation>
    </message>
    <message>
        <location filename="../../app/store/KeyRepo.cpp" line="195"/>
        <source>No key in this workspace has the id, hint or secret you gave (not repeated here: it may be a secret).</source>
        <translation>Kein Schlüssel in diesem Arbeitsbereich hat die angegebene ID, den Hinweis oder das Geheimnis (hier nicht wiederholt: es könnte ein Geheimnis sein).</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="87"/>
        <source>the key is empty.</source>
        <translation>der Schlüssel ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="96"/>
        <source>a Keyward key with the prefix %1, not this project's %2.</source>
        <translation>ein Keyward-Schlüssel mit dem Präfix %1, nicht dem Präfix %2 dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="98"/>
        <source>a key of project %1 (prefix %2), not of %3.</source>
        <translation>ein Schlüssel von Projekt %1 (Präfix %2), nicht von %3.</translation>
    </message>
    <message>
        <location filename="../../app/reports/KeyImport.cpp" line="123"/>
        <source>the hash is not 64 hexadecimal characters (a SHA-256).</source>
        <translation>der Hash besteht nicht aus 64 Hexadezimalzeichen (ein SHA-256).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/registry/OutboxPusher.cpp" line="213"/>
        <source>The registry allows %n operation(s) per transaction; one change needs %1.</source>
        <translation>
            <numerusform>Die Registry erlaubt %n Operation pro Transaktion; eine Änderung braucht %1.</numerusform>
            <numerusform>Die Registry erlaubt %n Operationen pro Transaktion; eine Änderung braucht %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/registry/OutboxPusher.cpp" line="348"/>
        <source>%1 %2 kept changing in the registry; %3 attempts to push it were refused.</source>
        <translation>%1 %2 änderte sich in der Registry ständig; %3 Versuche, es zu übertragen, wurden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../../app/registry/OutboxPusher.cpp" line="373"/>
        <source>The registry refused a push without naming a changed key.</source>
        <translation>Die Registry lehnte eine Übertragung ab, ohne einen geänderten Schlüssel zu nennen.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="208"/>
        <location filename="../../app/registry/Profile.cpp" line="283"/>
        <source>No registry profile %1 in this workspace.</source>
        <translation>Kein Registry-Profil %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="161"/>
        <location filename="../../app/registry/Profile.cpp" line="222"/>
        <source>A registry profile %1 already exists.</source>
        <translation>Ein Registry-Profil %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../app/registry/Profile.cpp" line="264"/>
        <source>Registry profile %1 is bound to %2; unbind them first (keyward registry unbind PROJECT).</source>
        <translation>Registry-Profil %1 ist an %2 gebunden; lösen Sie die Bindung zuerst (keyward registry unbind PROJEKT).</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="28"/>
        <source>registry key %1: %2; skipped</source>
        <translation>Registry-Schlüssel %1: %2; übersprungen</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="92"/>
        <source>the record's id %1 does not match its place</source>
        <translation>die ID %1 des Datensatzes passt nicht zu seinem Ort</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="107"/>
        <source>this workspace already has another project named %1 or with prefix %2</source>
        <translation>dieser Arbeitsbereich hat bereits ein anderes Projekt namens %1 oder mit dem Präfix %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="163"/>
        <source>the record's ids do not match its place</source>
        <translation>die IDs des Datensatzes passen nicht zu seinem Ort</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="185"/>
        <source>its hash belongs to another key of this workspace</source>
        <translation>sein Hash gehört zu einem anderen Schlüssel dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="197"/>
        <source>it names key %1 with another project or hash than this workspace's</source>
        <translation>er nennt Schlüssel %1 mit einem anderen Projekt oder Hash als dieser Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../app/registry/RecordApplier.cpp" line="250"/>
        <source>the event's id or time does not match its place</source>
        <translation>ID oder Zeit des Ereignisses passen nicht zu seinem Ort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/usage/import/Rejection.cpp" line="75"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n Zeile abgewiesen</numerusform>
            <numerusform>%n Zeilen abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reports/ReportRun.cpp" line="20"/>
        <source>--digest needs a file: it is written beside it.</source>
        <translation>--digest braucht eine Datei: Er wird daneben geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/reports/ReportRun.cpp" line="53"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/secrets/SecretStore.cpp" line="65"/>
        <source>The OS keychain did not answer within %n second(s) (it may be waiting for an unlock prompt, or not be running). Keyward never stores secrets in plaintext, so this operation was not done.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet (er wartet vielleicht auf eine Entsperrabfrage oder läuft nicht). Keyward speichert Geheimnisse nie im Klartext, daher wurde dieser Vorgang nicht ausgeführt.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet (er wartet vielleicht auf eine Entsperrabfrage oder läuft nicht). Keyward speichert Geheimnisse nie im Klartext, daher wurde dieser Vorgang nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/SqliteStatement.cpp" line="24"/>
        <location filename="../../app/usage/import/UsageWriter.cpp" line="56"/>
        <source>The workspace has no SQLite connection.</source>
        <translation>Der Arbeitsbereich hat keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <location filename="../../app/registry/SyncEngine.cpp" line="36"/>
        <source>Pushing changes</source>
        <translation>Übertrage Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/registry/SyncEngine.cpp" line="107"/>
        <location filename="../../app/registry/SyncEngine.cpp" line="157"/>
        <source>Reading the registry</source>
        <translation>Lese die Registry</translation>
    </message>
    <message>
        <location filename="../../app/registry/SyncEngine.cpp" line="274"/>
        <source>Applying registry changes</source>
        <translation>Übernehme Änderungen aus der Registry</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="107"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="113"/>
        <source>%1 is empty (0 bytes): it is not a workspace, and this command does not create one. Check --workspace; `keyward project create` starts a new one.</source>
        <translation>%1 ist leer (0 Bytes): Sie ist kein Arbeitsbereich, und dieser Befehl legt keinen an. Prüfen Sie --workspace; `keyward project create` beginnt einen neuen.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="122"/>
        <source>No workspace at %1: the file does not exist, and this command does not create one. Check --workspace; `keyward project create` starts a new one.</source>
        <translation>Kein Arbeitsbereich unter %1: Die Datei existiert nicht, und dieser Befehl legt keinen an. Prüfen Sie --workspace; `keyward project create` beginnt einen neuen.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="128"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="139"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="161"/>
        <source>%1 is damaged or not a workspace (%2). The file was left untouched.</source>
        <translation>%1 ist beschädigt oder kein Arbeitsbereich (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="172"/>
        <source>%1 is an SQLite database but not a Keyward workspace. The file was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Keyward-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="178"/>
        <source>%1 was written by a newer Keyward (workspace schema %2; this version reads up to %3). Update Keyward to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren Keyward-Version geschrieben (Arbeitsbereichsschema %2; diese Version liest bis %3). Aktualisieren Sie Keyward, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="193"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/Workspace.cpp" line="232"/>
        <source>Cannot upgrade the workspace to schema %1: %2</source>
        <translation>Der Arbeitsbereich kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="30"/>
        <source>--%1 takes an ISO 8601 date or time, or a duration ago such as 7d or 12h, not '%2'.</source>
        <translation>--%1 erwartet ein Datum oder eine Zeit nach ISO 8601 oder eine Dauer zurück wie 7d oder 12h, nicht '%2'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <location filename="../../app/cli/AuditCommands.cpp" line="134"/>
        <location filename="../../app/cli/AuditCommands.cpp" line="135"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="171"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="172"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="266"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="267"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <location filename="../../app/cli/AuditCommands.cpp" line="132"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <location filename="../../app/cli/AuditCommands.cpp" line="128"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="524"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="526"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="530"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="532"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="286"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="169"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="193"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="264"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="80"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/AuditCommands.cpp" line="109"/>
        <source>Audit chain verified: %n event(s), intact.</source>
        <translation>
            <numerusform>Prüfkette verifiziert: %n Ereignis, intakt.</numerusform>
            <numerusform>Prüfkette verifiziert: %n Ereignisse, intakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/AuditCommands.cpp" line="111"/>
        <source>Audit trail intact (%n event(s)), but the keys do not match it: %1.</source>
        <translation>
            <numerusform>Prüfprotokoll intakt (%n Ereignis), aber die Schlüssel passen nicht dazu: %1.</numerusform>
            <numerusform>Prüfprotokoll intakt (%n Ereignisse), aber die Schlüssel passen nicht dazu: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="116"/>
        <source>Audit chain BROKEN at event %1 (%2): %3. Verified up to event %4.</source>
        <translation>Prüfkette GEBROCHEN bei Ereignis %1 (%2): %3. Verifiziert bis Ereignis %4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="127"/>
        <source>Only events of this project.</source>
        <translation>Nur Ereignisse dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="127"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="427"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="460"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="476"/>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="16"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="255"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="272"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="364"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="168"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="192"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="262"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="276"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="128"/>
        <source>Only events of this key.</source>
        <translation>Nur Ereignisse dieses Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="130"/>
        <source>Only events by this administrator.</source>
        <translation>Nur Ereignisse dieses Administrators.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="130"/>
        <location filename="../../app/cli/CliMain.cpp" line="42"/>
        <location filename="../../app/cli/GatewayCommands.cpp" line="39"/>
        <location filename="../../app/cli/GatewayCommands.cpp" line="44"/>
        <location filename="../../app/cli/GatewayCommands.cpp" line="47"/>
        <location filename="../../app/cli/GatewayCommands.cpp" line="49"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="428"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="445"/>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="264"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="103"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="187"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="189"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="191"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="31"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="354"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="355"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="359"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="132"/>
        <source>Only this action, or a prefix ending in '.' (key.).</source>
        <translation>Nur diese Aktion oder ein Präfix, das mit '.' endet (key.).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="134"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="171"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="266"/>
        <source>From this time (ISO 8601, inclusive).</source>
        <translation>Ab dieser Zeit (ISO 8601, einschließlich).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="135"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="172"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="267"/>
        <source>Up to this time (exclusive).</source>
        <translation>Bis zu dieser Zeit (ausschließlich).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="136"/>
        <source>At most N events.</source>
        <translation>Höchstens N Ereignisse.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="136"/>
        <location filename="../../app/cli/GatewayCommands.cpp" line="54"/>
        <location filename="../../app/cli/Options.cpp" line="18"/>
        <location filename="../../app/cli/Options.cpp" line="19"/>
        <location filename="../../app/cli/Options.cpp" line="21"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="155"/>
        <source>List audit events, filtered.</source>
        <translation>Prüfereignisse auflisten, gefiltert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AuditCommands.cpp" line="158"/>
        <source>Walk the hash chain and replay it onto the keys; exit 1 naming the first bad event or key.</source>
        <translation>Die Hash-Kette durchgehen und auf die Schlüssel anwenden; Exit-Code 1 und das erste fehlerhafte Ereignis oder den ersten fehlerhaften Schlüssel nennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="39"/>
        <source>Workspace file (default: the one in your data directory).</source>
        <translation>Arbeitsbereichsdatei (Standard: die in Ihrem Datenverzeichnis).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="40"/>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="131"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="118"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="119"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="120"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="119"/>
        <location filename="../../app/gui/GuiMain.cpp" line="214"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="42"/>
        <source>Administrator name written to the audit trail.</source>
        <translation>Administratorname, der ins Prüfprotokoll geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="43"/>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="45"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="81"/>
        <source>Usage: keyward [--workspace FILE] [--json] &lt;noun&gt; &lt;verb&gt; [options]
       keyward [--workspace FILE]      (opens the console)

Commands:
</source>
        <translation>Aufruf: keyward [--workspace DATEI] [--json] &lt;Nomen&gt; &lt;Verb&gt; [Optionen]
       keyward [--workspace DATEI]      (öffnet die Konsole)

Befehle:
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="90"/>
        <source>
Each command takes --help. Exit codes: 0 ok, 1 failure, 2 usage error.
</source>
        <translation>
Jeder Befehl kennt --help. Exit-Codes: 0 ok, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="170"/>
        <source>unknown command '%1'.</source>
        <translation>unbekannter Befehl '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="171"/>
        <source>unknown command.</source>
        <translation>unbekannter Befehl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="196"/>
        <source>Usage: keyward %1 %2 [options]</source>
        <translation>Aufruf: keyward %1 %2 [Optionen]</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliMain.cpp" line="204"/>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CliMain.cpp" line="206"/>
        <source>%1 %2 takes %3; %n argument(s) given.</source>
        <translation>
            <numerusform>%1 %2 nimmt %3; %n Argument angegeben.</numerusform>
            <numerusform>%1 %2 nimmt %3; %n Argumente angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="123"/>
        <source>Run the command with --help for its options.</source>
        <translation>Rufen Sie den Befehl mit --help auf, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="39"/>
        <source>Registry profile to follow (read access is enough).</source>
        <translation>Zu verfolgendes Registry-Profil (Lesezugriff genügt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="41"/>
        <source>Address and port to serve on, e.g. 127.0.0.1:9181.</source>
        <translation>Adresse und Port, auf denen gedient wird, z. B. 127.0.0.1:9181.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="41"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="43"/>
        <source>Header holding the key (Authorization: Bearer is always read).</source>
        <translation>Header mit dem Schlüssel (Authorization: Bearer wird immer gelesen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="46"/>
        <source>Request header naming the scope(s) asked for; checked against the key's.</source>
        <translation>Anfrage-Header mit den verlangten Scopes; gegen die des Schlüssels geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="49"/>
        <source>Request header naming the model; checked against the key's.</source>
        <translation>Anfrage-Header mit dem Modell; gegen die des Schlüssels geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="51"/>
        <source>Status of a valid key: 204 (default) or 200 (Envoy's ext_authz needs 200).</source>
        <translation>Status für einen gültigen Schlüssel: 204 (Standard) oder 200 (Envoys ext_authz braucht 200).</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="52"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="54"/>
        <source>HTTP worker threads (default: one per core).</source>
        <translation>HTTP-Arbeitsthreads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="56"/>
        <source>Read the etcd password from stdin instead of the keychain.</source>
        <translation>Das etcd-Passwort von stdin statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="80"/>
        <source>keyward: profile %1 fails `keyward registry test %1 --read-only`: the gateway does not start.</source>
        <translation>keyward: Profil %1 besteht `keyward registry test %1 --read-only` nicht: Das Gateway startet nicht.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="98"/>
        <source>--password-stdin: the first line of stdin is empty.</source>
        <translation>--password-stdin: Die erste Zeile von stdin ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="119"/>
        <source>gateway serve takes --profile NAME and --listen HOST:PORT.</source>
        <translation>gateway serve nimmt --profile NAME und --listen HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="128"/>
        <source>--ok-status takes 200 or 204.</source>
        <translation>--ok-status erwartet 200 oder 204.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="146"/>
        <source>profile %1 uses plain http://: the gateway only follows a registry over TLS.</source>
        <translation>Profil %1 verwendet unverschlüsseltes http://: Das Gateway folgt einer Registry nur über TLS.</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="178"/>
        <source>warning: %1 is not a loopback address; the gateway speaks plain HTTP, so the keys nginx or Envoy pass on cross the network unencrypted</source>
        <translation>Warnung: %1 ist keine Loopback-Adresse; das Gateway spricht unverschlüsseltes HTTP, daher gehen die Schlüssel, die nginx oder Envoy weitergeben, unverschlüsselt über das Netz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/GatewayCommands.cpp" line="186"/>
        <source>serving profile %1 on %2 with %n worker(s); health at http://%2%3</source>
        <translation>
            <numerusform>bediene Profil %1 auf %2 mit %n Arbeitsthread; Zustand unter http://%2%3</numerusform>
            <numerusform>bediene Profil %1 auf %2 mit %n Arbeitsthreads; Zustand unter http://%2%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="191"/>
        <source>stopping (%1)</source>
        <translation>halte an (%1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/GatewayCommands.cpp" line="204"/>
        <source>Answer nginx auth_request / Envoy ext_authz from a live copy of the registry.</source>
        <translation>nginx auth_request / Envoy ext_authz aus einer laufenden Kopie der Registry beantworten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="51"/>
        <source>Give --expires or --lifetime, not both.</source>
        <translation>Geben Sie --expires oder --lifetime an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="62"/>
        <source>--expires takes an ISO 8601 date or time (2027-01-31 or 2027-01-31T12:00:00Z), not '%1'.</source>
        <translation>--expires erwartet ein Datum oder eine Zeit nach ISO 8601 (2027-01-31 oder 2027-01-31T12:00:00Z), nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="71"/>
        <source>--lifetime takes a duration such as 90d, 12h or 2w, not '%1'.</source>
        <translation>--lifetime erwartet eine Dauer wie 90d, 12h oder 2w, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="87"/>
        <source>%1 %2 (%3). The key above is shown once: store it now.</source>
        <translation>%1 %2 (%3). Der Schlüssel oben wird nur einmal angezeigt: Bewahren Sie ihn jetzt auf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="95"/>
        <source>key issue takes no positional arguments.</source>
        <translation>key issue nimmt keine Positionsargumente.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="101"/>
        <source>key issue needs --project and --name.</source>
        <translation>key issue braucht --project und --name.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="107"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="194"/>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="68"/>
        <source>--env is live or test, not '%1'.</source>
        <translation>--env ist live oder test, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="141"/>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="92"/>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="147"/>
        <source>key rotate takes one KEY (key id, hint, or - for the key on stdin).</source>
        <translation>key rotate nimmt einen SCHLÜSSEL (Schlüssel-ID, Hinweis oder - für den Schlüssel auf stdin).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="153"/>
        <source>--grace takes a duration such as 7d or 12h.</source>
        <translation>--grace erwartet eine Dauer wie 7d oder 12h.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="180"/>
        <source>%1 stays valid until %2 (grace period).</source>
        <translation>%1 bleibt bis %2 gültig (Übergangsfrist).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="182"/>
        <location filename="../../app/cli/KeyOutput.cpp" line="127"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="164"/>
        <source>Rotated to</source>
        <translation>Rotiert zu</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="202"/>
        <source>--state is one of active, expiring, in-grace, expired, revoked; not '%1'.</source>
        <translation>--state ist eines von active, expiring, in-grace, expired, revoked; nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="226"/>
        <source>key show takes one KEY (key id, hint, or - for the key on stdin).</source>
        <translation>key show nimmt einen SCHLÜSSEL (Schlüssel-ID, Hinweis oder - für den Schlüssel auf stdin).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="243"/>
        <source>key revoke needs --reason: compromised, unused, rotated, owner-left or other.</source>
        <translation>key revoke braucht --reason: compromised, unused, rotated, owner-left oder other.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="244"/>
        <source>--reason is one of compromised, unused, rotated, owner-left, other; not '%1'.</source>
        <translation>--reason ist eines von compromised, unused, rotated, owner-left, other; nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="258"/>
        <source>--reason other needs --note saying why.</source>
        <translation>--reason other braucht --note mit einer Begründung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="283"/>
        <source>Name a KEY, several KEYs, or a filter (--state, --env, --owner, --scope, --text, or --all).</source>
        <translation>Nennen Sie einen SCHLÜSSEL, mehrere SCHLÜSSEL oder einen Filter (--state, --env, --owner, --scope, --text oder --all).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="299"/>
        <source>A bulk revoke needs --project.</source>
        <translation>Ein Massenwiderruf braucht --project.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="306"/>
        <source>Revoking several keys is final: confirm with --confirm %1.</source>
        <translation>Mehrere Schlüssel zu widerrufen ist endgültig: Bestätigen Sie mit --confirm %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="320"/>
        <source>key edit takes one KEY (key id, hint, or - for the key on stdin).</source>
        <translation>key edit nimmt einen SCHLÜSSEL (Schlüssel-ID, Hinweis oder - für den Schlüssel auf stdin).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="364"/>
        <source>Updated %1 (%2).</source>
        <translation>%1 aktualisiert (%2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="373"/>
        <source>key reveal prints a secret: confirm with --yes. The reveal is written to the audit trail.</source>
        <translation>key reveal gibt ein Geheimnis aus: Bestätigen Sie mit --yes. Das Anzeigen wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="376"/>
        <source>key reveal takes one KEY (key id or hint).</source>
        <translation>key reveal nimmt einen SCHLÜSSEL (Schlüssel-ID oder Hinweis).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="386"/>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="134"/>
        <source>Key %1 was issued without a copy in the OS keychain; it cannot be shown again.</source>
        <translation>Schlüssel %1 wurde ohne Kopie im Schlüsselbund des Systems ausgegeben; er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="412"/>
        <source>key verify takes at most one KEY; without one (or with -) it reads the key from standard input.</source>
        <translation>key verify nimmt höchstens einen SCHLÜSSEL; ohne (oder mit -) liest es den Schlüssel von der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="427"/>
        <source>Project name or id.</source>
        <translation>Projektname oder -ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="428"/>
        <source>What the key is for.</source>
        <translation>Wofür der Schlüssel ist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="429"/>
        <source>Who answers for the key.</source>
        <translation>Wer für den Schlüssel verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="429"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="446"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="464"/>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="430"/>
        <source>live (production) or test (default).</source>
        <translation>live (Produktion) oder test (Standard).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="430"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="461"/>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="23"/>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="431"/>
        <source>Scope; repeat or comma-separate.</source>
        <translation>Scope; wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="431"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="448"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="465"/>
        <location filename="../../app/cli/Options.cpp" line="28"/>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="433"/>
        <source>Allowed model; repeat or comma-separate.</source>
        <translation>Erlaubtes Modell; wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="433"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="450"/>
        <location filename="../../app/cli/Options.cpp" line="31"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="434"/>
        <source>Expiry, ISO 8601 (UTC).</source>
        <translation>Ablauf, ISO 8601 (UTC).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="434"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="451"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="435"/>
        <source>Expiry as a duration from now: 90d, 12h.</source>
        <translation>Ablauf als Dauer ab jetzt: 90d, 12h.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="436"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="453"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="485"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="437"/>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="437"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="454"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="467"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="474"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="170"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="176"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="439"/>
        <source>Keep a copy in the OS keychain (for key reveal).</source>
        <translation>Eine Kopie im Schlüsselbund des Systems behalten (für key reveal).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="445"/>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="446"/>
        <source>New owner.</source>
        <translation>Neuer Verantwortlicher.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="447"/>
        <source>Replace the scopes; repeat or comma-separate.</source>
        <translation>Die Scopes ersetzen; wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="449"/>
        <source>Replace the models; repeat or comma-separate.</source>
        <translation>Die Modelle ersetzen; wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="451"/>
        <source>New expiry (ISO 8601) or 'never'.</source>
        <translation>Neuer Ablauf (ISO 8601) oder 'never'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="453"/>
        <source>New expiry as a duration from now.</source>
        <translation>Neuer Ablauf als Dauer ab jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="454"/>
        <source>New notes.</source>
        <translation>Neue Notizen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="460"/>
        <source>Only keys of this project.</source>
        <translation>Nur Schlüssel dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="461"/>
        <source>Only live or test keys.</source>
        <translation>Nur Live- oder Test-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="462"/>
        <source>active, expiring, in-grace, expired or revoked.</source>
        <translation>active, expiring, in-grace, expired oder revoked.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="463"/>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="464"/>
        <source>Only keys of this owner.</source>
        <translation>Nur Schlüssel dieses Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="465"/>
        <source>Only keys with this scope.</source>
        <translation>Nur Schlüssel mit diesem Scope.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="467"/>
        <source>Name, hint, owner or key id contains TEXT.</source>
        <translation>Name, Hinweis, Verantwortlicher oder Schlüssel-ID enthält TEXT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="473"/>
        <source>compromised, unused, rotated, owner-left or other.</source>
        <translation>compromised, unused, rotated, owner-left oder other.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="473"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="474"/>
        <source>Why (required for 'other').</source>
        <translation>Warum (Pflicht bei 'other').</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="475"/>
        <source>The project's name, to confirm a bulk revoke.</source>
        <translation>Der Name des Projekts, um einen Massenwiderruf zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="477"/>
        <source>Bulk: every key of --project.</source>
        <translation>Massenweise: jeder Schlüssel von --project.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="484"/>
        <source>How long the old key stays valid (default: the project's).</source>
        <translation>Wie lange der alte Schlüssel gültig bleibt (Standard: der Wert des Projekts).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="490"/>
        <source>Confirm that the secret may be printed.</source>
        <translation>Bestätigen, dass das Geheimnis ausgegeben werden darf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="522"/>
        <source>Issue a key; prints the secret once.</source>
        <translation>Einen Schlüssel ausgeben; zeigt das Geheimnis einmal.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="523"/>
        <source>List keys, filtered.</source>
        <translation>Schlüssel auflisten, gefiltert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="524"/>
        <source>Show one key's metadata and state.</source>
        <translation>Metadaten und Zustand eines Schlüssels zeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="525"/>
        <source>Issue a successor; the old key lives on for a grace period.</source>
        <translation>Einen Nachfolger ausgeben; der alte Schlüssel lebt noch eine Übergangsfrist lang.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="527"/>
        <source>Revoke a key, several, or a filtered set, with a reason.</source>
        <translation>Einen Schlüssel, mehrere oder eine gefilterte Menge mit Grund widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="528"/>
        <source>[KEY...]</source>
        <translation>[SCHLÜSSEL...]</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="530"/>
        <source>Change a key's name, owner, scopes, models, tier, expiry or notes.</source>
        <translation>Name, Verantwortlichen, Scopes, Modelle, Stufe, Ablauf oder Notizen eines Schlüssels ändern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="532"/>
        <source>Print a key kept in the OS keychain (audited).</source>
        <translation>Einen im Schlüsselbund des Systems aufbewahrten Schlüssel ausgeben (protokolliert).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="534"/>
        <source>Say what a presented key is (read from stdin by default).</source>
        <translation>Sagen, was ein vorgelegter Schlüssel ist (standardmäßig von stdin gelesen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="535"/>
        <source>[KEY]</source>
        <translation>[SCHLÜSSEL]</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="16"/>
        <source>The project the keys join.</source>
        <translation>Das Projekt, zu dem die Schlüssel kommen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="17"/>
        <source>aws (default), mapped or hashes.</source>
        <translation>aws (Standard), mapped oder hashes.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="17"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="257"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="19"/>
        <source>For mapped: field=Column,… (name, key or hash, owner, env, notes, enabled, scopes, models, expires).</source>
        <translation>Für mapped: feld=Spalte,… (name, key oder hash, owner, env, notes, enabled, scopes, models, expires).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="21"/>
        <source>MAP</source>
        <translation>ZUORDNUNG</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="22"/>
        <source>live (default) or test, for keys that do not say.</source>
        <translation>live (Standard) oder test, für Schlüssel, die es nicht angeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="24"/>
        <source>Check every line; add nothing.</source>
        <translation>Jede Zeile prüfen; nichts hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="39"/>
        <source>key import takes one FILE.</source>
        <translation>key import nimmt eine DATEI.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="44"/>
        <source>--project is required: the keys join one project.</source>
        <translation>--project ist Pflicht: Die Schlüssel kommen zu einem Projekt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="52"/>
        <source>--format is aws, mapped or hashes, not '%1'.</source>
        <translation>--format ist aws, mapped oder hashes, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="63"/>
        <source>--map goes with --format mapped.</source>
        <translation>--map gehört zu --format mapped.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="98"/>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="26"/>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="101"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/KeyImportCommand.cpp" line="107"/>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="245"/>
        <source>Nothing imported: %n line(s) refused.</source>
        <translation>
            <numerusform>Nichts importiert: %n Zeile abgewiesen.</numerusform>
            <numerusform>Nichts importiert: %n Zeilen abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="108"/>
        <source>Dry run: nothing imported.</source>
        <translation>Probelauf: nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="109"/>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="112"/>
        <source>%1 %2 to add, %3 skipped (already there), %4 refused, of %5 line(s).</source>
        <translation>%1 %2 hinzuzufügen, %3 übersprungen (schon vorhanden), %4 abgewiesen, von %5 Zeile(n).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="113"/>
        <source>%1 %2 added, %3 skipped (already there), %4 refused, of %5 line(s).</source>
        <translation>%1 %2 hinzugefügt, %3 übersprungen (schon vorhanden), %4 abgewiesen, von %5 Zeile(n).</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyImportCommand.cpp" line="130"/>
        <source>Import keys from CSV (AWS, mapped, or SHA-256 hashes); all or nothing.</source>
        <translation>Schlüssel aus CSV importieren (AWS, zugeordnet oder SHA-256-Hashes); alles oder nichts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <source>HINT</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="82"/>
        <source>EXPIRES</source>
        <translation>ABLAUF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/KeyOutput.cpp" line="95"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="108"/>
        <source>%1 by %2, %3%4</source>
        <translation>%1 von %2, %3%4</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="113"/>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="102"/>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="43"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="92"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="194"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="114"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="310"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="116"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="145"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="310"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="94"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="117"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="310"/>
        <source>Env</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="118"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="310"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="119"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="147"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="311"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="120"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="148"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="311"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="121"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="149"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="311"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="122"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="311"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="123"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="151"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="312"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="123"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="151"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="172"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="124"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="152"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="312"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="125"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="156"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="312"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="126"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="161"/>
        <source>Rotated from</source>
        <translation>Rotiert von</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="128"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="165"/>
        <source>Grace until</source>
        <translation>Übergang bis</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="129"/>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="94"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="179"/>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="50"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="130"/>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="130"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="130"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="131"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="132"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="182"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="146"/>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="174"/>
        <source>Revoked %1 (%2).</source>
        <translation>%1 widerrufen (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/KeyOutput.cpp" line="149"/>
        <source>%n key(s) revoked.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
            <numerusform>%n Schlüssel widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="169"/>
        <source>%1… is well-formed but is not a key of this workspace.</source>
        <translation>%1… ist wohlgeformt, aber kein Schlüssel dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="181"/>
        <source>%1: %2 (%3) in project %4, %5.</source>
        <translation>%1: %2 (%3) in Projekt %4, %5.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="182"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyOutput.cpp" line="182"/>
        <source>not valid</source>
        <translation>nicht gültig</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="58"/>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="20"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="60"/>
        <source>already imported, nothing new</source>
        <translation>bereits importiert, nichts Neues</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="62"/>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="24"/>
        <source>resumed at byte %1</source>
        <translation>fortgesetzt bei Byte %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="64"/>
        <source>REFUSED</source>
        <translation>ABGEWIESEN</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="66"/>
        <source>NOTHING COUNTED</source>
        <translation>NICHTS GEZÄHLT</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="79"/>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="86"/>
        <source>1 unterminated last line held back (%1 bytes): it counts once it ends with a newline, or with --complete</source>
        <translation>1 unvollständige letzte Zeile zurückgehalten (%1 Bytes): Sie zählt, sobald sie mit einem Zeilenumbruch endet, oder mit --complete</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="93"/>
        <source>%1 finding line(s) from earlier imports: see `keyward usage findings`</source>
        <translation>Befunde in %1 Zeilen aus früheren Importen: siehe `keyward usage findings`</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="102"/>
        <source>%1 lines: %2 counted, %3 anonymous, %4 rejected; %5 MB in %6 s (%7 MB/s)</source>
        <translation>%1 Zeilen: %2 gezählt, %3 anonym, %4 abgewiesen; %5 MB in %6 s (%7 MB/s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="114"/>
        <source>rejected %1: %2</source>
        <translation>abgewiesen %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/LogsCommands.cpp" line="123"/>
        <source>%n finding line(s): see `keyward usage findings`</source>
        <translation>
            <numerusform>%n Fundzeile: siehe `keyward usage findings`</numerusform>
            <numerusform>%n Fundzeilen: siehe `keyward usage findings`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="137"/>
        <source>logs import needs one FILE or more and --project.</source>
        <translation>logs import braucht eine oder mehrere DATEIEN und --project.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="143"/>
        <source>--format takes auto, combined, json or csv, not '%1'.</source>
        <translation>--format erwartet auto, combined, json oder csv, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="166"/>
        <source>Importing %1: %2 %, %3 lines, %4 MB/s</source>
        <translation>Importiere %1: %2 %, %3 Zeilen, %4 MB/s</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <source>LINES</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <source>COUNTED</source>
        <translation>GEZÄHLT</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="221"/>
        <source>ANONYMOUS</source>
        <translation>ANONYM</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="222"/>
        <source>REJECTED</source>
        <translation>ABGEWIESEN</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="222"/>
        <source>FINDINGS</source>
        <translation>FUNDE</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="222"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="222"/>
        <source>TO</source>
        <translation>BIS</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="222"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="255"/>
        <source>Project the logs belong to.</source>
        <translation>Projekt, zu dem die Protokolle gehören.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="257"/>
        <source>auto (default), combined, json or csv.</source>
        <translation>auto (Standard), combined, json oder csv.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="260"/>
        <source>Field mapping, e.g. status=response.status,time=started_at,key=consumer.username.</source>
        <translation>Feldzuordnung, z. B. status=response.status,time=started_at,key=consumer.username.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="261"/>
        <source>MAPPING</source>
        <translation>ZUORDNUNG</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="263"/>
        <source>With --map: save the mapping under NAME; alone: use the saved one.</source>
        <translation>Mit --map: die Zuordnung unter NAME speichern; allein: die gespeicherte verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="265"/>
        <source>Say why each file's format was chosen.</source>
        <translation>Begründen, warum das Format jeder Datei gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="267"/>
        <source>The files are complete: count a last line that has no newline.</source>
        <translation>Die Dateien sind vollständig: Eine letzte Zeile ohne Zeilenumbruch wird mitgezählt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="272"/>
        <source>Only files of this project.</source>
        <translation>Nur Dateien dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="281"/>
        <source>Import access logs (combined, JSON lines, CSV, .gz).</source>
        <translation>Zugriffsprotokolle importieren (combined, JSON-Zeilen, CSV, .gz).</translation>
    </message>
    <message>
        <location filename="../../app/cli/LogsCommands.cpp" line="283"/>
        <source>List the imported log files.</source>
        <translation>Die importierten Protokolldateien auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="18"/>
        <source>Requests per minute (0: no limit).</source>
        <translation>Anfragen pro Minute (0: kein Limit).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="19"/>
        <source>Tokens per minute (0: no limit).</source>
        <translation>Tokens pro Minute (0: kein Limit).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="21"/>
        <source>Monthly request quota (0: no limit).</source>
        <translation>Monatliches Anfragekontingent (0: kein Limit).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="27"/>
        <source>Scope keys may have; repeat or comma-separate (none: any).</source>
        <translation>Scope, den Schlüssel haben dürfen; wiederholen oder mit Kommas trennen (keiner: jeder).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="30"/>
        <source>Model keys may use; repeat or comma-separate (none: any).</source>
        <translation>Modell, das Schlüssel nutzen dürfen; wiederholen oder mit Kommas trennen (keines: jedes).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="33"/>
        <source>Longest key lifetime in days (0: unlimited).</source>
        <translation>Längste Lebensdauer eines Schlüssels in Tagen (0: unbegrenzt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="33"/>
        <location filename="../../app/cli/Options.cpp" line="35"/>
        <location filename="../../app/cli/Options.cpp" line="37"/>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="35"/>
        <source>Warn this many days before expiry.</source>
        <translation>So viele Tage vor Ablauf warnen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Options.cpp" line="37"/>
        <source>Default rotation grace period in days.</source>
        <translation>Standard-Übergangsfrist bei Rotation in Tagen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="16"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="26"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="27"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="29"/>
        <source>Allowed scopes</source>
        <translation>Erlaubte Scopes</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="30"/>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="31"/>
        <source>Max lifetime</source>
        <translation>Maximale Lebensdauer</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="32"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="35"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="36"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="45"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="33"/>
        <location filename="../../app/gui/common/Format.cpp" line="99"/>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="23"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="34"/>
        <source>Default tier</source>
        <translation>Standardstufe</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="35"/>
        <source>Expiry reminder</source>
        <translation>Ablauferinnerung</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="36"/>
        <source>Rotation grace</source>
        <translation>Übergangsfrist bei Rotation</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="37"/>
        <source>not bound</source>
        <translation>nicht gebunden</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="38"/>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="32"/>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="225"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="57"/>
        <source>project create takes one NAME.</source>
        <translation>project create nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="60"/>
        <source>project create needs --prefix (the start of every key, e.g. chat).</source>
        <translation>project create braucht --prefix (den Anfang jedes Schlüssels, z. B. chat).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="80"/>
        <source>Created project %1 (%2), key prefix %3.</source>
        <translation>Projekt %1 (%2) angelegt, Schlüsselpräfix %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="103"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="169"/>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="103"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="103"/>
        <source>REGISTRY</source>
        <translation>REGISTRY</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="103"/>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="116"/>
        <source>project show takes one NAME.</source>
        <translation>project show nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="141"/>
        <source>project edit takes one NAME.</source>
        <translation>project edit nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="162"/>
        <source>Updated project %1.</source>
        <translation>Projekt %1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="169"/>
        <source>Key prefix, [a-z][a-z0-9]{1,11}.</source>
        <translation>Schlüsselpräfix, [a-z][a-z0-9]{1,11}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="170"/>
        <location filename="../../app/cli/ProjectCommands.cpp" line="176"/>
        <source>What the project is for.</source>
        <translation>Wofür das Projekt ist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="186"/>
        <source>Create a project with its key prefix and policy.</source>
        <translation>Ein Projekt mit Schlüsselpräfix und Richtlinie anlegen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="188"/>
        <source>List the projects of the workspace.</source>
        <translation>Die Projekte des Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="189"/>
        <source>Show a project, its policy and key counts.</source>
        <translation>Ein Projekt, seine Richtlinie und Schlüsselzahlen zeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProjectCommands.cpp" line="191"/>
        <source>Change a project's description or policy.</source>
        <translation>Beschreibung oder Richtlinie eines Projekts ändern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="31"/>
        <source>Registry profile (default: the only one).</source>
        <translation>Registry-Profil (Standard: das einzige).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="46"/>
        <source>No registry profile in this workspace.</source>
        <translation>Kein Registry-Profil in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="47"/>
        <source>Several registry profiles: name one with --profile.</source>
        <translation>Mehrere Registry-Profile: Nennen Sie eines mit --profile.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="72"/>
        <source>Check read access only (what keyward gateway serve needs).</source>
        <translation>Nur den Lesezugriff prüfen (was keyward gateway serve braucht).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="116"/>
        <source>registry bind takes PROJECT PROFILE.</source>
        <translation>registry bind nimmt PROJEKT PROFIL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="125"/>
        <source>Project %1 is bound to %2; the next sync publishes it.</source>
        <translation>Projekt %1 ist an %2 gebunden; der nächste Abgleich veröffentlicht es.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="133"/>
        <source>registry unbind takes one PROJECT.</source>
        <translation>registry unbind nimmt ein PROJEKT.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="139"/>
        <source>Project %1 is no longer bound to a registry.</source>
        <translation>Projekt %1 ist an keine Registry mehr gebunden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="207"/>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="409"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="90"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="212"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="255"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="216"/>
        <source>%1: pushed %2, pulled %3 (%4 new), %5 conflicts, %6 skipped; at revision %7</source>
        <translation>%1: %2 übertragen, %3 geholt (%4 neu), %5 Konflikte, %6 übersprungen; bei Revision %7</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <location filename="../../app/cli/RegistryCommands.cpp" line="286"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="218"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <source>LAST SYNC</source>
        <translation>LETZTER ABGLEICH</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="248"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="255"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="255"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="255"/>
        <source>never synced</source>
        <translation>nie abgeglichen</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="263"/>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="28"/>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="50"/>
        <location filename="../../app/gui/common/Format.cpp" line="49"/>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="155"/>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="30"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="286"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="286"/>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="286"/>
        <source>FIELDS (kept)</source>
        <translation>FELDER (behalten)</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="306"/>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="316"/>
        <source>registry lookup reads the key from standard input, never from the command line.</source>
        <translation>registry lookup liest den Schlüssel von der Standardeingabe, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="353"/>
        <source>Add a registry profile; the password goes to the keychain.</source>
        <translation>Ein Registry-Profil hinzufügen; das Passwort kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="355"/>
        <source>Change a registry profile or its password.</source>
        <translation>Ein Registry-Profil oder sein Passwort ändern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="357"/>
        <source>List registry profiles and their projects.</source>
        <translation>Registry-Profile und ihre Projekte auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="358"/>
        <source>Remove an unbound registry profile and its keychain entries.</source>
        <translation>Ein ungebundenes Registry-Profil und seine Schlüsselbund-Einträge entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="360"/>
        <source>Check each endpoint: reach, TLS and pin, auth, read/write, version.</source>
        <translation>Jeden Endpunkt prüfen: Erreichbarkeit, TLS und Pin, Anmeldung, Lesen/Schreiben, Version.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="361"/>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="362"/>
        <source>Bind a project to a registry profile.</source>
        <translation>Ein Projekt an ein Registry-Profil binden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="362"/>
        <source>PROJECT PROFILE</source>
        <translation>PROJEKT PROFIL</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="364"/>
        <source>Unbind a project from its registry.</source>
        <translation>Ein Projekt von seiner Registry lösen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="366"/>
        <source>Pull, merge and push now (all profiles, or those named).</source>
        <translation>Jetzt holen, zusammenführen und übertragen (alle Profile oder die genannten).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="367"/>
        <source>[NAME...]</source>
        <translation>[NAME...]</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="370"/>
        <source>Online/offline, last sync, pending changes, last error.</source>
        <translation>Online/offline, letzter Abgleich, ausstehende Änderungen, letzter Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="376"/>
        <source>Merge conflicts and what was kept.</source>
        <translation>Zusammenführungskonflikte und was behalten wurde.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryCommands.cpp" line="382"/>
        <source>Read a presented key from stdin; answer from the registry alone.</source>
        <translation>Einen vorgelegten Schlüssel von stdin lesen; nur aus der Registry antworten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="42"/>
        <source>--out FILE is required (--out - writes to standard output).</source>
        <translation>--out DATEI ist Pflicht (--out - schreibt auf die Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="48"/>
        <source>--digest needs --out FILE: the digest is written beside it.</source>
        <translation>--digest braucht --out DATEI: Der Digest wird daneben geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="68"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/ReportCommands.cpp" line="80"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="82"/>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="104"/>
        <source>Audit %1.</source>
        <translation>Prüfprotokoll %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="85"/>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="107"/>
        <source>Digest: %1 (check with sha256sum -c).</source>
        <translation>Digest: %1 (prüfen mit sha256sum -c).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="119"/>
        <source>The CSV file to write; - for standard output.</source>
        <translation>Die zu schreibende CSV-Datei; - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="120"/>
        <source>Start with a UTF-8 BOM (for Excel).</source>
        <translation>Mit einem UTF-8-BOM beginnen (für Excel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="122"/>
        <source>Also write FILE.sha256 (sha256sum format).</source>
        <translation>Auch DATEI.sha256 schreiben (sha256sum-Format).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="135"/>
        <source>report audit has no --limit; narrow it with --since and --until.</source>
        <translation>report audit hat kein --limit; grenzen Sie mit --since und --until ein.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="147"/>
        <source>Add each key's SHA-256 (never the key itself).</source>
        <translation>Den SHA-256 jedes Schlüssels hinzufügen (nie den Schlüssel selbst).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="168"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="192"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="276"/>
        <source>Only this project.</source>
        <translation>Nur dieses Projekt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="169"/>
        <location filename="../../app/cli/ReportCommands.cpp" line="193"/>
        <source>Only this key.</source>
        <translation>Nur dieser Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="173"/>
        <source>minute, hour (default) or day.</source>
        <translation>minute, hour (Standard) oder day.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="173"/>
        <location filename="../../app/cli/UsageCommands.cpp" line="271"/>
        <source>BUCKET</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="183"/>
        <source>--bucket is minute, hour or day, not '%1'.</source>
        <translation>--bucket ist minute, hour oder day, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="195"/>
        <source>plaintext_key, accepted_expired or accepted_revoked.</source>
        <translation>plaintext_key, accepted_expired oder accepted_revoked.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="195"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="214"/>
        <source>Export audit events to CSV, verifying the chain.</source>
        <translation>Prüfereignisse als CSV exportieren und dabei die Kette prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="220"/>
        <source>Export keys and their state to CSV.</source>
        <translation>Schlüssel und ihren Zustand als CSV exportieren.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="226"/>
        <source>Export usage per bucket, key and outcome to CSV.</source>
        <translation>Nutzung pro Intervall, Schlüssel und Ergebnis als CSV exportieren.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommands.cpp" line="232"/>
        <source>Export log findings (file, line, key) to CSV.</source>
        <translation>Funde in Protokollen (Datei, Zeile, Schlüssel) als CSV exportieren.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="67"/>
        <source>no requests</source>
        <translation>keine Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="71"/>
        <source>invalid-key rate %1 (%2), success rate %3 (%4), %5 requests</source>
        <translation>Rate ungültiger Schlüssel %1 (%2), Erfolgsrate %3 (%4), %5 Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="89"/>
        <source>--by takes minute, hour, day or week, not '%1'.</source>
        <translation>--by erwartet minute, hour, day oder week, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="94"/>
        <source>usage summary needs --project.</source>
        <translation>usage summary braucht --project.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="112"/>
        <source>The key %1 is not in the project %2.</source>
        <translation>Der Schlüssel %1 ist nicht im Projekt %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="129"/>
        <source>--until is before --since.</source>
        <translation>--until liegt vor --since.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="169"/>
        <source>No requests in %1 for this range.</source>
        <translation>Keine Anfragen in %1 für diesen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="172"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="176"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="181"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="184"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="185"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="186"/>
        <source>Thresholds: invalid-key rate good below 1 %, bad above 5 %; success rate good above 99 %, bad below 95 %.</source>
        <translation>Schwellen: Rate ungültiger Schlüssel gut unter 1 %, schlecht über 5 %; Erfolgsrate gut über 99 %, schlecht unter 95 %.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="195"/>
        <source>log contains plaintext keys</source>
        <translation>Protokoll enthält Schlüssel im Klartext</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="198"/>
        <source>gateway accepted an expired key</source>
        <translation>Gateway akzeptierte einen abgelaufenen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="201"/>
        <source>gateway accepted a revoked key</source>
        <translation>Gateway akzeptierte einen widerrufenen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="246"/>
        <source>No findings in the imported logs.</source>
        <translation>Keine Funde in den importierten Protokollen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <source>FINDING</source>
        <translation>FUND</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="249"/>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="262"/>
        <source>The project (required).</source>
        <translation>Das Projekt (Pflicht).</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="264"/>
        <source>Only these keys (id or hint; repeat or comma-separate).</source>
        <translation>Nur diese Schlüssel (ID oder Hinweis; wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="269"/>
        <source>Bucket size: minute, hour, day or week (default: chosen from the range).</source>
        <translation>Intervallgröße: minute, hour, day oder week (Standard: nach dem Zeitraum gewählt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="287"/>
        <source>Requests per outcome and time bucket, with the health figures.</source>
        <translation>Anfragen pro Ergebnis und Zeitintervall, mit den Kennzahlen zum Zustand.</translation>
    </message>
    <message>
        <location filename="../../app/cli/UsageCommands.cpp" line="293"/>
        <source>Plaintext keys in logs and gateways that accepted expired or revoked keys.</source>
        <translation>Schlüssel im Klartext in Protokollen und Gateways, die abgelaufene oder widerrufene Schlüssel akzeptierten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="82"/>
        <source>a key given as an argument stays in your shell history (and may show in the process list). Name it by id or hint, or give - and pipe the key on standard input.</source>
        <translation>ein als Argument angegebener Schlüssel bleibt in Ihrer Shell-Historie (und kann in der Prozessliste erscheinen). Nennen Sie ihn per ID oder Hinweis, oder geben Sie - an und leiten Sie den Schlüssel über die Standardeingabe ein.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="99"/>
        <source>- reads the key from standard input, which was empty.</source>
        <translation>- liest den Schlüssel von der Standardeingabe, die leer war.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Context.cpp" line="162"/>
        <source>--%1 takes a whole number from %2 to %3, not '%4'.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht '%4'.</translation>
    </message>
    <message>
        <location filename="../../app/cli/KeyCommands.cpp" line="24"/>
        <location filename="../../app/cli/KeyCommands.cpp" line="28"/>
        <source>No key was issued.</source>
        <translation>Es wurde kein Schlüssel ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="69"/>
        <source>etcd password for %1: </source>
        <translation>etcd-Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="72"/>
        <source>No password given: pipe it on stdin (--password-stdin) or type it at the prompt.</source>
        <translation>Kein Passwort angegeben: Leiten Sie es über stdin ein (--password-stdin) oder tippen Sie es an der Eingabeaufforderung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="81"/>
        <source>Passphrase of %1: </source>
        <translation>Passphrase von %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="115"/>
        <source>https://host:port; repeat or comma-separate.</source>
        <translation>https://host:port; wiederholen oder mit Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="116"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="117"/>
        <source>CA file (PEM) that signed the etcd certificates.</source>
        <translation>CA-Datei (PEM), die die etcd-Zertifikate signiert hat.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="119"/>
        <source>Client certificate (PEM), optional.</source>
        <translation>Client-Zertifikat (PEM), optional.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="120"/>
        <source>Client key (PEM), optional.</source>
        <translation>Client-Schlüssel (PEM), optional.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="122"/>
        <source>SHA-256 of the server's public key (SPKI), hex or sha256//BASE64.</source>
        <translation>SHA-256 des öffentlichen Schlüssels des Servers (SPKI), hex oder sha256//BASE64.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="123"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="124"/>
        <source>etcd user name.</source>
        <translation>etcd-Benutzername.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="124"/>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="218"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="125"/>
        <source>Key prefix (default /keyward/v1).</source>
        <translation>Schlüsselpräfix (Standard /keyward/v1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="125"/>
        <source>NS</source>
        <translation>NR</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="127"/>
        <source>Allow http:// to 127.0.0.1/::1/localhost (unencrypted!).</source>
        <translation>http:// zu 127.0.0.1/::1/localhost erlauben (unverschlüsselt!).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="129"/>
        <source>Read the etcd password from the first line of stdin.</source>
        <translation>Das etcd-Passwort aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="131"/>
        <source>Read the client key's passphrase from the next line of stdin.</source>
        <translation>Die Passphrase des Client-Schlüssels aus der nächsten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="137"/>
        <source>warning: profile %1 uses plain http:// (allowed for loopback only): nothing it sends is encrypted.</source>
        <translation>Warnung: Profil %1 verwendet unverschlüsseltes http:// (nur für Loopback erlaubt): Nichts, was es sendet, ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="147"/>
        <source>registry add takes one NAME.</source>
        <translation>registry add nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="172"/>
        <source>Added registry profile %1 (password in the keychain entry %2).</source>
        <translation>Registry-Profil %1 hinzugefügt (Passwort im Schlüsselbund-Eintrag %2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="179"/>
        <source>registry edit takes one NAME.</source>
        <translation>registry edit nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="202"/>
        <source>Updated registry profile %1.</source>
        <translation>Registry-Profil %1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="218"/>
        <source>ENDPOINTS</source>
        <translation>ENDPUNKTE</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="218"/>
        <source>NAMESPACE</source>
        <translation>NAMENSRAUM</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="218"/>
        <source>PROJECTS</source>
        <translation>PROJEKTE</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="222"/>
        <source> (UNENCRYPTED)</source>
        <translation> (UNVERSCHLÜSSELT)</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="228"/>
        <source>No registry profiles. Add one with keyward registry add NAME --endpoint https://host:2379 --ca FILE --user USER.</source>
        <translation>Keine Registry-Profile. Fügen Sie eines hinzu mit keyward registry add NAME --endpoint https://host:2379 --ca DATEI --user BENUTZER.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="239"/>
        <source>registry remove takes one NAME.</source>
        <translation>registry remove nimmt einen NAMEN.</translation>
    </message>
    <message>
        <location filename="../../app/cli/RegistryProfileCommands.cpp" line="258"/>
        <source>Removed registry profile %1 and its keychain entries.</source>
        <translation>Registry-Profil %1 und seine Schlüsselbund-Einträge entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="56"/>
        <source>the first pull of the registry took longer than %n second(s)</source>
        <translation>
            <numerusform>das erste Holen aus der Registry dauerte länger als %n Sekunde</numerusform>
            <numerusform>das erste Holen aus der Registry dauerte länger als %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="109"/>
        <source>skipped the record %1: %2</source>
        <translation>Datensatz %1 übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="111"/>
        <source>its place does not match its ids</source>
        <translation>sein Ort passt nicht zu seinen IDs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="158"/>
        <source>copy of %1/keys/: %n key(s) at revision %2</source>
        <translation>
            <numerusform>Kopie von %1/keys/: %n Schlüssel bei Revision %2</numerusform>
            <numerusform>Kopie von %1/keys/: %n Schlüssel bei Revision %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="182"/>
        <source>registry unreachable (%1); answering from the copy at revision %2 and reconnecting</source>
        <translation>Registry nicht erreichbar (%1); antworte aus der Kopie bei Revision %2 und verbinde neu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="186"/>
        <source>still unreachable: %1; next attempt in %n second(s)</source>
        <translation>
            <numerusform>immer noch nicht erreichbar: %1; nächster Versuch in %n Sekunde</numerusform>
            <numerusform>immer noch nicht erreichbar: %1; nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="213"/>
        <source>registry reachable again</source>
        <translation>Registry wieder erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="232"/>
        <source>registry reachable again; following it from revision %1</source>
        <translation>Registry wieder erreichbar; verfolge sie ab Revision %1</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/GatewayFeed.cpp" line="258"/>
        <source>the registry's history before revision %1 is compacted: pulling the copy again</source>
        <translation>die Historie der Registry vor Revision %1 ist verdichtet: hole die Kopie erneut</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/HttpServer.cpp" line="208"/>
        <source>--listen takes an IPv4 address and a port, e.g. 127.0.0.1:9181, not '%1'.</source>
        <translation>--listen erwartet eine IPv4-Adresse und einen Port, z. B. 127.0.0.1:9181, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/HttpServer.cpp" line="217"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location filename="../../app/registry/gateway/HttpServer.cpp" line="237"/>
        <source>cannot start the HTTP workers: %1</source>
        <translation>kann die HTTP-Arbeitsthreads nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="39"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="47"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="75"/>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="93"/>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="95"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="96"/>
        <source>Revealed</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="97"/>
        <source>Project created</source>
        <translation>Projekt angelegt</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="98"/>
        <source>Project edited</source>
        <translation>Projekt bearbeitet</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="99"/>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="81"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="100"/>
        <source>Bound to registry</source>
        <translation>An Registry gebunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="101"/>
        <source>Unbound from registry</source>
        <translation>Von Registry gelöst</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="102"/>
        <source>Registry conflict</source>
        <translation>Registry-Konflikt</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="131"/>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="134"/>
        <source>successor of %1</source>
        <translation>Nachfolger von %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="139"/>
        <source>successor %1, old key accepted until %2</source>
        <translation>Nachfolger %1, alter Schlüssel akzeptiert bis %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="149"/>
        <source>bulk revoke</source>
        <translation>Massenwiderruf</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="157"/>
        <source>kept copy read from the OS keychain and shown</source>
        <translation>aufbewahrte Kopie aus dem Schlüsselbund des Systems gelesen und angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="160"/>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="163"/>
        <source>Bound to registry profile %1</source>
        <translation>An Registry-Profil %1 gebunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="166"/>
        <source>Unbound from registry profile %1</source>
        <translation>Von Registry-Profil %1 gelöst</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="168"/>
        <source>unpushed changes dropped: %1</source>
        <translation>nicht übertragene Änderungen verworfen: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditFormat.cpp" line="173"/>
        <source>Registry profile %1 and this workspace disagreed on: %2</source>
        <translation>Registry-Profil %1 und dieser Arbeitsbereich waren uneins über: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="37"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="50"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="37"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="50"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="39"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="48"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="39"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="48"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="42"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="45"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="42"/>
        <source>%1 days</source>
        <comment>in %1 / %1 ago</comment>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="44"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="44"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="56"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="58"/>
        <source>expiring</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="60"/>
        <source>in grace</source>
        <translation>in Übergangsfrist</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="62"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="64"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="73"/>
        <source>Compromised</source>
        <translation>Kompromittiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="75"/>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="77"/>
        <source>Rotated (successor in use)</source>
        <translation>Rotiert (Nachfolger in Gebrauch)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="79"/>
        <source>Owner left</source>
        <translation>Verantwortlicher ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="81"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="105"/>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="105"/>
        <source>tpm</source>
        <translation>tpm</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/Format.cpp" line="106"/>
        <source>/ month</source>
        <translation>/ Monat</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="47"/>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="277"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="48"/>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="278"/>
        <source>Keyward workspaces (*.keyward);;All files (*)</source>
        <translation>Keyward-Arbeitsbereiche (*.keyward);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="212"/>
        <source>Console for API key administrators.</source>
        <translation>Konsole für Administratoren von API-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="213"/>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="216"/>
        <source>Open a fresh demo workspace in a temporary folder.</source>
        <translation>Einen frischen Demo-Arbeitsbereich in einem temporären Ordner öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="218"/>
        <source>Create a new workspace file, asking where.</source>
        <translation>Eine neue Arbeitsbereichsdatei anlegen und fragen, wo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="220"/>
        <source>A workspace file to open.</source>
        <translation>Eine zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/GuiMain.cpp" line="220"/>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyFieldChecks.cpp" line="22"/>
        <source>A key needs a name, such as the service or app that will use it.</source>
        <translation>Ein Schlüssel braucht einen Namen, etwa den des Dienstes oder der App, die ihn verwenden wird.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyFieldChecks.cpp" line="25"/>
        <location filename="../../app/gui/keys/KeyFieldChecks.cpp" line="32"/>
        <source>At most 200 characters.</source>
        <translation>Höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="70"/>
        <source>every change pushed</source>
        <translation>alle Änderungen übertragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="71"/>
        <source>1 change not yet pushed</source>
        <translation>1 Änderung noch nicht übertragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="71"/>
        <source>%1 changes not yet pushed</source>
        <translation>%1 Änderungen noch nicht übertragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="73"/>
        <source>Registry offline (%1): %2</source>
        <translation>Registry offline (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="76"/>
        <source>Registry not synced yet (%1): %2</source>
        <translation>Registry noch nicht synchronisiert (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryStatus.cpp" line="78"/>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/Session.cpp" line="70"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Für die Demo kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/SingleInstance.cpp" line="78"/>
        <source>the running console did not answer.</source>
        <translation>die laufende Konsole hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/SingleInstance.cpp" line="123"/>
        <source>unknown request.</source>
        <translation>unbekannte Anfrage.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="44"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="46"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="48"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="52"/>
        <source>Rate-limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="54"/>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="78"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="80"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="82"/>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="86"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="92"/>
        <source>Log contains plaintext keys</source>
        <translation>Protokoll enthält Schlüssel im Klartext</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="95"/>
        <source>Gateway accepted an expired key</source>
        <translation>Gateway akzeptierte einen abgelaufenen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageStyle.cpp" line="98"/>
        <source>Gateway accepted a revoked key</source>
        <translation>Gateway akzeptierte einen widerrufenen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="54"/>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="57"/>
        <source>Any %1…</source>
        <translation>Jede %1…</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="107"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="180"/>
        <source>The newest %1 events; narrow the filters to reach older ones.</source>
        <translation>Die neuesten %1 Ereignisse; engen Sie die Filter ein, um ältere zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="182"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="182"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="194"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="200"/>
        <source>Audit chain verified: all %1 events are intact, up to event #%2.</source>
        <translation>Prüfkette verifiziert: Alle %1 Ereignisse sind intakt, bis Ereignis #%2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="205"/>
        <source>event #%1</source>
        <translation>Ereignis #%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="206"/>
        <source>event #%1 (%2)</source>
        <translation>Ereignis #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="209"/>
        <source>The audit chain is broken. First bad event: %1 — %2. Events up to #%3 are intact.</source>
        <translation>Die Prüfkette ist gebrochen. Erstes fehlerhaftes Ereignis: %1 — %2. Ereignisse bis #%3 sind intakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTab.cpp" line="213"/>
        <source>Show event</source>
        <translation>Ereignis zeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="101"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="101"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="192"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="101"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="102"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/gui/audit/AuditTableModel.cpp" line="103"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/EditKeyDialog.cpp" line="22"/>
        <source>Key &lt;tt&gt;%1&lt;/tt&gt; in &lt;b&gt;%2&lt;/b&gt;. Its secret, environment and project do not change; the changes go into the audit trail.</source>
        <translation>Schlüssel &lt;tt&gt;%1&lt;/tt&gt; in &lt;b&gt;%2&lt;/b&gt;. Geheimnis, Umgebung und Projekt ändern sich nicht; die Änderungen kommen ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/EditKeyDialog.cpp" line="30"/>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="48"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="188"/>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="190"/>
        <source>File:line</source>
        <translation>Datei:Zeile</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="80"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="196"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/gui/FirstRunDialog.cpp" line="27"/>
        <source>In your data folder: %1</source>
        <translation>In Ihrem Datenordner: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="25"/>
        <source>Keys from another system join &lt;b&gt;%1&lt;/b&gt;. Each key is hashed at once: only its hash and a hint are kept. One refused line and nothing is imported.</source>
        <translation>Schlüssel aus einem anderen System kommen zu &lt;b&gt;%1&lt;/b&gt;. Jeder Schlüssel wird sofort gehasht: Nur sein Hash und ein Hinweis werden behalten. Eine abgewiesene Zeile, und nichts wird importiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="30"/>
        <source>AWS API Gateway export</source>
        <translation>AWS-API-Gateway-Export</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="31"/>
        <source>Columns: Name, Key, Description, Enabled, UsagePlanIds</source>
        <translation>Spalten: Name, Key, Description, Enabled, UsagePlanIds</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="33"/>
        <source>Mapped columns</source>
        <translation>Zugeordnete Spalten</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="34"/>
        <source>SHA-256 hashes only</source>
        <translation>Nur SHA-256-Hashes</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="39"/>
        <source>Check the file to see what would be added, skipped or refused.</source>
        <translation>Prüfen Sie die Datei, um zu sehen, was hinzugefügt, übersprungen oder abgewiesen würde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="42"/>
        <source>Import Keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="48"/>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="42"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="56"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="98"/>
        <source>Choose a CSV file with a header line.</source>
        <translation>Wählen Sie eine CSV-Datei mit einer Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="134"/>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="137"/>
        <source>%n line(s) to import.</source>
        <translation>
            <numerusform>%n Zeile zu importieren.</numerusform>
            <numerusform>%n Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="138"/>
        <source>More lines than the preview shows; Check counts them.</source>
        <translation>Mehr Zeilen, als die Vorschau zeigt; Prüfen zählt sie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="139"/>
        <source>Mapping: %1. %2</source>
        <translation>Zuordnung: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="150"/>
        <source>•••••• (%n characters)</source>
        <translation>
            <numerusform>•••••• (%n Zeichen)</numerusform>
            <numerusform>•••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="186"/>
        <source>Reading the file…</source>
        <translation>Lese die Datei…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="216"/>
        <source>Checking line %L1 of %L2…</source>
        <translation>Prüfe Zeile %L1 von %L2…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="219"/>
        <source>Writing key %L1 of %L2…</source>
        <translation>Schreibe Schlüssel %L1 von %L2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="246"/>
        <source>Check passed: %n key(s) would be added.</source>
        <translation>
            <numerusform>Prüfung bestanden: %n Schlüssel würde hinzugefügt.</numerusform>
            <numerusform>Prüfung bestanden: %n Schlüssel würden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="247"/>
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel importiert.</numerusform>
            <numerusform>%n Schlüssel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="248"/>
        <source>%1 added, %2 skipped (already there), %3 refused, of %4 line(s).</source>
        <translation>%1 hinzugefügt, %2 übersprungen (schon vorhanden), %3 abgewiesen, von %4 Zeile(n).</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="255"/>
        <source>%1:%2: refused: %3</source>
        <translation>%1:%2: abgewiesen: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ImportKeysDialog.cpp" line="258"/>
        <source>%1:%2: skipped: %3</source>
        <translation>%1:%2: übersprungen: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportPanel.cpp" line="31"/>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportPanel.cpp" line="36"/>
        <source>Importing 1 file</source>
        <translation>Importiere 1 Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportPanel.cpp" line="36"/>
        <source>Importing %1 files</source>
        <translation>Importiere %1 Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportPanel.cpp" line="50"/>
        <source>Cancelling after the current chunk…</source>
        <translation>Breche nach dem aktuellen Block ab…</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportPanel.cpp" line="66"/>
        <source>%1 MB/s · %2 lines</source>
        <translation>%1 MB/s · %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="22"/>
        <source>already imported: nothing added</source>
        <translation>bereits importiert: nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="28"/>
        <source>nothing counted: not remembered</source>
        <translation>nichts gezählt: nicht vermerkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="46"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="49"/>
        <source>%n already imported (nothing added)</source>
        <translation>
            <numerusform>%n bereits importiert (nichts hinzugefügt)</numerusform>
            <numerusform>%n bereits importiert (nichts hinzugefügt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="52"/>
        <source>%n with no line counted (not remembered)</source>
        <translation>
            <numerusform>%n ohne gezählte Zeile (nicht vermerkt)</numerusform>
            <numerusform>%n ohne gezählte Zeile (nicht vermerkt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="55"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="59"/>
        <source>1 file: %1.</source>
        <translation>1 Datei: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="60"/>
        <source>%1 files: %2.</source>
        <translation>%1 Dateien: %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="80"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="80"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="80"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="81"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="81"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="81"/>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="131"/>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="134"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="135"/>
        <source>What was written is kept; importing the same files again resumes where it stopped.</source>
        <translation>Geschriebenes bleibt erhalten; ein erneuter Import derselben Dateien setzt dort fort, wo er anhielt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="141"/>
        <source>%1 lines: %2 counted, %3 anonymous (no key), %4 rejected, %5 finding lines.</source>
        <translation>%1 Zeilen: %2 gezählt, %3 anonym (ohne Schlüssel), %4 abgewiesen, %5 Fundzeilen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="148"/>
        <source>Rejected lines by reason</source>
        <translation>Abgewiesene Zeilen nach Grund</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="157"/>
        <source>First samples:</source>
        <translation>Erste Beispiele:</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="164"/>
        <source>Findings:</source>
        <translation>Funde:</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="164"/>
        <source>%1 lines showed plaintext keys or a gateway accepting an expired or revoked key; the Findings table of the Usage tab lists them with file and line.</source>
        <translation>%1 Zeilen zeigten Schlüssel im Klartext oder ein Gateway, das einen abgelaufenen oder widerrufenen Schlüssel akzeptierte; die Tabelle Funde im Reiter Nutzung listet sie mit Datei und Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="171"/>
        <source>Findings of earlier imports:</source>
        <translation>Befunde früherer Importe:</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="172"/>
        <source>%1 lines of the files imported before showed plaintext keys or a gateway accepting an expired or revoked key; the Findings table of the Usage tab lists them.</source>
        <translation>%1 Zeilen der früher importierten Dateien zeigten Schlüssel im Klartext oder ein Gateway, das einen abgelaufenen oder widerrufenen Schlüssel annahm; die Befunde-Tabelle im Reiter Nutzung listet sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="180"/>
        <source>%1: 1 unterminated last line held back (%2 bytes); it counts once it ends with a newline.</source>
        <translation>%1: 1 unvollständige letzte Zeile zurückgehalten (%2 Bytes); sie zählt, sobald sie mit einem Zeilenumbruch endet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/ImportSummaryDialog.cpp" line="186"/>
        <source>No line was rejected and nothing was found.</source>
        <translation>Keine Zeile wurde abgewiesen und nichts wurde gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/IssueKeyDialog.cpp" line="20"/>
        <source>A new key for &lt;b&gt;%1&lt;/b&gt;. It will look like &lt;tt&gt;%2_test_…&lt;/tt&gt; or &lt;tt&gt;%2_live_…&lt;/tt&gt; and is shown once, right after it is issued.</source>
        <translation>Ein neuer Schlüssel für &lt;b&gt;%1&lt;/b&gt;. Er wird aussehen wie &lt;tt&gt;%2_test_…&lt;/tt&gt; oder &lt;tt&gt;%2_live_…&lt;/tt&gt; und wird einmal angezeigt, direkt nach der Ausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/IssueKeyDialog.cpp" line="24"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausgeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="58"/>
        <source>Safe to revoke</source>
        <translation>Unbedenklich zu widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="59"/>
        <source>no use in imported logs since the rotation (logs up to %1)</source>
        <translation>seit der Rotation keine Nutzung in importierten Protokollen (Protokolle bis %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="63"/>
        <source>Still in use: last seen %1 (%2)</source>
        <translation>Noch in Gebrauch: zuletzt gesehen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="66"/>
        <source>Not known yet: no imported log reaches past the rotation</source>
        <translation>Noch nicht bekannt: Kein importiertes Protokoll reicht über die Rotation hinaus</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="109"/>
        <source>Select a key to see its details, its rotation chain and its audit trail.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Details, seine Rotationskette und sein Prüfprotokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="119"/>
        <source>%1 keys selected</source>
        <translation>%1 Schlüssel ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="120"/>
        <source>Revoke them together with Key → Revoke (Del); you will be asked to type the project name.</source>
        <translation>Widerrufen Sie sie gemeinsam mit Schlüssel → Widerrufen (Entf); Sie werden gebeten, den Projektnamen einzutippen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="142"/>
        <source>not yet pushed: the gateways do not know this change</source>
        <translation>noch nicht übertragen: Die Gateways kennen diese Änderung nicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="144"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="146"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="148"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="210"/>
        <source>any scope</source>
        <translation>jeder Scope</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="149"/>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="212"/>
        <source>any model</source>
        <translation>jedes Modell</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="150"/>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="157"/>
        <source>not seen in imported logs</source>
        <translation>nicht in importierten Protokollen gesehen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="158"/>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="159"/>
        <source>a copy is kept (can be revealed)</source>
        <translation>eine Kopie wird aufbewahrt (kann angezeigt werden)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="159"/>
        <source>no copy</source>
        <translation>keine Kopie</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="168"/>
        <source>Revoke?</source>
        <translation>Widerrufen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="188"/>
        <source>Findings in imported logs (%1)</source>
        <translation>Funde in importierten Logs (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyDetailPane.cpp" line="198"/>
        <source>Audit trail (%1)</source>
        <translation>Prüfprotokoll (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="14"/>
        <source>no OS keychain is available (%1)</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="16"/>
        <source>the OS keychain is locked or refused access (%1)</source>
        <translation>der Schlüsselbund des Systems ist gesperrt oder verweigerte den Zugriff (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="53"/>
        <source>%1: %2. Unlock or set up the keychain and try again, or do without a kept copy.</source>
        <translation>%1: %2. Entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut, oder verzichten Sie auf eine aufbewahrte Kopie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="72"/>
        <source>The keychain entry %1 of a key that was not issued could not be removed (%2); remove it by hand.</source>
        <translation>Der Schlüsselbund-Eintrag %1 eines nicht ausgegebenen Schlüssels konnte nicht entfernt werden (%2); entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="88"/>
        <source>Nothing was issued</source>
        <translation>Es wurde nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="92"/>
        <source>The key was not issued: %1</source>
        <translation>Der Schlüssel wurde nicht ausgegeben: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="110"/>
        <source>The key was not rotated</source>
        <translation>Der Schlüssel wurde nicht rotiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="113"/>
        <source>The key was not rotated: %1</source>
        <translation>Der Schlüssel wurde nicht rotiert: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="144"/>
        <source>The OS keychain has no copy of %1 (entry %2); it may have been removed there.</source>
        <translation>Der Schlüsselbund des Systems hat keine Kopie von %1 (Eintrag %2); sie wurde dort vielleicht entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="149"/>
        <source>The key was not revealed: %1.</source>
        <translation>Der Schlüssel wurde nicht angezeigt: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="154"/>
        <source>The key was not revealed: the audit trail could not record it (%1).</source>
        <translation>Der Schlüssel wurde nicht angezeigt: Das Prüfprotokoll konnte es nicht festhalten (%1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="186"/>
        <source>Revoked %1 keys in one transaction.</source>
        <translation>%1 Schlüssel in einer Transaktion widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyOperations.cpp" line="197"/>
        <source>Saved the changes to %1 (%2).</source>
        <translation>Die Änderungen an %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="26"/>
        <source>Nothing ticked: the key is accepted for any scope.</source>
        <translation>Nichts ausgewählt: Der Schlüssel wird für jeden Scope akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="27"/>
        <source>Nothing ticked: the key is accepted for any model.</source>
        <translation>Nichts ausgewählt: Der Schlüssel wird für jedes Modell akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="65"/>
        <source>Project default — %1</source>
        <translation>Projektstandard — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="66"/>
        <source>Custom for this key</source>
        <translation>Eigene für diesen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="84"/>
        <source>Keep the current expiry (%1)</source>
        <translation>Den aktuellen Ablauf behalten (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="89"/>
        <source>In 1 year</source>
        <translation>In 1 Jahr</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="89"/>
        <source>In %1 days</source>
        <translation>In %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="93"/>
        <source>In %1 days (the policy's maximum)</source>
        <translation>In %1 Tagen (das Maximum der Richtlinie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="95"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="97"/>
        <source>On a date…</source>
        <translation>An einem Datum…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="126"/>
        <source>Expires on %1 (%2)</source>
        <translation>Läuft am %1 ab (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="127"/>
        <source>The key never expires.</source>
        <translation>Der Schlüssel läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="192"/>
        <source>Not allowed by the project's policy: %1. Uncheck it.</source>
        <translation>Von der Richtlinie des Projekts nicht erlaubt: %1. Entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeySettingsForm.cpp" line="201"/>
        <source>This date has passed; pick one after today.</source>
        <translation>Dieses Datum ist vorbei; wählen Sie eines nach heute.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="222"/>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="233"/>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="235"/>
        <source>Rotated; still accepted until %1</source>
        <translation>Rotiert; noch akzeptiert bis %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="237"/>
        <source>Expires on %1, within the project's reminder window</source>
        <translation>Läuft am %1 ab, innerhalb des Erinnerungszeitraums des Projekts</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="240"/>
        <source>Rotated; its grace period ended on %1</source>
        <translation>Rotiert; seine Übergangsfrist endete am %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="241"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="243"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="244"/>
        <source>Valid, never expires</source>
        <translation>Gültig, läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="248"/>
        <source>Any scope: the gateways put no restriction on scopes</source>
        <translation>Jeder Scope: Die Gateways schränken die Scopes nicht ein</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="250"/>
        <source>Any model: the gateways put no restriction on models</source>
        <translation>Jedes Modell: Die Gateways schränken die Modelle nicht ein</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="252"/>
        <source>Key id %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="269"/>
        <source>Changed here, not yet pushed to the registry: the gateways do not know yet</source>
        <translation>Hier geändert, noch nicht an die Registry übertragen: Die Gateways wissen es noch nicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeyTableModel.cpp" line="316"/>
        <source>The key's prefix, environment and first characters: enough to recognise it, never enough to use it</source>
        <translation>Präfix, Umgebung und erste Zeichen des Schlüssels: genug, um ihn zu erkennen, nie genug, um ihn zu verwenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="53"/>
        <source>(keys the inventory does not know)</source>
        <translation>(Schlüssel, die das Inventar nicht kennt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageChart.cpp" line="252"/>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="96"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageModels.cpp" line="98"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="40"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="45"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="159"/>
        <source>No project yet</source>
        <translation>Noch kein Projekt</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="160"/>
        <source>A project holds the keys of one service, with the policy they are issued under: allowed scopes and models, maximum lifetime, rate limits.</source>
        <translation>Ein Projekt enthält die Schlüssel eines Dienstes mit der Richtlinie, unter der sie ausgegeben werden: erlaubte Scopes und Modelle, maximale Lebensdauer, Ratenlimits.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="162"/>
        <source>Create a project…</source>
        <translation>Ein Projekt anlegen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="166"/>
        <source>No keys in %1 yet</source>
        <translation>Noch keine Schlüssel in %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="167"/>
        <source>Issue the first key; its secret is shown once, and Keyward keeps only its hash.</source>
        <translation>Geben Sie den ersten Schlüssel aus; sein Geheimnis wird einmal angezeigt, und Keyward behält nur seinen Hash.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="168"/>
        <source>Issue a key…</source>
        <translation>Einen Schlüssel ausgeben…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="332"/>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="20"/>
        <location filename="../../app/gui/projects/ProjectListModel.cpp" line="73"/>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="332"/>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="20"/>
        <location filename="../../app/gui/projects/ProjectListModel.cpp" line="73"/>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/KeysTab.cpp" line="333"/>
        <source>%1 of %2 keys</source>
        <translation>%1 von %2 Schlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ListPicker.cpp" line="64"/>
        <source>Type %1 and press Enter to add; the policy allows any</source>
        <translation>%1 eintippen und Eingabe drücken, um hinzuzufügen; die Richtlinie erlaubt alle</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ListPicker.cpp" line="102"/>
        <source>Not allowed by the project's policy</source>
        <translation>Von der Richtlinie des Projekts nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/MainWindow.cpp" line="93"/>
        <source>%n revocation(s) confirmed by the registry at %1</source>
        <translation>
            <numerusform>%n Widerruf von der Registry bestätigt um %1</numerusform>
            <numerusform>%n Widerrufe von der Registry bestätigt um %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="259"/>
        <source>Issue</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="260"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="262"/>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="50"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="346"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="369"/>
        <source>Demo workspace (temporary)</source>
        <translation>Demo-Arbeitsbereich (temporär)</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="372"/>
        <source>Acting as %1</source>
        <translation>Handelt als %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="460"/>
        <source>demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="493"/>
        <source>This key was issued without a copy in the OS keychain</source>
        <translation>Dieser Schlüssel wurde ohne Kopie im Schlüsselbund des Systems ausgegeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="496"/>
        <source>Wait for the running key operation to finish</source>
        <translation>Warten Sie, bis die laufende Schlüsseloperation beendet ist</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="500"/>
        <source>Select one key to rotate</source>
        <translation>Wählen Sie einen Schlüssel zum Rotieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="501"/>
        <source>Only an active or expiring key can be rotated</source>
        <translation>Nur ein aktiver oder bald ablaufender Schlüssel kann rotiert werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="504"/>
        <source>Select the keys to revoke</source>
        <translation>Wählen Sie die zu widerrufenden Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="505"/>
        <source>The selected keys are already revoked</source>
        <translation>Die ausgewählten Schlüssel sind bereits widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="104"/>
        <source>Created the project %1; its keys start with %2_.</source>
        <translation>Projekt %1 angelegt; seine Schlüssel beginnen mit %2_.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="124"/>
        <source>Saved the policy of %1.</source>
        <translation>Die Richtlinie von %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="236"/>
        <source>Copied the key id.</source>
        <translation>Die Schlüssel-ID kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="236"/>
        <source>Copied %1 key ids.</source>
        <translation>%1 Schlüssel-IDs kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="292"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="293"/>
        <source>Keyward workspaces (*.keyward)</source>
        <translation>Keyward-Arbeitsbereiche (*.keyward)</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="321"/>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCommands.cpp" line="322"/>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;A console for the administrators who issue, rotate and revoke API keys.&lt;/p&gt;&lt;p&gt;Keys are shown once; the workspace keeps their hashes, and every change goes into a hash-chained audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für die Administratoren, die API-Schlüssel ausgeben, rotieren und widerrufen.&lt;/p&gt;&lt;p&gt;Schlüssel werden einmal angezeigt; der Arbeitsbereich behält ihre Hashes, und jede Änderung kommt in ein hash-verkettetes Prüfprotokoll.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="48"/>
        <source>The audit chain of this workspace is broken at event #%1: %2. Events up to #%3 are intact.</source>
        <translation>Die Audit-Kette dieses Arbeitsbereichs ist bei Ereignis #%1 gebrochen: %2. Die Ereignisse bis #%3 sind intakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="52"/>
        <source>The audit trail could not be verified: %1</source>
        <translation>Der Audit-Verlauf konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="53"/>
        <source>Show in Audit</source>
        <translation>Im Audit zeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="81"/>
        <source>No key expiring soon</source>
        <translation>Kein Schlüssel läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="82"/>
        <source>1 key expiring soon</source>
        <translation>1 Schlüssel läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="82"/>
        <source>%1 keys expiring soon</source>
        <translation>%1 Schlüssel laufen bald ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="95"/>
        <source>Registry state unknown: %1</source>
        <translation>Registry-Zustand unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="109"/>
        <source>The last sync failed: %1
Changes wait in the outbox until the registry is reachable.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen: %1
Änderungen warten im Postausgang, bis die Registry erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowStatus.cpp" line="111"/>
        <source>Changes of projects bound to a registry are pushed by the Registry tab's sync.</source>
        <translation>Änderungen an Projekten, die an eine Registry gebunden sind, überträgt die Synchronisierung des Reiters Registry.</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/MessageBanner.cpp" line="71"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/MessageBanner.cpp" line="72"/>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDelegate.cpp" line="57"/>
        <source>no keys yet</source>
        <translation>noch keine Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="30"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="31"/>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="44"/>
        <source>Edit project %1</source>
        <translation>Projekt %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="47"/>
        <source>Issued keys carry the prefix, so it cannot change.</source>
        <translation>Ausgegebene Schlüssel tragen das Präfix, daher kann es sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="51"/>
        <source>Crea&amp;te</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="111"/>
        <source>Lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>Kleinbuchstaben, Ziffern, '.', '_' oder '-', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectDialog.cpp" line="116"/>
        <source>2 to 12 lower-case letters or digits, starting with a letter.</source>
        <translation>2 bis 12 Kleinbuchstaben oder Ziffern, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/projects/ProjectListModel.cpp" line="68"/>
        <source>No keys yet</source>
        <translation>Noch keine Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="19"/>
        <source>Edit registry %1</source>
        <translation>Registry %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="19"/>
        <source>Add a registry</source>
        <translation>Eine Registry hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="31"/>
        <source>kept in the keychain; type to replace</source>
        <translation>im Schlüsselbund aufbewahrt; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="35"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="37"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="39"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="45"/>
        <source>Cance&amp;l</source>
        <translation>Abbrec&amp;hen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="61"/>
        <source>Fill in the name, the endpoints, the etcd user and the password</source>
        <translation>Geben Sie den Namen, die Endpunkte, den etcd-Benutzer und das Passwort an</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="69"/>
        <source>Type the etcd user that Keyward signs in as.</source>
        <translation>Geben Sie den etcd-Benutzer ein, als der sich Keyward anmeldet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="72"/>
        <source>Choose the CA file that signed the etcd server certificates.</source>
        <translation>Wählen Sie die CA-Datei, die die Zertifikate der etcd-Server signiert hat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="110"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="122"/>
        <source>Plain http:// is allowed to 127.0.0.1, ::1 and localhost only. Nothing sent that way is encrypted, including the password.</source>
        <translation>Unverschlüsseltes http:// ist nur zu 127.0.0.1, ::1 und localhost erlaubt. Nichts, was so gesendet wird, ist verschlüsselt, auch nicht das Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="124"/>
        <source>http:// is refused: use https://, or allow http:// to a loopback address below.</source>
        <translation>http:// wird abgelehnt: Verwenden Sie https:// oder erlauben Sie unten http:// zu einer Loopback-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="155"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryProfileDialog.cpp" line="189"/>
        <source>Type the etcd password; it is kept in the OS keychain only.</source>
        <translation>Tippen Sie das etcd-Passwort ein; es wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="43"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="43"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="43"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="66"/>
        <source>Nothing to sync: no project is bound to a registry profile. Bind a project to this profile first.</source>
        <translation>Nichts zu synchronisieren: Kein Projekt ist an ein Registry-Profil gebunden. Binden Sie zuerst ein Projekt an dieses Profil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="119"/>
        <source>polling every %n minute(s)</source>
        <translation>
            <numerusform>Abfrage alle %n Minute</numerusform>
            <numerusform>Abfrage alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="120"/>
        <source>polling every %n second(s)</source>
        <translation>
            <numerusform>Abfrage alle %n Sekunde</numerusform>
            <numerusform>Abfrage alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="123"/>
        <source>● live — changes appear within seconds</source>
        <translation>● live — Änderungen erscheinen binnen Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="128"/>
        <source>%1 — opening the live watch…</source>
        <translation>%1 — öffne die Live-Beobachtung…</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="129"/>
        <source>%1 — live watch unavailable: %2</source>
        <translation>%1 — Live-Beobachtung nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="159"/>
        <source>UNENCRYPTED http:// to loopback allowed</source>
        <translation>UNVERSCHLÜSSELTES http:// zu Loopback erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="161"/>
        <source>User %1, namespace %2</source>
        <translation>Benutzer %1, Namensraum %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="177"/>
        <source>No project selected.</source>
        <translation>Kein Projekt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="178"/>
        <source>%1 is bound to %2.</source>
        <translation>%1 ist an %2 gebunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="179"/>
        <source>%1 is not bound to a registry.</source>
        <translation>%1 ist an keine Registry gebunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="202"/>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="217"/>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="218"/>
        <source>● offline — changes wait in the queue</source>
        <translation>● offline — Änderungen warten in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="219"/>
        <source>not synced yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="224"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="237"/>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="237"/>
        <source>by another console</source>
        <translation>von einer anderen Konsole</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="325"/>
        <source>Remove registry</source>
        <translation>Registry entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="326"/>
        <source>Remove the registry profile %1 and its password from the keychain?</source>
        <translation>Das Registry-Profil %1 und sein Passwort aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="413"/>
        <source>%1: pushed %2, pulled %3, %4 conflict(s).</source>
        <translation>%1: %2 übertragen, %3 geholt, %4 Konflikt(e).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="423"/>
        <source>%n revocation(s) confirmed by the registry at %1.</source>
        <translation>
            <numerusform>%n Widerruf von der Registry bestätigt um %1.</numerusform>
            <numerusform>%n Widerrufe von der Registry bestätigt um %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/registry/RegistryTab.cpp" line="429"/>
        <source>%n malformed registry record(s) skipped: %1</source>
        <translation>
            <numerusform>%n fehlerhafter Registry-Datensatz übersprungen: %1</numerusform>
            <numerusform>%n fehlerhafte Registry-Datensätze übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="46"/>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="50"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="57"/>
        <source>1 key expires soon: %1.</source>
        <translation>1 Schlüssel läuft bald ab: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="57"/>
        <source>%1 keys expire soon: %2.</source>
        <translation>%1 Schlüssel laufen bald ab: %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="61"/>
        <source>1 rotated key leaves its grace period soon: %1.</source>
        <translation>1 rotierter Schlüssel verlässt bald seine Übergangsfrist: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="62"/>
        <source>%1 rotated keys leave their grace period soon: %2.</source>
        <translation>%1 rotierte Schlüssel verlassen bald ihre Übergangsfrist: %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="78"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/Reminders.cpp" line="102"/>
        <source>Keyward: keys need attention</source>
        <translation>Keyward: Schlüssel brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="26"/>
        <source>Export &amp;Usage…</source>
        <translation>&amp;Nutzung exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="27"/>
        <source>Export Log &amp;Findings…</source>
        <translation>Protokoll&amp;funde exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="28"/>
        <source>&amp;Import Keys…</source>
        <translation>Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="30"/>
        <source>Import keys from a CSV file (AWS, mapped columns or SHA-256 hashes)</source>
        <translation>Schlüssel aus einer CSV-Datei importieren (AWS, zugeordnete Spalten oder SHA-256-Hashes)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="34"/>
        <source>Export the selected project's usage per hour, key and outcome to CSV</source>
        <translation>Die Nutzung des ausgewählten Projekts pro Stunde, Schlüssel und Ergebnis als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="35"/>
        <source>Export the selected project's log findings to CSV</source>
        <translation>Die Protokollfunde des ausgewählten Projekts als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="79"/>
        <source>Export Keys</source>
        <translation>Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="98"/>
        <source>Export Audit Trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="121"/>
        <source>Export Usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportActions.cpp" line="135"/>
        <source>Export Log Findings</source>
        <translation>Protokollfunde exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="60"/>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="60"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="70"/>
        <source>%L1 rows written…</source>
        <translation>%L1 Zeilen geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="93"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="94"/>
        <source>The export failed; no file was written.</source>
        <translation>Der Export ist fehlgeschlagen; keine Datei wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/common/ReportExporter.cpp" line="100"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/common/ReportExporter.cpp" line="110"/>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevealKeyDialog.cpp" line="20"/>
        <source>Show the key &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;)?</source>
        <translation>Den Schlüssel &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) anzeigen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevealKeyDialog.cpp" line="21"/>
        <source>Its copy is read from the OS keychain and shown on screen. The reveal is recorded in the audit trail as done by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Seine Kopie wird aus dem Schlüsselbund des Systems gelesen und auf dem Bildschirm gezeigt. Das Anzeigen wird im Prüfprotokoll als Handlung von &lt;b&gt;%1&lt;/b&gt; festgehalten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevealKeyDialog.cpp" line="25"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="21"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="21"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="23"/>
        <source>Revoke %1 in &lt;b&gt;%2&lt;/b&gt;? Clients using %3 will be refused from the next check on.</source>
        <translation>%1 in &lt;b&gt;%2&lt;/b&gt; widerrufen? Clients, die %3 verwenden, werden ab der nächsten Prüfung abgewiesen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="24"/>
        <source>them</source>
        <translation>sie</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="24"/>
        <source>it</source>
        <translation>ihn</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="29"/>
        <source>Choose a reason…</source>
        <translation>Einen Grund wählen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="34"/>
        <source>Optional, except for "Other": ticket, what happened</source>
        <translation>Optional, außer bei „Sonstiges“: Ticket, was geschehen ist</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="36"/>
        <source>Type the project name &lt;b&gt;%1&lt;/b&gt; to revoke %2 at once.</source>
        <translation>Tippen Sie den Projektnamen &lt;b&gt;%1&lt;/b&gt; ein, um %2 auf einmal zu widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="44"/>
        <source>&amp;Revoke %1</source>
        <translation>%1 &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="44"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="73"/>
        <source>Type the project name exactly as shown to revoke.</source>
        <translation>Geben Sie zum Widerrufen den Projektnamen genau wie angezeigt ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RevokeKeysDialog.cpp" line="108"/>
        <source>Say why: a note is required for the reason "Other".</source>
        <translation>Begründen Sie: Beim Grund „Sonstiges“ ist eine Notiz Pflicht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="19"/>
        <source>Rotate &lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;) rotieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="21"/>
        <source>none: the old key stops at once</source>
        <translation>keine: Der alte Schlüssel endet sofort</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="24"/>
        <source>A copy of the successor is kept in the OS keychain, like the key it replaces.</source>
        <translation>Eine Kopie des Nachfolgers wird im Schlüsselbund des Systems aufbewahrt, wie beim ersetzten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="28"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="52"/>
        <source>The old key stops working as soon as the successor exists.</source>
        <translation>Der alte Schlüssel hört auf zu funktionieren, sobald der Nachfolger existiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/RotateKeyDialog.cpp" line="53"/>
        <source>The old key keeps working until %1.</source>
        <translation>Der alte Schlüssel funktioniert weiter bis %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="33"/>
        <source>The new key for %1</source>
        <translation>Der neue Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="35"/>
        <source>&lt;b&gt;This key will not be shown again.&lt;/b&gt; Copy it into the service's secret store now. Keyward keeps only its hash and its hint.</source>
        <translation>&lt;b&gt;Dieser Schlüssel wird nicht noch einmal angezeigt.&lt;/b&gt; Kopieren Sie ihn jetzt in den Geheimnisspeicher des Dienstes. Keyward behält nur seinen Hash und seinen Hinweis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="39"/>
        <source>Rotated key</source>
        <translation>Rotierter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="40"/>
        <source>The successor of %1</source>
        <translation>Der Nachfolger von %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="42"/>
        <source>&lt;b&gt;This key will not be shown again.&lt;/b&gt; Deploy it before the old key's grace period ends; the old key keeps working until then.</source>
        <translation>&lt;b&gt;Dieser Schlüssel wird nicht noch einmal angezeigt.&lt;/b&gt; Setzen Sie ihn ein, bevor die Übergangsfrist des alten Schlüssels endet; bis dahin funktioniert der alte Schlüssel weiter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="46"/>
        <source>Revealed key</source>
        <translation>Angezeigter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="47"/>
        <source>The kept copy of %1</source>
        <translation>Die aufbewahrte Kopie von %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="49"/>
        <source>Read from the OS keychain; this reveal is recorded in the audit trail. Close this window as soon as you are done.</source>
        <translation>Aus dem Schlüsselbund des Systems gelesen; dieses Anzeigen wird im Prüfprotokoll festgehalten. Schließen Sie dieses Fenster, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="54"/>
        <source>%1 · %2 · key id %3 · hint %4</source>
        <translation>%1 · %2 · Schlüssel-ID %3 · Hinweis %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="63"/>
        <source>Clo&amp;se</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="85"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="86"/>
        <source>Copied. The clipboard will be cleared shortly.</source>
        <translation>Kopiert. Die Zwischenablage wird in Kürze geleert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="93"/>
        <source>Copied. The clipboard has been cleared; copy again if you need it.</source>
        <translation>Kopiert. Die Zwischenablage wurde geleert; kopieren Sie erneut, wenn Sie den Schlüssel brauchen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="113"/>
        <source>Close without copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="114"/>
        <source>You have not copied the key. Once this window is closed it cannot be shown again.</source>
        <translation>Sie haben den Schlüssel nicht kopiert. Sobald dieses Fenster geschlossen ist, kann er nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="116"/>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/ShowOnceDialog.cpp" line="117"/>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="28"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="29"/>
        <source>Tokens per minute</source>
        <translation>Tokens pro Minute</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="30"/>
        <source>Monthly quota</source>
        <translation>Monatliches Kontingent</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="40"/>
        <source>Re&amp;quests / min</source>
        <translation>An&amp;fragen / Min.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="41"/>
        <source>To&amp;kens / min</source>
        <translation>To&amp;kens / Min.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/TierEditor.cpp" line="42"/>
        <source>Monthly q&amp;uota</source>
        <translation>Monatliches &amp;Kontingent</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageChart.cpp" line="92"/>
        <source>Requests over time</source>
        <translation>Anfragen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="42"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="42"/>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="69"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="70"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="71"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="72"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="73"/>
        <source>All imported</source>
        <translation>Alles Importierte</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="74"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="76"/>
        <source>Whole project</source>
        <translation>Ganzes Projekt</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="110"/>
        <source>Invalid, expired and revoked keys over all requests: good below 1 %, bad above 5 %.</source>
        <translation>Ungültige, abgelaufene und widerrufene Schlüssel an allen Anfragen: gut unter 1 %, schlecht über 5 %.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="112"/>
        <source>Valid requests over all requests: good above 99 %, bad below 95 %.</source>
        <translation>Gültige Anfragen an allen Anfragen: gut über 99 %, schlecht unter 95 %.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="157"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="402"/>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="157"/>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="402"/>
        <source>Select a project to see how its keys are used.</source>
        <translation>Wählen Sie ein Projekt, um zu sehen, wie seine Schlüssel genutzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="187"/>
        <source>Import access logs into %1</source>
        <translation>Zugriffsprotokolle in %1 importieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="191"/>
        <source>Access logs (*.log *.log.* *.jsonl *.json *.csv *.gz *.txt)</source>
        <translation>Zugriffsprotokolle (*.log *.log.* *.jsonl *.json *.csv *.gz *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="191"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="291"/>
        <source>Keys selected in the Keys tab (none)</source>
        <translation>Im Reiter Schlüssel ausgewählte Schlüssel (keine)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="292"/>
        <source>The key selected in the Keys tab</source>
        <translation>Der im Reiter Schlüssel ausgewählte Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="293"/>
        <source>The %1 keys selected in the Keys tab</source>
        <translation>Die %1 im Reiter Schlüssel ausgewählten Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="328"/>
        <source>Show or hide %1 requests in the chart</source>
        <translation>%1 Anfragen im Diagramm zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="337"/>
        <source>Import access logs…</source>
        <translation>Zugriffsprotokolle importieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="346"/>
        <source>Usage could not be read</source>
        <translation>Die Nutzung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="414"/>
        <source>No usage imported for %1 yet</source>
        <translation>Noch keine Nutzung für %1 importiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="415"/>
        <source>Import the access logs of your gateways (nginx, Apache, Kong, Traefik, Caddy, Envoy, JSON lines or CSV) to see valid, invalid, expired, revoked, rate-limited and forbidden requests over time, per key. You can also drop log files on this window.</source>
        <translation>Importieren Sie die Zugriffsprotokolle Ihrer Gateways (nginx, Apache, Kong, Traefik, Caddy, Envoy, JSON-Zeilen oder CSV), um gültige, ungültige, abgelaufene, widerrufene, ratenbegrenzte und verbotene Anfragen im Zeitverlauf pro Schlüssel zu sehen. Sie können Protokolldateien auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="463"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>F&amp;unde (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="514"/>
        <source>One column: %1</source>
        <translation>Eine Spalte: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="531"/>
        <source>Invalid-key rate (%1)</source>
        <translation>Rate ungültiger Schlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="532"/>
        <source>Success rate (%1)</source>
        <translation>Erfolgsrate (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="538"/>
        <source>No requests in the previous period to compare with</source>
        <translation>Keine Anfragen im vorigen Zeitraum zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="544"/>
        <source>→ as in the previous period (%1)</source>
        <translation>→ wie im vorigen Zeitraum (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="548"/>
        <source>▲ up from %1 in the previous period</source>
        <translation>▲ gestiegen von %1 im vorigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="549"/>
        <source>▼ down from %1 in the previous period</source>
        <translation>▼ gesunken von %1 im vorigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="556"/>
        <source>none in the previous period</source>
        <translation>keine im vorigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTab.cpp" line="557"/>
        <source>%1 in the previous period</source>
        <translation>%1 im vorigen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTabFindings.cpp" line="59"/>
        <source>&amp;Open key</source>
        <translation>Schlüssel ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTabFindings.cpp" line="60"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTabFindings.cpp" line="61"/>
        <source>&amp;Copy file:line</source>
        <translation>Datei:Zeile &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/usage/UsageTabFindings.cpp" line="65"/>
        <source>The finding names no key of this project.</source>
        <translation>Der Fund nennt keinen Schlüssel dieses Projekts.</translation>
    </message>
</context>
</TS>
