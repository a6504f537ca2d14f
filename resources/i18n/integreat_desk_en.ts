<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the working copy</source>
        <extracomment>Passwords typed in &quot;Connect to a CMS…&quot; this run (memory only), handed to each region window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {0} cannot be changed; you can read and search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyStatus</name>
    <message numerus="yes">
        <source>{0} (%n more waiting)</source>
        <translation>
            <numerusform>{0} (%n more waiting)</numerusform>
            <numerusform>{0} (%n more waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&lt;span style=&apos;background:{0}&apos;&gt;&amp;nbsp;inserted&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{1}&apos;&gt;&amp;nbsp;changed&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:{2}; text-decoration:underline&apos;&gt;&amp;nbsp;deleted here&amp;nbsp;&lt;/span&gt; — hover a block for its old text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has not changed here since the translation into {0} was last updated ({1}). Changes made on the CMS before the last pull are not in the local history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation into {0} is up to date: the source is the text it was last brought up to date with ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS marks the translation into {0} as outdated, but the source text it was translated from is not known here, so the whole source is shown as new ({2} words). When the translation is up to date, use Translate → Still up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the source as it was when the translation into {0} was last brought up to date ({1}): {2} new and {3} changed words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmsSettingsSection</name>
    <message>
        <source>CMS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send changes automatically when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system proxy (HTTPS_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the proxy asks for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure password store: kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: only the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are always verified. A custom CA file adds your office&apos;s certificate authority; it never switches verification off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password kept for this session only: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the CMS address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name or password in the address is never saved; it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send your password unencrypted: use https://. (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and logged in as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages were changed here and in the CMS since the last sync. Choose mine or theirs per paragraph, or edit the result. Resolving never publishes: the result is saved as your local version with its status unchanged and sent by the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Last synced (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (CMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor (TOTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store on this computer: the app asks for the password once per run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your Integreat CMS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the CMS address, your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions {0} may edit at {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may edit no region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has a second factor: enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull was cancelled; the region was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region could not be pulled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Source</source>
        <extracomment>How much of an over-long page is shown. ``saver(page_id, language, title, html)`` stores a translation; raises on failure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit the page&apos;s HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page as Markdown (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated into {0} yet: start typing to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text yet: start typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page is open: choose one in the page tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is too large to edit here ({1:.1f} MB; the limit is {2} KB). It is shown read-only and unchanged; edit it in the CMS or split it into smaller pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” cannot be edited ({1}); it is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot reach {0}: the host name was not found. Check the address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {0}: the connection was refused. Check the address and port, and that the CMS runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {0} was interrupted. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {0}: there is no network route to it. Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy {0} asks for a login: check its user name and password in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy {0} is a SOCKS proxy, which cannot be used: set an HTTP proxy in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy {0} refused the connection. Check the proxy in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} is not valid yet; check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} is self-signed and not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} was issued by an authority this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} is made out for another host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {0} is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your network inspects encrypted connections, choose your organisation&apos;s certificate authority file in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a certificate authority file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file {0} cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file {0} holds no certificate in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file {0} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CMS address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS address must not contain a user name or password; give the user separately (the password is kept in the system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send your password unencrypted: use https://. (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS redirected to {0}, which is not followed: plain http:// to another computer would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS address {0} is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS rejected the login of {0}: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is needed to read drafts and to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is known for {0}: set {1} or save the password in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS asks {0} for another login step ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {0} needs a TOTP code (second factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TOTP code for {0} was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in to the CMS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS rejected the login of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS failed with HTTP status {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS has no region {0} (or it is archived). Similar regions: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS has no region {0} (or it is archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {0} may not edit the region {1}: ask the region&apos;s administrators for access, or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS refused the request with HTTP status {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS session has expired; please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS did not accept the form for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS did not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from {0}: the field “{1}” is missing or has the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no secure password store; the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to save the password of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of the working copy {0} was removed or replaced by another program while the file was open; edits can no longer be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} translation of page {1} cannot be read from the working copy; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS lists no pages for this region; nothing was changed. Check the account&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. Check the account&apos;s rights or the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a page address. Expected REGION/LANGUAGE/PAGE, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an address in region {region}; this working copy holds {held}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: region {region} has no language {language} (it has {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no page with the CMS id {id} is in this working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is a short link of the CMS and names no page by itself: open it in the browser and give the address it leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {region} is not a region name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {language} is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region has no language {language} to compare with (it has {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closest pages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import data is not valid: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First found: {detail} (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its journal is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical cause: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the working copy {path} failed: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the working copy {path} failed: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy {path} is read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving page {page} ({language}) failed: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language {language} in the working copy {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable recovery file: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary {path} cannot be read: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary {path} cannot be saved: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo region in {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{region}” is not a valid region name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no working copy in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable working copy: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by an older version of Integreat Desk and is read-only, so it cannot be upgraded. Make it writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new working copy {path} cannot be completed: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working copy can be created in {path}: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not an Integreat Desk working copy; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} carries the Integreat Desk mark but is not a working copy (it has no schema version); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the working copy {path} is damaged; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Integreat Desk. Update Integreat Desk to open it; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a complete working copy (missing: {tables}); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy {path} cannot be upgraded: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Integreat Desk is still creating this working copy ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} has no text in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region {region} lists no languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This working copy holds the region {held}, not {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS page {page} is not in the working copy yet; pull the page tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is no longer in the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} ({language}) is not in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is no longer in the page&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy has no language {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page cannot be moved below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the pages created under it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the CMS were moved under it: move them elsewhere first, then discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this working copy is running (another window or the sync command); nothing was done. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place in the page tree is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains the control character {char} at character {offset}, which HTML cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML cannot be read (line {line}; technical cause: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown is nested more than {levels} levels deep (lists, quotes or indentation) and cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML holds markup the CMS editor does not allow (scripts, event handlers or unsafe links), which Integreat Desk would remove on saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML cannot be shown as Markdown without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingDialog</name>
    <message>
        <source>Still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window closes as soon as this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <extracomment>``pages(language_code)``: the region&apos;s pages as (title, address) in that language, for the link picker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading (level 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading (level 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the list item a sub-item of the item before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the list item out one level (at the top level: a paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a table, or insert and delete rows and columns of the table at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table has merged cells: change its rows and columns in the Source view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the paragraph or heading (again: as its text direction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapOverlay</name>
    <message numerus="yes">
        <source>%n block(s) missing here (F8, Ctrl+Alt+I)</source>
        <translation>
            <numerusform>%n block missing here (F8, Ctrl+Alt+I)</numerusform>
            <numerusform>%n blocks missing here (F8, Ctrl+Alt+I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryActions</name>
    <message>
        <source>Import &amp;glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export g&amp;lossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the glossary to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) taken from {0}.</source>
        <translation>
            <numerusform>%n term taken from {0}.</numerusform>
            <numerusform>%n terms taken from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The glossary now has %n term(s).</source>
        <translation>
            <numerusform>The glossary now has %n term.</numerusform>
            <numerusform>The glossary now has %n terms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the glossary from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) written to {0}.</source>
        <translation>
            <numerusform>%n term written to {0}.</numerusform>
            <numerusform>%n terms written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend of the page tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check installation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Integreat Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here, not yet sent to the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red: changed here and in the CMS (a conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop editor for the multilingual content of an Integreat region. Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled parts and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Integreat Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionaries (LibreOffice, Debian)</source>
        <extracomment>The parts an installer bundles, with their licences (the About box lists them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL / LGPL / MPL, per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noto Naskh Arabic, DejaVu fonts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the chosen version with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “{0}” to “{1}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of {0} replaces the current text. The current text stays in the history, so restoring it undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet: every save keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportData</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was expected, but it is {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” should be {expected}, but it is {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” contains the control character {character} at position {offset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” holds “{value}”, which is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list was expected, but it is {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “path” holds “{value}”, which is not a region name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” has the unknown value “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region has no languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” holds “{value}”, which is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({cause}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two pages ({first} and {second}) claim to be the same page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent page {parent} of {page} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree has a cycle at {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a list of page versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a glossary file: the name must end in .tbx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be written: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the first row must name the source language, then the languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: line {line} has {cells} cells, but the first row has {header}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: line {line} has no term in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a term entry has no term in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the terms are in {found}, but the region&apos;s source language is {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallationDialog</name>
    <message>
        <source>Check installation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptTexts</name>
    <message>
        <source>The CMS no longer holds these texts kept here ({0}): their language was removed from the region and added again. Send them to the CMS as new texts? Each is created only where the CMS still holds no text; a text written there meanwhile is not overwritten (it becomes a conflict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send kept texts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a page of this region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a web address. Type it with https:// (or an e-mail address), or choose a page of this region below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkMarks</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language&apos;s address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Use the new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) with a problem</source>
        <translation>
            <numerusform>%n link with a problem</numerusform>
            <numerusform>%n links with a problem</numerusform>
        </translation>
    </message>
    <message>
        <source>No link problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkProblems</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatically saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {scheme}: address does not work for readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailto: link has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tel: link has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{number}” is not a phone number (digits, an optional leading +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{number}” has {digits} digits; a phone number has at most 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is malformed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page at {path} in the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked page is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the page “{title}” in another language ({language}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the page “{title}” in another language ({language}); the page has no translation ({own}) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked page is not published in this language ({language}: {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers with HTTP status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address redirects to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} redirects (a loop?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of &lt;b&gt;{0}&lt;/b&gt; at {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store on this computer: you will be asked once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor (TOTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator&apos;s &amp;worklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minor edit (other languages stay up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n page(s)</source>
        <translation>
            <numerusform>{0}: %n page</numerusform>
            <numerusform>{0}: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n local change waiting to be sent</numerusform>
            <numerusform>%n local changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryController</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a block to see suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the translation memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from the region&apos;s translations.</source>
        <translation>
            <numerusform>%n suggestion from the region&apos;s translations.</numerusform>
            <numerusform>%n suggestions from the region&apos;s translations.</numerusform>
        </translation>
    </message>
    <message>
        <source>No similar block has been translated in this region yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation memory cannot be built: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: do not translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no agreed translation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding a text edit keeps the text here and only stops sending it. Discarding a new page removes it (it exists only here). A discarded move, archive or restore is undone by the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(minor edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “{0}” exists only here. Discarding it removes it with its texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageColumn</name>
    <message>
        <source>The page tree cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTree</name>
    <message>
        <source>up to date</source>
        <extracomment>Glyph and colour per state; a missing translation shows a hollow circle. A translation changed here and in the CMS since the last sync.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: changed here and in the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneChecks</name>
    <message>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanePair</name>
    <message>
        <source>changed locally, not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (page {1}) in {2} cannot be read: {3}. It is shown read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaController</name>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>QA (%n)</source>
        <translation>
            <numerusform>QA (%n)</numerusform>
            <numerusform>QA (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>Open a page with a translation to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). They do not stop sending: check them and decide.</source>
        <translation>
            <numerusform>%n warning. They do not stop sending: check them and decide.</numerusform>
            <numerusform>%n warnings. They do not stop sending: check them and decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaWarnings</name>
    <message>
        <source>The translation of this block is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is marked not to be translated but is missing or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings: {mine} in the source, {theirs} in the translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items: {mine} in the source, {theirs} in the translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table cells: {mine} in the source, {theirs} in the translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the source-language page ({source}) {link}; the page for this language ({target}) is {translated}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to {link} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address {text} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {text} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {text} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time {text} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {text} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block is the same as the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block looks like the source language ({language}): {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” is not to be translated but is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” should be translated as agreed: {agreed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R switches between the report and the texts; × closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed or confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed or confirmed for a long time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityReportPanel</name>
    <message>
        <source>Filter by page or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check links online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still valid (all languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link problems of the selected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the summary pictures (more rows of the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the summary pictures: translations per language, readability, broken links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n address(es) online…</source>
        <translation>
            <numerusform>Checking %n address online…</numerusform>
            <numerusform>Checking %n addresses online…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s)</source>
        <translation>
            <numerusform>{0} of %n row</numerusform>
            <numerusform>{0} of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s)</source>
        <translation>
            <numerusform>%n broken link</numerusform>
            <numerusform>%n broken links</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the UI language: de in the German translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadabilityHint</name>
    <message>
        <source>{count} words: split it into shorter sentences (at most {limit} words each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words: split it into shorter sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several subordinate clauses: make one main clause per statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive voice: say who does it (“Das Amt prüft den Antrag”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future tense: the present tense is easier (“Sie bekommen morgen Post”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal style ({examples}): use verbs instead (“Sie beantragen …”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infinitive construction: write a main clause instead (“Sie müssen … ausfüllen”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long word ({letters} letters): use a shorter word or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation “{text}”: write it out or explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation: write “{full}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation: write it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureaucratic word: try “{alternative}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureaucratic phrase: try “{alternative}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy German: say it positively, without negation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy German: no genitive; use “von” (“das Haus von …”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy German: no subjunctive; say it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy German: split the long word with a hyphen (“Bürger-Amt”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Measure</source>
        <extracomment>Findings listed per category; the rest is summarised in one line (keeps rendering fast).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pulls the score down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of prose; a score needs at least 20.</source>
        <translation>
            <numerusform>%n word of prose; a score needs at least 20.</numerusform>
            <numerusform>%n words of prose; a score needs at least 20.</numerusform>
        </translation>
    </message>
    <message>
        <source>No HIX-like score for this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIX-like %1 / 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our offline estimate on the HIX scale (0–20, higher is easier); not the HIX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine translation allowed (needs %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1: machine translation is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch Reading Ease %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure for English: 0–100, higher is easier. The HIX-like score is for German only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure for this language: below 40 easy, above 60 hard (indicative). The HIX-like score is for German only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch–Amstad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100, higher is easier; from sentence length and syllables per word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiener Sachtextformel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School grade 4–15, lower is easier; long and many-syllable words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOG (German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School grade, lower is easier; words with three or more syllables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 40 easy, above 60 hard; sentence length plus long words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch Reading Ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100, higher is easier (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US school grade, lower is easier (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words per sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average sentence length in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words per clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average clause length in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters per word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average word length in letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% long words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of words with more than 6 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% long clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of clauses with more than 12 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% long sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sentences with more than 20 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infinitive constructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureaucratic terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjunctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long compounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <source>read-only: the working copy was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts were written to {0}; the next start offers to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be written to a recovery file: copy what you need now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy {0} was changed by another program (its journal file was removed), so edits can no longer be saved to it. Editing is switched off. {1} Close the app and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy lost: editing switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of {0} could not be saved in an earlier session and were kept in a recovery file. Restore them now (each is saved as an edit, with the current text kept in the page&apos;s history), or keep them for later?</source>
        <translation>
            <numerusform>%n text of {0} could not be saved in an earlier session and was kept in a recovery file. Restore it now (each is saved as an edit, with the current text kept in the page&apos;s history), or keep them for later?</numerusform>
            <numerusform>%n texts of {0} could not be saved in an earlier session and were kept in a recovery file. Restore them now (each is saved as an edit, with the current text kept in the page&apos;s history), or keep them for later?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved texts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) restored.</source>
        <translation>
            <numerusform>%n text restored.</numerusform>
            <numerusform>%n texts restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some texts were not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stay in the recovery file for later:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search titles and text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Qt {version} (PySide6 {pyside}) on platform {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts with Arabic script: {fonts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font covers the Arabic script: Arabic, Farsi and Pashto text cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface in English: no translation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation loaded: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation for {language} is missing: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder {path} is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder {path} is not writable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: all data is kept beside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling engine enchant {version} with {providers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling engine enchant cannot be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: dictionary {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: dictionary {tag} (shipped with the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: checked against the region&apos;s own vocabulary ({words} words from {pages} published pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: checked against the region&apos;s own vocabulary once a working copy has published pages in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: no word spellcheck (written without spaces between words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: no dictionary found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password store: {backend} (secure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password store: {backend} is not secure; passwords are not saved and are asked for at each sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password store cannot be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: {proxy} (from {origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: the system&apos;s trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: the system&apos;s trust store and {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate file {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS: no account configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url} answers (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url} cannot be reached (the host is unknown or refuses connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url} did not answer within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url}: its certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url}: the proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url}: the proxy {proxy} wants a login: check the proxy&apos;s user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url}: the proxy {proxy} is a SOCKS proxy, which Integreat Desk cannot use: set an http:// proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS {url} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestSummary</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after a pause of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readability needed for machine translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChanges</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mark this word on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellPanel</name>
    <message>
        <source>{word} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spelling: %n issue(s)</source>
        <translation>
            <numerusform>Spelling: %n issue</numerusform>
            <numerusform>Spelling: %n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>{word} (paragraph {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spellcheck dictionary for {language}: &lt;a href=&quot;add&quot;&gt;how to add one&lt;/a&gt; (Settings → Spelling → Add dictionary…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is written without spaces between words: there is no word spellcheck for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dictionary exists for {language}: it is checked against the region&apos;s own vocabulary (words seen in at least {pages} published pages count as known).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingSettingsSection</name>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pane is checked in its own language. Dictionaries are hunspell pairs (.dic and .aff, e.g. from LibreOffice extensions); added ones are kept in your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integreat languages and what they are checked against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed dictionaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shipped with the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the region&apos;s own vocabulary: %n word(s) seen in at least {0} of {1} published pages</source>
        <translation>
            <numerusform>the region&apos;s own vocabulary: %n word seen in at least {0} of {1} published pages</numerusform>
            <numerusform>the region&apos;s own vocabulary: %n words seen in at least {0} of {1} published pages</numerusform>
        </translation>
    </message>
    <message>
        <source>no word spellcheck (written without spaces between words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no dictionary, and no published pages in this region yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunspell dictionaries (*.dic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affix file for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunspell affix files (*.aff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language tag of this dictionary (e.g. tr_TR, so_SO):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Open a region — Integreat Desk</source>
        <extracomment>``connect(parent) -&gt; slug or None``: runs &quot;Connect to a CMS…&quot; and returns the region pulled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Integreat Desk&lt;/h2&gt;Choose the region you want to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no working copy in this data folder yet. Connect to your Integreat CMS to pull a region, or look around in the demo region first.&lt;br&gt;&lt;br&gt;To connect you need the address of your Integreat CMS, your user name and your password (and the second factor, when your account has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a CMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Integreat Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo region (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Insert into the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}
Page: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryChart</name>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail (mailto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone (tel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readability (HIX, German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken links by host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceEdit</name>
    <message>
        <source>Table</source>
        <extracomment>Latin families tried first (the first installed one is used). Fallback chain with Arabic-script coverage in regular, bold and italic (DejaVu&apos;s oblique has none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceTable</name>
    <message>
        <source>Insert row above</source>
        <extracomment>The commands, in menu order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert row below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <extracomment>Seconds between probes while online (offline: the backoff&apos;s delays).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive changes from the CMS and send yours (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;kept texts again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS c&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no CMS connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts ({0})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your CMS user name in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent automatically: use Sync now to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connecting: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CMS configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the CMS address in the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>Could not be applied here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS lists no pages in {0} although {1} were there at the last pull; nothing was changed. Check the account&apos;s rights or the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the language {0} is not active in the CMS (deactivated or removed from the region&apos;s languages). The text is kept here and sent once {0} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS holds no texts in {0} any more: the language was most likely removed from the region and added again, which deletes its texts in the CMS. Its texts are kept here ({1}); those changed here ({2}) are sent as new texts, the others once they are edited here or sent again (Sync: Send kept texts again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here while the server&apos;s text arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, but archived or deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved here, but archived or deleted in the CMS meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved here and also moved in the CMS meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page it was moved to is not in the CMS (archived or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page it goes under or next to was archived or deleted in the CMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page it belongs under is not in the CMS yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page it goes next to was moved to another parent in the CMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still archived in the CMS: a page above it is archived there (restore that one too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: resolve it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: check it in the list of changes waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not in the CMS yet (its creation has not been sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since the last pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the translation was changed in the CMS since the last pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the source text in the CMS is not the one confirmed (it changed since, or was not sent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message>
        <source>Received: {0} · sent: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncResultDialog</name>
    <message>
        <source>Sync result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send kept texts again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that failed stay in the outbox and are sent again by the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatorDesk</name>
    <message>
        <source>&amp;Next block to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous block to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert the source block here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New translation from the &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still &amp;up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still up to date in &amp;all languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation needs no change for the source as it is now: it counts as up to date (and still valid), here and, after the next sync, in the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the missing source block (structure, links, protected names and text to overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the translation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation has text. Replace it with the source&apos;s structure? (Ctrl+Z undoes it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No structure to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with QA warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n QA warning(s) in the translations waiting to be sent:</source>
        <translation>
            <numerusform>%n QA warning in the translations waiting to be sent:</numerusform>
            <numerusform>%n QA warnings in the translations waiting to be sent:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send anyway? (No: nothing is sent; the QA tab lists the warnings of the open page.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeColumns</name>
    <message>
        <source>Show all languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>View &amp;archived pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;subpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste page after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste page as s&amp;ubpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cut: select where it goes and paste it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” archived, with its subpages. To bring it back: “{1}”, then “{2}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeFilter</name>
    <message>
        <source>Show only the pages that need work in a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeProblemMessages</name>
    <message numerus="yes">
        <source>Damaged page tree: %n page(s) with a parent cycle or a missing parent shown at the top level.</source>
        <extracomment>At most this many problems are listed one by one; the rest are counted. At most this many pages of one cycle are named.</extracomment>
        <translation>
            <numerusform>Damaged page tree: %n page with a parent cycle or a missing parent shown at the top level.</numerusform>
            <numerusform>Damaged page tree: %n pages with a parent cycle or a missing parent shown at the top level.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: their parent links form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: its parent (page {1}) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page tree of this working copy is damaged. These pages are shown at the top level; nothing in the working copy was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (page {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeProblemReporter</name>
    <message>
        <source>Damaged page tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator&apos;s worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need work: {0} new and {1} changed words.</source>
        <translation>
            <numerusform>%n page needs work: {0} new and {1} changed words.</numerusform>
            <numerusform>%n pages need work: {0} new and {1} changed words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xliff</name>
    <message>
        <source>{path} cannot be read: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLIFF version {version} is not supported (use 1.2 or 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pages to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLIFF 2.0: all pages of one file need the same languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a document type declaration is not allowed in XLIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the root element is &lt;{root}&gt;, not &lt;xliff&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: XLIFF version {version} is not supported (1.2 or 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (original {original}): no title or content unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the unit {unit} is not a page field (title, content or body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the unit {unit} has no &lt;target&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; has no {attribute} attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no &lt;file&gt; element, so no page to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region has no language {language} (it has {languages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is the region&apos;s source language; XLIFF is for translations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} has no CMS id and its local id is another page&apos;s CMS id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} has no source text ({language}) to translate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page with id {page} in this working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “original” is not a page id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the region has no language {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page has a text to translate into this language ({language}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file, or larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the zip file holds no .xliff file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XliffActions</name>
    <message>
        <source>Export &amp;XLIFF…</source>
        <extracomment>The language the export offers first (the right pane&apos;s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import XLIFF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLIFF into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the XLIFF to the folder {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {0}</source>
        <translation>
            <numerusform>%n page written to {0}</numerusform>
            <numerusform>%n pages written to {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>XLIFF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import XLIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLIFF (*.xliff *.xlf *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the XLIFF translations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XliffImportDialog</name>
    <message>
        <source>Import XLIFF: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) would change; nothing is written until you import.</source>
        <translation>
            <numerusform>%n translation would change; nothing is written until you import.</numerusform>
            <numerusform>%n translations would change; nothing is written until you import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) changed</source>
        <translation>
            <numerusform>%n block changed</numerusform>
            <numerusform>%n blocks changed</numerusform>
        </translation>
    </message>
    <message>
        <source>title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the source text changed since the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
