<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the working copy</source>
        <extracomment>Passwords typed in &quot;Connect to a CMS…&quot; this run (memory only), handed to each region window.</extracomment>
        <translation>Die Arbeitskopie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Die Seite kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Read-only: {0} cannot be changed; you can read and search.</source>
        <translation>Schreibgeschützt: {0} kann nicht geändert werden; Lesen und Suchen sind möglich.</translation>
    </message>
</context>
<context>
    <name>BusyStatus</name>
    <message numerus="yes">
        <source>{0} (%n more waiting)</source>
        <translation>
            <numerusform>{0} (%n weitere Aufgabe in der Warteschlange)</numerusform>
            <numerusform>{0} (%n weitere Aufgaben in der Warteschlange)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&lt;span style=&apos;background:{0}&apos;&gt;&amp;nbsp;inserted&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{1}&apos;&gt;&amp;nbsp;changed&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:{2}; text-decoration:underline&apos;&gt;&amp;nbsp;deleted here&amp;nbsp;&lt;/span&gt; — hover a block for its old text</source>
        <translation>&lt;span style=&apos;background:{0}&apos;&gt;&amp;nbsp;eingefügt&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{1}&apos;&gt;&amp;nbsp;geändert&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:{2}; text-decoration:underline&apos;&gt;&amp;nbsp;hier gelöscht&amp;nbsp;&lt;/span&gt; — Maus über einen Block zeigt den alten Text</translation>
    </message>
    <message>
        <source>No translation to compare with.</source>
        <translation>Keine Übersetzung zum Vergleichen.</translation>
    </message>
    <message>
        <source>The source has not changed here since the translation into {0} was last updated ({1}). Changes made on the CMS before the last pull are not in the local history.</source>
        <translation>Der Ausgangstext hat sich hier nicht geändert, seit die Übersetzung (Sprache: {0}) zuletzt aktualisiert wurde ({1}). Änderungen im CMS vor dem letzten Abruf sind nicht im lokalen Verlauf.</translation>
    </message>
    <message>
        <source>The translation into {0} is up to date: the source is the text it was last brought up to date with ({1}).</source>
        <translation>Die Übersetzung (Sprache: {0}) ist aktuell: Der Ausgangstext ist derselbe wie bei ihrer letzten Aktualisierung ({1}).</translation>
    </message>
    <message>
        <source>The CMS marks the translation into {0} as outdated, but the source text it was translated from is not known here, so the whole source is shown as new ({2} words). When the translation is up to date, use Translate → Still up to date.</source>
        <translation>Das CMS markiert die Übersetzung (Sprache: {0}) als veraltet, aber der Ausgangstext, aus dem sie übersetzt wurde, ist hier nicht bekannt. Deshalb wird der ganze Ausgangstext als neu gezeigt ({2} Wörter). Ist die Übersetzung aktuell, wählen Sie Übersetzen → Weiterhin aktuell.</translation>
    </message>
    <message>
        <source>Compared with the source as it was when the translation into {0} was last brought up to date ({1}): {2} new and {3} changed words.</source>
        <translation>Verglichen mit dem Ausgangstext, wie er war, als die Übersetzung (Sprache: {0}) zuletzt aktualisiert wurde ({1}): {2} neue und {3} geänderte Wörter.</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>before: {0}</source>
        <translation>vorher: {0}</translation>
    </message>
</context>
<context>
    <name>CmsSettingsSection</name>
    <message>
        <source>CMS connection</source>
        <translation>CMS-Verbindung</translation>
    </message>
    <message>
        <source>Send changes automatically when online</source>
        <translation>Änderungen automatisch senden, sobald online</translation>
    </message>
    <message>
        <source>empty: the system proxy (HTTPS_PROXY)</source>
        <translation>leer: Proxy des Systems (HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>only if the proxy asks for a login</source>
        <translation>nur wenn der Proxy eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>wird im Schlüsselbund des Systems gespeichert; leer: unverändert</translation>
    </message>
    <message>
        <source>no secure password store: kept for this session only</source>
        <translation>kein sicherer Passwortspeicher: nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>empty: only the system&apos;s certificates</source>
        <translation>leer: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Certificates are always verified. A custom CA file adds your office&apos;s certificate authority; it never switches verification off.</source>
        <translation>Zertifikate werden immer geprüft. Eine eigene CA-Datei fügt die Zertifizierungsstelle Ihrer Behörde hinzu; sie schaltet die Prüfung nie ab.</translation>
    </message>
    <message>
        <source>CMS address:</source>
        <translation>CMS-Adresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Proxy-Benutzer:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy-Passwort:</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>Zusätzliche CA-Datei:</translation>
    </message>
    <message>
        <source>Proxy password kept for this session only: {0}</source>
        <translation>Proxy-Passwort nur für diese Sitzung behalten: {0}</translation>
    </message>
    <message>
        <source>Enter the CMS address first.</source>
        <translation>Bitte zuerst die CMS-Adresse eingeben.</translation>
    </message>
    <message>
        <source>The CA file {0} does not exist.</source>
        <translation>Die CA-Datei {0} gibt es nicht.</translation>
    </message>
    <message>
        <source>Test cancelled: no password given.</source>
        <translation>Test abgebrochen: kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>A user name or password in the address is never saved; it is removed.</source>
        <translation>Ein Benutzername oder Passwort in der Adresse wird nie gespeichert; es wird entfernt.</translation>
    </message>
    <message>
        <source>Plain http:// would send your password unencrypted: use https://. (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)</source>
        <translation>Unverschlüsseltes http:// würde Ihr Passwort im Klartext senden: verwenden Sie https://. (http:// ist nur für diesen Computer erlaubt: localhost, 127.0.0.1, ::1.)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected and logged in as {0}.</source>
        <translation>Verbunden und angemeldet als {0}.</translation>
    </message>
    <message>
        <source>The CMS is reachable.</source>
        <translation>Das CMS ist erreichbar.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>These pages were changed here and in the CMS since the last sync. Choose mine or theirs per paragraph, or edit the result. Resolving never publishes: the result is saved as your local version with its status unchanged and sent by the next sync.</source>
        <translation>Diese Seiten wurden seit dem letzten Abgleich hier und im CMS geändert. Wählen Sie je Absatz Ihre oder die CMS-Fassung oder bearbeiten Sie das Ergebnis. Lösen veröffentlicht nie: Das Ergebnis wird als Ihre lokale Fassung mit unverändertem Status gespeichert und beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alles von mir behalten</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Alles aus dem CMS übernehmen</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Diese Fassung verwenden</translation>
    </message>
    <message>
        <source>Cannot use this version</source>
        <translation>Diese Fassung kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Last synced (base)</source>
        <translation>Zuletzt abgeglichen (Basis)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs (CMS)</source>
        <translation>Im CMS</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>CMS</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a CMS</source>
        <translation>Mit einem CMS verbinden</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Second factor (TOTP):</source>
        <translation>Zweiter Faktor (TOTP):</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>No secure password store on this computer: the app asks for the password once per run.</source>
        <translation>Kein sicherer Passwortspeicher auf diesem Computer: Die App fragt einmal pro Sitzung nach dem Passwort.</translation>
    </message>
    <message>
        <source>CMS address:</source>
        <translation>CMS-Adresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in with your Integreat CMS account.</source>
        <translation>Melden Sie sich mit Ihrem Integreat-CMS-Konto an.</translation>
    </message>
    <message>
        <source>&amp;Pull region</source>
        <translation>Region &amp;holen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Enter the CMS address, your user name and your password.</source>
        <translation>Geben Sie die CMS-Adresse, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Pulling {0}…</source>
        <translation>{0} wird geholt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>already in this data folder</source>
        <translation>schon in diesem Datenordner</translation>
    </message>
    <message>
        <source>Regions {0} may edit at {1}:</source>
        <translation>Regionen, die {0} unter {1} bearbeiten darf:</translation>
    </message>
    <message>
        <source>This account may edit no region.</source>
        <translation>Dieses Konto darf keine Region bearbeiten.</translation>
    </message>
    <message>
        <source>This account has a second factor: enter the code from your authenticator app.</source>
        <translation>Dieses Konto hat einen zweiten Faktor: Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The pull was cancelled; the region was not added.</source>
        <translation>Das Holen wurde abgebrochen; die Region wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The region could not be pulled: {0}</source>
        <translation>Die Region konnte nicht geholt werden: {0}</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Source</source>
        <extracomment>How much of an over-long page is shown. ``saver(page_id, language, title, html)`` stores a translation; raises on failure.</extracomment>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Show and edit the page&apos;s HTML</source>
        <translation>Das HTML der Seite zeigen und bearbeiten</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show the page as Markdown (read-only)</source>
        <translation>Die Seite als Markdown zeigen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Not translated into {0} yet: start typing to create it.</source>
        <translation>Noch nicht übersetzt (Sprache: {0}): Einfach losschreiben, um die Übersetzung anzulegen.</translation>
    </message>
    <message>
        <source>No text yet: start typing.</source>
        <translation>Noch kein Text: Einfach losschreiben.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>The HTML cannot be used: {0}</source>
        <translation>Das HTML kann nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <source>No page is open: choose one in the page tree.</source>
        <translation>Keine Seite geöffnet: Wählen Sie eine im Seitenbaum.</translation>
    </message>
    <message>
        <source>“{0}” is too large to edit here ({1:.1f} MB; the limit is {2} KB). It is shown read-only and unchanged; edit it in the CMS or split it into smaller pages.</source>
        <translation>„{0}“ ist zu groß, um hier bearbeitet zu werden ({1:.1f} MB; die Grenze ist {2} KB). Die Seite wird unverändert schreibgeschützt angezeigt; bearbeiten Sie sie im CMS oder teilen Sie sie in kleinere Seiten.</translation>
    </message>
    <message>
        <source>“{0}” cannot be edited ({1}); it is shown read-only.</source>
        <translation>„{0}“ kann nicht bearbeitet werden ({1}); die Seite wird schreibgeschützt angezeigt.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot reach {0}: the host name was not found. Check the address and the internet connection.</source>
        <translation>{0} ist nicht erreichbar: Der Rechnername wurde nicht gefunden. Prüfen Sie die Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>Cannot reach {0}: the connection was refused. Check the address and port, and that the CMS runs.</source>
        <translation>{0} ist nicht erreichbar: Die Verbindung wurde abgewiesen. Prüfen Sie Adresse und Port und ob das CMS läuft.</translation>
    </message>
    <message>
        <source>The connection to {0} was interrupted. Try again later.</source>
        <translation>Die Verbindung zu {0} wurde unterbrochen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot reach {0}: there is no network route to it. Check the internet connection.</source>
        <translation>{0} ist nicht erreichbar: Es gibt keinen Netzwerkweg dorthin. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>Cannot reach {0}.</source>
        <translation>{0} ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{0} did not answer in time. Try again later.</source>
        <translation>{0} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The proxy {0} asks for a login: check its user name and password in the network settings.</source>
        <translation>Der Proxy {0} verlangt eine Anmeldung: Prüfen Sie Benutzernamen und Passwort des Proxys in den Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <source>The proxy {0} is a SOCKS proxy, which cannot be used: set an HTTP proxy in the settings.</source>
        <translation>Der Proxy {0} ist ein SOCKS-Proxy, der nicht genutzt werden kann: Geben Sie in den Einstellungen einen HTTP-Proxy an.</translation>
    </message>
    <message>
        <source>The proxy {0} refused the connection. Check the proxy in the network settings.</source>
        <translation>Der Proxy {0} hat die Verbindung abgewiesen. Prüfen Sie den Proxy in den Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <source>The certificate of {0} has expired.</source>
        <translation>Das Zertifikat von {0} ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of {0} is not valid yet; check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat von {0} ist noch nicht gültig; prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of {0} is self-signed and not trusted.</source>
        <translation>Das Zertifikat von {0} ist selbst signiert und wird nicht als vertrauenswürdig anerkannt.</translation>
    </message>
    <message>
        <source>The certificate of {0} was issued by an authority this computer does not trust.</source>
        <translation>Das Zertifikat von {0} wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of {0} is made out for another host name.</source>
        <translation>Das Zertifikat von {0} ist auf einen anderen Rechnernamen ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate of {0} is not trusted.</source>
        <translation>Dem Zertifikat von {0} wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Issued by: {0}.</source>
        <translation>Ausgestellt von: {0}.</translation>
    </message>
    <message>
        <source>If your network inspects encrypted connections, choose your organisation&apos;s certificate authority file in the network settings.</source>
        <translation>Wenn Ihr Netzwerk verschlüsselte Verbindungen prüft, wählen Sie in den Netzwerkeinstellungen die Zertifizierungsstellen-Datei Ihrer Organisation.</translation>
    </message>
    <message>
        <source>The certificate authority file {0} does not exist.</source>
        <translation>Die Zertifizierungsstellen-Datei {0} existiert nicht.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a certificate authority file.</source>
        <translation>{0} ist ein Ordner, keine Zertifizierungsstellen-Datei.</translation>
    </message>
    <message>
        <source>The certificate authority file {0} cannot be read (permission denied).</source>
        <translation>Die Zertifizierungsstellen-Datei {0} kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The certificate authority file {0} holds no certificate in PEM format.</source>
        <translation>Die Zertifizierungsstellen-Datei {0} enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>The certificate authority file {0} cannot be used.</source>
        <translation>Die Zertifizierungsstellen-Datei {0} kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No CMS address is set.</source>
        <translation>Es ist keine CMS-Adresse eingetragen.</translation>
    </message>
    <message>
        <source>The CMS address must not contain a user name or password; give the user separately (the password is kept in the system keyring).</source>
        <translation>Die CMS-Adresse darf keinen Benutzernamen und kein Passwort enthalten; geben Sie den Benutzer getrennt an (das Passwort wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <source>{0} is not a valid web address.</source>
        <translation>{0} ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The CMS address must start with https://.</source>
        <translation>Die CMS-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// would send your password unencrypted: use https://. (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)</source>
        <translation>Einfaches http:// würde Ihr Passwort unverschlüsselt senden: Verwenden Sie https://. (http:// ist nur für diesen Computer erlaubt: localhost, 127.0.0.1, ::1.)</translation>
    </message>
    <message>
        <source>The CMS redirected to {0}, which is not followed: plain http:// to another computer would travel unencrypted.</source>
        <translation>Das CMS hat auf {0} weitergeleitet; dem wird nicht gefolgt: Einfaches http:// zu einem anderen Computer wäre unverschlüsselt.</translation>
    </message>
    <message>
        <source>The CMS address {0} is not used.</source>
        <translation>Die CMS-Adresse {0} wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The CMS rejected the login of {0}: wrong user name or password.</source>
        <translation>Das CMS hat die Anmeldung von {0} abgelehnt: Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <source>A user name is needed to read drafts and to push.</source>
        <translation>Zum Lesen von Entwürfen und zum Senden wird ein Benutzername gebraucht.</translation>
    </message>
    <message>
        <source>No password is known for {0}: set {1} or save the password in the system keyring.</source>
        <translation>Für {0} ist kein Passwort bekannt: Setzen Sie {1} oder speichern Sie das Passwort im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The CMS asks {0} for another login step ({1}).</source>
        <translation>Das CMS verlangt von {0} einen weiteren Anmeldeschritt ({1}).</translation>
    </message>
    <message>
        <source>The account {0} needs a TOTP code (second factor).</source>
        <translation>Das Konto {0} braucht einen TOTP-Code (zweiter Faktor).</translation>
    </message>
    <message>
        <source>The TOTP code for {0} was not accepted.</source>
        <translation>Der TOTP-Code für {0} wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Please log in to the CMS first.</source>
        <translation>Bitte melden Sie sich zuerst beim CMS an.</translation>
    </message>
    <message>
        <source>The CMS rejected the login of {0}.</source>
        <translation>Das CMS hat die Anmeldung von {0} abgelehnt.</translation>
    </message>
    <message>
        <source>The CMS failed with HTTP status {0}: {1}</source>
        <translation>Im CMS ist ein Fehler aufgetreten (HTTP-Status {0}): {1}</translation>
    </message>
    <message>
        <source>The CMS has no region {0} (or it is archived). Similar regions: {1}.</source>
        <translation>Das CMS hat keine Region {0} (oder sie ist archiviert). Ähnliche Regionen: {1}.</translation>
    </message>
    <message>
        <source>The CMS has no region {0} (or it is archived).</source>
        <translation>Das CMS hat keine Region {0} (oder sie ist archiviert).</translation>
    </message>
    <message>
        <source>The account {0} may not edit the region {1}: ask the region&apos;s administrators for access, or choose another region.</source>
        <translation>Das Konto {0} darf die Region {1} nicht bearbeiten: Bitten Sie die Verwaltung der Region um Zugang, oder wählen Sie eine andere Region.</translation>
    </message>
    <message>
        <source>The CMS refused the request with HTTP status {0}: {1}</source>
        <translation>Das CMS hat die Anfrage abgelehnt (HTTP-Status {0}): {1}</translation>
    </message>
    <message>
        <source>The CMS session has expired; please log in again.</source>
        <translation>Die Sitzung beim CMS ist abgelaufen; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The CMS did not accept the form for {0}.</source>
        <translation>Das CMS hat das Formular für {0} nicht angenommen.</translation>
    </message>
    <message>
        <source>The CMS did not save {0}: {1}</source>
        <translation>Das CMS hat {0} nicht gespeichert: {1}</translation>
    </message>
    <message>
        <source>Network failure ({0}).</source>
        <translation>Netzwerkfehler ({0}).</translation>
    </message>
    <message>
        <source>Unexpected answer from {0}: {1}</source>
        <translation>Unerwartete Antwort von {0}: {1}</translation>
    </message>
    <message>
        <source>Unexpected answer from {0}: the field “{1}” is missing or has the wrong form.</source>
        <translation>Unerwartete Antwort von {0}: Das Feld „{1}“ fehlt oder hat die falsche Form.</translation>
    </message>
    <message>
        <source>This system has no secure password store; the password was not saved.</source>
        <translation>Dieses System hat keinen sicheren Passwortspeicher; das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring refused to save the password of {0}.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Passworts von {0} verweigert.</translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password of {0}.</source>
        <translation>Der Schlüsselbund des Systems hat das Entfernen des Passworts von {0} verweigert.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used: {0}</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <source>The journal of the working copy {0} was removed or replaced by another program while the file was open; edits can no longer be saved to it.</source>
        <translation>Das Journal der Arbeitskopie {0} wurde von einem anderen Programm entfernt oder ersetzt, während die Datei offen war; Änderungen können nicht mehr darin gespeichert werden.</translation>
    </message>
    <message>
        <source>The {0} translation of page {1} cannot be read from the working copy; it is damaged.</source>
        <translation>Die Übersetzung {0} der Seite {1} kann nicht aus der Arbeitskopie gelesen werden; sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The working copy cannot be used: {0}</source>
        <translation>Die Arbeitskopie kann nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <source>The content cannot be used: {0}</source>
        <translation>Der Inhalt kann nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <source>The CMS lists no pages for this region; nothing was changed. Check the account&apos;s rights.</source>
        <translation>Das CMS führt für diese Region keine Seiten; es wurde nichts geändert. Prüfen Sie die Rechte des Kontos.</translation>
    </message>
    <message>
        <source>The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. Check the account&apos;s rights or the region.</source>
        <translation>Das CMS führt keine Seiten in der Sprache {0}, obwohl beim letzten Abruf {1} da waren; es wurde nichts geändert. Prüfen Sie die Rechte des Kontos oder die Region.</translation>
    </message>
    <message>
        <source>{text} is not a page address. Expected REGION/LANGUAGE/PAGE, e.g. {example}.</source>
        <translation>{text} ist keine Seitenadresse. Erwartet wird REGION/SPRACHE/SEITE, z. B. {example}.</translation>
    </message>
    <message>
        <source>{path} is an address in region {region}; this working copy holds {held}.</source>
        <translation>{path} ist eine Adresse in der Region {region}; diese Arbeitskopie enthält {held}.</translation>
    </message>
    <message>
        <source>{path}: region {region} has no language {language} (it has {codes}).</source>
        <translation>{path}: Die Region {region} hat keine Sprache {language} (sie hat {codes}).</translation>
    </message>
    <message>
        <source>{path}: no page with the CMS id {id} is in this working copy.</source>
        <translation>{path}: In dieser Arbeitskopie gibt es keine Seite mit der CMS-ID {id}.</translation>
    </message>
    <message>
        <source>No page at {path}.</source>
        <translation>Unter {path} gibt es keine Seite.</translation>
    </message>
    <message>
        <source>{text} is a short link of the CMS and names no page by itself: open it in the browser and give the address it leads to.</source>
        <translation>{text} ist ein Kurzlink des CMS und bezeichnet selbst keine Seite: Öffnen Sie ihn im Browser und geben Sie die Adresse an, zu der er führt.</translation>
    </message>
    <message>
        <source>{text}: {region} is not a region name.</source>
        <translation>{text}: {region} ist kein Regionsname.</translation>
    </message>
    <message>
        <source>{text}: {language} is not a language code.</source>
        <translation>{text}: {language} ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>The region has no language {language} to compare with (it has {codes}).</source>
        <translation>Die Region hat keine Sprache {language} zum Vergleichen (sie hat {codes}).</translation>
    </message>
    <message>
        <source>The closest pages: {0}</source>
        <translation>Die ähnlichsten Seiten: {0}</translation>
    </message>
    <message>
        <source>The import data is not valid: {0}</source>
        <translation>Die Importdaten sind nicht gültig: {0}</translation>
    </message>
    <message>
        <source>(line {line})</source>
        <translation>(Zeile {line})</translation>
    </message>
    <message>
        <source>First found: {detail} (line {line}).</source>
        <translation>Zuerst gefunden: {detail} (Zeile {line}).</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation>sie enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>sie wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger meldet einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>its journal is not empty</source>
        <translation>ihr Journal ist nicht leer</translation>
    </message>
    <message>
        <source>technical cause: {0}</source>
        <translation>technische Ursache: {0}</translation>
    </message>
    <message>
        <source>Writing to the working copy {path} failed: {cause}.</source>
        <translation>Das Schreiben in die Arbeitskopie {path} ist fehlgeschlagen: {cause}.</translation>
    </message>
    <message>
        <source>Reading the working copy {path} failed: {cause}.</source>
        <translation>Das Lesen der Arbeitskopie {path} ist fehlgeschlagen: {cause}.</translation>
    </message>
    <message>
        <source>The working copy {path} is read-only; nothing was saved.</source>
        <translation>Die Arbeitskopie {path} ist schreibgeschützt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving page {page} ({language}) failed: {cause}.</source>
        <translation>Das Speichern der Seite {page} ({language}) ist fehlgeschlagen: {cause}.</translation>
    </message>
    <message>
        <source>The language {language} in the working copy {path} cannot be read.</source>
        <translation>Die Sprache {language} in der Arbeitskopie {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{path} is not a readable recovery file: {cause}.</source>
        <translation>{path} ist keine lesbare Wiederherstellungsdatei: {cause}.</translation>
    </message>
    <message>
        <source>The glossary {path} cannot be read: {cause}.</source>
        <translation>Das Glossar {path} kann nicht gelesen werden: {cause}.</translation>
    </message>
    <message>
        <source>The glossary {path} cannot be saved: {cause}.</source>
        <translation>Das Glossar {path} kann nicht gespeichert werden: {cause}.</translation>
    </message>
    <message>
        <source>The demo region in {path} cannot be read.</source>
        <translation>Die Demo-Region in {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{region}” is not a valid region name.</source>
        <translation>„{region}“ ist kein gültiger Regionsname.</translation>
    </message>
    <message>
        <source>There is no working copy in {path}.</source>
        <translation>In {path} gibt es keine Arbeitskopie.</translation>
    </message>
    <message>
        <source>{path} is not a readable working copy: {cause}.</source>
        <translation>{path} ist keine lesbare Arbeitskopie: {cause}.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Integreat Desk and is read-only, so it cannot be upgraded. Make it writable and open it again.</source>
        <translation>{path} wurde mit einer älteren Version von Integreat Desk angelegt und ist schreibgeschützt, daher kann sie nicht aktualisiert werden. Heben Sie den Schreibschutz auf und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {cause}.</source>
        <translation>Der Ordner {path} kann nicht angelegt werden: {cause}.</translation>
    </message>
    <message>
        <source>The new working copy {path} cannot be completed: {cause}.</source>
        <translation>Die neue Arbeitskopie {path} kann nicht fertiggestellt werden: {cause}.</translation>
    </message>
    <message>
        <source>No working copy can be created in {path}: {cause}.</source>
        <translation>In {path} kann keine Arbeitskopie angelegt werden: {cause}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not an Integreat Desk working copy; it was left unchanged.</source>
        <translation>{path} ist eine SQLite-Datei, aber keine Arbeitskopie von Integreat Desk; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} carries the Integreat Desk mark but is not a working copy (it has no schema version); it was left unchanged.</source>
        <translation>{path} trägt die Kennung von Integreat Desk, ist aber keine Arbeitskopie (sie hat keine Schemaversion); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The schema version of the working copy {path} is damaged; it was left unchanged.</source>
        <translation>Die Schemaversion der Arbeitskopie {path} ist beschädigt; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Integreat Desk. Update Integreat Desk to open it; it was left unchanged.</source>
        <translation>{path} wurde mit einer neueren Version von Integreat Desk angelegt. Aktualisieren Sie Integreat Desk, um sie zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a complete working copy (missing: {tables}); it was left unchanged.</source>
        <translation>{path} ist keine vollständige Arbeitskopie (es fehlt: {tables}); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The working copy {path} cannot be upgraded: {cause}.</source>
        <translation>Die Arbeitskopie {path} kann nicht aktualisiert werden: {cause}.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created: {cause}.</source>
        <translation>Die Sperrdatei {path} kann nicht angelegt werden: {cause}.</translation>
    </message>
    <message>
        <source>Another Integreat Desk is still creating this working copy ({path}).</source>
        <translation>Ein anderes Integreat Desk legt diese Arbeitskopie gerade noch an ({path}).</translation>
    </message>
    <message>
        <source>Page {page} has no text in {language}.</source>
        <translation>Seite {page} hat keinen Text in der Sprache {language}.</translation>
    </message>
    <message>
        <source>The region {region} lists no languages.</source>
        <translation>Die Region {region} führt keine Sprachen.</translation>
    </message>
    <message>
        <source>This working copy holds the region {held}, not {region}.</source>
        <translation>Diese Arbeitskopie enthält die Region {held}, nicht {region}.</translation>
    </message>
    <message>
        <source>CMS page {page} is not in the working copy yet; pull the page tree first.</source>
        <translation>Die CMS-Seite {page} ist noch nicht in der Arbeitskopie; rufen Sie zuerst den Seitenbaum ab.</translation>
    </message>
    <message>
        <source>This change is no longer waiting to be sent.</source>
        <translation>Diese Änderung wartet nicht mehr auf das Senden.</translation>
    </message>
    <message>
        <source>The page is no longer in the working copy.</source>
        <translation>Die Seite ist nicht mehr in der Arbeitskopie.</translation>
    </message>
    <message>
        <source>Page {page} ({language}) is not in conflict.</source>
        <translation>Seite {page} ({language}) steht nicht im Konflikt.</translation>
    </message>
    <message>
        <source>This version is no longer in the page&apos;s history.</source>
        <translation>Diese Version ist nicht mehr im Verlauf der Seite.</translation>
    </message>
    <message>
        <source>A new page needs a title.</source>
        <translation>Eine neue Seite braucht einen Titel.</translation>
    </message>
    <message>
        <source>The working copy has no language {language}.</source>
        <translation>Die Arbeitskopie hat keine Sprache {language}.</translation>
    </message>
    <message>
        <source>A page cannot be moved below itself.</source>
        <translation>Eine Seite kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Discard the pages created under it first.</source>
        <translation>Verwerfen Sie zuerst die darunter angelegten Seiten.</translation>
    </message>
    <message>
        <source>Pages of the CMS were moved under it: move them elsewhere first, then discard it.</source>
        <translation>Seiten aus dem CMS wurden darunter verschoben: Verschieben Sie diese zuerst an eine andere Stelle und verwerfen Sie die Seite dann.</translation>
    </message>
    <message>
        <source>Another sync of this working copy is running (another window or the sync command); nothing was done. Try again when it has finished.</source>
        <translation>Diese Arbeitskopie wird gerade schon abgeglichen (in einem anderen Fenster oder mit dem Befehl „sync“); es wurde nichts getan. Versuchen Sie es erneut, wenn dieser Abgleich fertig ist.</translation>
    </message>
    <message>
        <source>This place in the page tree is not known.</source>
        <translation>Diese Stelle im Seitenbaum ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The text contains the control character {char} at character {offset}, which HTML cannot hold.</source>
        <translation>Der Text enthält an Zeichen {offset} das Steuerzeichen {char}, das HTML nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>The HTML cannot be read (line {line}; technical cause: {detail}).</source>
        <translation>Das HTML kann nicht gelesen werden (Zeile {line}; technische Ursache: {detail}).</translation>
    </message>
    <message>
        <source>The Markdown is nested more than {levels} levels deep (lists, quotes or indentation) and cannot be converted.</source>
        <translation>Das Markdown ist mehr als {levels} Ebenen tief verschachtelt (Listen, Zitate oder Einrückung) und kann nicht umgewandelt werden.</translation>
    </message>
    <message>
        <source>The HTML holds markup the CMS editor does not allow (scripts, event handlers or unsafe links), which Integreat Desk would remove on saving.</source>
        <translation>Das HTML enthält Auszeichnungen, die der Editor des CMS nicht erlaubt (Skripte, Ereignis-Handler oder unsichere Links) und die Integreat Desk beim Speichern entfernen würde.</translation>
    </message>
    <message>
        <source>The HTML cannot be shown as Markdown without changing it.</source>
        <translation>Das HTML kann nicht als Markdown dargestellt werden, ohne es zu verändern.</translation>
    </message>
</context>
<context>
    <name>FinishingDialog</name>
    <message>
        <source>Still working</source>
        <translation>Noch nicht fertig</translation>
    </message>
    <message>
        <source>The window closes as soon as this is done.</source>
        <translation>Das Fenster wird geschlossen, sobald das fertig ist.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Formatting</source>
        <extracomment>``pages(language_code)``: the region&apos;s pages as (title, address) in that language, for the link picker.</extracomment>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Heading (level 2)</source>
        <translation>Überschrift (Ebene 2)</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Unterüberschrift</translation>
    </message>
    <message>
        <source>Subheading (level 3)</source>
        <translation>Unterüberschrift (Ebene 3)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Einzug vergrößern</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einzug +</translation>
    </message>
    <message>
        <source>Make the list item a sub-item of the item before it</source>
        <translation>Macht den Listenpunkt zum Unterpunkt des Punkts davor</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Einzug verkleinern</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Einzug −</translation>
    </message>
    <message>
        <source>Take the list item out one level (at the top level: a paragraph)</source>
        <translation>Rückt den Listenpunkt eine Ebene heraus (auf der obersten Ebene wird er zum Absatz)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Insert or edit link</source>
        <translation>Link einfügen oder bearbeiten</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Tabelle einfügen…</translation>
    </message>
    <message>
        <source>Insert a table, or insert and delete rows and columns of the table at the cursor</source>
        <translation>Eine Tabelle einfügen oder Zeilen und Spalten der Tabelle am Cursor einfügen und löschen</translation>
    </message>
    <message>
        <source>This table has merged cells: change its rows and columns in the Source view</source>
        <translation>Diese Tabelle hat verbundene Zellen: Zeilen und Spalten bitte in der Quelltext-Ansicht ändern</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Align &amp;left</source>
        <translation>&amp;Linksbündig</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>&amp;Zentriert</translation>
    </message>
    <message>
        <source>Align &amp;right</source>
        <translation>&amp;Rechtsbündig</translation>
    </message>
    <message>
        <source>&amp;Justify</source>
        <translation>&amp;Blocksatz</translation>
    </message>
    <message>
        <source>Align the paragraph or heading (again: as its text direction)</source>
        <translation>Absatz oder Überschrift ausrichten (nochmals gewählt: wieder wie die Textrichtung)</translation>
    </message>
</context>
<context>
    <name>GapOverlay</name>
    <message numerus="yes">
        <source>%n block(s) missing here (F8, Ctrl+Alt+I)</source>
        <translation>
            <numerusform>%n Block fehlt hier (F8, Strg+Alt+I)</numerusform>
            <numerusform>%n Blöcke fehlen hier (F8, Strg+Alt+I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryActions</name>
    <message>
        <source>Import &amp;glossary…</source>
        <translation>&amp;Glossar importieren…</translation>
    </message>
    <message>
        <source>Export g&amp;lossary…</source>
        <translation>G&amp;lossar exportieren…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Glossar importieren</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv)</source>
        <translation>Glossare (*.tbx *.csv)</translation>
    </message>
    <message>
        <source>Glossary not imported</source>
        <translation>Glossar nicht importiert</translation>
    </message>
    <message>
        <source>Exporting the glossary to {0}…</source>
        <translation>Das Glossar wird nach {0} exportiert…</translation>
    </message>
    <message>
        <source>Glossary imported</source>
        <translation>Glossar importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) taken from {0}.</source>
        <translation>
            <numerusform>%n Begriff aus {0} übernommen.</numerusform>
            <numerusform>%n Begriffe aus {0} übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The glossary now has %n term(s).</source>
        <translation>
            <numerusform>Das Glossar hat jetzt %n Begriff.</numerusform>
            <numerusform>Das Glossar hat jetzt %n Begriffe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Glossar exportieren</translation>
    </message>
    <message>
        <source>Importing the glossary from {0}…</source>
        <translation>Das Glossar wird aus {0} importiert…</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV (*.csv)</source>
        <translation>TBX (*.tbx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Glossary of {0}</source>
        <translation>Glossar von {0}</translation>
    </message>
    <message>
        <source>Glossary not exported</source>
        <translation>Glossar nicht exportiert</translation>
    </message>
    <message>
        <source>Glossary exported</source>
        <translation>Glossar exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) written to {0}.</source>
        <translation>
            <numerusform>%n Begriff in {0} geschrieben.</numerusform>
            <numerusform>%n Begriffe in {0} geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Legend of the page tree…</source>
        <translation>&amp;Legende des Seitenbaums…</translation>
    </message>
    <message>
        <source>&amp;Check installation…</source>
        <translation>Installation &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;About Integreat Desk…</source>
        <translation>Ü&amp;ber Integreat Desk…</translation>
    </message>
    <message>
        <source>changed here, not yet sent to the CMS</source>
        <translation>hier geändert, noch nicht ans CMS gesendet</translation>
    </message>
    <message>
        <source>red: changed here and in the CMS (a conflict)</source>
        <translation>rot: hier und im CMS geändert (ein Konflikt)</translation>
    </message>
    <message>
        <source>A desktop editor for the multilingual content of an Integreat region. Licence: MIT.</source>
        <translation>Ein Desktop-Editor für die mehrsprachigen Inhalte einer Integreat-Region. Lizenz: MIT.</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>Bundled parts and their licences</source>
        <translation>Mitgelieferte Bestandteile und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Legend of the page tree</source>
        <translation>Legende des Seitenbaums</translation>
    </message>
    <message>
        <source>About Integreat Desk</source>
        <translation>Über Integreat Desk</translation>
    </message>
    <message>
        <source>Dictionaries (LibreOffice, Debian)</source>
        <extracomment>The parts an installer bundles, with their licences (the About box lists them).</extracomment>
        <translation>Wörterbücher (LibreOffice, Debian)</translation>
    </message>
    <message>
        <source>GPL / LGPL / MPL, per language</source>
        <translation>GPL / LGPL / MPL, je nach Sprache</translation>
    </message>
    <message>
        <source>Noto Naskh Arabic, DejaVu fonts</source>
        <translation>Schriften Noto Naskh Arabic, DejaVu</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>History of “{0}”</source>
        <translation>Verlauf von „{0}“</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Aktueller Text</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
        <source>Compare the chosen version with:</source>
        <translation>Gewählte Version vergleichen mit:</translation>
    </message>
    <message>
        <source>From “{0}” to “{1}”:</source>
        <translation>Von „{0}“ zu „{1}“:</translation>
    </message>
    <message>
        <source>No difference in the text.</source>
        <translation>Kein Unterschied im Text.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Diese Version wiederherstellen?</translation>
    </message>
    <message>
        <source>The text of {0} replaces the current text. The current text stays in the history, so restoring it undoes this.</source>
        <translation>Der Text vom {0} ersetzt den aktuellen Text. Der aktuelle Text bleibt im Verlauf; ihn wiederherzustellen macht das rückgängig.</translation>
    </message>
    <message>
        <source>No earlier versions yet: every save keeps one.</source>
        <translation>Noch keine früheren Fassungen: Jedes Speichern behält eine.</translation>
    </message>
</context>
<context>
    <name>ImportData</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <source>an object was expected, but it is {got}.</source>
        <translation>Erwartet wird ein Objekt, es ist aber {got}.</translation>
    </message>
    <message>
        <source>the field “{field}” is missing.</source>
        <translation>Das Feld „{field}“ fehlt.</translation>
    </message>
    <message>
        <source>the field “{field}” should be {expected}, but it is {got}.</source>
        <translation>Das Feld „{field}“ sollte {expected} sein, ist aber {got}.</translation>
    </message>
    <message>
        <source>the field “{field}” contains the control character {character} at position {offset}.</source>
        <translation>Das Feld „{field}“ enthält an Position {offset} das Steuerzeichen {character}.</translation>
    </message>
    <message>
        <source>the field “{field}” holds “{value}”, which is not a language code.</source>
        <translation>Das Feld „{field}“ enthält „{value}“, das ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>a list was expected, but it is {got}.</source>
        <translation>Erwartet wird eine Liste, es ist aber {got}.</translation>
    </message>
    <message>
        <source>the field “path” holds “{value}”, which is not a region name.</source>
        <translation>Das Feld „path“ enthält „{value}“, das ist kein Regionsname.</translation>
    </message>
    <message>
        <source>the field “{field}” has the unknown value “{value}”.</source>
        <translation>Das Feld „{field}“ hat den unbekannten Wert „{value}“.</translation>
    </message>
    <message>
        <source>the region has no languages.</source>
        <translation>Die Region hat keine Sprachen.</translation>
    </message>
    <message>
        <source>the field “{field}” holds “{value}”, which is not a date.</source>
        <translation>Das Feld „{field}“ enthält „{value}“, das ist kein Datum.</translation>
    </message>
    <message>
        <source>the file cannot be read ({cause}).</source>
        <translation>Die Datei kann nicht gelesen werden ({cause}).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}).</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>two pages ({first} and {second}) claim to be the same page.</source>
        <translation>Zwei Seiten ({first} und {second}) geben an, dieselbe Seite zu sein.</translation>
    </message>
    <message>
        <source>the parent page {parent} of {page} is missing.</source>
        <translation>Die übergeordnete Seite {parent} von {page} fehlt.</translation>
    </message>
    <message>
        <source>the page tree has a cycle at {page}.</source>
        <translation>Der Seitenbaum enthält bei {page} einen Zyklus.</translation>
    </message>
    <message>
        <source>the file is not a list of page versions.</source>
        <translation>Die Datei ist keine Liste von Seitenversionen.</translation>
    </message>
    <message>
        <source>{name} is not a glossary file: the name must end in .tbx or .csv.</source>
        <translation>{name} ist keine Glossardatei: Der Name muss auf .tbx oder .csv enden.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation>{name} ist größer als {megabytes} MB.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {cause}.</source>
        <translation>{name} kann nicht gelesen werden: {cause}.</translation>
    </message>
    <message>
        <source>{name} cannot be written: {cause}.</source>
        <translation>{name} kann nicht geschrieben werden: {cause}.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}).</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <source>{name}: the first row must name the source language, then the languages.</source>
        <translation>{name}: Die erste Zeile muss die Ausgangssprache nennen, danach die Sprachen.</translation>
    </message>
    <message>
        <source>{name}: line {line} has {cells} cells, but the first row has {header}.</source>
        <translation>{name}: Zeile {line} hat {cells} Zellen, die erste Zeile aber {header}.</translation>
    </message>
    <message>
        <source>{name}: line {line} has no term in {language}.</source>
        <translation>{name}: Zeile {line} hat keinen Begriff in {language}.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}).</source>
        <translation>{name} ist kein wohlgeformtes XML (Zeile {line}).</translation>
    </message>
    <message>
        <source>{name}: a term entry has no term in {language}.</source>
        <translation>{name}: Ein Eintrag hat keinen Begriff in {language}.</translation>
    </message>
    <message>
        <source>{name}: the terms are in {found}, but the region&apos;s source language is {source}.</source>
        <translation>{name}: Die Begriffe sind in {found}, die Ausgangssprache der Region ist aber {source}.</translation>
    </message>
    <message>
        <source>language {0}</source>
        <translation>Sprache {0}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>Seite {0}</translation>
    </message>
    <message>
        <source>region {0}</source>
        <translation>Region {0}</translation>
    </message>
    <message>
        <source>field “{0}”</source>
        <translation>Feld „{0}“</translation>
    </message>
</context>
<context>
    <name>InstallationDialog</name>
    <message>
        <source>Check installation</source>
        <translation>Installation prüfen</translation>
    </message>
</context>
<context>
    <name>KeptTexts</name>
    <message>
        <source>The CMS no longer holds these texts kept here ({0}): their language was removed from the region and added again. Send them to the CMS as new texts? Each is created only where the CMS still holds no text; a text written there meanwhile is not overwritten (it becomes a conflict).</source>
        <translation>Das CMS enthält diese hier erhaltenen Texte nicht mehr ({0}): Ihre Sprache wurde aus der Region entfernt und wieder hinzugefügt. Als neue Texte an das CMS senden? Jeder wird nur dort angelegt, wo das CMS noch keinen Text hat; ein inzwischen dort geschriebener Text wird nicht überschrieben (er wird zum Konflikt).</translation>
    </message>
    <message>
        <source>Send kept texts again</source>
        <translation>Erhaltene Texte erneut senden</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Find a page of this region…</source>
        <translation>Eine Seite dieser Region suchen…</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <source>“{0}” is not a web address. Type it with https:// (or an e-mail address), or choose a page of this region below.</source>
        <translation>„{0}“ ist keine Internetadresse. Geben Sie sie mit https:// ein (oder eine E-Mail-Adresse), oder wählen Sie unten eine Seite dieser Region.</translation>
    </message>
</context>
<context>
    <name>LinkMarks</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Links ({0})</source>
        <translation>Links ({0})</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Defekter Link</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation>Archivierte Seite</translation>
    </message>
    <message>
        <source>Unpublished page</source>
        <translation>Unveröffentlichte Seite</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Page in another language</source>
        <translation>Seite in einer anderen Sprache</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Umgezogen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>HTTP status {0}</source>
        <translation>HTTP-Status {0}</translation>
    </message>
    <message>
        <source>This language&apos;s address: {0}</source>
        <translation>Adresse in dieser Sprache: {0}</translation>
    </message>
    <message>
        <source>Use the new address: {0}</source>
        <translation>Neue Adresse verwenden: {0}</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Use the new address</source>
        <translation>Neue Adresse verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) with a problem</source>
        <translation>
            <numerusform>%n Link mit einem Problem</numerusform>
            <numerusform>%n Links mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>No link problems found.</source>
        <translation>Keine Probleme mit Links gefunden.</translation>
    </message>
</context>
<context>
    <name>LinkProblems</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>automatically saved</source>
        <translation>automatisch gespeichert</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>A {scheme}: address does not work for readers.</source>
        <translation>Eine {scheme}:-Adresse funktioniert für Lesende nicht.</translation>
    </message>
    <message>
        <source>The mailto: link has no e-mail address.</source>
        <translation>Der mailto:-Link enthält keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The tel: link has no phone number.</source>
        <translation>Der tel:-Link enthält keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“{number}” is not a phone number (digits, an optional leading +).</source>
        <translation>„{number}“ ist keine Telefonnummer (Ziffern, optional mit führendem +).</translation>
    </message>
    <message>
        <source>“{number}” has {digits} digits; a phone number has at most 15.</source>
        <translation>„{number}“ hat {digits} Ziffern; eine Telefonnummer hat höchstens 15.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>Die Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address is malformed ({reason}).</source>
        <translation>Die Adresse ist fehlerhaft ({reason}).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>“{host}” is not a host name.</source>
        <translation>„{host}“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>There is no page at {path} in the working copy.</source>
        <translation>In der Arbeitskopie gibt es keine Seite unter {path}.</translation>
    </message>
    <message>
        <source>The linked page is archived.</source>
        <translation>Die verlinkte Seite ist archiviert.</translation>
    </message>
    <message>
        <source>Links to the page “{title}” in another language ({language}).</source>
        <translation>Verweist auf die Seite „{title}“ in einer anderen Sprache ({language}).</translation>
    </message>
    <message>
        <source>Links to the page “{title}” in another language ({language}); the page has no translation ({own}) yet.</source>
        <translation>Verweist auf die Seite „{title}“ in einer anderen Sprache ({language}); die Seite hat noch keine Übersetzung ({own}).</translation>
    </message>
    <message>
        <source>The linked page is not published in this language ({language}: {status}).</source>
        <translation>Die verlinkte Seite ist in dieser Sprache nicht veröffentlicht ({language}: {status}).</translation>
    </message>
    <message>
        <source>The page has moved.</source>
        <translation>Die Seite wurde verschoben.</translation>
    </message>
    <message>
        <source>The server answers with HTTP status {status}.</source>
        <translation>Der Server antwortet mit HTTP-Status {status}.</translation>
    </message>
    <message>
        <source>The address redirects to {url}.</source>
        <translation>Die Adresse leitet weiter auf {url}.</translation>
    </message>
    <message>
        <source>More than {limit} redirects (a loop?).</source>
        <translation>Mehr als {limit} Weiterleitungen (eine Schleife?).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the CMS</source>
        <translation>Am CMS anmelden</translation>
    </message>
    <message>
        <source>Password of &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
        <translation>Passwort von &lt;b&gt;{0}&lt;/b&gt; bei {1}:</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>No secure password store on this computer: you will be asked once per session.</source>
        <translation>Kein sicherer Passwortspeicher auf diesem Computer: Sie werden einmal pro Sitzung gefragt.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Second factor (TOTP):</source>
        <translation>Zweiter Faktor (TOTP):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleich</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent…</source>
        <translation>&amp;Wartet auf das Senden…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open region…</source>
        <translation>Region ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Quality report…</source>
        <translation>&amp;Qualitätsbericht…</translation>
    </message>
    <message>
        <source>Translator&apos;s &amp;worklist…</source>
        <translation>&amp;Arbeitsliste Übersetzung…</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>Ü&amp;bersetzen</translation>
    </message>
    <message>
        <source>&amp;Minor edit (other languages stay up to date)</source>
        <translation>&amp;Kleine Änderung (andere Sprachen bleiben aktuell)</translation>
    </message>
    <message>
        <source>Pages and texts</source>
        <translation>Seiten und Texte</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Some edits could not be saved. Close anyway and lose them?</source>
        <translation>Einige Änderungen konnten nicht gespeichert werden. Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n page(s)</source>
        <translation>
            <numerusform>{0}: %n Seite</numerusform>
            <numerusform>{0}: %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n lokale Änderung wartet auf das Senden</numerusform>
            <numerusform>%n lokale Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Put the cursor in a block to see suggestions.</source>
        <translation>Setzen Sie den Cursor in einen Block, um Vorschläge zu sehen.</translation>
    </message>
    <message>
        <source>Building the translation memory…</source>
        <translation>Übersetzungsspeicher wird aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from the region&apos;s translations.</source>
        <translation>
            <numerusform>%n Vorschlag aus den Übersetzungen der Region.</numerusform>
            <numerusform>%n Vorschläge aus den Übersetzungen der Region.</numerusform>
        </translation>
    </message>
    <message>
        <source>No similar block has been translated in this region yet.</source>
        <translation>In dieser Region wurde noch kein ähnlicher Block übersetzt.</translation>
    </message>
    <message>
        <source>The translation memory cannot be built: {0}</source>
        <translation>Der Übersetzungsspeicher kann nicht aufgebaut werden: {0}</translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation>Glossar:</translation>
    </message>
    <message>
        <source>{0}: do not translate</source>
        <translation>{0}: nicht übersetzen</translation>
    </message>
    <message>
        <source>(no agreed translation)</source>
        <translation>(keine vereinbarte Übersetzung)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Discarding a text edit keeps the text here and only stops sending it. Discarding a new page removes it (it exists only here). A discarded move, archive or restore is undone by the next sync.</source>
        <translation>Verwerfen einer Textänderung behält den Text hier und verhindert nur das Senden. Verwerfen einer neuen Seite entfernt sie (sie gibt es nur hier). Ein verworfenes Verschieben, Archivieren oder Wiederherstellen macht der nächste Abgleich rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>Set status: {0}</source>
        <translation>Status setzen: {0}</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Seite verschieben</translation>
    </message>
    <message>
        <source>Edited text</source>
        <translation>Text geändert</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Archive page</source>
        <translation>Seite archivieren</translation>
    </message>
    <message>
        <source>Restore page</source>
        <translation>Seite wiederherstellen</translation>
    </message>
    <message>
        <source>Still up to date</source>
        <translation>Weiterhin aktuell</translation>
    </message>
    <message>
        <source>(minor edit)</source>
        <translation>(kleine Änderung)</translation>
    </message>
    <message>
        <source>Conflict: {0}</source>
        <translation>Konflikt: {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation>Nicht verworfen</translation>
    </message>
    <message>
        <source>Remove the new page?</source>
        <translation>Neue Seite entfernen?</translation>
    </message>
    <message>
        <source>The page “{0}” exists only here. Discarding it removes it with its texts.</source>
        <translation>Die Seite „{0}“ gibt es nur hier. Verwerfen entfernt sie mit ihren Texten.</translation>
    </message>
</context>
<context>
    <name>PageColumn</name>
    <message>
        <source>The page tree cannot be read: {0}</source>
        <translation>Der Seitenbaum kann nicht gelesen werden: {0}</translation>
    </message>
</context>
<context>
    <name>PageTree</name>
    <message>
        <source>up to date</source>
        <extracomment>Glyph and colour per state; a missing translation shows a hollow circle. A translation changed here and in the CMS since the last sync.</extracomment>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed locally</source>
        <translation>hier geändert</translation>
    </message>
    <message>
        <source>conflict: changed here and in the CMS</source>
        <translation>Konflikt: hier und im CMS geändert</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>PaneChecks</name>
    <message>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
</context>
<context>
    <name>PanePair</name>
    <message>
        <source>changed locally, not yet sent</source>
        <translation>hier geändert, noch nicht gesendet</translation>
    </message>
    <message>
        <source>“{0}” (page {1}) in {2} cannot be read: {3}. It is shown read-only; nothing was changed.</source>
        <translation>„{0}“ (Seite {1}) in der Sprache {2} kann nicht gelesen werden: {3}. Sie wird schreibgeschützt angezeigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>QaController</name>
    <message>
        <source>QA</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>QA (%n)</source>
        <translation>
            <numerusform>Prüfung (%n)</numerusform>
            <numerusform>Prüfung (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>Open a page with a translation to check it.</source>
        <translation>Öffnen Sie eine Seite mit Übersetzung, um sie zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). They do not stop sending: check them and decide.</source>
        <translation>
            <numerusform>%n Warnung. Sie hält das Senden nicht auf: prüfen Sie sie und entscheiden Sie.</numerusform>
            <numerusform>%n Warnungen. Sie halten das Senden nicht auf: prüfen Sie sie und entscheiden Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>block {0}</source>
        <translation>Block {0}</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>QaWarnings</name>
    <message>
        <source>The translation of this block is empty.</source>
        <translation>Die Übersetzung dieses Abschnitts ist leer.</translation>
    </message>
    <message>
        <source>“{text}” is marked not to be translated but is missing or changed.</source>
        <translation>„{text}“ ist als „nicht übersetzen“ markiert, fehlt aber oder wurde geändert.</translation>
    </message>
    <message>
        <source>Headings: {mine} in the source, {theirs} in the translation.</source>
        <translation>Überschriften: {mine} im Ausgangstext, {theirs} in der Übersetzung.</translation>
    </message>
    <message>
        <source>List items: {mine} in the source, {theirs} in the translation.</source>
        <translation>Listenpunkte: {mine} im Ausgangstext, {theirs} in der Übersetzung.</translation>
    </message>
    <message>
        <source>Table cells: {mine} in the source, {theirs} in the translation.</source>
        <translation>Tabellenzellen: {mine} im Ausgangstext, {theirs} in der Übersetzung.</translation>
    </message>
    <message>
        <source>Links to the source-language page ({source}) {link}; the page for this language ({target}) is {translated}.</source>
        <translation>Verweist auf die Seite in der Ausgangssprache ({source}) {link}; die Seite für diese Sprache ({target}) ist {translated}.</translation>
    </message>
    <message>
        <source>The link to {link} is missing.</source>
        <translation>Der Link auf {link} fehlt.</translation>
    </message>
    <message>
        <source>The e-mail address {text} is missing.</source>
        <translation>Die E-Mail-Adresse {text} fehlt.</translation>
    </message>
    <message>
        <source>The phone number {text} is missing.</source>
        <translation>Die Telefonnummer {text} fehlt.</translation>
    </message>
    <message>
        <source>The date {text} is missing.</source>
        <translation>Das Datum {text} fehlt.</translation>
    </message>
    <message>
        <source>The time {text} is missing.</source>
        <translation>Die Uhrzeit {text} fehlt.</translation>
    </message>
    <message>
        <source>The number {text} is missing.</source>
        <translation>Die Zahl {text} fehlt.</translation>
    </message>
    <message>
        <source>The block is the same as the source.</source>
        <translation>Der Abschnitt ist derselbe wie im Ausgangstext.</translation>
    </message>
    <message>
        <source>The block looks like the source language ({language}): {words}</source>
        <translation>Der Abschnitt sieht nach der Ausgangssprache aus ({language}): {words}</translation>
    </message>
    <message>
        <source>“{term}” is not to be translated but is missing.</source>
        <translation>„{term}“ wird nicht übersetzt, fehlt aber.</translation>
    </message>
    <message>
        <source>“{term}” should be translated as agreed: {agreed}.</source>
        <translation>„{term}“ soll wie vereinbart übersetzt werden: {agreed}.</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>Quality report</source>
        <translation>Qualitätsbericht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R switches between the report and the texts; × closes it</source>
        <translation>Strg+Umschalt+R wechselt zwischen Bericht und Texten; × schließt den Bericht</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Defekte Links</translation>
    </message>
    <message>
        <source>Link problems</source>
        <translation>Link-Probleme</translation>
    </message>
    <message>
        <source>QA warnings</source>
        <translation>QA-Warnungen</translation>
    </message>
    <message>
        <source>Last changed or confirmed</source>
        <translation>Zuletzt geändert oder bestätigt</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <source>Not changed or confirmed for a long time</source>
        <translation>Lange nicht geändert oder bestätigt</translation>
    </message>
</context>
<context>
    <name>QualityReportPanel</name>
    <message>
        <source>Filter by page or title</source>
        <translation>Nach Seite oder Titel filtern</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation>Nur Zeilen mit Befunden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Check links online</source>
        <translation>Links online prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Neue Adresse verwenden</translation>
    </message>
    <message>
        <source>Still valid</source>
        <translation>Noch gültig</translation>
    </message>
    <message>
        <source>Still valid (all languages)</source>
        <translation>Noch gültig (alle Sprachen)</translation>
    </message>
    <message>
        <source>Link problems of the selected page</source>
        <translation>Link-Probleme der gewählten Seite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Hide the summary pictures (more rows of the table)</source>
        <translation>Übersichtsgrafiken ausblenden (mehr Zeilen in der Tabelle)</translation>
    </message>
    <message>
        <source>Show the summary pictures: translations per language, readability, broken links</source>
        <translation>Übersichtsgrafiken einblenden: Übersetzungen je Sprache, Lesbarkeit, defekte Links</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n address(es) online…</source>
        <translation>
            <numerusform>Prüfe %n Adresse online…</numerusform>
            <numerusform>Prüfe %n Adressen online…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s)</source>
        <translation>
            <numerusform>{0} von %n Zeile</numerusform>
            <numerusform>{0} von %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s)</source>
        <translation>
            <numerusform>%n defekter Link</numerusform>
            <numerusform>%n defekte Links</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The report failed: {0}</source>
        <translation>Der Bericht ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>quality-report</source>
        <translation>qualitaetsbericht</translation>
    </message>
    <message>
        <source>Export the quality report</source>
        <translation>Qualitätsbericht exportieren</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the UI language: de in the German translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>ReadabilityHint</name>
    <message>
        <source>{count} words: split it into shorter sentences (at most {limit} words each).</source>
        <translation>{count} Wörter: Teilen Sie ihn in kürzere Sätze (höchstens {limit} Wörter je Satz).</translation>
    </message>
    <message>
        <source>{count} words: split it into shorter sentences.</source>
        <translation>{count} Wörter: Teilen Sie ihn in kürzere Sätze.</translation>
    </message>
    <message>
        <source>Several subordinate clauses: make one main clause per statement.</source>
        <translation>Mehrere Nebensätze: Machen Sie aus jeder Aussage einen Hauptsatz.</translation>
    </message>
    <message>
        <source>Passive voice: say who does it (“Das Amt prüft den Antrag”).</source>
        <translation>Passiv: Sagen Sie, wer es tut („Das Amt prüft den Antrag“).</translation>
    </message>
    <message>
        <source>Future tense: the present tense is easier (“Sie bekommen morgen Post”).</source>
        <translation>Futur: Das Präsens ist leichter („Sie bekommen morgen Post“).</translation>
    </message>
    <message>
        <source>Nominal style ({examples}): use verbs instead (“Sie beantragen …”).</source>
        <translation>Nominalstil ({examples}): Nutzen Sie lieber Verben („Sie beantragen …“).</translation>
    </message>
    <message>
        <source>Infinitive construction: write a main clause instead (“Sie müssen … ausfüllen”).</source>
        <translation>Infinitivkonstruktion: Schreiben Sie stattdessen einen Hauptsatz („Sie müssen … ausfüllen“).</translation>
    </message>
    <message>
        <source>Long word ({letters} letters): use a shorter word or split it.</source>
        <translation>Langes Wort ({letters} Buchstaben): Nehmen Sie ein kürzeres Wort oder teilen Sie es.</translation>
    </message>
    <message>
        <source>Abbreviation “{text}”: write it out or explain it.</source>
        <translation>Abkürzung „{text}“: Schreiben Sie sie aus oder erklären Sie sie.</translation>
    </message>
    <message>
        <source>Abbreviation: write “{full}”.</source>
        <translation>Abkürzung: Schreiben Sie „{full}“.</translation>
    </message>
    <message>
        <source>Abbreviation: write it out.</source>
        <translation>Abkürzung: Schreiben Sie sie aus.</translation>
    </message>
    <message>
        <source>Bureaucratic word: try “{alternative}”.</source>
        <translation>Behördenwort: Versuchen Sie „{alternative}“.</translation>
    </message>
    <message>
        <source>Bureaucratic phrase: try “{alternative}”.</source>
        <translation>Behördensprache: Versuchen Sie „{alternative}“.</translation>
    </message>
    <message>
        <source>Easy German: say it positively, without negation.</source>
        <translation>Leichte Sprache: Sagen Sie es positiv, ohne Verneinung.</translation>
    </message>
    <message>
        <source>Easy German: no genitive; use “von” (“das Haus von …”).</source>
        <translation>Leichte Sprache: kein Genitiv; nutzen Sie „von“ („das Haus von …“).</translation>
    </message>
    <message>
        <source>Easy German: no subjunctive; say it directly.</source>
        <translation>Leichte Sprache: kein Konjunktiv; sagen Sie es direkt.</translation>
    </message>
    <message>
        <source>Easy German: split the long word with a hyphen (“Bürger-Amt”).</source>
        <translation>Leichte Sprache: Trennen Sie das lange Wort mit Bindestrich („Bürger-Amt“).</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Measure</source>
        <extracomment>Findings listed per category; the rest is summarised in one line (keeps rendering fast).</extracomment>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What pulls the score down</source>
        <translation>Was den Wert senkt</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not enough text</source>
        <translation>Zu wenig Text</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of prose; a score needs at least 20.</source>
        <translation>
            <numerusform>%n Wort Fließtext; ein Wert braucht mindestens 20.</numerusform>
            <numerusform>%n Wörter Fließtext; ein Wert braucht mindestens 20.</numerusform>
        </translation>
    </message>
    <message>
        <source>No HIX-like score for this language.</source>
        <translation>Kein HIX-ähnlicher Wert für diese Sprache.</translation>
    </message>
    <message>
        <source>HIX-like %1 / 20</source>
        <translation>HIX-ähnlich %1 / 20</translation>
    </message>
    <message>
        <source>Our offline estimate on the HIX scale (0–20, higher is easier); not the HIX.</source>
        <translation>Unsere Offline-Schätzung auf der HIX-Skala (0–20, höher ist leichter); nicht der HIX.</translation>
    </message>
    <message>
        <source>Machine translation allowed (needs %1).</source>
        <translation>Maschinelle Übersetzung erlaubt (braucht %1).</translation>
    </message>
    <message>
        <source>Below %1: machine translation is blocked.</source>
        <translation>Unter %1: Maschinelle Übersetzung ist gesperrt.</translation>
    </message>
    <message>
        <source>Flesch Reading Ease %1 / 100</source>
        <translation>Flesch-Reading-Ease %1 / 100</translation>
    </message>
    <message>
        <source>The measure for English: 0–100, higher is easier. The HIX-like score is for German only.</source>
        <translation>Das Maß für Englisch: 0–100, höher ist leichter. Den HIX-ähnlichen Wert gibt es nur für Deutsch.</translation>
    </message>
    <message>
        <source>LIX %1</source>
        <translation>LIX %1</translation>
    </message>
    <message>
        <source>The measure for this language: below 40 easy, above 60 hard (indicative). The HIX-like score is for German only.</source>
        <translation>Das Maß für diese Sprache: unter 40 leicht, über 60 schwer (ein Richtwert). Den HIX-ähnlichen Wert gibt es nur für Deutsch.</translation>
    </message>
    <message>
        <source>Flesch–Amstad</source>
        <translation>Flesch–Amstad</translation>
    </message>
    <message>
        <source>0–100, higher is easier; from sentence length and syllables per word.</source>
        <translation>0–100, höher ist leichter; aus Satzlänge und Silben pro Wort.</translation>
    </message>
    <message>
        <source>Wiener Sachtextformel</source>
        <translation>Wiener Sachtextformel</translation>
    </message>
    <message>
        <source>School grade 4–15, lower is easier; long and many-syllable words.</source>
        <translation>Schulstufe 4–15, niedriger ist leichter; lange und vielsilbige Wörter.</translation>
    </message>
    <message>
        <source>SMOG (German)</source>
        <translation>SMOG (Deutsch)</translation>
    </message>
    <message>
        <source>School grade, lower is easier; words with three or more syllables.</source>
        <translation>Schulstufe, niedriger ist leichter; Wörter mit drei oder mehr Silben.</translation>
    </message>
    <message>
        <source>LIX</source>
        <translation>LIX</translation>
    </message>
    <message>
        <source>Below 40 easy, above 60 hard; sentence length plus long words.</source>
        <translation>Unter 40 leicht, über 60 schwer; Satzlänge plus lange Wörter.</translation>
    </message>
    <message>
        <source>Flesch Reading Ease</source>
        <translation>Flesch-Reading-Ease</translation>
    </message>
    <message>
        <source>0–100, higher is easier (English).</source>
        <translation>0–100, höher ist leichter (Englisch).</translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade</source>
        <translation>Flesch–Kincaid-Klassenstufe</translation>
    </message>
    <message>
        <source>US school grade, lower is easier (English).</source>
        <translation>US-Klassenstufe, niedriger ist leichter (Englisch).</translation>
    </message>
    <message>
        <source>Words per sentence</source>
        <translation>Wörter pro Satz</translation>
    </message>
    <message>
        <source>Average sentence length in words.</source>
        <translation>Durchschnittliche Satzlänge in Wörtern.</translation>
    </message>
    <message>
        <source>Words per clause</source>
        <translation>Wörter pro Teilsatz</translation>
    </message>
    <message>
        <source>Average clause length in words.</source>
        <translation>Durchschnittliche Teilsatzlänge in Wörtern.</translation>
    </message>
    <message>
        <source>Letters per word</source>
        <translation>Buchstaben pro Wort</translation>
    </message>
    <message>
        <source>Average word length in letters.</source>
        <translation>Durchschnittliche Wortlänge in Buchstaben.</translation>
    </message>
    <message>
        <source>% long words</source>
        <translation>% lange Wörter</translation>
    </message>
    <message>
        <source>Share of words with more than 6 letters.</source>
        <translation>Anteil der Wörter mit mehr als 6 Buchstaben.</translation>
    </message>
    <message>
        <source>% long clauses</source>
        <translation>% lange Teilsätze</translation>
    </message>
    <message>
        <source>Share of clauses with more than 12 words.</source>
        <translation>Anteil der Teilsätze mit mehr als 12 Wörtern.</translation>
    </message>
    <message>
        <source>% long sentences</source>
        <translation>% lange Sätze</translation>
    </message>
    <message>
        <source>Share of sentences with more than 20 words.</source>
        <translation>Anteil der Sätze mit mehr als 20 Wörtern.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation>Lange Sätze</translation>
    </message>
    <message>
        <source>Nested sentences</source>
        <translation>Verschachtelte Sätze</translation>
    </message>
    <message>
        <source>Long words</source>
        <translation>Lange Wörter</translation>
    </message>
    <message>
        <source>Passive voice</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Nominal style</source>
        <translation>Nominalstil</translation>
    </message>
    <message>
        <source>Infinitive constructions</source>
        <translation>Infinitivkonstruktionen</translation>
    </message>
    <message>
        <source>Future tense</source>
        <translation>Futur</translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation>Abkürzungen</translation>
    </message>
    <message>
        <source>Bureaucratic terms</source>
        <translation>Behördensprache</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <source>Genitive</source>
        <translation>Genitiv</translation>
    </message>
    <message>
        <source>Subjunctive</source>
        <translation>Konjunktiv</translation>
    </message>
    <message>
        <source>Long compounds</source>
        <translation>Lange zusammengesetzte Wörter</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <source>read-only: the working copy was lost</source>
        <translation>schreibgeschützt: die Arbeitskopie ging verloren</translation>
    </message>
    <message>
        <source>Your texts were written to {0}; the next start offers to restore them.</source>
        <translation>Ihre Texte wurden in {0} gesichert; beim nächsten Start können Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <source>They could not be written to a recovery file: copy what you need now.</source>
        <translation>Sie konnten nicht in eine Wiederherstellungsdatei geschrieben werden: Kopieren Sie jetzt, was Sie brauchen.</translation>
    </message>
    <message>
        <source>The working copy {0} was changed by another program (its journal file was removed), so edits can no longer be saved to it. Editing is switched off. {1} Close the app and start it again.</source>
        <translation>Die Arbeitskopie {0} wurde von einem anderen Programm verändert (ihre Journaldatei wurde entfernt), daher können Änderungen nicht mehr darin gespeichert werden. Das Bearbeiten ist abgeschaltet. {1} Schließen Sie die App und starten Sie sie neu.</translation>
    </message>
    <message>
        <source>Working copy lost: editing switched off</source>
        <translation>Arbeitskopie verloren: Bearbeiten abgeschaltet</translation>
    </message>
    <message>
        <source>Working copy lost</source>
        <translation>Arbeitskopie verloren</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of {0} could not be saved in an earlier session and were kept in a recovery file. Restore them now (each is saved as an edit, with the current text kept in the page&apos;s history), or keep them for later?</source>
        <translation>
            <numerusform>%n Text aus {0} konnte in einer früheren Sitzung nicht gespeichert werden und wurde in einer Wiederherstellungsdatei aufbewahrt. Jetzt wiederherstellen (er wird als Änderung gespeichert, der aktuelle Text bleibt im Verlauf der Seite) oder für später aufheben?</numerusform>
            <numerusform>%n Texte aus {0} konnten in einer früheren Sitzung nicht gespeichert werden und wurden in einer Wiederherstellungsdatei aufbewahrt. Jetzt wiederherstellen (jeder wird als Änderung gespeichert, der aktuelle Text bleibt im Verlauf der Seite) oder für später aufheben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved texts?</source>
        <translation>Nicht gespeicherte Texte wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Für später aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) restored.</source>
        <translation>
            <numerusform>%n Text wiederhergestellt.</numerusform>
            <numerusform>%n Texte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some texts were not restored</source>
        <translation>Einige Texte wurden nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>These stay in the recovery file for later:</source>
        <translation>Diese bleiben für später in der Wiederherstellungsdatei:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search titles and text…</source>
        <translation>Titel und Text durchsuchen…</translation>
    </message>
    <message>
        <source>No matches for “{0}”.</source>
        <translation>Keine Treffer für „{0}“.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Qt {version} (PySide6 {pyside}) on platform {platform}</source>
        <translation>Qt {version} (PySide6 {pyside}) auf der Plattform {platform}</translation>
    </message>
    <message>
        <source>Fonts with Arabic script: {fonts}</source>
        <translation>Schriften mit arabischer Schrift: {fonts}</translation>
    </message>
    <message>
        <source>No font covers the Arabic script: Arabic, Farsi and Pashto text cannot be shown</source>
        <translation>Keine Schrift deckt die arabische Schrift ab: Arabische, persische und paschtunische Texte können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>User interface in English: no translation needed</source>
        <translation>Oberfläche auf Englisch: keine Übersetzung nötig</translation>
    </message>
    <message>
        <source>Translation loaded: {file}</source>
        <translation>Übersetzung geladen: {file}</translation>
    </message>
    <message>
        <source>Translation for {language} is missing: {file}</source>
        <translation>Übersetzung für {language} fehlt: {file}</translation>
    </message>
    <message>
        <source>Data folder {path} is writable</source>
        <translation>Datenordner {path} ist beschreibbar</translation>
    </message>
    <message>
        <source>Data folder {path} is not writable: {reason}</source>
        <translation>Datenordner {path} ist nicht beschreibbar: {reason}</translation>
    </message>
    <message>
        <source>Portable mode: all data is kept beside the program</source>
        <translation>Portabler Modus: alle Daten liegen neben dem Programm</translation>
    </message>
    <message>
        <source>Spelling engine enchant {version} with {providers}</source>
        <translation>Rechtschreibprüfung enchant {version} mit {providers}</translation>
    </message>
    <message>
        <source>Spelling engine enchant cannot be loaded: {reason}</source>
        <translation>Rechtschreibprüfung enchant kann nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>{language}: dictionary {tag}</source>
        <translation>{language}: Wörterbuch {tag}</translation>
    </message>
    <message>
        <source>{language}: dictionary {tag} (shipped with the app)</source>
        <translation>{language}: Wörterbuch {tag} (mit dem Programm geliefert)</translation>
    </message>
    <message>
        <source>{language}: checked against the region&apos;s own vocabulary ({words} words from {pages} published pages)</source>
        <translation>{language}: geprüft gegen den eigenen Wortschatz der Region ({words} Wörter aus {pages} veröffentlichten Seiten)</translation>
    </message>
    <message>
        <source>{language}: checked against the region&apos;s own vocabulary once a working copy has published pages in it</source>
        <translation>{language}: wird gegen den eigenen Wortschatz der Region geprüft, sobald eine Arbeitskopie veröffentlichte Seiten in dieser Sprache hat</translation>
    </message>
    <message>
        <source>{language}: no word spellcheck (written without spaces between words)</source>
        <translation>{language}: keine Prüfung einzelner Wörter (wird ohne Leerzeichen zwischen Wörtern geschrieben)</translation>
    </message>
    <message>
        <source>{language}: no dictionary found</source>
        <translation>{language}: kein Wörterbuch gefunden</translation>
    </message>
    <message>
        <source>Password store: {backend} (secure)</source>
        <translation>Passwortspeicher: {backend} (sicher)</translation>
    </message>
    <message>
        <source>Password store: {backend} is not secure; passwords are not saved and are asked for at each sync</source>
        <translation>Passwortspeicher: {backend} ist nicht sicher; Passwörter werden nicht gespeichert und bei jedem Abgleich erfragt</translation>
    </message>
    <message>
        <source>Password store cannot be loaded: {reason}</source>
        <translation>Passwortspeicher kann nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Proxy: {proxy} (from {origin})</source>
        <translation>Proxy: {proxy} (aus {origin})</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>Proxy: keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>Certificates: the system&apos;s trust store</source>
        <translation>Zertifikate: die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Certificates: the system&apos;s trust store and {path}</source>
        <translation>Zertifikate: die vertrauenswürdigen Zertifikate des Systems und {path}</translation>
    </message>
    <message>
        <source>Extra certificate file {path} cannot be used: {reason}</source>
        <translation>Zusätzliche Zertifikatsdatei {path} ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>CMS: no account configured</source>
        <translation>CMS: kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>CMS {url} answers (HTTP {status})</source>
        <translation>CMS {url} antwortet (HTTP {status})</translation>
    </message>
    <message>
        <source>CMS {url} cannot be reached (the host is unknown or refuses connections)</source>
        <translation>CMS {url} ist nicht erreichbar (der Rechner ist unbekannt oder lehnt Verbindungen ab)</translation>
    </message>
    <message>
        <source>CMS {url} did not answer within {seconds} seconds</source>
        <translation>CMS {url} hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <source>CMS {url}: its certificate is not trusted</source>
        <translation>CMS {url}: seinem Zertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>CMS {url}: the proxy refused the connection</source>
        <translation>CMS {url}: der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>CMS {url}: the proxy {proxy} wants a login: check the proxy&apos;s user name and password</source>
        <translation>CMS {url}: der Proxy {proxy} verlangt eine Anmeldung; prüfen Sie Benutzername und Passwort des Proxys</translation>
    </message>
    <message>
        <source>CMS {url}: the proxy {proxy} is a SOCKS proxy, which Integreat Desk cannot use: set an http:// proxy</source>
        <translation>CMS {url}: der Proxy {proxy} ist ein SOCKS-Proxy, den Integreat Desk nicht nutzen kann; tragen Sie einen http://-Proxy ein</translation>
    </message>
    <message>
        <source>CMS {url} cannot be used: {reason}</source>
        <translation>CMS {url} ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>SelfTestSummary</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation is complete.</source>
        <translation>Die Installation ist vollständig.</translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>Password not remembered</source>
        <translation>Passwort nicht gemerkt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Autosave after a pause of:</source>
        <translation>Automatisch speichern nach einer Pause von:</translation>
    </message>
    <message>
        <source>Readability needed for machine translation:</source>
        <translation>Nötige Lesbarkeit für maschinelle Übersetzung:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app starts again.</source>
        <translation>Eine neue Sprache der Oberfläche gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SourceChanges</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>(new block)</source>
        <translation>(neuer Block)</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Vorher: {0}</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Do not mark this word on this page</source>
        <translation>Dieses Wort auf dieser Seite nicht markieren</translation>
    </message>
</context>
<context>
    <name>SpellPanel</name>
    <message>
        <source>{word} (line {line})</source>
        <translation>{word} (Zeile {line})</translation>
    </message>
    <message numerus="yes">
        <source>Spelling: %n issue(s)</source>
        <translation>
            <numerusform>Rechtschreibung: %n Fund</numerusform>
            <numerusform>Rechtschreibung: %n Funde</numerusform>
        </translation>
    </message>
    <message>
        <source>{word} (paragraph {n})</source>
        <translation>{word} (Absatz {n})</translation>
    </message>
    <message>
        <source>Spelling: not checked</source>
        <translation>Rechtschreibung: nicht geprüft</translation>
    </message>
    <message>
        <source>No spellcheck dictionary for {language}: &lt;a href=&quot;add&quot;&gt;how to add one&lt;/a&gt; (Settings → Spelling → Add dictionary…).</source>
        <translation>Kein Wörterbuch für {language}: &lt;a href=&quot;add&quot;&gt;So fügen Sie eines hinzu&lt;/a&gt; (Einstellungen → Rechtschreibung → Wörterbuch hinzufügen…).</translation>
    </message>
    <message>
        <source>{language} is written without spaces between words: there is no word spellcheck for it.</source>
        <translation>{language} wird ohne Leerzeichen zwischen Wörtern geschrieben: Für diese Sprache gibt es keine Prüfung einzelner Wörter.</translation>
    </message>
    <message>
        <source>No dictionary exists for {language}: it is checked against the region&apos;s own vocabulary (words seen in at least {pages} published pages count as known).</source>
        <translation>Für {language} gibt es kein Wörterbuch: Geprüft wird gegen den eigenen Wortschatz der Region (ein Wort gilt als bekannt, wenn es in mindestens {pages} veröffentlichten Seiten vorkommt).</translation>
    </message>
</context>
<context>
    <name>SpellingSettingsSection</name>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Add dictionary…</source>
        <translation>Wörterbuch hinzufügen…</translation>
    </message>
    <message>
        <source>Each pane is checked in its own language. Dictionaries are hunspell pairs (.dic and .aff, e.g. from LibreOffice extensions); added ones are kept in your data.</source>
        <translation>Jeder Bereich wird in seiner eigenen Sprache geprüft. Wörterbücher sind Hunspell-Paare (.dic und .aff, z. B. aus LibreOffice-Erweiterungen); hinzugefügte bleiben in Ihren Daten.</translation>
    </message>
    <message>
        <source>Integreat languages and what they are checked against:</source>
        <translation>Integreat-Sprachen und wogegen sie geprüft werden:</translation>
    </message>
    <message>
        <source>Installed dictionaries:</source>
        <translation>Installierte Wörterbücher:</translation>
    </message>
    <message>
        <source>dictionary {0}</source>
        <translation>Wörterbuch {0}</translation>
    </message>
    <message>
        <source>(shipped with the app)</source>
        <translation>(mit dem Programm geliefert)</translation>
    </message>
    <message numerus="yes">
        <source>the region&apos;s own vocabulary: %n word(s) seen in at least {0} of {1} published pages</source>
        <translation>
            <numerusform>eigener Wortschatz der Region: %n Wort, gesehen in mindestens {0} von {1} veröffentlichten Seiten</numerusform>
            <numerusform>eigener Wortschatz der Region: %n Wörter, gesehen in mindestens {0} von {1} veröffentlichten Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>no word spellcheck (written without spaces between words)</source>
        <translation>keine Prüfung einzelner Wörter (ohne Leerzeichen zwischen Wörtern geschrieben)</translation>
    </message>
    <message>
        <source>not checked: no dictionary, and no published pages in this region yet</source>
        <translation>nicht geprüft: kein Wörterbuch und noch keine veröffentlichten Seiten in dieser Region</translation>
    </message>
    <message>
        <source>Add dictionary</source>
        <translation>Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Hunspell dictionaries (*.dic)</source>
        <translation>Hunspell-Wörterbücher (*.dic)</translation>
    </message>
    <message>
        <source>Affix file for {0}</source>
        <translation>Affix-Datei für {0}</translation>
    </message>
    <message>
        <source>Hunspell affix files (*.aff)</source>
        <translation>Hunspell-Affix-Dateien (*.aff)</translation>
    </message>
    <message>
        <source>Language tag of this dictionary (e.g. tr_TR, so_SO):</source>
        <translation>Sprachkennung dieses Wörterbuchs (z. B. tr_TR, so_SO):</translation>
    </message>
    <message>
        <source>Dictionary not added</source>
        <translation>Wörterbuch nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Open a region — Integreat Desk</source>
        <extracomment>``connect(parent) -&gt; slug or None``: runs &quot;Connect to a CMS…&quot; and returns the region pulled.</extracomment>
        <translation>Region öffnen — Integreat Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Integreat Desk&lt;/h2&gt;Choose the region you want to work on.</source>
        <translation>&lt;h2&gt;Integreat Desk&lt;/h2&gt;Wählen Sie die Region, an der Sie arbeiten möchten.</translation>
    </message>
    <message>
        <source>There is no working copy in this data folder yet. Connect to your Integreat CMS to pull a region, or look around in the demo region first.&lt;br&gt;&lt;br&gt;To connect you need the address of your Integreat CMS, your user name and your password (and the second factor, when your account has one).</source>
        <translation>In diesem Datenordner gibt es noch keine Arbeitskopie. Verbinden Sie sich mit Ihrem Integreat CMS, um eine Region zu holen, oder sehen Sie sich zuerst die Demo-Region an.&lt;br&gt;&lt;br&gt;Zum Verbinden brauchen Sie die Adresse Ihres Integreat CMS, Ihren Benutzernamen und Ihr Passwort (und den zweiten Faktor, wenn Ihr Konto einen hat).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>CMS address</source>
        <translation>CMS-Adresse</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Zuletzt geholt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Datenordner: {0}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to a CMS…</source>
        <translation>Mit einem CMS &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open the &amp;demo region</source>
        <translation>&amp;Demo-Region öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Integreat Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Integreat Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>cannot be opened: {0}</source>
        <translation>kann nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>demo region (fictional)</source>
        <translation>Demo-Region (erfunden)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Insert into the translation</source>
        <translation>In die Übersetzung einfügen</translation>
    </message>
    <message>
        <source>Source: {0}
Page: {1}</source>
        <translation>Ausgangstext: {0}
Seite: {1}</translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>draft or review</source>
        <translation>Entwurf oder Prüfung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>e-mail (mailto)</source>
        <translation>E-Mail (mailto)</translation>
    </message>
    <message>
        <source>phone (tel)</source>
        <translation>Telefon (tel)</translation>
    </message>
    <message>
        <source>pages of the region</source>
        <translation>Seiten der Region</translation>
    </message>
    <message>
        <source>relative addresses</source>
        <translation>relative Adressen</translation>
    </message>
    <message>
        <source>anchors in the page</source>
        <translation>Sprungmarken in der Seite</translation>
    </message>
    <message>
        <source>other addresses</source>
        <translation>andere Adressen</translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation>Web-Adressen</translation>
    </message>
    <message>
        <source>Readability (HIX, German)</source>
        <translation>Lesbarkeit (HIX, Deutsch)</translation>
    </message>
    <message>
        <source>Broken links by host</source>
        <translation>Defekte Links je Server</translation>
    </message>
    <message>
        <source>Translations per language</source>
        <translation>Übersetzungen je Sprache</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>SurfaceEdit</name>
    <message>
        <source>Table</source>
        <extracomment>Latin families tried first (the first installed one is used). Fallback chain with Arabic-script coverage in regular, bold and italic (DejaVu&apos;s oblique has none).</extracomment>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>SurfaceTable</name>
    <message>
        <source>Insert row above</source>
        <extracomment>The commands, in menu order.</extracomment>
        <translation>Zeile oberhalb einfügen</translation>
    </message>
    <message>
        <source>Insert row below</source>
        <translation>Zeile unterhalb einfügen</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>Insert column left</source>
        <translation>Spalte links einfügen</translation>
    </message>
    <message>
        <source>Insert column right</source>
        <translation>Spalte rechts einfügen</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Spalte löschen</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>Seconds between probes while online (offline: the backoff&apos;s delays).</extracomment>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Receive changes from the CMS and send yours (F5)</source>
        <translation>Änderungen aus dem CMS holen und Ihre senden (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Abgleich a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>Send &amp;kept texts again…</source>
        <translation>&amp;Erhaltene Texte erneut senden…</translation>
    </message>
    <message>
        <source>CMS c&amp;onnection…</source>
        <translation>CMS-&amp;Verbindung…</translation>
    </message>
    <message>
        <source>Offline: no CMS connected</source>
        <translation>Offline: kein CMS verbunden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Abgleich wird abgebrochen…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts ({0})…</source>
        <translation>&amp;Konflikte lösen ({0})…</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Enter your CMS user name in the settings.</source>
        <translation>Bitte Ihren CMS-Benutzernamen in den Einstellungen eingeben.</translation>
    </message>
    <message>
        <source>Changes not sent automatically: use Sync now to log in.</source>
        <translation>Änderungen nicht automatisch gesendet: Mit „Jetzt abgleichen“ anmelden.</translation>
    </message>
    <message>
        <source>Not connecting: {0}</source>
        <translation>Keine Verbindung aufgebaut: {0}</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Synchronisierung abgelehnt</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Abgleich fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>No CMS configured</source>
        <translation>Kein CMS eingerichtet</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Set the CMS address in the settings</source>
        <translation>CMS-Adresse in den Einstellungen festlegen</translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>Could not be applied here: {0}</source>
        <translation>Konnte hier nicht übernommen werden: {0}</translation>
    </message>
    <message>
        <source>The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. Check the account&apos;s rights or the region.</source>
        <translation>Das CMS führt keine Seiten in der Sprache {0}, obwohl beim letzten Abruf {1} da waren; es wurde nichts geändert. Prüfen Sie die Rechte des Kontos oder die Region.</translation>
    </message>
    <message>
        <source>Not sent: the language {0} is not active in the CMS (deactivated or removed from the region&apos;s languages). The text is kept here and sent once {0} is active again.</source>
        <translation>Nicht gesendet: Die Sprache {0} ist im CMS nicht aktiv (deaktiviert oder aus den Sprachen der Region entfernt). Der Text bleibt hier erhalten und wird gesendet, sobald {0} wieder aktiv ist.</translation>
    </message>
    <message>
        <source>The CMS holds no texts in {0} any more: the language was most likely removed from the region and added again, which deletes its texts in the CMS. Its texts are kept here ({1}); those changed here ({2}) are sent as new texts, the others once they are edited here or sent again (Sync: Send kept texts again).</source>
        <translation>Das CMS enthält keine Texte in {0} mehr: Die Sprache wurde vermutlich aus der Region entfernt und wieder hinzugefügt, wodurch das CMS ihre Texte löscht. Ihre Texte bleiben hier erhalten ({1}); die hier geänderten ({2}) werden als neue Texte gesendet, die übrigen, sobald sie hier bearbeitet oder erneut gesendet werden (Abgleich: Erhaltene Texte erneut senden).</translation>
    </message>
    <message>
        <source>Changed here while the server&apos;s text arrived.</source>
        <translation>Hier geändert, während der Text vom Server ankam.</translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation>Hier und auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Changed here, but archived or deleted on the server.</source>
        <translation>Hier geändert, aber auf dem Server archiviert oder gelöscht.</translation>
    </message>
    <message>
        <source>Moved here, but archived or deleted in the CMS meanwhile.</source>
        <translation>Hier verschoben, aber im CMS inzwischen archiviert oder gelöscht.</translation>
    </message>
    <message>
        <source>Moved here and also moved in the CMS meanwhile.</source>
        <translation>Hier verschoben und inzwischen auch im CMS verschoben.</translation>
    </message>
    <message>
        <source>The page it was moved to is not in the CMS (archived or deleted).</source>
        <translation>Die Seite, zu der sie verschoben wurde, ist nicht im CMS (archiviert oder gelöscht).</translation>
    </message>
    <message>
        <source>The page it goes under or next to was archived or deleted in the CMS.</source>
        <translation>Die Seite, unter oder neben die sie gehört, wurde im CMS archiviert oder gelöscht.</translation>
    </message>
    <message>
        <source>The page it belongs under is not in the CMS yet.</source>
        <translation>Die Seite, unter die sie gehört, ist noch nicht im CMS.</translation>
    </message>
    <message>
        <source>The page it goes next to was moved to another parent in the CMS.</source>
        <translation>Die Seite, neben die sie gehört, wurde im CMS unter eine andere übergeordnete Seite verschoben.</translation>
    </message>
    <message>
        <source>Still archived in the CMS: a page above it is archived there (restore that one too).</source>
        <translation>Im CMS noch archiviert: Eine übergeordnete Seite ist dort archiviert (stellen Sie auch diese wieder her).</translation>
    </message>
    <message>
        <source>In conflict: resolve it before sending.</source>
        <translation>Im Konflikt: Lösen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <source>In conflict: check it in the list of changes waiting to be sent.</source>
        <translation>Im Konflikt: Prüfen Sie ihn in der Liste der Änderungen, die auf das Senden warten.</translation>
    </message>
    <message>
        <source>This page is not in the CMS yet (its creation has not been sent).</source>
        <translation>Diese Seite ist noch nicht im CMS (ihre Anlage wurde noch nicht gesendet).</translation>
    </message>
    <message>
        <source>Changed on the server since the last pull.</source>
        <translation>Seit dem letzten Abruf auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Not confirmed: the translation was changed in the CMS since the last pull.</source>
        <translation>Nicht bestätigt: Die Übersetzung wurde seit dem letzten Abruf im CMS geändert.</translation>
    </message>
    <message>
        <source>Not confirmed: the source text in the CMS is not the one confirmed (it changed since, or was not sent).</source>
        <translation>Nicht bestätigt: Der Ausgangstext im CMS ist nicht der bestätigte (er wurde seitdem geändert oder nicht gesendet).</translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message>
        <source>Received: {0} · sent: {1}</source>
        <translation>Empfangen: {0} · gesendet: {1}</translation>
    </message>
    <message>
        <source>conflicts: {0}</source>
        <translation>Konflikte: {0}</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>SyncResultDialog</name>
    <message>
        <source>Sync result</source>
        <translation>Ergebnis des Abgleichs</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation>Nicht gesendet: {0}</translation>
    </message>
    <message>
        <source>Conflict: {0}</source>
        <translation>Konflikt: {0}</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Konflikte lösen…</translation>
    </message>
    <message>
        <source>Send kept texts again…</source>
        <translation>Erhaltene Texte erneut senden…</translation>
    </message>
    <message>
        <source>Items that failed stay in the outbox and are sent again by the next sync.</source>
        <translation>Fehlgeschlagene Einträge bleiben im Postausgang und werden beim nächsten Abgleich erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>First row is a header row</source>
        <translation>Erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
</context>
<context>
    <name>TranslatorDesk</name>
    <message>
        <source>&amp;Next block to translate</source>
        <translation>&amp;Nächster zu übersetzender Block</translation>
    </message>
    <message>
        <source>&amp;Previous block to translate</source>
        <translation>&amp;Vorheriger zu übersetzender Block</translation>
    </message>
    <message>
        <source>&amp;Insert the source block here</source>
        <translation>Ausgangsblock hier &amp;einfügen</translation>
    </message>
    <message>
        <source>New translation from the &amp;source</source>
        <translation>Neue Übersetzung aus dem &amp;Ausgangstext</translation>
    </message>
    <message>
        <source>Still &amp;up to date</source>
        <translation>Weiterhin &amp;aktuell</translation>
    </message>
    <message>
        <source>Still up to date in &amp;all languages</source>
        <translation>Weiterhin aktuell in &amp;allen Sprachen</translation>
    </message>
    <message>
        <source>The translation needs no change for the source as it is now: it counts as up to date (and still valid), here and, after the next sync, in the CMS</source>
        <translation>Die Übersetzung braucht für den Ausgangstext, wie er jetzt ist, keine Änderung: Sie gilt als aktuell (und weiterhin gültig), hier und nach dem nächsten Abgleich auch im CMS</translation>
    </message>
    <message>
        <source>Insert the missing source block (structure, links, protected names and text to overwrite)</source>
        <translation>Fehlenden Ausgangsblock einfügen (Struktur, Links, geschützte Namen und Text zum Überschreiben)</translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation>Übersetzung ersetzen?</translation>
    </message>
    <message>
        <source>The translation has text. Replace it with the source&apos;s structure? (Ctrl+Z undoes it.)</source>
        <translation>Die Übersetzung enthält Text. Durch die Struktur des Ausgangstexts ersetzen? (Strg+Z macht es rückgängig.)</translation>
    </message>
    <message>
        <source>No structure to copy</source>
        <translation>Keine Struktur zum Kopieren</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Send with QA warnings?</source>
        <translation>Mit Prüfwarnungen senden?</translation>
    </message>
    <message numerus="yes">
        <source>%n QA warning(s) in the translations waiting to be sent:</source>
        <translation>
            <numerusform>%n Prüfwarnung in den Übersetzungen, die auf das Senden warten:</numerusform>
            <numerusform>%n Prüfwarnungen in den Übersetzungen, die auf das Senden warten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send anyway? (No: nothing is sent; the QA tab lists the warnings of the open page.)</source>
        <translation>Trotzdem senden? (Nein: nichts wird gesendet; der Reiter „Prüfung“ listet die Warnungen der offenen Seite.)</translation>
    </message>
</context>
<context>
    <name>TreeColumns</name>
    <message>
        <source>Show all languages</source>
        <translation>Alle Sprachen zeigen</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>View &amp;archived pages</source>
        <translation>&amp;Archivierte Seiten zeigen</translation>
    </message>
    <message>
        <source>New page &amp;after</source>
        <translation>Neue Seite &amp;danach</translation>
    </message>
    <message>
        <source>New page &amp;before</source>
        <translation>Neue Seite da&amp;vor</translation>
    </message>
    <message>
        <source>New &amp;subpage</source>
        <translation>Neue &amp;Unterseite</translation>
    </message>
    <message>
        <source>Cu&amp;t page</source>
        <translation>Seite &amp;ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Paste page after</source>
        <translation>Seite danach &amp;einfügen</translation>
    </message>
    <message>
        <source>Paste page as s&amp;ubpage</source>
        <translation>Seite als U&amp;nterseite einfügen</translation>
    </message>
    <message>
        <source>Arc&amp;hive page</source>
        <translation>Seite arc&amp;hivieren</translation>
    </message>
    <message>
        <source>&amp;Restore page</source>
        <translation>Seite &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Page cut: select where it goes and paste it</source>
        <translation>Seite ausgeschnitten: Ziel wählen und einfügen</translation>
    </message>
    <message>
        <source>“{0}” archived, with its subpages. To bring it back: “{1}”, then “{2}”.</source>
        <translation>„{0}“ ist archiviert, mit ihren Unterseiten. Zurückholen: „{1}“, dann „{2}“.</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Title of the new page:</source>
        <translation>Titel der neuen Seite:</translation>
    </message>
    <message>
        <source>Page not changed</source>
        <translation>Seite nicht geändert</translation>
    </message>
</context>
<context>
    <name>TreeFilter</name>
    <message>
        <source>Show only the pages that need work in a language</source>
        <translation>Nur Seiten zeigen, die in einer Sprache Arbeit brauchen</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Missing in {0}</source>
        <translation>Fehlt: {0}</translation>
    </message>
    <message>
        <source>Outdated in {0}</source>
        <translation>Veraltet: {0}</translation>
    </message>
    <message>
        <source>Not reviewed in {0}</source>
        <translation>Nicht geprüft: {0}</translation>
    </message>
</context>
<context>
    <name>TreeProblemMessages</name>
    <message numerus="yes">
        <source>Damaged page tree: %n page(s) with a parent cycle or a missing parent shown at the top level.</source>
        <extracomment>At most this many problems are listed one by one; the rest are counted. At most this many pages of one cycle are named.</extracomment>
        <translation>
            <numerusform>Beschädigter Seitenbaum: %n Seite mit einem Kreis in den Elternverweisen oder fehlender Elternseite auf oberster Ebene angezeigt.</numerusform>
            <numerusform>Beschädigter Seitenbaum: %n Seiten mit einem Kreis in den Elternverweisen oder fehlender Elternseite auf oberster Ebene angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: their parent links form a cycle</source>
        <translation>{0}: ihre Elternverweise bilden einen Kreis</translation>
    </message>
    <message>
        <source>{0}: its parent (page {1}) does not exist</source>
        <translation>{0}: ihre Elternseite (Seite {1}) existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page tree of this working copy is damaged. These pages are shown at the top level; nothing in the working copy was changed.</source>
        <translation>Der Seitenbaum dieser Arbeitskopie ist beschädigt. Diese Seiten werden auf oberster Ebene angezeigt; an der Arbeitskopie wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>“{0}” (page {1})</source>
        <translation>„{0}“ (Seite {1})</translation>
    </message>
</context>
<context>
    <name>TreeProblemReporter</name>
    <message>
        <source>Damaged page tree</source>
        <translation>Beschädigter Seitenbaum</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Translator&apos;s worklist</source>
        <translation>Arbeitsliste Übersetzung</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>New words</source>
        <translation>Neue Wörter</translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation>Geänderte Wörter</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need work: {0} new and {1} changed words.</source>
        <translation>
            <numerusform>%n Seite braucht Arbeit: {0} neue und {1} geänderte Wörter.</numerusform>
            <numerusform>%n Seiten brauchen Arbeit: {0} neue und {1} geänderte Wörter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xliff</name>
    <message>
        <source>{path} cannot be read: {cause}</source>
        <translation>{path} kann nicht gelesen werden: {cause}</translation>
    </message>
    <message>
        <source>it is not a valid zip file</source>
        <translation>es ist keine gültige ZIP-Datei</translation>
    </message>
    <message>
        <source>XLIFF version {version} is not supported (use 1.2 or 2.0).</source>
        <translation>Die XLIFF-Version {version} wird nicht unterstützt (1.2 oder 2.0 verwenden).</translation>
    </message>
    <message>
        <source>There are no pages to write.</source>
        <translation>Es gibt keine Seiten zum Schreiben.</translation>
    </message>
    <message>
        <source>XLIFF 2.0: all pages of one file need the same languages.</source>
        <translation>XLIFF 2.0: Alle Seiten einer Datei brauchen dieselben Sprachen.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({detail}).</source>
        <translation>{name} ist kein wohlgeformtes XML ({detail}).</translation>
    </message>
    <message>
        <source>{name}: a document type declaration is not allowed in XLIFF.</source>
        <translation>{name}: Eine Dokumenttyp-Deklaration ist in XLIFF nicht erlaubt.</translation>
    </message>
    <message>
        <source>{name}: the root element is &lt;{root}&gt;, not &lt;xliff&gt;.</source>
        <translation>{name}: Das Wurzelelement ist &lt;{root}&gt;, nicht &lt;xliff&gt;.</translation>
    </message>
    <message>
        <source>{name}: XLIFF version {version} is not supported (1.2 or 2.0).</source>
        <translation>{name}: Die XLIFF-Version {version} wird nicht unterstützt (1.2 oder 2.0).</translation>
    </message>
    <message>
        <source>{where} (original {original}): no title or content unit.</source>
        <translation>{where} (original {original}): keine Einheit für Titel oder Inhalt.</translation>
    </message>
    <message>
        <source>{where}: the unit {unit} is not a page field (title, content or body).</source>
        <translation>{where}: Die Einheit {unit} ist kein Feld einer Seite (title, content oder body).</translation>
    </message>
    <message>
        <source>{where}: the unit {unit} has no &lt;target&gt;.</source>
        <translation>{where}: Die Einheit {unit} hat kein &lt;target&gt;.</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; has no {attribute} attribute.</source>
        <translation>{where}: &lt;{element}&gt; hat kein Attribut {attribute}.</translation>
    </message>
    <message>
        <source>{name}: no &lt;file&gt; element, so no page to import.</source>
        <translation>{name}: kein &lt;file&gt;-Element, also keine Seite zum Importieren.</translation>
    </message>
    <message>
        <source>The region has no language {language} (it has {languages}).</source>
        <translation>Die Region hat keine Sprache {language} (sie hat {languages}).</translation>
    </message>
    <message>
        <source>{language} is the region&apos;s source language; XLIFF is for translations.</source>
        <translation>{language} ist die Ausgangssprache der Region; XLIFF ist für Übersetzungen.</translation>
    </message>
    <message>
        <source>Page {page} has no CMS id and its local id is another page&apos;s CMS id.</source>
        <translation>Seite {page} hat keine CMS-ID, und ihre lokale ID ist die CMS-ID einer anderen Seite.</translation>
    </message>
    <message>
        <source>Page {page} has no source text ({language}) to translate from.</source>
        <translation>Seite {page} hat keinen Ausgangstext ({language}), aus dem übersetzt werden kann.</translation>
    </message>
    <message>
        <source>There is no page with id {page} in this working copy.</source>
        <translation>In dieser Arbeitskopie gibt es keine Seite mit der ID {page}.</translation>
    </message>
    <message>
        <source>{where}: “original” is not a page id.</source>
        <translation>{where}: „original“ ist keine Seiten-ID.</translation>
    </message>
    <message>
        <source>{where}: the region has no language {language}.</source>
        <translation>{where}: Die Region hat keine Sprache {language}.</translation>
    </message>
    <message>
        <source>No page has a text to translate into this language ({language}).</source>
        <translation>Keine Seite hat einen Text, der in diese Sprache ({language}) zu übersetzen ist.</translation>
    </message>
    <message>
        <source>{path} is not a file, or larger than {limit} MB.</source>
        <translation>{path} ist keine Datei oder größer als {limit} MB.</translation>
    </message>
    <message>
        <source>{path}: the zip file holds no .xliff file.</source>
        <translation>{path}: Die ZIP-Datei enthält keine .xliff-Datei.</translation>
    </message>
</context>
<context>
    <name>XliffActions</name>
    <message>
        <source>Export &amp;XLIFF…</source>
        <extracomment>The language the export offers first (the right pane&apos;s)</extracomment>
        <translation>&amp;XLIFF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import XLIFF…</source>
        <translation>XLIFF &amp;importieren…</translation>
    </message>
    <message>
        <source>Export XLIFF</source>
        <translation>XLIFF exportieren</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Zielsprache:</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Export XLIFF into folder</source>
        <translation>XLIFF in Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting the XLIFF to the folder {0}…</source>
        <translation>Das XLIFF wird in den Ordner {0} exportiert…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {0}</source>
        <translation>
            <numerusform>%n Seite nach {0} geschrieben</numerusform>
            <numerusform>%n Seiten nach {0} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>XLIFF exported</source>
        <translation>XLIFF exportiert</translation>
    </message>
    <message>
        <source>Import XLIFF</source>
        <translation>XLIFF importieren</translation>
    </message>
    <message>
        <source>XLIFF (*.xliff *.xlf *.zip)</source>
        <translation>XLIFF (*.xliff *.xlf *.zip)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>Importing the XLIFF translations…</source>
        <translation>Die Übersetzungen aus XLIFF werden importiert…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>XliffImportDialog</name>
    <message>
        <source>Import XLIFF: preview</source>
        <translation>XLIFF importieren: Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) would change; nothing is written until you import.</source>
        <translation>
            <numerusform>%n Übersetzung würde sich ändern; nichts wird geschrieben, bevor Sie importieren.</numerusform>
            <numerusform>%n Übersetzungen würden sich ändern; nichts wird geschrieben, bevor Sie importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Old title</source>
        <translation>Alter Titel</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new translation</source>
        <translation>neue Übersetzung</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n Block geändert</numerusform>
            <numerusform>%n Blöcke geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <source>note: the source text changed since the export</source>
        <translation>Hinweis: Der Ausgangstext hat sich seit dem Export geändert</translation>
    </message>
</context>
</TS>
