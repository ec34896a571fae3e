<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Effective permissions</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Inactive: holds these permissions but cannot use them until activated.</source>
        <translation>Inaktiv: hat diese Berechtigungen, kann sie aber erst nach der Aktivierung nutzen.</translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation>Ein lokales Profil verzeichnet Rollen, setzt sie aber nicht durch.</translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation>Jeder Workspace</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Keine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n Inhaber</numerusform>
            <numerusform>%n Inhaber</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 vergeben</translation>
    </message>
    <message>
        <source>Revoke %1 from %2</source>
        <translation>%1 von %2 entziehen</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Rolle %1 anlegen</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Team %1 anlegen</translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)</source>
        <translation>
            <numerusform>%n Rolle löschen</numerusform>
            <numerusform>%n Rollen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>%n Team löschen</numerusform>
            <numerusform>%n Teams löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Create workspace %1</source>
        <translation>Workspace %1 anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)</source>
        <translation>
            <numerusform>%n Workspace löschen</numerusform>
            <numerusform>%n Workspaces löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is named &apos;%1&apos;.</source>
        <translation>Kein Workspace heißt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Edit workspace %1</source>
        <translation>Workspace %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>The server reports the version &quot;%1&quot;, which is not a ZenML version; is this a ZenML server?</source>
        <translation>Der Server meldet die Version „%1“, die keine ZenML-Version ist. Ist das ein ZenML-Server?</translation>
    </message>
    <message>
        <source>This server is ZenML %1, which no longer has roles and teams; ZenML Admin supports 0.39 to 0.47.</source>
        <translation>Dieser Server ist ZenML %1 und kennt keine Rollen und Teams mehr; ZenML Admin unterstützt 0.39 bis 0.47.</translation>
    </message>
    <message>
        <source>This server is ZenML %1; ZenML Admin supports 0.39 to 0.47 and has not been checked against this release.</source>
        <translation>Dieser Server ist ZenML %1; ZenML Admin unterstützt 0.39 bis 0.47 und wurde mit dieser Version nicht geprüft.</translation>
    </message>
    <message>
        <source>This server is ZenML %1, which is too old; ZenML Admin supports 0.39 to 0.47. Upgrade the server first.</source>
        <translation>Dieser Server ist ZenML %1 und damit zu alt; ZenML Admin unterstützt 0.39 bis 0.47. Aktualisieren Sie zuerst den Server.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>There is no conflict with the number %1. List them with &apos;zenml-admin conflicts list&apos;.</source>
        <translation>Es gibt keinen Konflikt mit der Nummer %1. Eine Liste zeigt &apos;zenml-admin conflicts list&apos;.</translation>
    </message>
    <message>
        <source>The row no longer exists on the server, so this change cannot be sent again. Take the server&apos;s version (the row goes away here too) or drop the change.</source>
        <translation>Die Zeile gibt es auf dem Server nicht mehr, daher kann diese Änderung nicht erneut gesendet werden. Übernehmen Sie die Version des Servers (die Zeile verschwindet auch hier) oder verwerfen Sie die Änderung.</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>user role assignment</source>
        <translation>Rollenzuweisung an einen Benutzer</translation>
    </message>
    <message>
        <source>team role assignment</source>
        <translation>Rollenzuweisung an ein Team</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server has no %1 (HTTP 404). Check the server URL, including any path prefix, and that it is a ZenML server.</source>
        <translation>Der Server kennt %1 nicht (HTTP 404). Prüfen Sie die Server-URL samt Pfadpräfix und ob es ein ZenML-Server ist.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (HTTP 401). Sign in again.</source>
        <translation>Der Server hat die Anmeldedaten nicht angenommen (HTTP 401). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server at %1 had an internal problem (HTTP %2). Try again later, or check the server&apos;s logs.</source>
        <translation>Der Server unter %1 hatte ein internes Problem (HTTP %2). Versuchen Sie es später erneut oder prüfen Sie die Protokolle des Servers.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with JSON (HTTP %2); is this a ZenML server?</source>
        <translation>Der Server unter %1 hat nicht mit JSON geantwortet (HTTP %2). Ist das ein ZenML-Server?</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2 without a reason.</source>
        <translation>Der Server hat auf %2 mit HTTP %1 ohne Begründung geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with JSON; is this a ZenML server?</source>
        <translation>Der Server unter %1 hat nicht mit JSON geantwortet. Ist das ein ZenML-Server?</translation>
    </message>
    <message>
        <source>The answer from %1 is cut off or is not valid JSON (%2 at byte %3). The connection may have been interrupted; try again.</source>
        <translation>Die Antwort von %1 ist abgeschnitten oder kein gültiges JSON (%2 bei Byte %3). Die Verbindung wurde vielleicht unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check that the ZenML server is running and that the address and port are right.</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Prüfen Sie, ob der ZenML-Server läuft und Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the server URL and your network connection.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Server-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering completely. Try again; if it keeps happening, check the server&apos;s logs.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie die Protokolle des Servers.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection, or try again later.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check that the URL is right and that the server speaks HTTPS on this port.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie, ob die URL stimmt und der Server auf diesem Port HTTPS spricht.</translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1 (%2). Check the proxy settings.</source>
        <translation>Der Netzwerk-Proxy ist beim Verbinden mit %1 fehlgeschlagen (%2). Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP (%2); is this a ZenML server, and is the scheme (http or https) right?</source>
        <translation>Der Server unter %1 hat nicht mit gültigem HTTP geantwortet (%2). Ist das ein ZenML-Server, und stimmt das Schema (http oder https)?</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check your network connection and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2).</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Subject: %3. Issuer: %4. SHA-256 fingerprint: %5. If you trust this certificate, pin its fingerprint in the server profile.</source>
        <extracomment>%1 server, %2 reasons, %3 subject, %4 issuer, %5 SHA-256 fingerprint</extracomment>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden (%2). Inhaber: %3. Aussteller: %4. SHA-256-Fingerabdruck: %5. Wenn Sie diesem Zertifikat vertrauen, hinterlegen Sie seinen Fingerabdruck im Serverprofil.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Check your network connection, or try again later.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet. Prüfen Sie Ihre Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server at %1 answered with a redirect (HTTP %2) but did not say where to.</source>
        <translation>Der Server unter %1 hat mit einer Weiterleitung geantwortet (HTTP %2), aber nicht gesagt, wohin.</translation>
    </message>
    <message>
        <source>The server redirects %1 to %2. If that is the right server, use its address (with https if it says so) as the server URL.</source>
        <extracomment>%1 the URL asked for, %2 where the server redirects to</extracomment>
        <translation>Der Server leitet %1 nach %2 weiter. Ist das der richtige Server, verwenden Sie seine Adresse (mit https, falls angegeben) als Server-URL.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>ZenML Admin</source>
        <translation>ZenML Admin</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; could not be opened: %2</source>
        <translation>Das Profil &apos;%1&apos; konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>The created user account is currently inactive. You can activate it by visiting the dashboard at the following URL:</source>
        <extracomment>Printed as zenml prints it after creating a user without a password; the link follows.</extracomment>
        <translation>Das angelegte Benutzerkonto ist derzeit inaktiv. Sie können es im Dashboard unter folgender URL aktivieren:</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The server sent an access token that ZenML Admin cannot read: %1.</source>
        <extracomment>%1 says what is wrong with the access token</extracomment>
        <translation>Der Server hat ein Zugriffstoken gesendet, das ZenML Admin nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>it is not a JSON Web Token</source>
        <translation>es ist kein JSON Web Token</translation>
    </message>
    <message>
        <source>its payload is not base64url</source>
        <translation>sein Inhalt ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation>sein Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>holds an unknown permission &quot;%1&quot;</source>
        <translation>enthält die unbekannte Berechtigung „%1“</translation>
    </message>
    <message>
        <source>should be a version string but is %1</source>
        <translation>sollte eine Versionsangabe sein, ist aber %1</translation>
    </message>
    <message>
        <source>should be &quot;bearer&quot;</source>
        <translation>sollte „bearer“ sein</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not follow the ZenML API: %1 %2.</source>
        <extracomment>%1 is a field path such as items[3].roles[0].permissions, %2 says what is wrong with it</extracomment>
        <translation>Die Antwort des Servers entspricht nicht der ZenML-API: %1 %2.</translation>
    </message>
    <message>
        <source>should be an object but is %1</source>
        <translation>sollte ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>should be %1 but is %2</source>
        <translation>sollte %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>should be a UUID but is &quot;%1&quot;</source>
        <translation>sollte eine UUID sein, ist aber „%1“</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>should be a string but is %1</source>
        <translation>sollte eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>should be a time like 2023-07-21T09:12:44.123456 but is &quot;%1&quot;</source>
        <translation>sollte eine Zeit wie 2023-07-21T09:12:44.123456 sein, ist aber „%1“</translation>
    </message>
    <message>
        <source>is %1 but page %2 was asked for</source>
        <translation>ist %1, angefragt war aber Seite %2</translation>
    </message>
    <message>
        <source>is not one of read, write, me: &quot;%1&quot;</source>
        <translation>ist nicht read, write oder me: „%1“</translation>
    </message>
    <message>
        <source>has impossible paging numbers</source>
        <translation>hat unmögliche Seitenangaben</translation>
    </message>
    <message>
        <source>should be null but is %1</source>
        <translation>sollte null sein, ist aber %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>is out of the range of a whole number</source>
        <translation>liegt außerhalb des Bereichs einer ganzen Zahl</translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message>
        <source>The server&apos;s sign-in token is malformed: %1.</source>
        <translation>Das Anmeldetoken des Servers ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>expected three parts separated by dots, found %1</source>
        <translation>erwartet drei durch Punkte getrennte Teile, gefunden %1</translation>
    </message>
    <message>
        <source>its payload is not base64url</source>
        <translation>sein Inhalt ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>its payload is not JSON (%1)</source>
        <translation>sein Inhalt ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation>sein Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no &apos;sub&apos; claim (the user id)</source>
        <translation>es hat keinen &apos;sub&apos;-Eintrag (die Benutzer-ID)</translation>
    </message>
    <message>
        <source>its &apos;permissions&apos; claim is not a list</source>
        <translation>sein &apos;permissions&apos;-Eintrag ist keine Liste</translation>
    </message>
    <message>
        <source>its &apos;permissions&apos; claim holds something other than names</source>
        <translation>sein &apos;permissions&apos;-Eintrag enthält etwas anderes als Namen</translation>
    </message>
    <message>
        <source>its &apos;iss&apos; claim is not a string</source>
        <translation>sein &apos;iss&apos;-Eintrag ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its &apos;aud&apos; claim is neither a string nor a list</source>
        <translation>sein &apos;aud&apos;-Eintrag ist weder Zeichenkette noch Liste</translation>
    </message>
    <message>
        <source>its &apos;exp&apos; claim is not a number</source>
        <translation>sein &apos;exp&apos;-Eintrag ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The profile database was written by a newer ZenML Admin (schema %1, this one knows %2). Update ZenML Admin to open it.</source>
        <translation>Die Profildatenbank stammt von einem neueren ZenML Admin (Schema %1, diese Version kennt %2). Aktualisieren Sie ZenML Admin, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The profile database is read-only. Make the file and its folder writable, then try again. (%1)</source>
        <translation>Die Profildatenbank ist schreibgeschützt. Machen Sie die Datei und ihren Ordner beschreibbar und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation>Die lokale Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full, so nothing was saved and the profile is as it was. Free some space on that disk, then try again.</source>
        <translation>Der Datenträger mit &apos;%1&apos; ist voll, daher wurde nichts gespeichert und das Profil ist unverändert. Geben Sie auf diesem Datenträger Platz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos;: %2.</source>
        <translation>Die Profildatenbank &apos;%1&apos; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos;: it is damaged or is not a profile database. Nothing was written to it. Keep the file: it may hold changes not yet sent to the server. Restore it from a backup or, for a server profile, repair it with &apos;zenml-admin profile repair %2&apos;: that keeps the damaged file beside it, salvages the changes it can still read and fetches a fresh copy from the server.</source>
        <translation>Die Profildatenbank „%1“ kann nicht geöffnet werden: Sie ist beschädigt oder keine Profildatenbank. Es wurde nichts hineingeschrieben. Behalten Sie die Datei: Sie kann Änderungen enthalten, die noch nicht an den Server gesendet wurden. Stellen Sie sie aus einer Sicherung wieder her oder reparieren Sie sie bei einem Serverprofil mit „zenml-admin profile repair %2“: Das behält die beschädigte Datei daneben, rettet die Änderungen, die sich noch lesen lassen, und holt eine frische Kopie vom Server.</translation>
    </message>
    <message>
        <source>The profile database &apos;%1&apos; is damaged (%2); nothing more was written to it. Keep the file: it may hold changes not yet sent to the server. Restore it from a backup or, for a server profile, repair it with &apos;zenml-admin profile repair %3&apos;: that keeps the damaged file beside it, salvages the changes it can still read and fetches a fresh copy from the server.</source>
        <translation>Die Profildatenbank „%1“ ist beschädigt (%2); es wurde nichts weiter hineingeschrieben. Behalten Sie die Datei: Sie kann Änderungen enthalten, die noch nicht an den Server gesendet wurden. Stellen Sie sie aus einer Sicherung wieder her oder reparieren Sie sie bei einem Serverprofil mit „zenml-admin profile repair %3“: Das behält die beschädigte Datei daneben, rettet die Änderungen, die sich noch lesen lassen, und holt eine frische Kopie vom Server.</translation>
    </message>
</context>
<context>
    <name>OperationRequest</name>
    <message>
        <source>The queued operation &apos;%1&apos; is not known to this version of ZenML Admin. Drop it and make the change again.</source>
        <translation>Die wartende Operation &apos;%1&apos; ist dieser Version von ZenML Admin unbekannt. Verwerfen Sie sie und nehmen Sie die Änderung erneut vor.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Assign a role</source>
        <translation>Eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Eine Rolle entziehen</translation>
    </message>
    <message>
        <source>Assign role %1 to team %2</source>
        <translation>Rolle %1 dem Team %2 zuweisen</translation>
    </message>
    <message>
        <source>Assign role %1 to team %2 in %3</source>
        <translation>Rolle %1 dem Team %2 in %3 zuweisen</translation>
    </message>
    <message>
        <source>Assign role %1 to %2</source>
        <translation>Rolle %1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>Assign role %1 to %2 in %3</source>
        <translation>Rolle %1 an %2 in %3 zuweisen</translation>
    </message>
    <message>
        <source>Revoke role %1 from team %2</source>
        <translation>Rolle %1 dem Team %2 entziehen</translation>
    </message>
    <message>
        <source>Revoke role %1 from team %2 in %3</source>
        <translation>Rolle %1 dem Team %2 in %3 entziehen</translation>
    </message>
    <message>
        <source>Revoke role %1 from %2</source>
        <translation>Rolle %1 von %2 entziehen</translation>
    </message>
    <message>
        <source>Revoke role %1 from %2 in %3</source>
        <translation>Rolle %1 von %2 in %3 entziehen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation>Neuer Einladungslink</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Team anlegen</translation>
    </message>
    <message>
        <source>Update team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <source>Change team members</source>
        <translation>Teammitglieder ändern</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>Update role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Workspace anlegen</translation>
    </message>
    <message>
        <source>Update workspace</source>
        <translation>Workspace ändern</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A queued role assignment: user or team name → role name</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 in %3</source>
        <extracomment>A queued role assignment in one workspace: user or team name → role name in workspace</extracomment>
        <translation>%1 → %2 in %3</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>PendingQueue</name>
    <message>
        <source>There is no pending change with the number %1. List them with &apos;zenml-admin pending list&apos;.</source>
        <translation>Es gibt keine wartende Änderung mit der Nummer %1. Eine Liste zeigt &apos;zenml-admin pending list&apos;.</translation>
    </message>
    <message>
        <source>Change %1 is a conflict: resolve it with &apos;zenml-admin conflicts resolve %1 --keep-mine&apos; or &apos;--take-server&apos;.</source>
        <translation>Änderung %1 ist ein Konflikt: Lösen Sie ihn mit &apos;zenml-admin conflicts resolve %1 --keep-mine&apos; oder &apos;--take-server&apos;.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>See users, teams, roles, stacks and runs.</source>
        <translation>Benutzer, Teams, Rollen, Stacks und Läufe ansehen.</translation>
    </message>
    <message>
        <source>Create, change and delete resources, users and roles.</source>
        <translation>Ressourcen, Benutzer und Rollen anlegen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Edit your own user account.</source>
        <translation>Das eigene Benutzerkonto bearbeiten.</translation>
    </message>
</context>
<context>
    <name>RemoteApi</name>
    <message>
        <source>The server changes a %1 only by its id, and &quot;%2&quot; is not an id.</source>
        <extracomment>%1 is &quot;team&quot;, &quot;role&quot;, ...; %2 what the caller passed</extracomment>
        <translation>Der Server ändert ein Objekt (%1) nur über seine ID, und „%2“ ist keine ID.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>role assignment</source>
        <translation>Rollenzuweisung</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The %1 name is empty. Enter a name of 1 to %2 characters.</source>
        <translation>Der Name (%1) ist leer. Geben Sie einen Namen mit 1 bis %2 Zeichen ein.</translation>
    </message>
    <message>
        <source>The %1 name has %2 characters; the server accepts at most %3. Choose a shorter name.</source>
        <translation>Der Name (%1) hat %2 Zeichen; der Server nimmt höchstens %3 an. Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts or ends with a space. Remove the space.</source>
        <translation>Der Name &apos;%2&apos; (%1) beginnt oder endet mit einem Leerzeichen. Entfernen Sie das Leerzeichen.</translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;. A role can only grant read, write and me.</source>
        <translation>Unbekannte Berechtigung &apos;%1&apos;. Eine Rolle kann nur read, write und me gewähren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address. Use the form name@example.com, or leave the field empty.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse. Verwenden Sie die Form name@example.com oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is built in and cannot be changed. Create a new role with the permissions you need instead.</source>
        <translation>Die Rolle &apos;%1&apos; ist eingebaut und kann nicht geändert werden. Legen Sie stattdessen eine neue Rolle mit den nötigen Berechtigungen an.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is built in and cannot be deleted.</source>
        <translation>Die Rolle &apos;%1&apos; ist eingebaut und kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>The role &apos;%1&apos; is still assigned %n time(s). Revoke those assignments first, then delete the role.</source>
        <translation>
            <numerusform>Die Rolle &apos;%1&apos; ist noch %n-mal vergeben. Entziehen Sie sie zuerst, dann löschen Sie die Rolle.</numerusform>
            <numerusform>Die Rolle &apos;%1&apos; ist noch %n-mal vergeben. Entziehen Sie sie zuerst, dann löschen Sie die Rolle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default user cannot be renamed; the server depends on its name.</source>
        <translation>Der Standardbenutzer kann nicht umbenannt werden; der Server ist auf seinen Namen angewiesen.</translation>
    </message>
    <message>
        <source>The default user cannot be deleted; the server depends on it.</source>
        <translation>Der Standardbenutzer kann nicht gelöscht werden; der Server ist auf ihn angewiesen.</translation>
    </message>
    <message>
        <source>The default workspace cannot be renamed; the server depends on its name.</source>
        <translation>Der Standard-Workspace kann nicht umbenannt werden; der Server ist auf seinen Namen angewiesen.</translation>
    </message>
    <message>
        <source>The default workspace cannot be deleted; the server depends on it.</source>
        <translation>Der Standard-Workspace kann nicht gelöscht werden; der Server ist auf ihn angewiesen.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No OS keychain is available (Secret Service not running). Sign in for this session only, or start a keyring such as GNOME Keyring.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (Secret Service läuft nicht). Melden Sie sich nur für diese Sitzung an oder starten Sie einen Schlüsselbund wie GNOME Keyring.</translation>
    </message>
    <message>
        <source>No OS keychain is available (Secret Service not running or not reachable: %1). Sign in for this session only, or start a keyring such as GNOME Keyring.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (Secret Service läuft nicht oder ist nicht erreichbar: %1). Melden Sie sich nur für diese Sitzung an oder starten Sie einen Schlüsselbund wie GNOME Keyring.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access (%1). Unlock it, for example by signing in to your desktop session, or sign in for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff (%1). Entsperren Sie ihn, etwa durch Anmelden an der Desktop-Sitzung, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>The OS keychain failed (%1). Try again, or sign in for this session only.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1). Versuchen Sie es erneut oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>Cannot keep a secret under this name: %1.</source>
        <translation>Unter diesem Namen kann kein Geheimnis gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>empty profile name</source>
        <translation>leerer Profilname</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; in profile &apos;%2&apos;</source>
        <translation>Schlüssel &apos;%1&apos; im Profil &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The keychain operation was cancelled.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&apos;%1&apos; is not a server URL: %2. Use the form https://zenml.example.com.</source>
        <extracomment>%1 the URL as typed, %2 what is wrong with it</extracomment>
        <translation>&apos;%1&apos; ist keine Server-URL: %2. Verwenden Sie die Form https://zenml.example.com.</translation>
    </message>
    <message>
        <source>The server URL is empty. Use the form https://zenml.example.com.</source>
        <translation>Die Server-URL ist leer. Verwenden Sie die Form https://zenml.example.com.</translation>
    </message>
    <message>
        <source>it cannot be parsed</source>
        <translation>sie ist nicht lesbar</translation>
    </message>
    <message>
        <source>it must start with https:// or http://</source>
        <translation>sie muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>it must not carry a user name or password</source>
        <translation>sie darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>it must not carry a query or fragment</source>
        <translation>sie darf keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>The server URL uses plain http:// to %1, another computer: your password and session token would cross the network unencrypted. Use https:// if the server offers it.</source>
        <extracomment>%1 the host name</extracomment>
        <translation>Die Server-URL verwendet unverschlüsseltes http:// zu %1, einem anderen Rechner: Passwort und Sitzungstoken gingen unverschlüsselt durchs Netz. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not signed in, so &apos;%1&apos; is not allowed. Sign in first.</source>
        <translation>Sie sind nicht angemeldet, daher ist &apos;%1&apos; nicht erlaubt. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>You are signed in as &apos;%1&apos; without the &apos;%2&apos; permission, so &apos;%3&apos; is not allowed. Ask an admin for a role with %2, then sign in again.</source>
        <extracomment>%1 user name, %2 permission name (read, write, me), %3 the action, e.g. &quot;create user&quot;</extracomment>
        <translation>Sie sind als &apos;%1&apos; ohne die Berechtigung &apos;%2&apos; angemeldet, daher ist &apos;%3&apos; nicht erlaubt. Bitten Sie einen Admin um eine Rolle mit %2 und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>zenml::AdminService</name>
    <message>
        <source>Name the %1 to use.</source>
        <translation>Geben Sie an, welches Objekt (%1) verwendet werden soll.</translation>
    </message>
    <message>
        <source>No %1 has the id &apos;%2&apos;.</source>
        <translation>Es gibt kein Objekt (%1) mit der ID &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>No %1 has the name, id or id prefix &apos;%2&apos;. Check the spelling, or list the %1s to see their names.</source>
        <translation>Es gibt kein Objekt (%1) mit dem Namen, der ID oder dem ID-Präfix &apos;%2&apos;. Prüfen Sie die Schreibweise oder lassen Sie sich die Namen auflisten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one %2: %3. Give the full name or more of the id.</source>
        <translation>&apos;%1&apos; passt auf mehrere Objekte (%2): %3. Geben Sie den vollen Namen oder mehr von der ID an.</translation>
    </message>
    <message>
        <source>A %1 named &apos;%2&apos; already exists. Choose another name.</source>
        <translation>Es gibt bereits ein Objekt (%1) namens &apos;%2&apos;. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Filter by a user or by a team, not both.</source>
        <translation>Filtern Sie nach einem Benutzer oder nach einem Team, nicht nach beidem.</translation>
    </message>
    <message>
        <source>assign role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Name at least one user or team to assign the role to.</source>
        <translation>Nennen Sie mindestens einen Benutzer oder ein Team, dem die Rolle vergeben werden soll.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; already has the role &apos;%3&apos; in this scope.</source>
        <translation>%1 &apos;%2&apos; hat die Rolle &apos;%3&apos; in diesem Bereich bereits.</translation>
    </message>
    <message>
        <source>revoke role</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>Name at least one user or team to revoke the role from.</source>
        <translation>Nennen Sie mindestens einen Benutzer oder ein Team, dem die Rolle entzogen werden soll.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not have the role &apos;%3&apos; in this scope.</source>
        <translation>%1 &apos;%2&apos; hat die Rolle &apos;%3&apos; in diesem Bereich nicht.</translation>
    </message>
    <message>
        <source>create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>update role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>create workspace</source>
        <translation>Workspace anlegen</translation>
    </message>
    <message>
        <source>update workspace</source>
        <translation>Workspace ändern</translation>
    </message>
    <message>
        <source>delete workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>create team</source>
        <translation>Team anlegen</translation>
    </message>
    <message>
        <source>update team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <source>change team members</source>
        <translation>Teammitglieder ändern</translation>
    </message>
    <message>
        <source>delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>A password can only be queued for the server when the OS keychain is available.</source>
        <translation>Ein Passwort kann nur für den Server vorgemerkt werden, wenn der Schlüsselbund des Betriebssystems verfügbar ist.</translation>
    </message>
    <message>
        <source>update user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>The default user cannot be deactivated; the server depends on it.</source>
        <translation>Der Standardbenutzer kann nicht deaktiviert werden; der Server ist auf ihn angewiesen.</translation>
    </message>
    <message>
        <source>delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
</context>
<context>
    <name>zenml::AssignmentTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Holder</source>
        <extracomment>Column: the user or team that has the role</extracomment>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>zenml::HistoryModel</name>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation>Neuer Einladungslink</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Team anlegen</translation>
    </message>
    <message>
        <source>Update team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <source>Change team members</source>
        <translation>Teammitglieder ändern</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>Update role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Workspace anlegen</translation>
    </message>
    <message>
        <source>Update workspace</source>
        <translation>Workspace ändern</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>Assign role to user</source>
        <translation>Rolle an Benutzer vergeben</translation>
    </message>
    <message>
        <source>Revoke role from user</source>
        <translation>Rolle eines Benutzers entziehen</translation>
    </message>
    <message>
        <source>Assign role to team</source>
        <translation>Rolle an Team vergeben</translation>
    </message>
    <message>
        <source>Revoke role from team</source>
        <translation>Rolle eines Teams entziehen</translation>
    </message>
    <message>
        <source>Created on the server</source>
        <translation>Auf dem Server angelegt</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>auf dem Server geändert</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>sent (HTTP %1)</source>
        <translation>gesendet (HTTP %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed (HTTP %1)</source>
        <translation>fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>undone before it was sent</source>
        <translation>rückgängig gemacht, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>local</source>
        <extracomment>Who made a change: the admin on a local profile (no sign-in)</extracomment>
        <translation>lokal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Fields (old → new)</source>
        <translation>Felder (alt → neu)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>on the server</source>
        <extracomment>Who made a change: someone on the server, found by a sync</extracomment>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>undone %1 by #%2</source>
        <extracomment>The admin undid this change in the app: at a time, by a later history entry</extracomment>
        <translation>rückgängig gemacht %1 durch #%2</translation>
    </message>
    <message>
        <source>undone %1</source>
        <extracomment>The admin undid this change in the app, at a time</extracomment>
        <translation>rückgängig gemacht %1</translation>
    </message>
    <message>
        <source>%1 (undo of #%2)</source>
        <extracomment>A change that undid an earlier one: the change, the earlier entry&apos;s number</extracomment>
        <translation>%1 (macht #%2 rückgängig)</translation>
    </message>
</context>
<context>
    <name>zenml::InvitationService</name>
    <message>
        <source>A local profile has no invitations: its users never sign in to a server, so there is no activation link to send. Connect a server profile to invite users.</source>
        <translation>Ein lokales Profil hat keine Einladungen: Seine Benutzer melden sich nie an einem Server an, also gibt es keinen Aktivierungslink. Verbinden Sie ein Serverprofil, um Benutzer einzuladen.</translation>
    </message>
    <message>
        <source>No user &apos;%1&apos;.</source>
        <translation>Kein Benutzer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>regenerate an invitation link</source>
        <translation>einen Einladungslink neu erzeugen</translation>
    </message>
    <message>
        <source>The default user cannot be deactivated; the server depends on it.</source>
        <translation>Der Standardbenutzer kann nicht deaktiviert werden; der Server ist auf ihn angewiesen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the account this profile signs in with; deactivating it would lock you out.</source>
        <translation>&apos;%1&apos; ist das Konto, mit dem sich dieses Profil anmeldet; es zu deaktivieren, würde Sie aussperren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the server yet; its link comes with the next sync.</source>
        <translation>&apos;%1&apos; ist noch nicht auf dem Server; der Link kommt mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>revoke an invitation</source>
        <translation>eine Einladung zurückziehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is active, so it is no invitation; delete the user instead.</source>
        <translation>&apos;%1&apos; ist aktiv und damit keine Einladung; löschen Sie stattdessen den Benutzer.</translation>
    </message>
</context>
<context>
    <name>zenml::InvitationTableModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>The link column: the keychain of this computer holds the invitation link.</extracomment>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>available after sync</source>
        <translation>nach dem Abgleich verfügbar</translation>
    </message>
    <message>
        <source>not on this computer: regenerate</source>
        <translation>nicht auf diesem Rechner: neu erzeugen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Column header: where the invitation link of a user stands.</extracomment>
        <translation>Link</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: how long ago the invitation (or its current link) was made.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>zenml::LocalStore</name>
    <message>
        <source>the file is not readable</source>
        <translation>die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade; make it writable</source>
        <translation>die Datei ist schreibgeschützt und muss aktualisiert werden; machen Sie sie beschreibbar</translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos; for changes: the disk holding it is full. Free some space on that disk, then try again; the file itself is fine.</source>
        <translation>Die Profildatenbank &apos;%1&apos; kann nicht zum Ändern geöffnet werden: Der Datenträger, auf dem sie liegt, ist voll. Geben Sie dort Platz frei und versuchen Sie es dann erneut; die Datei selbst ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>zenml::PendingChangeModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>zenml::PermissionTableModel</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
</context>
<context>
    <name>zenml::ProfileManager</name>
    <message>
        <source>&apos;%1&apos; cannot name a profile. Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; kann kein Profil benennen. Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>Cannot create the data folder &apos;%1&apos;. Choose a writable folder with --data-dir or ZENML_ADMIN_DATA_DIR.</source>
        <translation>Der Datenordner &apos;%1&apos; kann nicht angelegt werden. Wählen Sie mit --data-dir oder ZENML_ADMIN_DATA_DIR einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. List the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;. Die Profile zeigt &apos;zenml-admin profile list&apos;.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation>Ein Profil namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot delete &apos;%1&apos;. Check that the folder is writable.</source>
        <translation>&apos;%1&apos; kann nicht gelöscht werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the settings in &apos;%1&apos;.</source>
        <translation>Die Einstellungen in &apos;%1&apos; können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. Create it with &apos;zenml-admin profile create %1&apos;, or list the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;. Legen Sie es mit &apos;zenml-admin profile create %1&apos; an oder lassen Sie sich die Profile mit &apos;zenml-admin profile list&apos; anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>The profile &apos;%1&apos; holds %n change(s) not yet sent to its server, which deleting it would lose. Send them first (sync), or drop them.</source>
        <translation>
            <numerusform>Das Profil &apos;%1&apos; enthält %n Änderung, die noch nicht an seinen Server gesendet wurde und beim Löschen verloren ginge. Senden Sie sie zuerst (sync) oder verwerfen Sie sie.</numerusform>
            <numerusform>Das Profil &apos;%1&apos; enthält %n Änderungen, die noch nicht an seinen Server gesendet wurden und beim Löschen verloren gingen. Senden Sie sie zuerst (sync) oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is in use: %2 (process %3) has it open or is syncing it. Close it there, or let the sync end, then delete it.</source>
        <translation>Das Profil &apos;%1&apos; wird verwendet: %2 (Prozess %3) hat es geöffnet oder gleicht es ab. Schließen Sie es dort oder warten Sie das Ende des Abgleichs ab und löschen Sie es dann.</translation>
    </message>
</context>
<context>
    <name>zenml::ProfileRepair</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. List the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation>Es gibt kein Profil namens „%1“. Die Profile listet „zenml-admin profile list“ auf.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;. Check its permissions; a file that cannot be read cannot be repaired.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte; eine Datei, die sich nicht lesen lässt, kann nicht repariert werden.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is not damaged: SQLite finds &apos;%2&apos; sound. Nothing was changed.</source>
        <translation>Das Profil „%1“ ist nicht beschädigt: SQLite findet „%2“ in Ordnung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot repair the profile &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>Das Profil „%1“ kann nicht repariert werden: Der Ordner „%2“ ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is in use: %2 (process %3) has it open or is syncing it. Close it there, then repair it.</source>
        <translation>Das Profil „%1“ wird verwendet: %2 (Prozess %3) hat es geöffnet oder synchronisiert es. Schließen Sie es dort und reparieren Sie es dann.</translation>
    </message>
    <message>
        <source>The damaged file no longer says which server and user the profile &apos;%1&apos; is for. Say it: &apos;%2 --url URL --username USER&apos;.</source>
        <translation>Die beschädigte Datei sagt nicht mehr, für welchen Server und Benutzer das Profil „%1“ ist. Geben Sie es an: „%2 --url URL --username BENUTZER“.</translation>
    </message>
    <message>
        <source>The damaged file no longer says what kind of profile &apos;%1&apos; was, and it holds no queued changes. For a server profile say which server and user: &apos;%2 --url URL --username USER&apos;. A local profile cannot be fetched again: restore its file from a backup.</source>
        <translation>Die beschädigte Datei sagt nicht mehr, welche Art Profil „%1“ war, und sie enthält keine wartenden Änderungen. Geben Sie bei einem Serverprofil Server und Benutzer an: „%2 --url URL --username BENUTZER“. Ein lokales Profil lässt sich nicht erneut holen: Stellen Sie seine Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a local profile: its rows live only in the damaged file, and there is no server to fetch them from again. Restore &apos;%2&apos; from a backup.</source>
        <translation>Das Profil „%1“ ist ein lokales Profil: Seine Zeilen stehen nur in der beschädigten Datei, und es gibt keinen Server, von dem sie sich erneut holen ließen. Stellen Sie „%2“ aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The pull of the fresh copy could not start.</source>
        <translation>Das Abrufen der frischen Kopie konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; to &apos;%2&apos;. Check that the folder is writable; the profile was left as it was.</source>
        <translation>„%1“ kann nicht nach „%2“ verschoben werden. Prüfen Sie, ob der Ordner beschreibbar ist; das Profil blieb, wie es war.</translation>
    </message>
</context>
<context>
    <name>zenml::RoleMatrixModel</name>
    <message>
        <source>globally</source>
        <translation>global</translation>
    </message>
    <message>
        <source>in the workspace &apos;%1&apos;</source>
        <translation>im Workspace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has the role &apos;%2&apos; %3. Clear to revoke.</source>
        <translation>%1 hat die Rolle &apos;%2&apos; %3. Abwählen, um sie zu entziehen.</translation>
    </message>
    <message>
        <source>%1 does not have the role &apos;%2&apos; %3. Check to assign.</source>
        <translation>%1 hat die Rolle &apos;%2&apos; %3 nicht. Anwählen, um sie zu vergeben.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
</context>
<context>
    <name>zenml::RoleTableModel</name>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>Built-in roles come with every ZenML server and cannot be changed.</source>
        <translation>Eingebaute Rollen gehören zu jedem ZenML-Server und können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Column: how many users and teams have the role</extracomment>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>zenml::ServerConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: expected 32 bytes in hex, like AB:CD:... (64 hex digits).</source>
        <translation>&apos;%1&apos; ist kein SHA-256-Fingerabdruck: erwartet werden 32 Bytes hexadezimal, etwa AB:CD:... (64 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>Confirm plain http:// for profile &apos;%1&apos; first.</source>
        <translation>Bestätigen Sie zuerst unverschlüsseltes http:// für das Profil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The server did not accept the user name &apos;%1&apos; with this password (%2).</source>
        <translation>Der Server hat den Benutzernamen &apos;%1&apos; mit diesem Passwort nicht angenommen (%2).</translation>
    </message>
    <message>
        <source>The password was not saved: %1 You are signed in for this session only; it is never written to a file.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1 Sie sind nur für diese Sitzung angemeldet; es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>A saved password could not be removed: %1</source>
        <translation>Ein gespeichertes Passwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The saved password of &apos;%1&apos; is no longer accepted. Sign in again: zenml-admin login</source>
        <translation>Das gespeicherte Passwort von &apos;%1&apos; wird nicht mehr angenommen. Melden Sie sich erneut an: zenml-admin login</translation>
    </message>
    <message>
        <source>Sign in first: zenml-admin login</source>
        <translation>Melden Sie sich zuerst an: zenml-admin login</translation>
    </message>
    <message>
        <source>(the saved password could not be read: %1)</source>
        <translation>(das gespeicherte Passwort konnte nicht gelesen werden: %1)</translation>
    </message>
    <message>
        <source>No saved password was removed: %1</source>
        <translation>Es wurde kein gespeichertes Passwort entfernt: %1</translation>
    </message>
    <message>
        <source>The connection to the keychain is closed.</source>
        <translation>Die Verbindung zum Schlüsselbund ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>zenml::TeamTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>zenml::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>zenml::WorkspaceTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>The default workspace comes with every ZenML server and cannot be renamed or deleted.</source>
        <translation>Der Standard-Workspace gehört zu jedem ZenML-Server und kann nicht umbenannt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Assignments</source>
        <extracomment>Column: how many role assignments are scoped to the workspace</extracomment>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>zenml::about::About</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ZenML version</source>
        <translation>ZenML-Version</translation>
    </message>
    <message>
        <source>not known yet (sign in once)</source>
        <translation>noch unbekannt (einmal anmelden)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (libsecret), no D-Bus session bus</source>
        <translation>Secret Service (libsecret), kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>Secret Service (libsecret) over D-Bus</source>
        <translation>Secret Service (libsecret) über D-Bus</translation>
    </message>
</context>
<context>
    <name>zenml::access::ApplyText</name>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was queued.</source>
        <translation>
            <numerusform>Die Datei hat %n Problem; nichts wurde eingereiht.</numerusform>
            <numerusform>Die Datei hat %n Probleme; nichts wurde eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 &apos;%3&apos;: %4</source>
        <translation>%1 %2 &apos;%3&apos;: %4</translation>
    </message>
</context>
<context>
    <name>zenml::access::CsvText</name>
    <message>
        <source>Text after the closing quote of a field. Put the whole field in quotes and double any quote inside.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>zenml::access::Decoder</name>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Each %1 must be a mapping of keys to values.</source>
        <translation>Jeder Eintrag (%1) muss eine Zuordnung von Schlüsseln zu Werten sein.</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in a %2. Known keys: %3.</source>
        <translation>Unbekannter Schlüssel &apos;%1&apos; in einem Eintrag (%2). Bekannte Schlüssel: %3.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice.</source>
        <translation>Der Schlüssel &apos;%1&apos; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>A %1 needs &apos;%2&apos;.</source>
        <translation>Ein Eintrag (%1) braucht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text.</source>
        <translation>&apos;%1&apos; muss Text sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty.</source>
        <translation>&apos;%1&apos; darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>&apos;%1&apos; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list.</source>
        <translation>&apos;%1&apos; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Each item of &apos;%1&apos; must be a name.</source>
        <translation>Jedes Element von &apos;%1&apos; muss ein Name sein.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is listed twice (first on line %3).</source>
        <translation>Der Eintrag (%1) &apos;%2&apos; steht zweimal in der Datei (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;. Use read, write or me.</source>
        <translation>Unbekannte Berechtigung &apos;%1&apos;. Verwenden Sie read, write oder me.</translation>
    </message>
    <message>
        <source>The member &apos;%1&apos; is listed twice in team &apos;%2&apos;.</source>
        <translation>Das Mitglied &apos;%1&apos; steht zweimal im Team &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>An assignment names exactly one of &apos;user&apos; and &apos;team&apos;.</source>
        <translation>Eine Zuweisung nennt genau eines von &apos;user&apos; und &apos;team&apos;.</translation>
    </message>
    <message>
        <source>The file must be a mapping with the keys version, workspaces, roles, users, teams and assignments.</source>
        <translation>Die Datei muss eine Zuordnung mit den Schlüsseln version, workspaces, roles, users, teams und assignments sein.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file needs &apos;version: %1&apos; at the top.</source>
        <translation>Die Datei braucht &apos;version: %1&apos; am Anfang.</translation>
    </message>
    <message>
        <source>This version of ZenML Admin reads files of version %1 only.</source>
        <translation>Diese Version von ZenML Admin liest nur Dateien der Version %1.</translation>
    </message>
    <message>
        <source>This assignment is listed twice (first on line %1).</source>
        <translation>Diese Zuweisung steht zweimal in der Datei (zuerst in Zeile %1).</translation>
    </message>
</context>
<context>
    <name>zenml::access::ImportText</name>
    <message>
        <source>The file has no header row. The first line names the columns: name, full_name, email, roles, teams, workspace.</source>
        <translation>Die Datei hat keine Kopfzeile. Die erste Zeile nennt die Spalten: name, full_name, email, roles, teams, workspace.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;. Known columns: %2.</source>
        <translation>Unbekannte Spalte &apos;%1&apos;. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation>Die Spalte &apos;%1&apos; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The header row needs a &apos;name&apos; column.</source>
        <translation>Die Kopfzeile braucht eine Spalte &apos;name&apos;.</translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile %2.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on line %2 of the file.</source>
        <translation>&apos;%1&apos; steht schon in Zeile %2 der Datei.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ein Benutzer namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos;.</source>
        <translation>Es gibt keine Rolle &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;.</source>
        <translation>Es gibt kein Team &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no workspace &apos;%1&apos;.</source>
        <translation>Es gibt keinen Workspace &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nobody was imported.</source>
        <translation>
            <numerusform>Die Datei hat %n Problem; niemand wurde importiert.</numerusform>
            <numerusform>Die Datei hat %n Probleme; niemand wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>zenml::access::JsonText</name>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Das ist kein gültiges JSON (%1).</translation>
    </message>
</context>
<context>
    <name>zenml::access::PlanText</name>
    <message>
        <source>The built-in role &apos;%1&apos; cannot be changed: it keeps the permissions %2.</source>
        <translation>Die eingebaute Rolle &apos;%1&apos; kann nicht geändert werden: Sie behält die Berechtigungen %2.</translation>
    </message>
    <message>
        <source>The default user cannot be deactivated.</source>
        <translation>Der Benutzer default kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; names the user &apos;%2&apos;, whom neither the file nor the profile has.</source>
        <translation>Team &apos;%1&apos; nennt den Benutzer &apos;%2&apos;, den weder die Datei noch das Profil enthält.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation>Die Rolle &apos;%1&apos; steht weder in der Datei noch im Profil.</translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation>Der Benutzer &apos;%1&apos; steht weder in der Datei noch im Profil.</translation>
    </message>
    <message>
        <source>The team &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation>Das Team &apos;%1&apos; steht weder in der Datei noch im Profil.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation>Der Workspace &apos;%1&apos; steht weder in der Datei noch im Profil.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 → %2 (global)</source>
        <translation>%1 → %2 (global)</translation>
    </message>
    <message>
        <source>%1 → %2 in workspace %3</source>
        <translation>%1 → %2 im Workspace %3</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>%1: %2 to create, %3 to update, %4 to delete</source>
        <translation>%1: %2 anzulegen, %3 zu ändern, %4 zu löschen</translation>
    </message>
    <message>
        <source>No changes: the profile matches the file.</source>
        <translation>Keine Änderungen: Das Profil entspricht der Datei.</translation>
    </message>
    <message>
        <source>Plan: %1 to create, %2 to update, %3 to delete.</source>
        <translation>Plan: %1 anzulegen, %2 zu ändern, %3 zu löschen.</translation>
    </message>
</context>
<context>
    <name>zenml::access::YamlText</name>
    <message>
        <source>This is not valid YAML (%1).</source>
        <translation>Das ist kein gültiges YAML (%1).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::AccessCommands</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2. Check the path.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Name the access file with --file.</source>
        <translation>Nennen Sie die Zugriffsdatei mit --file.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was queued:</source>
        <translation>
            <numerusform>Die Datei hat %n Problem; nichts wurde eingereiht:</numerusform>
            <numerusform>Die Datei hat %n Probleme; nichts wurde eingereiht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export writes yaml or json, not csv.</source>
        <translation>Export schreibt yaml oder json, nicht csv.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported the access model of profile &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Das Zugriffsmodell des Profils &apos;%1&apos; wurde nach &apos;%2&apos; exportiert.</translation>
    </message>
    <message>
        <source>Queue these changes? [y/N] </source>
        <translation>Diese Änderungen einreihen? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of the confirmation</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of the confirmation</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Apply asks for a confirmation, and there is no terminal to ask on. Check the plan with &apos;zenml-admin plan&apos;, then run apply with --yes.</source>
        <translation>Apply fragt nach einer Bestätigung, und es gibt kein Terminal, auf dem es fragen kann. Prüfen Sie den Plan mit &apos;zenml-admin plan&apos; und rufen Sie dann apply mit --yes auf.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nichts wurde eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n change(s) in one transaction; the next sync sends them to the server.</source>
        <translation>
            <numerusform>%n Änderung in einer Transaktion eingereiht; die nächste Synchronisierung sendet sie an den Server.</numerusform>
            <numerusform>%n Änderungen in einer Transaktion eingereiht; die nächste Synchronisierung sendet sie an den Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) in one transaction.</source>
        <translation>
            <numerusform>%n Änderung in einer Transaktion angewendet.</numerusform>
            <numerusform>%n Änderungen in einer Transaktion angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is YAML, or JSON when its name ends in .json or it starts with &apos;{&apos;. The format is described in docs/access-file.md.</source>
        <translation>Die Datei ist YAML, oder JSON, wenn ihr Name auf .json endet oder sie mit &apos;{&apos; beginnt. Das Format beschreibt docs/access-file.md.</translation>
    </message>
    <message>
        <source>Write the profile&apos;s whole access model (workspaces, roles, users, teams, role assignments) by name.</source>
        <translation>Das ganze Zugriffsmodell des Profils (Workspaces, Rollen, Benutzer, Teams, Rollenzuweisungen) nach Namen schreiben.</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--output yaml (the default) or --output json. Two exports of the same state are byte-identical; no ids, times, tokens or passwords.</source>
        <translation>--output yaml (Vorgabe) oder --output json. Zwei Exporte desselben Stands sind byte-gleich; keine IDs, Zeiten, Tokens oder Passwörter.</translation>
    </message>
    <message>
        <source>Show what apply would change to make the profile match a file.</source>
        <translation>Zeigen, was apply ändern würde, damit das Profil einer Datei entspricht.</translation>
    </message>
    <message>
        <source>The access file to compare with the profile.</source>
        <translation>Die Zugriffsdatei, die mit dem Profil verglichen wird.</translation>
    </message>
    <message>
        <source>Also show what the file leaves out, which apply --prune deletes.</source>
        <translation>Auch zeigen, was die Datei auslässt und apply --prune löscht.</translation>
    </message>
    <message>
        <source>Exit with code 9 when the profile differs from the file (for CI).</source>
        <translation>Mit Code 9 enden, wenn das Profil von der Datei abweicht (für CI).</translation>
    </message>
    <message>
        <source>Exit codes: 0 no difference (or any plan without --check), 9 a difference with --check, 4 the file has problems.</source>
        <translation>Exit-Codes: 0 kein Unterschied (oder jeder Plan ohne --check), 9 ein Unterschied mit --check, 4 die Datei hat Probleme.</translation>
    </message>
    <message>
        <source>Queue every change of the plan of a file, in one transaction.</source>
        <translation>Jede Änderung des Plans einer Datei einreihen, in einer Transaktion.</translation>
    </message>
    <message>
        <source>The access file to apply.</source>
        <translation>Die anzuwendende Zugriffsdatei.</translation>
    </message>
    <message>
        <source>Delete what the file leaves out (built-ins always stay).</source>
        <translation>Löschen, was die Datei auslässt (Eingebautes bleibt immer).</translation>
    </message>
    <message>
        <source>Do not ask for a confirmation (needed without a terminal).</source>
        <translation>Nicht nach einer Bestätigung fragen (nötig ohne Terminal).</translation>
    </message>
    <message>
        <source>A file with any problem is refused as a whole, every problem listed with its line and column; nothing is queued.</source>
        <translation>Eine Datei mit einem Problem wird als Ganzes abgelehnt, jedes Problem mit Zeile und Spalte aufgeführt; nichts wird eingereiht.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::AssignmentCommands</name>
    <message>
        <source>Name at least one user (--user) or team (--team).</source>
        <translation>Nennen Sie mindestens einen Benutzer (--user) oder ein Team (--team).</translation>
    </message>
    <message>
        <source>Assigned role &apos;%1&apos; to user &apos;%2&apos;.</source>
        <translation>Rolle &apos;%1&apos; an Benutzer &apos;%2&apos; vergeben.</translation>
    </message>
    <message>
        <source>Assigned role &apos;%1&apos; to team &apos;%2&apos;.</source>
        <translation>Rolle &apos;%1&apos; an Team &apos;%2&apos; vergeben.</translation>
    </message>
    <message>
        <source>Revoked role &apos;%1&apos; from user &apos;%2&apos;.</source>
        <translation>Rolle &apos;%1&apos; von Benutzer &apos;%2&apos; entzogen.</translation>
    </message>
    <message>
        <source>Revoked role &apos;%1&apos; from team &apos;%2&apos;.</source>
        <translation>Rolle &apos;%1&apos; von Team &apos;%2&apos; entzogen.</translation>
    </message>
    <message>
        <source>No role assignments found for the given filters.</source>
        <translation>Keine Rollenzuweisungen für diese Filter gefunden.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the role.</source>
        <translation>Name, ID oder eindeutiges Präfix der Rolle.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Benutzers.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a team.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Teams.</translation>
    </message>
    <message>
        <source>Only in this workspace; globally when left out.</source>
        <translation>Nur in diesem Workspace; ohne Angabe global.</translation>
    </message>
    <message>
        <source>Assign a role to users and teams.</source>
        <translation>Eine Rolle an Benutzer und Teams vergeben.</translation>
    </message>
    <message>
        <source>All or nothing: if one subject cannot get the role, none gets it.</source>
        <translation>Alles oder nichts: Kann einer die Rolle nicht bekommen, bekommt sie keiner.</translation>
    </message>
    <message>
        <source>Revoke a role from users and teams.</source>
        <translation>Benutzern und Teams eine Rolle entziehen.</translation>
    </message>
    <message>
        <source>All or nothing: if one subject does not hold the role, nothing is revoked.</source>
        <translation>Alles oder nichts: Hat einer die Rolle nicht, wird nichts entzogen.</translation>
    </message>
    <message>
        <source>List role assignments.</source>
        <translation>Rollenzuweisungen auflisten.</translation>
    </message>
    <message>
        <source>Only the assignments of this user.</source>
        <translation>Nur die Zuweisungen dieses Benutzers.</translation>
    </message>
    <message>
        <source>Only the assignments of this team.</source>
        <translation>Nur die Zuweisungen dieses Teams.</translation>
    </message>
    <message>
        <source>Only the assignments of this role.</source>
        <translation>Nur die Zuweisungen dieser Rolle.</translation>
    </message>
    <message>
        <source>Only the assignments in this workspace.</source>
        <translation>Nur die Zuweisungen in diesem Workspace.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos; for help.</source>
        <translation>Hilfe gibt es mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of zenml-admin.</source>
        <translation>&apos;%1&apos; ist in dieser Version von zenml-admin nicht verfügbar.</translation>
    </message>
    <message>
        <source>No such command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Missing command.</source>
        <translation>Befehl fehlt.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Columns</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>VOLLSTÄNDIGER NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
</context>
<context>
    <name>zenml::cli::CompletionCommands</name>
    <message>
        <source>Print the bash completion script.</source>
        <translation>Das Vervollständigungsskript für bash ausgeben.</translation>
    </message>
    <message>
        <source>Try it with: source &lt;(zenml-admin completion bash)</source>
        <translation>Zum Ausprobieren: source &lt;(zenml-admin completion bash)</translation>
    </message>
    <message>
        <source>Print the zsh completion script.</source>
        <translation>Das Vervollständigungsskript für zsh ausgeben.</translation>
    </message>
    <message>
        <source>Try it with: source &lt;(zenml-admin completion zsh) (after compinit)</source>
        <translation>Zum Ausprobieren: source &lt;(zenml-admin completion zsh) (nach compinit)</translation>
    </message>
    <message>
        <source>Print the fish completion script.</source>
        <translation>Das Vervollständigungsskript für fish ausgeben.</translation>
    </message>
    <message>
        <source>Try it with: zenml-admin completion fish | source</source>
        <translation>Zum Ausprobieren: zenml-admin completion fish | source</translation>
    </message>
</context>
<context>
    <name>zenml::cli::ConnectCommands</name>
    <message>
        <source>Pass --allow-insecure-http to use it anyway.</source>
        <translation>Geben Sie --allow-insecure-http an, um sie trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: give 64 hex digits, with or without colons.</source>
        <translation>&apos;%1&apos; ist kein SHA-256-Fingerabdruck: Geben Sie 64 Hex-Ziffern an, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>A server profile needs both --url and --username.</source>
        <translation>Ein Serverprofil braucht --url und --username.</translation>
    </message>
    <message>
        <source>--trust-fingerprint and --allow-insecure-http need --url.</source>
        <translation>--trust-fingerprint und --allow-insecure-http brauchen --url.</translation>
    </message>
    <message>
        <source>Created profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>Created profile &apos;%1&apos; for %2 as &apos;%3&apos;. Sign in with: zenml-admin --profile %1 login</source>
        <translation>Profil &apos;%1&apos; für %2 als &apos;%3&apos; angelegt. Anmelden mit: zenml-admin --profile %1 login</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local profile; only server profiles have a URL and user name.</source>
        <translation>&apos;%1&apos; ist ein lokales Profil; nur Serverprofile haben eine URL und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Nothing to change. Give --url, --username or --trust-fingerprint.</source>
        <translation>Nichts zu ändern. Geben Sie --url, --username oder --trust-fingerprint an.</translation>
    </message>
    <message>
        <source>Updated profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Signed out of the old server or user. Sign in again with: zenml-admin --profile %1 login</source>
        <translation>Vom alten Server oder Benutzer abgemeldet. Erneut anmelden mit: zenml-admin --profile %1 login</translation>
    </message>
    <message>
        <source>Deleted profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: %1</source>
        <translation>Seine Einträge im Schlüsselbund konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Das Zertifikat des Servers:</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  Inhaber:    %1</translation>
    </message>
    <message>
        <source>  Issuer:  %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256:    %1</translation>
    </message>
    <message>
        <source>If you trust it, pin it with: zenml-admin profile update %1 --trust-fingerprint %2</source>
        <translation>Wenn Sie ihm vertrauen, hinterlegen Sie es mit: zenml-admin profile update %1 --trust-fingerprint %2</translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation>Der Abgleich konnte nicht starten.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Signed in to %1 (ZenML %2) as &apos;%3&apos; with the permissions: %4.</source>
        <translation>Bei %1 (ZenML %2) als &apos;%3&apos; angemeldet, mit den Berechtigungen: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The password is saved in the keychain for later runs.</source>
        <translation>Das Passwort ist für spätere Aufrufe im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed in, but fetching the server&apos;s data failed; the local copy is as it was.</source>
        <translation>Angemeldet, aber das Abrufen der Serverdaten ist fehlgeschlagen; die lokale Kopie ist unverändert.</translation>
    </message>
    <message>
        <source>Fetched %1 users, %2 teams, %3 roles and %4 workspaces.</source>
        <translation>%1 Benutzer, %2 Teams, %3 Rollen und %4 Workspaces abgerufen.</translation>
    </message>
    <message>
        <source>Signed out of profile &apos;%1&apos;; the saved password is removed.</source>
        <translation>Vom Profil &apos;%1&apos; abgemeldet; das gespeicherte Passwort ist entfernt.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint even though it does not verify (self-signed).</source>
        <translation>Dem Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen, auch wenn es sich nicht überprüfen lässt (selbst signiert).</translation>
    </message>
    <message>
        <source>Accept a plain http:// URL to another computer (the password crosses the network unencrypted).</source>
        <translation>Eine unverschlüsselte http://-URL zu einem anderen Rechner annehmen (das Passwort geht unverschlüsselt durchs Netz).</translation>
    </message>
    <message>
        <source>Create a profile: local, or for a server with --url and --username.</source>
        <translation>Ein Profil anlegen: lokal oder mit --url und --username für einen Server.</translation>
    </message>
    <message>
        <source>Name of the new profile.</source>
        <translation>Name des neuen Profils.</translation>
    </message>
    <message>
        <source>The ZenML server&apos;s URL, for a server profile.</source>
        <translation>Die URL des ZenML-Servers, für ein Serverprofil.</translation>
    </message>
    <message>
        <source>The user to sign in as, for a server profile.</source>
        <translation>Der Benutzer, als der man sich anmeldet, für ein Serverprofil.</translation>
    </message>
    <message>
        <source>A local profile starts like a fresh ZenML server: roles admin and guest, the default workspace and the default user. A server profile is signed in to with &apos;zenml-admin login&apos;.</source>
        <translation>Ein lokales Profil beginnt wie ein frischer ZenML-Server: Rollen admin und guest, der Standard-Workspace und der Standardbenutzer. An einem Serverprofil meldet man sich mit &apos;zenml-admin login&apos; an.</translation>
    </message>
    <message>
        <source>Change a server profile&apos;s URL, user name or trusted certificate.</source>
        <translation>URL, Benutzernamen oder vertrautes Zertifikat eines Serverprofils ändern.</translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation>Name des Profils.</translation>
    </message>
    <message>
        <source>The new server URL.</source>
        <translation>Die neue Server-URL.</translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation>Der neue Benutzername.</translation>
    </message>
    <message>
        <source>Changing the URL or the user name signs out. An empty --trust-fingerprint removes the pin.</source>
        <translation>Eine Änderung von URL oder Benutzername meldet ab. Ein leeres --trust-fingerprint entfernt das hinterlegte Zertifikat.</translation>
    </message>
    <message>
        <source>Delete a profile, its local data and its saved password.</source>
        <translation>Ein Profil, seine lokalen Daten und sein gespeichertes Passwort löschen.</translation>
    </message>
    <message>
        <source>Sign in to the server of the profile and fetch its users, teams and roles.</source>
        <translation>Am Server des Profils anmelden und seine Benutzer, Teams und Rollen abrufen.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Do not save the password in the keychain (and remove a saved one).</source>
        <translation>Das Passwort nicht im Schlüsselbund speichern (und ein gespeichertes entfernen).</translation>
    </message>
    <message>
        <source>Without --password-stdin the password is asked for on the terminal. It is never taken from an argument.</source>
        <translation>Ohne --password-stdin wird das Passwort im Terminal abgefragt. Es wird nie aus einem Argument genommen.</translation>
    </message>
    <message>
        <source>Sign out of the profile&apos;s server and remove the saved password.</source>
        <translation>Vom Server des Profils abmelden und das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>To delete it anyway, add --force.</source>
        <translation>Um es trotzdem zu löschen, geben Sie --force an.</translation>
    </message>
    <message>
        <source>Delete it even if it holds changes not yet sent to its server (they are lost).</source>
        <translation>Auch löschen, wenn es noch nicht an seinen Server gesendete Änderungen enthält (sie gehen verloren).</translation>
    </message>
    <message>
        <source>A profile whose changes are not all on its server yet is kept unless --force is given; &apos;zenml-admin --profile NAME pending list&apos; shows them.</source>
        <translation>Ein Profil, dessen Änderungen noch nicht alle auf seinem Server sind, bleibt ohne --force erhalten; &apos;zenml-admin --profile NAME pending list&apos; zeigt sie.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Context</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local profile: there is no server to sign in to. Create a server profile with &apos;zenml-admin profile create NAME --url URL --username USER&apos;.</source>
        <translation>&apos;%1&apos; ist ein lokales Profil: Es gibt keinen Server zum Anmelden. Legen Sie ein Serverprofil mit &apos;zenml-admin profile create NAME --url URL --username BENUTZER&apos; an.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Help</name>
    <message>
        <source>Global options:
</source>
        <translation>Globale Optionen:
</translation>
    </message>
    <message>
        <source>Use this profile instead of the active one.</source>
        <translation>Dieses Profil statt des aktiven verwenden.</translation>
    </message>
    <message>
        <source>Print listings as table (the default), json or csv.</source>
        <translation>Listen als Tabelle (Standard), json oder csv ausgeben.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR (else ZENML_ADMIN_DATA_DIR, else the app data folder).</source>
        <translation>Profile in DIR ablegen (sonst ZENML_ADMIN_DATA_DIR, sonst der Datenordner der App).</translation>
    </message>
    <message>
        <source>Language of messages, help, table headers and the desktop app, e.g. de or en; else the system locale. JSON and CSV stay as they are.</source>
        <translation>Sprache der Meldungen, der Hilfe, der Tabellenköpfe und der Desktop-App, z. B. de oder en; sonst die des Systems. JSON und CSV bleiben unverändert.</translation>
    </message>
    <message>
        <source>Show help for the program, a group or a command.</source>
        <translation>Hilfe zum Programm, einer Gruppe oder einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Usage: zenml-admin [OPTIONS] GROUP COMMAND [ARGS]...
       zenml-admin [--data-dir DIR] [--profile NAME] [--lang LANG]

  Administer the users, teams, roles and role assignments of a ZenML server,
  or of a local profile. With no command, the desktop app starts.

</source>
        <translation>Aufruf: zenml-admin [OPTIONEN] GRUPPE BEFEHL [ARGUMENTE]...
        zenml-admin [--data-dir DIR] [--profile NAME] [--lang SPRACHE]

  Verwaltet Benutzer, Teams, Rollen und Rollenzuweisungen eines ZenML-Servers
  oder eines lokalen Profils. Ohne Befehl startet die Desktop-App.

</translation>
    </message>
    <message>
        <source>Groups:
</source>
        <translation>Gruppen:
</translation>
    </message>
    <message>
        <source>Exit codes:
</source>
        <translation>Rückgabewerte:
</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>other failure</source>
        <translation>anderer Fehler</translation>
    </message>
    <message>
        <source>usage error (unknown command or option, missing argument)</source>
        <translation>Bedienfehler (unbekannter Befehl oder Option, fehlendes Argument)</translation>
    </message>
    <message>
        <source>not found, or an ambiguous name prefix</source>
        <translation>nicht gefunden oder mehrdeutiges Namenspräfix</translation>
    </message>
    <message>
        <source>rule violation (invalid or duplicate name, protected entity, role still assigned)</source>
        <translation>Regelverstoß (ungültiger oder doppelter Name, geschütztes Objekt, Rolle noch vergeben)</translation>
    </message>
    <message>
        <source>I/O failure (profile database, data folder, keychain)</source>
        <translation>Ein-/Ausgabefehler (Profildatenbank, Datenordner, Schlüsselbund)</translation>
    </message>
    <message>
        <source>network or server failure</source>
        <translation>Netzwerk- oder Serverfehler</translation>
    </message>
    <message>
        <source>not signed in or not permitted</source>
        <translation>nicht angemeldet oder nicht berechtigt</translation>
    </message>
    <message>
        <source>Run &apos;zenml-admin GROUP --help&apos; for the commands of a group.</source>
        <translation>Die Befehle einer Gruppe zeigt &apos;zenml-admin GRUPPE --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGS]...

</source>
        <translation>Aufruf: %1 BEFEHL [ARGUMENTE]...

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;%1 BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONEN]</translation>
    </message>
    <message>
        <source>Usage: %1

</source>
        <translation>Aufruf: %1

</translation>
    </message>
    <message>
        <source>Arguments:
</source>
        <translation>Argumente:
</translation>
    </message>
    <message>
        <source>Repeat for more.</source>
        <translation>Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>busy: another sync of the profile is running (try again later)</source>
        <translation>beschäftigt: ein anderer Abgleich des Profils läuft (später erneut versuchen)</translation>
    </message>
</context>
<context>
    <name>zenml::cli::HistoryCommands</name>
    <message>
        <source>--since takes a date such as 2026-12-01 (or a date and time), not &apos;%1&apos;.</source>
        <translation>--since erwartet ein Datum wie 2026-12-01 (oder Datum und Uhrzeit), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>FELDER</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>No changes recorded for the given filters.</source>
        <translation>Für diese Filter sind keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <source>List the changes made on the profile, newest first.</source>
        <translation>Die Änderungen am Profil auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only changes on or after DATE (2026-12-01).</source>
        <translation>Nur Änderungen ab DATE (2026-12-01).</translation>
    </message>
    <message>
        <source>Only changes of the user, team, role or workspace NAME.</source>
        <translation>Nur Änderungen des Benutzers, Teams, der Rolle oder des Workspaces NAME.</translation>
    </message>
    <message>
        <source>Kept for 365 days; older entries are removed with the next change. Passwords are never recorded, only that one changed.</source>
        <translation>Wird 365 Tage aufbewahrt; ältere Einträge werden mit der nächsten Änderung entfernt. Passwörter werden nie verzeichnet, nur dass eines geändert wurde.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>RÜCKGÄNGIG</translation>
    </message>
    <message>
        <source>UNDONE BY</source>
        <translation>RÜCKGÄNGIG DURCH</translation>
    </message>
    <message>
        <source>UNDO OF</source>
        <translation>MACHT RÜCKGÄNGIG</translation>
    </message>
</context>
<context>
    <name>zenml::cli::InviteCommands</name>
    <message>
        <source>The sync could not start.</source>
        <translation>Der Abgleich konnte nicht starten.</translation>
    </message>
    <message>
        <source>The invitation link will be available after &apos;zenml-admin sync&apos;; then &apos;zenml-admin user invite-link %1&apos; prints it.</source>
        <translation>Der Einladungslink ist nach &apos;zenml-admin sync&apos; verfügbar; dann gibt &apos;zenml-admin user invite-link %1&apos; ihn aus.</translation>
    </message>
    <message>
        <source>Not sent to the server yet: %1</source>
        <translation>Noch nicht an den Server gesendet: %1</translation>
    </message>
    <message>
        <source>Note: the keychain did not keep the link; copy it now, or regenerate it later.</source>
        <translation>Hinweis: Der Schlüsselbund hat den Link nicht behalten; kopieren Sie ihn jetzt oder erzeugen Sie ihn später neu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now inactive; the new link replaces any earlier one.</source>
        <translation>&apos;%1&apos; ist jetzt inaktiv; der neue Link ersetzt jeden früheren.</translation>
    </message>
    <message>
        <source>The new link replaces the earlier one, which stops working.</source>
        <translation>Der neue Link ersetzt den früheren, der nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is active and has no invitation. &apos;--regenerate&apos; deactivates it and makes a new link.</source>
        <translation>&apos;%1&apos; ist aktiv und hat keine Einladung. &apos;--regenerate&apos; deaktiviert den Benutzer und erzeugt einen neuen Link.</translation>
    </message>
    <message>
        <source>No link for &apos;%1&apos; is kept on this computer. &apos;zenml-admin user invite-link %1 --regenerate&apos; makes a new one (an earlier link stops working).</source>
        <translation>Für &apos;%1&apos; ist auf diesem Rechner kein Link gespeichert. &apos;zenml-admin user invite-link %1 --regenerate&apos; erzeugt einen neuen (ein früherer Link funktioniert dann nicht mehr).</translation>
    </message>
    <message>
        <source>Created user &apos;%1&apos;.</source>
        <translation>Benutzer &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; is ready: &apos;zenml-admin user invite-link %1&apos; prints it.</source>
        <translation>Der Einladungslink für &apos;%1&apos; ist bereit: &apos;zenml-admin user invite-link %1&apos; gibt ihn aus.</translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; arrived, but the keychain did not keep it; &apos;zenml-admin user invite-link %1 --regenerate&apos; makes a new one.</source>
        <translation>Der Einladungslink für &apos;%1&apos; ist angekommen, aber der Schlüsselbund hat ihn nicht behalten; &apos;zenml-admin user invite-link %1 --regenerate&apos; erzeugt einen neuen.</translation>
    </message>
    <message>
        <source>Print the invitation link of an inactive user.</source>
        <translation>Den Einladungslink eines inaktiven Benutzers ausgeben.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user.</source>
        <translation>Name, ID oder eindeutiges Präfix des Benutzers.</translation>
    </message>
    <message>
        <source>Ask the server for a new link: the old one stops working, and an active user becomes inactive until activated again.</source>
        <translation>Den Server um einen neuen Link bitten: Der alte funktioniert nicht mehr, und ein aktiver Benutzer wird inaktiv, bis er erneut aktiviert wird.</translation>
    </message>
    <message>
        <source>The link is a credential: anyone holding it can set the account&apos;s password. It is kept only in the OS keychain, until the user is seen active or deleted.</source>
        <translation>Der Link ist ein Zugangsnachweis: Wer ihn hat, kann das Passwort des Kontos setzen. Er wird nur im Schlüsselbund des Betriebssystems aufbewahrt, bis der Benutzer aktiv oder gelöscht ist.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Invocation</name>
    <message>
        <source>Option &apos;--%1&apos; takes true or false, not &apos;%2&apos;.</source>
        <translation>Option &apos;--%1&apos; nimmt true oder false, nicht &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Benutzerbefehle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>administer the users, teams, roles and role assignments of a ZenML server</source>
        <translation>Benutzer, Teams, Rollen und Rollenzuweisungen eines ZenML-Servers verwalten</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ZenML Admin manages the users, teams, roles (with the permissions read, write and me), role assignments, workspaces and invitations of a ZenML server, or of a local profile. It keeps a local copy of each profile, so it works offline, and sends queued changes to the server with the sync command. With no command, or with only the options --profile, --data-dir and --lang, the desktop app starts.</source>
        <translation>ZenML Admin verwaltet die Benutzer, Teams, Rollen (mit den Berechtigungen read, write und me), Rollenzuweisungen, Workspaces und Einladungen eines ZenML-Servers oder eines lokalen Profils. Es hält eine lokale Kopie jedes Profils, arbeitet also auch offline, und sendet wartende Änderungen mit dem Befehl sync an den Server. Ohne Befehl, oder nur mit den Optionen --profile, --data-dir und --lang, startet die Desktop-App.</translation>
    </message>
    <message>
        <source>Global options</source>
        <translation>Globale Optionen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The data folder (unless --data-dir or ZENML_ADMIN_DATA_DIR say otherwise).</source>
        <translation>Der Datenordner (sofern --data-dir oder ZENML_ADMIN_DATA_DIR nichts anderes sagen).</translation>
    </message>
    <message>
        <source>One profile: the local copy of its server, and the changes waiting to be sent. No password or token is kept here; those go to the keychain.</source>
        <translation>Ein Profil: die lokale Kopie seines Servers und die Änderungen, die auf das Senden warten. Hier liegt kein Passwort und kein Token; die kommen in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Lock files: held while a window has the profile open or a sync runs on it.</source>
        <translation>Sperrdateien: gehalten, solange ein Fenster das Profil geöffnet hat oder ein Abgleich darauf läuft.</translation>
    </message>
    <message>
        <source>The active profile&apos;s name.</source>
        <translation>Der Name des aktiven Profils.</translation>
    </message>
    <message>
        <source>The desktop app&apos;s window settings.</source>
        <translation>Die Fenstereinstellungen der Desktop-App.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The data folder, when --data-dir is not given.</source>
        <translation>Der Datenordner, wenn --data-dir nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The language of messages and help, when --lang is not given.</source>
        <translation>Die Sprache von Meldungen und Hilfe, wenn --lang nicht angegeben ist.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>List the users of the active profile.</source>
        <translation>Die Benutzer des aktiven Profils auflisten.</translation>
    </message>
    <message>
        <source>Create a role that may only read.</source>
        <translation>Eine Rolle anlegen, die nur lesen darf.</translation>
    </message>
    <message>
        <source>Give alice the role in one workspace.</source>
        <translation>alice die Rolle in einem Workspace geben.</translation>
    </message>
    <message>
        <source>All role assignments as JSON, for scripts.</source>
        <translation>Alle Rollenzuweisungen als JSON, für Skripte.</translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s.</source>
        <translation>Wartende Änderungen senden und die des Servers holen.</translation>
    </message>
    <message>
        <source>Tab completion in the running bash.</source>
        <translation>Tab-Vervollständigung in der laufenden bash.</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
    <message>
        <source>zenml-admin GROUP --help, zenml-admin GROUP COMMAND --help</source>
        <translation>zenml-admin GRUPPE --help, zenml-admin GRUPPE BEFEHL --help</translation>
    </message>
    <message>
        <source>Tab completion in the running fish.</source>
        <translation>Tab-Vervollständigung in der laufenden fish.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Output</name>
    <message>
        <source>PROPERTY</source>
        <translation>EIGENSCHAFT</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Parser</name>
    <message>
        <source>Option &apos;%1&apos; needs a value.</source>
        <translation>Option &apos;%1&apos; braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option &apos;--data-dir&apos; needs a folder.</source>
        <translation>Option &apos;--data-dir&apos; braucht einen Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format. Use table, json or csv.</source>
        <translation>&apos;%1&apos; ist kein Ausgabeformat. Verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>No such option: &apos;%1&apos;.</source>
        <translation>Unbekannte Option: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; does not take a value.</source>
        <translation>Option &apos;%1&apos; nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; needs a value (%2).</source>
        <translation>Option &apos;%1&apos; braucht einen Wert (%2).</translation>
    </message>
    <message>
        <source>Missing argument &apos;%1&apos;.</source>
        <translation>Argument &apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>Got unexpected extra argument &apos;%1&apos;.</source>
        <translation>Unerwartetes zusätzliches Argument &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::PasswordPrompt</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password. Pass it on standard input with --password-stdin.</source>
        <translation>Es gibt kein Terminal, um das Passwort abzufragen. Übergeben Sie es mit --password-stdin über die Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::ProfileCommands</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>No profiles yet. The local profile &apos;default&apos; is created on first use.</source>
        <translation>Noch keine Profile. Das lokale Profil &apos;default&apos; wird bei der ersten Verwendung angelegt.</translation>
    </message>
    <message>
        <source>Active profile changed to &apos;%1&apos;.</source>
        <translation>Aktives Profil ist jetzt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation>Name des Profils.</translation>
    </message>
    <message>
        <source>List the profiles.</source>
        <translation>Die Profile auflisten.</translation>
    </message>
    <message>
        <source>Make a profile the active one.</source>
        <translation>Ein Profil zum aktiven machen.</translation>
    </message>
    <message>
        <source>Repaired the profile &apos;%1&apos;. The damaged file is kept as &apos;%2&apos;.</source>
        <translation>Das Profil „%1“ wurde repariert. Die beschädigte Datei bleibt als „%2“ erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Salvaged %n queued change(s); they wait for the next sync.</source>
        <translation>
            <numerusform>%n wartende Änderung gerettet; sie wartet auf die nächste Synchronisierung.</numerusform>
            <numerusform>%n wartende Änderungen gerettet; sie warten auf die nächste Synchronisierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n invitation(s) of the ledger.</source>
        <translation>
            <numerusform>%n Einladung des Verzeichnisses behalten.</numerusform>
            <numerusform>%n Einladungen des Verzeichnisses behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite could not read %n part(s) of the damaged file; what they held is lost.</source>
        <translation>
            <numerusform>SQLite konnte %n Teil der beschädigten Datei nicht lesen; was er enthielt, ist verloren.</numerusform>
            <numerusform>SQLite konnte %n Teile der beschädigten Datei nicht lesen; was sie enthielten, ist verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile is repaired, but its fresh copy could not be fetched from %1: %2 Sign in with &apos;zenml-admin --profile %3 login&apos;, then run &apos;zenml-admin --profile %3 sync&apos;.</source>
        <translation>Das Profil ist repariert, aber seine frische Kopie konnte nicht von %1 geholt werden: %2 Melden Sie sich mit „zenml-admin --profile %3 login“ an und führen Sie dann „zenml-admin --profile %3 sync“ aus.</translation>
    </message>
    <message>
        <source>Fetched a fresh copy from %1.</source>
        <translation>Frische Kopie von %1 geholt.</translation>
    </message>
    <message>
        <source>Repair a damaged profile: keep the damaged file, salvage its queued changes and fetch a fresh copy from the server.</source>
        <translation>Ein beschädigtes Profil reparieren: die beschädigte Datei behalten, ihre wartenden Änderungen retten und eine frische Kopie vom Server holen.</translation>
    </message>
    <message>
        <source>The server&apos;s URL, when the damaged file no longer says it.</source>
        <translation>Die URL des Servers, wenn die beschädigte Datei sie nicht mehr nennt.</translation>
    </message>
    <message>
        <source>The user to sign in as, when the damaged file no longer says it.</source>
        <translation>Der Benutzer für die Anmeldung, wenn die beschädigte Datei ihn nicht mehr nennt.</translation>
    </message>
    <message>
        <source>The damaged file stays beside the profile as NAME.sqlite.damaged-YYYYMMDD-HHMMSS. Every queued change and invitation SQLite can still read in it is kept; the fresh profile is fetched with the saved sign-in, and the salvaged changes are sent on the next sync, where they meet the usual conflict rules. Exit codes: 0 repaired and fetched; 2 the server or user must be given; 4 the profile is not damaged, or is a local profile; 5 the file could not be read or moved; 6 or 7 repaired, but the fresh copy could not be fetched (sign in, then sync); 8 the profile is open or syncing elsewhere.</source>
        <translation>Die beschädigte Datei bleibt neben dem Profil als NAME.sqlite.damaged-JJJJMMTT-HHMMSS erhalten. Jede wartende Änderung und jede Einladung, die SQLite darin noch lesen kann, bleibt erhalten; das frische Profil wird mit der gespeicherten Anmeldung geholt, und die geretteten Änderungen werden bei der nächsten Synchronisierung gesendet, wo die üblichen Konfliktregeln für sie gelten. Exit-Codes: 0 repariert und geholt; 2 Server oder Benutzer muss angegeben werden; 4 das Profil ist nicht beschädigt oder ein lokales Profil; 5 die Datei konnte nicht gelesen oder verschoben werden; 6 oder 7 repariert, aber die frische Kopie konnte nicht geholt werden (anmelden, dann synchronisieren); 8 das Profil ist anderswo geöffnet oder wird synchronisiert.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::Registry</name>
    <message>
        <source>Commands for user management.</source>
        <translation>Befehle zur Benutzerverwaltung.</translation>
    </message>
    <message>
        <source>Commands for team management.</source>
        <translation>Befehle zur Teamverwaltung.</translation>
    </message>
    <message>
        <source>Commands for role management.</source>
        <translation>Befehle zur Rollenverwaltung.</translation>
    </message>
    <message>
        <source>Commands for role assignments.</source>
        <translation>Befehle für Rollenzuweisungen.</translation>
    </message>
    <message>
        <source>Commands for permissions.</source>
        <translation>Befehle für Berechtigungen.</translation>
    </message>
    <message>
        <source>Commands for workspace management.</source>
        <translation>Befehle zur Workspace-Verwaltung.</translation>
    </message>
    <message>
        <source>Commands for local and server profiles.</source>
        <translation>Befehle für lokale Profile und Serverprofile.</translation>
    </message>
    <message>
        <source>Sign in to the profile&apos;s server.</source>
        <translation>Am Server des Profils anmelden.</translation>
    </message>
    <message>
        <source>Sign out of the profile&apos;s server.</source>
        <translation>Vom Server des Profils abmelden.</translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s.</source>
        <translation>Wartende Änderungen senden und die des Servers abrufen.</translation>
    </message>
    <message>
        <source>Show what waits for the server.</source>
        <translation>Anzeigen, was auf den Server wartet.</translation>
    </message>
    <message>
        <source>Commands for changes waiting for the server.</source>
        <translation>Befehle für Änderungen, die auf den Server warten.</translation>
    </message>
    <message>
        <source>Commands for changes that met a newer version.</source>
        <translation>Befehle für Änderungen, die auf eine neuere Version gestoßen sind.</translation>
    </message>
    <message>
        <source>Print a shell&apos;s Tab completion script.</source>
        <translation>Das Tab-Vervollständigungsskript einer Shell ausgeben.</translation>
    </message>
    <message>
        <source>Write the access model to a file.</source>
        <translation>Das Zugriffsmodell in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Compare an access file with the profile.</source>
        <translation>Eine Zugriffsdatei mit dem Profil vergleichen.</translation>
    </message>
    <message>
        <source>Make the profile match an access file.</source>
        <translation>Das Profil einer Zugriffsdatei angleichen.</translation>
    </message>
    <message>
        <source>Who holds a permission, and why.</source>
        <translation>Wer eine Berechtigung hat, und warum.</translation>
    </message>
    <message>
        <source>The access review an auditor asks for.</source>
        <translation>Die Zugriffsprüfung, die eine Prüferin verlangt.</translation>
    </message>
    <message>
        <source>Every change made on the profile.</source>
        <translation>Jede Änderung am Profil.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::ReviewCommands</name>
    <message>
        <source>(every workspace)</source>
        <translation>(jeder Workspace)</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>BERECHTIGUNG</translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation>GEWÄHRT DURCH</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no permission there.</source>
        <translation>&apos;%1&apos; hat dort keine Berechtigung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inactive: the permissions are held but cannot be used until the user is activated.</source>
        <translation>&apos;%1&apos; ist inaktiv: Die Berechtigungen bestehen, können aber erst nach der Aktivierung genutzt werden.</translation>
    </message>
    <message>
        <source>This is a local profile: roles are recorded but not enforced.</source>
        <translation>Dies ist ein lokales Profil: Rollen werden verzeichnet, aber nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a permission. Use read, write or me.</source>
        <translation>&apos;%1&apos; ist keine Berechtigung. Verwenden Sie read, write oder me.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>Nobody holds &apos;%1&apos; there.</source>
        <translation>Dort hat niemand &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--stale-days takes a number of days (0 or more), not &apos;%1&apos;.</source>
        <translation>--stale-days erwartet eine Anzahl Tage (0 oder mehr), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Wrote the access review to &apos;%1&apos;.</source>
        <translation>Die Zugriffsprüfung wurde nach &apos;%1&apos; geschrieben.</translation>
    </message>
    <message>
        <source>Only this workspace (global roles count in every workspace).</source>
        <translation>Nur dieser Workspace (globale Rollen gelten in jedem Workspace).</translation>
    </message>
    <message>
        <source>Show what a user can do, and why.</source>
        <translation>Zeigen, was ein Benutzer darf, und warum.</translation>
    </message>
    <message>
        <source>Name, id or id prefix of the user.</source>
        <translation>Name, ID oder ID-Präfix des Benutzers.</translation>
    </message>
    <message>
        <source>Each permission is listed with every path that grants it: the user&apos;s own roles and those of its teams, global or in the workspace. Without --workspace, the global row comes first, then each workspace where the user holds more.</source>
        <translation>Jede Berechtigung wird mit jedem Weg aufgeführt, der sie gewährt: den eigenen Rollen des Benutzers und denen seiner Teams, global oder im Workspace. Ohne --workspace kommt zuerst die globale Zeile, dann jeder Workspace, in dem der Benutzer mehr hat.</translation>
    </message>
    <message>
        <source>List every user who holds a permission, with the reasons.</source>
        <translation>Jeden Benutzer mit einer Berechtigung auflisten, mit den Gründen.</translation>
    </message>
    <message>
        <source>read, write or me.</source>
        <translation>read, write oder me.</translation>
    </message>
    <message>
        <source>Without --workspace, a role held in any workspace counts.</source>
        <translation>Ohne --workspace zählt eine Rolle in jedem Workspace.</translation>
    </message>
    <message>
        <source>Show the access review&apos;s findings.</source>
        <translation>Die Befunde der Zugriffsprüfung zeigen.</translation>
    </message>
    <message>
        <source>Invitations older than this are stale (default 14).</source>
        <translation>Ältere Einladungen gelten als veraltet (Standard 14).</translation>
    </message>
    <message>
        <source>Write the review as a PDF report to FILE.</source>
        <translation>Die Prüfung als PDF-Bericht nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Findings: users who can write, admins, inactive users who hold roles, stale invitations, active users without a role, roles nobody holds, empty teams, assignments in missing workspaces.</source>
        <translation>Befunde: Benutzer mit Schreibrecht, Administratoren, inaktive Benutzer mit Rollen, veraltete Einladungen, aktive Benutzer ohne Rolle, Rollen, die niemand hat, leere Teams, Zuweisungen in fehlenden Workspaces.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::RoleCommands</name>
    <message>
        <source>No roles found for the given filters.</source>
        <translation>Keine Rollen für diese Filter gefunden.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Created role &apos;%1&apos;.</source>
        <translation>Rolle &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>Updated role &apos;%1&apos;.</source>
        <translation>Rolle &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Deleted role &apos;%1&apos;.</source>
        <translation>Rolle &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the role.</source>
        <translation>Name, ID oder eindeutiges Präfix der Rolle.</translation>
    </message>
    <message>
        <source>List all roles.</source>
        <translation>Alle Rollen auflisten.</translation>
    </message>
    <message>
        <source>Show the details of a role.</source>
        <translation>Die Details einer Rolle anzeigen.</translation>
    </message>
    <message>
        <source>Create a new role.</source>
        <translation>Eine neue Rolle anlegen.</translation>
    </message>
    <message>
        <source>Name of the new role.</source>
        <translation>Name der neuen Rolle.</translation>
    </message>
    <message>
        <source>A permission to grant: read, write or me.</source>
        <translation>Eine zu gewährende Berechtigung: read, write oder me.</translation>
    </message>
    <message>
        <source>Update an existing role.</source>
        <translation>Eine bestehende Rolle ändern.</translation>
    </message>
    <message>
        <source>New role name.</source>
        <translation>Neuer Rollenname.</translation>
    </message>
    <message>
        <source>A permission to add: read, write or me.</source>
        <translation>Eine hinzuzufügende Berechtigung: read, write oder me.</translation>
    </message>
    <message>
        <source>A permission to remove: read, write or me.</source>
        <translation>Eine zu entfernende Berechtigung: read, write oder me.</translation>
    </message>
    <message>
        <source>The built-in roles admin and guest cannot be changed.</source>
        <translation>Die eingebauten Rollen admin und guest können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Delete roles.</source>
        <translation>Rollen löschen.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a role.</source>
        <translation>Name, ID oder eindeutiges Präfix einer Rolle.</translation>
    </message>
    <message>
        <source>A role that is still assigned cannot be deleted; revoke it first.</source>
        <translation>Eine noch vergebene Rolle kann nicht gelöscht werden; entziehen Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::SyncCommands</name>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a queued change.</source>
        <translation>&apos;%1&apos; ist nicht die Nummer einer wartenden Änderung.</translation>
    </message>
    <message>
        <source>Pushing %1 of %2 changes</source>
        <translation>Sende %1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>Pulling page %1 of %2</source>
        <translation>Rufe Seite %1 von %2 ab</translation>
    </message>
    <message>
        <source>Choose --pull-only or --push-only, not both.</source>
        <translation>Wählen Sie --pull-only oder --push-only, nicht beides.</translation>
    </message>
    <message>
        <source>pushed %1 changes (%2 failed, %3 conflicts, %4 still waiting)</source>
        <translation>%1 Änderungen gesendet (%2 fehlgeschlagen, %3 Konflikte, %4 warten noch)</translation>
    </message>
    <message>
        <source>pulled %1 changed rows, removed %2%3</source>
        <translation>%1 geänderte Zeilen abgerufen, %2 entfernt%3</translation>
    </message>
    <message>
        <source> (full check)</source>
        <translation> (vollständige Prüfung)</translation>
    </message>
    <message>
        <source>Sync: %1.</source>
        <translation>Abgleich: %1.</translation>
    </message>
    <message>
        <source>%1 changes failed and %2 conflicts wait for you: see &apos;zenml-admin pending list&apos; and &apos;zenml-admin conflicts list&apos;.</source>
        <translation>%1 Änderungen sind fehlgeschlagen und %2 Konflikte warten auf Sie: siehe &apos;zenml-admin pending list&apos; und &apos;zenml-admin conflicts list&apos;.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>CONFLICTS</source>
        <translation>KONFLIKTE</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTER ABGLEICH</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>No changes wait for the server.</source>
        <translation>Keine Änderungen warten auf den Server.</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n change(s).</source>
        <translation>
            <numerusform>%n Änderung verworfen.</numerusform>
            <numerusform>%n Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent again on the next sync.</source>
        <translation>
            <numerusform>%n Änderung wird beim nächsten Abgleich erneut gesendet.</numerusform>
            <numerusform>%n Änderungen werden beim nächsten Abgleich erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>MINE | SERVER</source>
        <translation>MEINE | SERVER</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Say how to resolve: --keep-mine or --take-server.</source>
        <translation>Geben Sie an, wie gelöst werden soll: --keep-mine oder --take-server.</translation>
    </message>
    <message numerus="yes">
        <source>Kept your version of %n row(s); the next sync sends it.</source>
        <translation>
            <numerusform>Ihre Version von %n Zeile behalten; der nächste Abgleich sendet sie.</numerusform>
            <numerusform>Ihre Version von %n Zeilen behalten; der nächste Abgleich sendet sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the server&apos;s version of %n row(s).</source>
        <translation>
            <numerusform>Die Version des Servers von %n Zeile übernommen.</numerusform>
            <numerusform>Die Version des Servers von %n Zeilen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of a queued change (see the list).</source>
        <translation>Nummer einer wartenden Änderung (siehe Liste).</translation>
    </message>
    <message>
        <source>Send queued changes to the server, then fetch what changed there.</source>
        <translation>Wartende Änderungen an den Server senden, dann abrufen, was sich dort geändert hat.</translation>
    </message>
    <message>
        <source>Only fetch from the server.</source>
        <translation>Nur vom Server abrufen.</translation>
    </message>
    <message>
        <source>Only send queued changes.</source>
        <translation>Nur wartende Änderungen senden.</translation>
    </message>
    <message>
        <source>List everything on the server, which also finds rows deleted there.</source>
        <translation>Alles auf dem Server auflisten; so werden auch dort gelöschte Zeilen gefunden.</translation>
    </message>
    <message>
        <source>Prints progress on a terminal and a summary at the end.</source>
        <translation>Zeigt im Terminal den Fortschritt und am Ende eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Show the profile&apos;s sync state: queued changes, failures, conflicts, last sync.</source>
        <translation>Den Abgleichstand des Profils anzeigen: wartende Änderungen, Fehler, Konflikte, letzter Abgleich.</translation>
    </message>
    <message>
        <source>List the changes waiting for the server, with the request each one sends.</source>
        <translation>Die auf den Server wartenden Änderungen auflisten, mit der Anfrage, die jede sendet.</translation>
    </message>
    <message>
        <source>Send failed changes again on the next sync.</source>
        <translation>Fehlgeschlagene Änderungen beim nächsten Abgleich erneut senden.</translation>
    </message>
    <message>
        <source>Drop queued changes; the server&apos;s version of their rows comes back.</source>
        <translation>Wartende Änderungen verwerfen; die Version des Servers kommt für ihre Zeilen zurück.</translation>
    </message>
    <message>
        <source>List the changes that met a newer version on the server.</source>
        <translation>Die Änderungen auflisten, die auf dem Server auf eine neuere Version gestoßen sind.</translation>
    </message>
    <message>
        <source>Resolve conflicts: keep your version or take the server&apos;s.</source>
        <translation>Konflikte lösen: Ihre Version behalten oder die des Servers übernehmen.</translation>
    </message>
    <message>
        <source>Send your version again, over the server&apos;s.</source>
        <translation>Ihre Version erneut senden, über die des Servers.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version and drop your changes of the row.</source>
        <translation>Die Version des Servers übernehmen und Ihre Änderungen der Zeile verwerfen.</translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation>Der Abgleich konnte nicht starten.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server; next try in %n second(s)</source>
        <translation>
            <numerusform>Server nicht erreichbar; nächster Versuch in %n Sekunde</numerusform>
            <numerusform>Server nicht erreichbar; nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; next try in %n second(s)</source>
        <translation>
            <numerusform>Der Server ist ausgelastet; nächster Versuch in %n Sekunde</numerusform>
            <numerusform>Der Server ist ausgelastet; nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::cli::TeamCommands</name>
    <message>
        <source>No teams found for the given filters.</source>
        <translation>Keine Teams für diese Filter gefunden.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Created team &apos;%1&apos;.</source>
        <translation>Team &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>Updated team &apos;%1&apos;.</source>
        <translation>Team &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Name at least one user with --user.</source>
        <translation>Nennen Sie mit --user mindestens einen Benutzer.</translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos; to team &apos;%2&apos;.</source>
        <translation>Benutzer &apos;%1&apos; zum Team &apos;%2&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; from team &apos;%2&apos;.</source>
        <translation>Benutzer &apos;%1&apos; aus dem Team &apos;%2&apos; entfernt.</translation>
    </message>
    <message>
        <source>Deleted team &apos;%1&apos;.</source>
        <translation>Team &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the team.</source>
        <translation>Name, ID oder eindeutiges Präfix des Teams.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Benutzers.</translation>
    </message>
    <message>
        <source>List all teams.</source>
        <translation>Alle Teams auflisten.</translation>
    </message>
    <message>
        <source>Show the details of a team and its members.</source>
        <translation>Die Details eines Teams und seine Mitglieder anzeigen.</translation>
    </message>
    <message>
        <source>Create a new team.</source>
        <translation>Ein neues Team anlegen.</translation>
    </message>
    <message>
        <source>Name of the new team.</source>
        <translation>Name des neuen Teams.</translation>
    </message>
    <message>
        <source>Update a team.</source>
        <translation>Ein Team ändern.</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>Ein neuer Name.</translation>
    </message>
    <message>
        <source>Add users to a team.</source>
        <translation>Benutzer zu einem Team hinzufügen.</translation>
    </message>
    <message>
        <source>Remove users from a team.</source>
        <translation>Benutzer aus einem Team entfernen.</translation>
    </message>
    <message>
        <source>Delete teams.</source>
        <translation>Teams löschen.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a team.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Teams.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::UserCommands</name>
    <message>
        <source>No users found for the given filters.</source>
        <translation>Keine Benutzer für diese Filter gefunden.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>TEAMS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Created user &apos;%1&apos;.</source>
        <translation>Benutzer &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>Note: the user was created without a password, so it is inactive, as on a ZenML server. A local profile has no sign-in; activate it with &apos;zenml-admin user update %1 --active true&apos;.</source>
        <translation>Hinweis: Der Benutzer wurde ohne Passwort angelegt und ist daher inaktiv, wie auf einem ZenML-Server. Ein lokales Profil hat keine Anmeldung; aktivieren Sie ihn mit &apos;zenml-admin user update %1 --active true&apos;.</translation>
    </message>
    <message>
        <source>Note: a local profile has no sign-in, so the password was not stored.</source>
        <translation>Hinweis: Ein lokales Profil hat keine Anmeldung, daher wurde das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The user stays inactive until activated with an invitation link.</source>
        <translation>Der Benutzer bleibt inaktiv, bis er mit einem Einladungslink aktiviert wird.</translation>
    </message>
    <message>
        <source>Updated user &apos;%1&apos;.</source>
        <translation>Benutzer &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Deleted user &apos;%1&apos;.</source>
        <translation>Benutzer &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Der vollständige Name des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>List all users.</source>
        <translation>Alle Benutzer auflisten.</translation>
    </message>
    <message>
        <source>Show the details of a user, its roles and teams.</source>
        <translation>Die Details eines Benutzers, seine Rollen und Teams anzeigen.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user; the profile&apos;s own user when left out.</source>
        <translation>Name, ID oder eindeutiges Präfix des Benutzers; ohne Angabe der eigene Benutzer des Profils.</translation>
    </message>
    <message>
        <source>Create a new user.</source>
        <translation>Einen neuen Benutzer anlegen.</translation>
    </message>
    <message>
        <source>Name of the new user.</source>
        <translation>Name des neuen Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s password. Without one the user is created inactive. A local profile has no sign-in and stores no password anywhere.</source>
        <translation>Das Passwort des Benutzers. Ohne Passwort wird er inaktiv angelegt. Ein lokales Profil hat keine Anmeldung und speichert nirgends ein Passwort.</translation>
    </message>
    <message>
        <source>A role to assign to the user globally.</source>
        <translation>Eine Rolle, die dem Benutzer global vergeben wird.</translation>
    </message>
    <message>
        <source>Update a user.</source>
        <translation>Einen Benutzer ändern.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user.</source>
        <translation>Name, ID oder eindeutiges Präfix des Benutzers.</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>Ein neuer Name.</translation>
    </message>
    <message>
        <source>Activate or deactivate the user.</source>
        <translation>Den Benutzer aktivieren oder deaktivieren.</translation>
    </message>
    <message>
        <source>Delete users.</source>
        <translation>Benutzer löschen.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Benutzers.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::UserImportCommands</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2. Check the path.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nobody was imported:</source>
        <translation>
            <numerusform>Die Datei hat %n Problem; niemand wurde importiert:</numerusform>
            <numerusform>Die Datei hat %n Probleme; niemand wurde importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>TEAMS</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <source>The file lists nobody.</source>
        <translation>Die Datei nennt niemanden.</translation>
    </message>
    <message numerus="yes">
        <source>Invited %n user(s) in one transaction; the links come with the next sync (&apos;zenml-admin user invite-links&apos;).</source>
        <translation>
            <numerusform>%n Benutzer in einer Transaktion eingeladen; die Links kommen mit der nächsten Synchronisierung (&apos;zenml-admin user invite-links&apos;).</numerusform>
            <numerusform>%n Benutzer in einer Transaktion eingeladen; die Links kommen mit der nächsten Synchronisierung (&apos;zenml-admin user invite-links&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n user(s) in one transaction.</source>
        <translation>
            <numerusform>%n Benutzer in einer Transaktion angelegt.</numerusform>
            <numerusform>%n Benutzer in einer Transaktion angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <source>No invitation link is kept on this computer yet. Links arrive with the sync that sends the invitations.</source>
        <translation>Auf diesem Computer ist noch kein Einladungslink gespeichert. Links kommen mit der Synchronisierung, die die Einladungen sendet.</translation>
    </message>
    <message>
        <source>Create users from a CSV file, with their roles and teams, in one transaction.</source>
        <translation>Benutzer aus einer CSV-Datei anlegen, mit ihren Rollen und Teams, in einer Transaktion.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;).</source>
        <translation>Die CSV-Datei (UTF-8, &apos;,&apos; oder &apos;;&apos;).</translation>
    </message>
    <message>
        <source>Check the file and show who would be created; change nothing.</source>
        <translation>Die Datei prüfen und zeigen, wer angelegt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>The header row names the columns: name (required), full_name, email, roles, teams and workspace (where the roles apply; global when empty). Several roles or teams are separated by &apos;;&apos; (by &apos;,&apos; when &apos;;&apos; separates the fields). Users are created without a password: on a server profile they are invitations. A file with any bad line is refused as a whole, every problem listed with its line and column.</source>
        <translation>Die Kopfzeile nennt die Spalten: name (Pflicht), full_name, email, roles, teams und workspace (wo die Rollen gelten; global, wenn leer). Mehrere Rollen oder Teams werden durch &apos;;&apos; getrennt (durch &apos;,&apos;, wenn &apos;;&apos; die Felder trennt). Benutzer werden ohne Passwort angelegt: In einem Serverprofil sind sie Einladungen. Eine Datei mit einer fehlerhaften Zeile wird als Ganzes abgelehnt, jedes Problem mit Zeile und Spalte aufgeführt.</translation>
    </message>
    <message>
        <source>List name and link of every invitation whose link is kept here.</source>
        <translation>Name und Link jeder Einladung auflisten, deren Link hier gespeichert ist.</translation>
    </message>
    <message>
        <source>With --output csv the list goes straight into a mail merge.</source>
        <translation>Mit --output csv geht die Liste direkt in einen Serienbrief.</translation>
    </message>
</context>
<context>
    <name>zenml::cli::WorkspaceCommands</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>No workspaces found for the given filters.</source>
        <translation>Keine Workspaces für diese Filter gefunden.</translation>
    </message>
    <message>
        <source>Created workspace &apos;%1&apos;.</source>
        <translation>Workspace &apos;%1&apos; angelegt.</translation>
    </message>
    <message>
        <source>Deleted workspace &apos;%1&apos;.</source>
        <translation>Workspace &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>List the permissions a role can grant.</source>
        <translation>Die Berechtigungen auflisten, die eine Rolle gewähren kann.</translation>
    </message>
    <message>
        <source>List all workspaces.</source>
        <translation>Alle Workspaces auflisten.</translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation>Einen neuen Workspace anlegen.</translation>
    </message>
    <message>
        <source>Name of the new workspace.</source>
        <translation>Name des neuen Workspaces.</translation>
    </message>
    <message>
        <source>A description of the workspace.</source>
        <translation>Eine Beschreibung des Workspaces.</translation>
    </message>
    <message>
        <source>Delete workspaces, with the role assignments scoped to them.</source>
        <translation>Workspaces löschen, samt der Rollenzuweisungen in ihnen.</translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a workspace.</source>
        <translation>Name, ID oder eindeutiges Präfix eines Workspaces.</translation>
    </message>
    <message>
        <source>The default workspace cannot be deleted.</source>
        <translation>Der Standard-Workspace kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::AboutDialog</name>
    <message>
        <source>About ZenML Admin</source>
        <translation>Über ZenML Admin</translation>
    </message>
    <message>
        <source>ZenML Admin logo</source>
        <translation>ZenML-Admin-Logo</translation>
    </message>
    <message>
        <source>&lt;b&gt;ZenML Admin&lt;/b&gt;&lt;br&gt;Users, teams, roles and role assignments of a ZenML server, on the desktop and the command line.</source>
        <translation>&lt;b&gt;ZenML Admin&lt;/b&gt;&lt;br&gt;Benutzer, Teams, Rollen und Rollenzuweisungen eines ZenML-Servers, auf dem Desktop und in der Kommandozeile.</translation>
    </message>
    <message>
        <source>&amp;Copy for a bug report</source>
        <translation>Für einen Fehlerbericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these facts (never a password or token) to the clipboard</source>
        <translation>Diese Angaben (nie ein Passwort oder Token) in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>zenml::gui::AccessPlanDialog</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Apply access model</source>
        <translation>Zugriffsmodell anwenden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: fix these problems and open it again. Nothing was queued.</source>
        <translation>&apos;%1&apos; wird abgelehnt: Beheben Sie diese Probleme und öffnen Sie die Datei erneut. Nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The profile already matches &apos;%1&apos;.</source>
        <translation>Das Profil entspricht bereits &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Applying &apos;%1&apos; queues these changes in one step (Edit &gt; Undo takes them back): %2 to create, %3 to update, %4 to delete.</source>
        <translation>&apos;%1&apos; anzuwenden reiht diese Änderungen in einem Schritt ein (Bearbeiten &gt; Rückgängig nimmt sie zurück): %2 anzulegen, %3 zu ändern, %4 zu löschen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>zenml::gui::ApplyAccessCommand</name>
    <message>
        <source>Apply access model</source>
        <translation>Zugriffsmodell anwenden</translation>
    </message>
</context>
<context>
    <name>zenml::gui::AssignDialog</name>
    <message>
        <source>Assign a role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>For a:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>User or team name</source>
        <translation>Name des Benutzers oder Teams</translation>
    </message>
    <message>
        <source>The exact name of the user or team.</source>
        <translation>Der genaue Name des Benutzers oder Teams.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Global (every workspace)</source>
        <translation>Global (jeder Workspace)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Ber&amp;eich:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Enter the name of a %1.</source>
        <translation>Geben Sie einen Namen ein (%1).</translation>
    </message>
    <message>
        <source>No %1 is named &apos;%2&apos;.</source>
        <translation>Es gibt kein Objekt (%1) namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There are no roles yet. Create one first.</source>
        <translation>Es gibt noch keine Rollen. Legen Sie zuerst eine an.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Compare its SHA-256 fingerprint with the one your server administrator gives you. Trust it only if they match: from then on this profile accepts exactly this certificate.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden. Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt. Vertrauen Sie ihm nur, wenn beide übereinstimmen: Dann nimmt dieses Profil genau dieses Zertifikat an.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>%1 start date, %2 end date of the certificate&apos;s validity</extracomment>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Find an action or an entity</source>
        <translation>Eine Aktion oder ein Objekt finden</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type an action, or the name of a user, team, role or workspace</source>
        <translation>Eine Aktion oder den Namen eines Benutzers, Teams, einer Rolle oder eines Workspaces eingeben</translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConflictsView</name>
    <message>
        <source>?</source>
        <comment>value not known</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>Die des &amp;Servers übernehmen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Send your version again, over the server&apos;s change</source>
        <translation>Ihre Version erneut senden, über die Änderung des Servers</translation>
    </message>
    <message>
        <source>Take the server&apos;s version and drop your changes of the row</source>
        <translation>Die Version des Servers übernehmen und Ihre Änderungen der Zeile verwerfen</translation>
    </message>
    <message>
        <source>Leave this conflict for later</source>
        <translation>Diesen Konflikt für später lassen</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <extracomment>A conflict in the list: its number, what the change does, the row&apos;s name</extracomment>
        <translation>Nr. %1 %2: %3</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation>(auf dem Server gelöscht)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConnectDialog</name>
    <message>
        <source>Connect to a ZenML server</source>
        <translation>Mit einem ZenML-Server verbinden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. produktion</translation>
    </message>
    <message>
        <source>https://zenml.example.com</source>
        <translation>https://zenml.example.com</translation>
    </message>
    <message>
        <source>your ZenML user name</source>
        <translation>Ihr ZenML-Benutzername</translation>
    </message>
    <message>
        <source>leave empty to sign in later</source>
        <translation>leer lassen, um sich später anzumelden</translation>
    </message>
    <message>
        <source>Remember password in the keychain</source>
        <translation>Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Speichern und anmelden</translation>
    </message>
    <message>
        <source>Reached ZenML %1 at %2. It can be administered here.</source>
        <extracomment>%1 version, %2 URL</extracomment>
        <translation>ZenML %1 unter %2 erreicht. Er kann hier verwaltet werden.</translation>
    </message>
    <message>
        <source>Trusted certificate: %1</source>
        <translation>Vertrautes Zertifikat: %1</translation>
    </message>
    <message>
        <source>A new server profile: fill in the server&apos;s URL and your user name.</source>
        <translation>Ein neues Serverprofil: Geben Sie die URL des Servers und Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Der Server wird kontaktiert …</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>Connect anyway?</source>
        <translation>Trotzdem verbinden?</translation>
    </message>
    <message>
        <source>Not connected: plain http:// to another computer was not confirmed.</source>
        <translation>Nicht verbunden: Unverschlüsseltes http:// zu einem anderen Rechner wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Give the user name to sign in as.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung an.</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;. Give the password to sign in.</source>
        <translation>Profil &apos;%1&apos; gespeichert. Geben Sie das Passwort ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Signed in as &apos;%1&apos; to ZenML %2 with the permissions: %3.</source>
        <extracomment>%1 user, %2 version, %3 permission names</extracomment>
        <translation>Als &apos;%1&apos; bei ZenML %2 angemeldet, mit den Berechtigungen: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Without &apos;write&apos; the app is read-only.</source>
        <translation>Ohne &apos;write&apos; kann die App nur lesen.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &apos;%1&apos;, its local copy of the server&apos;s data and its saved password? Nothing changes on the server.</source>
        <translation>Das Profil &apos;%1&apos;, seine lokale Kopie der Serverdaten und sein gespeichertes Passwort entfernen? Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;, but its keychain entries could not be removed: %2</source>
        <translation>Profil &apos;%1&apos; entfernt, aber seine Einträge im Schlüsselbund konnten nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is open in the window. Open another profile first (File &gt; Open Profile), then remove this one.</source>
        <translation>Das Profil &apos;%1&apos; ist im Fenster geöffnet. Öffnen Sie zuerst ein anderes Profil (Datei &gt; Profil öffnen) und entfernen Sie dann dieses.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n change(s) not yet sent to the server, which will be lost.</source>
        <translation>
            <numerusform>Es enthält %n Änderung, die noch nicht an den Server gesendet wurde und verloren geht.</numerusform>
            <numerusform>Es enthält %n Änderungen, die noch nicht an den Server gesendet wurden und verloren gehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConnectionHook</name>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Add, edit or remove server profiles and sign in</source>
        <translation>Serverprofile hinzufügen, bearbeiten oder entfernen und anmelden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>edit</source>
        <comment>read-only reason</comment>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <extracomment>%1 why, e.g. &quot;You are signed in as &apos;gina&apos; without the &apos;write&apos; permission ...&quot;</extracomment>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Show another profile in this window</source>
        <translation>Ein anderes Profil in diesem Fenster zeigen</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>You are signed in to &apos;%1&apos;. Open it in place of &apos;%2&apos;?</source>
        <translation>Sie sind bei &apos;%1&apos; angemeldet. Dieses Profil statt &apos;%2&apos; öffnen?</translation>
    </message>
    <message>
        <source>Open &amp;Profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::CsvImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) from &apos;%1&apos; will be created without a password (invitations on a server profile), with their roles and teams, in one step.</source>
        <translation>
            <numerusform>%n Benutzer aus &apos;%1&apos; wird ohne Passwort angelegt (in einem Serverprofil als Einladung), mit Rollen und Teams, in einem Schritt.</numerusform>
            <numerusform>%n Benutzer aus &apos;%1&apos; werden ohne Passwort angelegt (in einem Serverprofil als Einladungen), mit Rollen und Teams, in einem Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has %n bad line(s), marked below. Fix them and open the file again; nobody is imported.</source>
        <translation>
            <numerusform>&apos;%1&apos; hat %n fehlerhafte Zeile, unten markiert. Beheben Sie sie und öffnen Sie die Datei erneut; niemand wird importiert.</numerusform>
            <numerusform>&apos;%1&apos; hat %n fehlerhafte Zeilen, unten markiert. Beheben Sie sie und öffnen Sie die Datei erneut; niemand wird importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::DetailPane</name>
    <message>
        <source>Details of the selection</source>
        <translation>Details der Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>%n selected. The actions of the Selection menu apply to all of them.</source>
        <translation>
            <numerusform>%n ausgewählt. Die Aktionen im Menü Auswahl gelten für diesen Eintrag.</numerusform>
            <numerusform>%n ausgewählt. Die Aktionen im Menü Auswahl gelten für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive (not yet activated)</source>
        <translation>Inaktiv (noch nicht aktiviert)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The default user cannot be renamed, deactivated or deleted; the server depends on it.</source>
        <translation>Der Standardbenutzer kann nicht umbenannt, deaktiviert oder gelöscht werden; der Server ist auf ihn angewiesen.</translation>
    </message>
    <message>
        <source>%1 — global</source>
        <translation>%1 — global</translation>
    </message>
    <message>
        <source>%1 — in workspace %2</source>
        <translation>%1 — im Workspace %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>No roles assigned directly.</source>
        <translation>Keine direkt vergebenen Rollen.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Not in any team.</source>
        <translation>In keinem Team.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Keine Mitglieder.</translation>
    </message>
    <message>
        <source>No roles assigned.</source>
        <translation>Keine Rollen vergeben.</translation>
    </message>
    <message>
        <source>Built in: comes with every ZenML server and cannot be changed or deleted.</source>
        <translation>Eingebaut: gehört zu jedem ZenML-Server und kann nicht geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Keine Berechtigungen.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by (%1)</source>
        <translation>Vergeben an (%1)</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Niemand hat diese Rolle.</translation>
    </message>
    <message>
        <source>The default workspace cannot be renamed or deleted; the server depends on it. Its description can change.</source>
        <translation>Der Standard-Workspace kann nicht umbenannt oder gelöscht werden; der Server ist auf ihn angewiesen. Seine Beschreibung lässt sich ändern.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A role assignment scoped to a workspace: who, then the role</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Role assignments (%1)</source>
        <translation>Rollenzuweisungen (%1)</translation>
    </message>
    <message>
        <source>No role assignments are scoped to this workspace.</source>
        <translation>In diesem Workspace gibt es keine Rollenzuweisungen.</translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation>vom Server nicht angezeigt</translation>
    </message>
    <message>
        <source>as known on this computer; the server&apos;s lists do not show it</source>
        <translation>wie auf diesem Rechner bekannt; die Listen des Servers zeigen sie nicht</translation>
    </message>
</context>
<context>
    <name>zenml::gui::Editor</name>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)? Their role assignments and team memberships go with them.</source>
        <translation>
            <numerusform>%n Benutzer löschen? Seine Rollenzuweisungen und Teammitgliedschaften gehen mit.</numerusform>
            <numerusform>%n Benutzer löschen? Ihre Rollenzuweisungen und Teammitgliedschaften gehen mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n team(s)? Their role assignments go with them; the members stay.</source>
        <translation>
            <numerusform>%n Team löschen? Seine Rollenzuweisungen gehen mit; die Mitglieder bleiben.</numerusform>
            <numerusform>%n Teams löschen? Ihre Rollenzuweisungen gehen mit; die Mitglieder bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)?</source>
        <translation>
            <numerusform>%n Rolle löschen?</numerusform>
            <numerusform>%n Rollen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — global</source>
        <translation>%1: %2 — global</translation>
    </message>
    <message>
        <source>%1: %2 — in workspace %3</source>
        <translation>%1: %2 — im Workspace %3</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n role assignment(s)?</source>
        <translation>
            <numerusform>%n Rollenzuweisung entziehen?</numerusform>
            <numerusform>%n Rollenzuweisungen entziehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts entzogen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n role assignment(s)</source>
        <translation>
            <numerusform>%n Rollenzuweisung entziehen</numerusform>
            <numerusform>%n Rollenzuweisungen entziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n role assignment(s) scoped to it)</source>
        <translation>
            <numerusform>%1 (%n Rollenzuweisung in diesem Workspace)</numerusform>
            <numerusform>%1 (%n Rollenzuweisungen in diesem Workspace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)? The role assignments scoped to them go with them; the users, teams and roles stay.</source>
        <translation>
            <numerusform>%n Workspace löschen? Die Rollenzuweisungen in ihm gehen mit; Benutzer, Teams und Rollen bleiben.</numerusform>
            <numerusform>%n Workspaces löschen? Die Rollenzuweisungen in ihnen gehen mit; Benutzer, Teams und Rollen bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)?</source>
        <translation>
            <numerusform>%n Workspace löschen?</numerusform>
            <numerusform>%n Workspaces löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>zenml::gui::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::HistoryPage</name>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Name des Objekts</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Vom Tag</translation>
    </message>
    <message>
        <source>To day (inclusive)</source>
        <translation>Bis zum Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Only changes from a day on</source>
        <translation>Nur Änderungen ab einem Tag</translation>
    </message>
    <message>
        <source>Only changes up to a day</source>
        <translation>Nur Änderungen bis zu einem Tag</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Every change made on this profile and every change found on the server, newest first.</source>
        <translation>Jede Änderung in diesem Profil und jede auf dem Server gefundene Änderung, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationHook</name>
    <message>
        <source>&amp;Invite user…</source>
        <translation>Benutzer &amp;einladen …</translation>
    </message>
    <message>
        <source>Create an inactive user and get a link to send</source>
        <translation>Einen inaktiven Benutzer anlegen und einen Link zum Versenden erhalten</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invite user</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>This computer holds no link for this user (it was made elsewhere, or the keychain lost it). Regenerate it on the Invitations page; the old link then stops working.</source>
        <translation>Dieser Rechner hat keinen Link für diesen Benutzer (er wurde anderswo erzeugt, oder der Schlüsselbund hat ihn verloren). Erzeugen Sie ihn auf der Seite Einladungen neu; der alte Link funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; is ready: copy it on the Invitations page.</source>
        <translation>Der Einladungslink für &apos;%1&apos; ist bereit: Kopieren Sie ihn auf der Seite Einladungen.</translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; arrived, but the keychain did not keep it: copy it from its dialog now.</source>
        <translation>Der Einladungslink für &apos;%1&apos; ist angekommen, aber der Schlüsselbund hat ihn nicht behalten: Kopieren Sie ihn jetzt aus seinem Dialog.</translation>
    </message>
    <message>
        <source>New &amp;invitation link…</source>
        <translation>Neuer &amp;Einladungslink …</translation>
    </message>
    <message>
        <source>Ask the server for a new invitation link for the selected users</source>
        <translation>Den Server um einen neuen Einladungslink für die ausgewählten Benutzer bitten</translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation>Neuer Einladungslink</translation>
    </message>
    <message>
        <source>Select one or more users on the Users page.</source>
        <translation>Wählen Sie auf der Seite Benutzer einen oder mehrere Benutzer aus.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationLinkDialog</name>
    <message>
        <source>Invitation link for %1</source>
        <translation>Einladungslink für %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inactive until activated with this link. Send it to the person privately: anyone holding it can set the account&apos;s password. It works once.</source>
        <translation>&apos;%1&apos; ist inaktiv, bis er mit diesem Link aktiviert wird. Senden Sie ihn der Person vertraulich: Wer ihn hat, kann das Passwort des Kontos setzen. Er funktioniert einmal.</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Den Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Link available after sync: it arrives when the invitation reaches the server.</source>
        <translation>Link nach dem Abgleich verfügbar: Er kommt, sobald die Einladung den Server erreicht.</translation>
    </message>
    <message>
        <source>Scan the code or copy the link.</source>
        <translation>Scannen Sie den Code oder kopieren Sie den Link.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationsPage</name>
    <message>
        <source>&amp;Invite user…</source>
        <translation>Benutzer &amp;einladen …</translation>
    </message>
    <message>
        <source>&amp;Show link…</source>
        <translation>Link &amp;zeigen …</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen …</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Zurückziehen …</translation>
    </message>
    <message>
        <source>The keychain holds no link for the selection any more.</source>
        <translation>Der Schlüsselbund hat keinen Link mehr für die Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s) to the clipboard.</source>
        <translation>
            <numerusform>%n Link in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Links in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a new invitation link for %n user(s)? The old link stops working.</source>
        <translation>
            <numerusform>Einen neuen Einladungslink für %n Benutzer erzeugen? Der alte Link funktioniert dann nicht mehr.</numerusform>
            <numerusform>Neue Einladungslinks für %n Benutzer erzeugen? Die alten Links funktionieren dann nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>An active account becomes inactive until activated with the new link.</source>
        <translation>Ein aktives Konto wird inaktiv, bis es mit dem neuen Link aktiviert wird.</translation>
    </message>
    <message>
        <source>Regenerate invitation links</source>
        <translation>Einladungslinks neu erzeugen</translation>
    </message>
    <message>
        <source>New links are requested; they appear after the next sync.</source>
        <translation>Neue Links sind angefordert; sie erscheinen nach dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Einladungen zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? The inactive users are deleted and their links stop working.</source>
        <translation>
            <numerusform>%n Einladung zurückziehen? Der inaktive Benutzer wird gelöscht und sein Link funktioniert nicht mehr.</numerusform>
            <numerusform>%n Einladungen zurückziehen? Die inaktiven Benutzer werden gelöscht und ihre Links funktionieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users marked &quot;not on this computer&quot; were invited elsewhere (the web dashboard, another computer), or this computer&apos;s keychain lost their link. Select them and press Regenerate to make a new link here (the old link stops working), or Revoke to delete the inactive user.</source>
        <extracomment>Below the invitations, when some have no link on this computer</extracomment>
        <translation>Benutzer mit „nicht auf diesem Rechner“ wurden anderswo eingeladen (im Web-Dashboard, auf einem anderen Computer), oder der Schlüsselbund dieses Rechners hat ihren Link verloren. Wählen Sie sie aus und drücken Sie „Neu erzeugen“, um hier einen neuen Link zu erhalten (der alte Link funktioniert dann nicht mehr), oder „Zurückziehen“, um den inaktiven Benutzer zu löschen.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::InviteDialog</name>
    <message>
        <source>Invite user</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>The user is created inactive. Once the invitation reaches the server you get a link to send; with it the person sets a password and activates the account.</source>
        <translation>Der Benutzer wird inaktiv angelegt. Sobald die Einladung den Server erreicht, erhalten Sie einen Link zum Versenden; damit setzt die Person ein Passwort und aktiviert das Konto.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>No role: the user can sign in but see nothing until a role is assigned.</source>
        <translation>Keine Rolle: Der Benutzer kann sich anmelden, sieht aber nichts, bis ihm eine Rolle vergeben wird.</translation>
    </message>
    <message>
        <source>Will have: %1</source>
        <translation>Erhält: %1</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; exists already.</source>
        <translation>Ein Benutzer namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::MainWindow</name>
    <message>
        <source>ZenML Admin — %1</source>
        <translation>ZenML Admin — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>Role matrix</source>
        <translation>Rollenmatrix</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Local profile (no server)</source>
        <translation>Lokales Profil (kein Server)</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation>Neuer Ben&amp;utzer …</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>Neues &amp;Team …</translation>
    </message>
    <message>
        <source>New &amp;role…</source>
        <translation>Neue &amp;Rolle …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette …</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Assign role…</source>
        <translation>Rolle &amp;vergeben …</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;voke role…</source>
        <translation>Rolle ent&amp;ziehen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add selection to &amp;team…</source>
        <translation>Auswahl zu &amp;Team hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation>&amp;Auswahl</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Team bearbeiten</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Zu Team hinzufügen</translation>
    </message>
    <message>
        <source>There are no teams yet. Create one first (Teams page, Ctrl+N).</source>
        <translation>Es gibt noch keine Teams. Legen Sie zuerst eines an (Seite Teams, Strg+N).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to the team:</source>
        <translation>
            <numerusform>%n Benutzer zum Team hinzufügen:</numerusform>
            <numerusform>%n Benutzer zum Team hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the local store.</source>
        <translation>Aus dem lokalen Speicher neu geladen.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Create a user, team, role or workspace, depending on the page (Ctrl+N)</source>
        <translation>Je nach Seite einen Benutzer, ein Team, eine Rolle oder einen Workspace anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>Neuer &amp;Workspace …</translation>
    </message>
    <message>
        <source>Edit workspace</source>
        <translation>Workspace bearbeiten</translation>
    </message>
    <message>
        <source>Server pages</source>
        <translation>Seiten des Servers</translation>
    </message>
    <message>
        <source>&amp;About ZenML Admin</source>
        <translation>&amp;Über ZenML Admin</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Problem melden …</translation>
    </message>
    <message>
        <source>Copy the version and setup (never a secret) for a bug report</source>
        <translation>Version und Einrichtung (nie ein Geheimnis) für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Copied the version and setup to the clipboard; paste them into your bug report.</source>
        <translation>Version und Einrichtung in die Zwischenablage kopiert; fügen Sie sie in Ihren Fehlerbericht ein.</translation>
    </message>
    <message>
        <source>Export access model</source>
        <translation>Zugriffsmodell exportieren</translation>
    </message>
    <message>
        <source>Access model (*.yaml *.yml *.json)</source>
        <translation>Zugriffsmodell (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>The access model was not exported</source>
        <translation>Das Zugriffsmodell wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Apply access model</source>
        <translation>Zugriffsmodell anwenden</translation>
    </message>
    <message>
        <source>The access model was not applied</source>
        <translation>Das Zugriffsmodell wurde nicht angewendet</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>No users were imported</source>
        <translation>Es wurden keine Benutzer importiert</translation>
    </message>
    <message>
        <source>E&amp;xport access model…</source>
        <translation>Zugriffsmodell e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Apply access mo&amp;del…</source>
        <translation>Zugriffs&amp;modell anwenden …</translation>
    </message>
    <message>
        <source>I&amp;mport users from CSV…</source>
        <translation>Benutzer aus &amp;CSV importieren …</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every change made on this profile, newest first</source>
        <translation>Jede Änderung in diesem Profil, die neueste zuerst</translation>
    </message>
    <message>
        <source>Access re&amp;view</source>
        <translation>Zugriffs&amp;prüfung</translation>
    </message>
    <message>
        <source>The findings an auditor asks for, each with its rows</source>
        <translation>Die Befunde, nach denen eine Prüfung fragt, jeder mit seinen Zeilen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::MatrixPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Users × roles</source>
        <translation>Benutzer × Rollen</translation>
    </message>
    <message>
        <source>Teams × roles</source>
        <translation>Teams × Rollen</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ber&amp;eich:</translation>
    </message>
    <message>
        <source>Scope of the assignments</source>
        <translation>Bereich der Zuweisungen</translation>
    </message>
    <message>
        <source>Role matrix</source>
        <translation>Rollenmatrix</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>zenml::gui::PendingPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Send the selected changes again on the next sync</source>
        <translation>Die ausgewählten Änderungen beim nächsten Abgleich erneut senden</translation>
    </message>
    <message>
        <source>Forget the selected changes; the server&apos;s version of their rows comes back</source>
        <translation>Die ausgewählten Änderungen vergessen; die Version des Servers kommt für ihre Zeilen zurück</translation>
    </message>
    <message>
        <source>Changes waiting for the server. Expand one to see the request it sends.</source>
        <translation>Änderungen, die auf den Server warten. Klappen Sie eine auf, um die Anfrage zu sehen, die sie sendet.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Open in &amp;Conflicts</source>
        <translation>In &amp;Konflikten öffnen</translation>
    </message>
    <message>
        <source>Show the selected conflict side by side with the server&apos;s version, to keep yours or take theirs</source>
        <translation>Den gewählten Konflikt neben der Version des Servers zeigen, um Ihre zu behalten oder die des Servers zu übernehmen</translation>
    </message>
</context>
<context>
    <name>zenml::gui::ProfileSwitcher</name>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; could not be opened: %2</source>
        <translation>Das Profil &apos;%1&apos; konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Repair profile</source>
        <translation>Profil reparieren</translation>
    </message>
</context>
<context>
    <name>zenml::gui::QrCodeWidget</name>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
</context>
<context>
    <name>zenml::gui::RepairOffer</name>
    <message>
        <source>Damaged profile</source>
        <translation>Beschädigtes Profil</translation>
    </message>
    <message>
        <source>Repair keeps the damaged file beside the profile, salvages the changes it can still read and fetches a fresh copy from the server with the saved sign-in.</source>
        <translation>Die Reparatur behält die beschädigte Datei neben dem Profil, rettet die Änderungen, die sich noch lesen lassen, und holt mit der gespeicherten Anmeldung eine frische Kopie vom Server.</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
    <message numerus="yes">
        <source>The profile &apos;%1&apos; was repaired: %n queued change(s) salvaged, to be sent on the next sync.</source>
        <translation>
            <numerusform>Das Profil „%1“ wurde repariert: %n wartende Änderung gerettet, sie wird bei der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>Das Profil „%1“ wurde repariert: %n wartende Änderungen gerettet, sie werden bei der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file is kept as &apos;%1&apos;.</source>
        <translation>Die beschädigte Datei bleibt als „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Its fresh copy could not be fetched yet: %1 Sign in, then sync.</source>
        <translation>Seine frische Kopie konnte noch nicht geholt werden: %1 Melden Sie sich an und synchronisieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::ReviewPage</name>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation>Ein lokales Profil verzeichnet Rollen, setzt sie aber nicht durch.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Invitations are stale after this many days</source>
        <translation>Einladungen gelten nach so vielen Tagen als veraltet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Rows of the finding</source>
        <translation>Zeilen des Befunds</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Show the selected row on its page (Enter)</source>
        <translation>Die gewählte Zeile auf ihrer Seite zeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Write the review as a PDF report, as &apos;zenml-admin review --pdf&apos; does</source>
        <translation>Die Prüfung als PDF-Bericht schreiben, wie es &apos;zenml-admin review --pdf&apos; tut</translation>
    </message>
    <message>
        <source>Write every finding&apos;s rows as CSV</source>
        <translation>Die Zeilen jedes Befunds als CSV schreiben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A finding of the access review and how many rows it has</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 None found.</source>
        <translation>%1 Keine gefunden.</translation>
    </message>
    <message>
        <source>Take role %1 back from %2</source>
        <translation>%2 die Rolle %1 entziehen</translation>
    </message>
    <message>
        <source>Take role %1 in workspace %2 back from %3</source>
        <translation>%3 die Rolle %1 im Workspace %2 entziehen</translation>
    </message>
    <message>
        <source>Delete the invited user; the invitation link stops working</source>
        <translation>Den eingeladenen Benutzer löschen; der Einladungslink funktioniert dann nicht mehr</translation>
    </message>
    <message>
        <source>Delete the empty team</source>
        <translation>Das leere Team löschen</translation>
    </message>
    <message>
        <source>Delete the role that nobody holds</source>
        <translation>Die Rolle löschen, die niemand hat</translation>
    </message>
    <message>
        <source>This row has no one-step fix; show it on its page to change it</source>
        <translation>Für diese Zeile gibt es keine Behebung in einem Schritt; zeigen Sie sie auf ihrer Seite, um sie zu ändern</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Export the access review as PDF</source>
        <translation>Die Zugriffsprüfung als PDF exportieren</translation>
    </message>
    <message>
        <source>access-review.pdf</source>
        <translation>zugriffspruefung.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The review was not exported</source>
        <translation>Die Prüfung wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Export the access review as CSV</source>
        <translation>Die Zugriffsprüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>access-review.csv</source>
        <translation>zugriffspruefung.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Invitations are stale &amp;after:</source>
        <translation>Einladungen gelten als &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>Revo&amp;ke role %1</source>
        <translation>Rolle %1 &amp;entziehen</translation>
    </message>
    <message>
        <source>Delete &amp;user…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete tea&amp;m…</source>
        <translation>Team &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete ro&amp;le…</source>
        <translation>Rolle &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>zenml::gui::RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation>1 bis %1 Zeichen, eindeutig.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Permission %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>A role named &apos;%1&apos; already exists. Choose another name.</source>
        <translation>Eine Rolle namens &apos;%1&apos; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::SyncHook</name>
    <message>
        <source>Pending changes</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s (F5)</source>
        <translation>Wartende Änderungen senden und die des Servers abrufen (F5)</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Keep changes queued here and do not contact the server</source>
        <translation>Änderungen hier vormerken und den Server nicht kontaktieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>Vollständi&amp;g abgleichen</translation>
    </message>
    <message>
        <source>Sync now, and also fetch every row and remove here what the server no longer has (Shift+F5)</source>
        <translation>Jetzt abgleichen, dabei jede Zeile abrufen und hier entfernen, was der Server nicht mehr hat (Umschalt+F5)</translation>
    </message>
</context>
<context>
    <name>zenml::gui::SyncStatusWidget</name>
    <message>
        <source>Syncing %1 of %2</source>
        <extracomment>The status bar while a sync runs: operations pushed or pages fetched so far</extracomment>
        <translation>Abgleich %1 von %2</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstand</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <extracomment>The status bar: the server answered, but the last sync did not complete</extracomment>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <extracomment>The status bar: edits that met a server edit and wait for the admin&apos;s choice</extracomment>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed</source>
        <extracomment>The status bar: edits the server refused; the Pending changes page says why</extracomment>
        <translation>
            <numerusform>%n Änderung fehlgeschlagen</numerusform>
            <numerusform>%n Änderungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <extracomment>The status bar: edits made here and not yet sent to the server</extracomment>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>The status bar: nothing waits to be sent and the last sync reached the server</extracomment>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <extracomment>The status bar: the time (today) or date and time of the last complete sync</extracomment>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n Änderung vom Server abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with a server edit</source>
        <translation>
            <numerusform>%n Konflikt mit einer Änderung auf dem Server</numerusform>
            <numerusform>%n Konflikte mit Änderungen auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server · next try in %n second(s)</source>
        <extracomment>The status bar while a sync waits because the server could not be reached</extracomment>
        <translation>
            <numerusform>Server nicht erreichbar · nächster Versuch in %n Sekunde</numerusform>
            <numerusform>Server nicht erreichbar · nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy · next try in %n second(s)</source>
        <extracomment>The status bar while a sync waits because the server asked it to (busy, rate limit)</extracomment>
        <translation>
            <numerusform>Der Server ist ausgelastet · nächster Versuch in %n Sekunde</numerusform>
            <numerusform>Der Server ist ausgelastet · nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bearbeiten</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation>1 bis %1 Zeichen, eindeutig.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Search users by name, full name or email</source>
        <translation>Benutzer nach Name, vollständigem Namen oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen</source>
        <translation>
            <numerusform>%n Mitglied gewählt</numerusform>
            <numerusform>%n Mitglieder gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A team named &apos;%1&apos; already exists. Choose another name.</source>
        <translation>Ein Team namens &apos;%1&apos; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Used to sign in. 1 to %1 characters, unique, no leading or trailing spaces.</source>
        <translation>Für die Anmeldung. 1 bis %1 Zeichen, eindeutig, ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Leer lassen, um das aktuelle Passwort zu behalten.</translation>
    </message>
    <message>
        <source>Leave empty to create an inactive user who is invited to set one.</source>
        <translation>Leer lassen, um einen inaktiven Benutzer anzulegen, der eingeladen wird, eines zu setzen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>Initial roles</source>
        <translation>Anfängliche Rollen</translation>
    </message>
    <message>
        <source>Initial &amp;roles:</source>
        <translation>Anfängliche &amp;Rollen:</translation>
    </message>
    <message>
        <source>Assigned globally when the user is created.</source>
        <translation>Werden beim Anlegen des Benutzers global vergeben.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists. Choose another name.</source>
        <translation>Ein Benutzer namens &apos;%1&apos; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::UsersPage</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>Users who hold the role directly or through a team, in any scope</source>
        <translation>Benutzer, die die Rolle direkt oder über ein Team haben, in jedem Bereich</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>ZenML&apos;s user lists leave emails out: only the signed-in user&apos;s email, and emails typed on this computer, are shown here.</source>
        <extracomment>The Email column&apos;s header on a server profile</extracomment>
        <translation>Die Benutzerlisten von ZenML enthalten keine E-Mail-Adressen: Hier stehen nur die des angemeldeten Benutzers und die auf diesem Rechner eingegebenen.</translation>
    </message>
</context>
<context>
    <name>zenml::gui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to ZenML Admin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei ZenML Admin&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This local profile is still empty. Connect to a ZenML server to manage its users, teams and roles, or look around first in a separate profile with sample data.</source>
        <translation>Dieses lokale Profil ist noch leer. Verbinden Sie sich mit einem ZenML-Server, um seine Benutzer, Teams und Rollen zu verwalten, oder sehen Sie sich zuerst in einem eigenen Profil mit Beispieldaten um.</translation>
    </message>
    <message>
        <source>&amp;Connect to a ZenML server…</source>
        <translation>Mit einem ZenML-Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation>Mit &amp;Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Opens a separate local profile named &apos;demo&apos; with sample users, teams and roles; this profile stays as it is</source>
        <translation>Öffnet ein eigenes lokales Profil namens &apos;demo&apos; mit Beispielbenutzern, -teams und -rollen; dieses Profil bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>The sample profile could not be made: %1</source>
        <translation>Das Beispielprofil konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>zenml::gui::WorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Workspace</translation>
    </message>
    <message>
        <source>Edit workspace %1</source>
        <translation>Workspace %1 bearbeiten</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Workspaces</translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation>1 bis %1 Zeichen, eindeutig.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Workspace description</source>
        <translation>Beschreibung des Workspaces</translation>
    </message>
    <message>
        <source>What the workspace is for (optional)</source>
        <translation>Wofür der Workspace da ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>A workspace named &apos;%1&apos; already exists. Choose another name.</source>
        <translation>Ein Workspace namens &apos;%1&apos; existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>zenml::remote::InfoJob</name>
    <message>
        <source>The server at %1 answered, but not like a ZenML server (%2)</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht wie ein ZenML-Server (%2)</translation>
    </message>
    <message>
        <source>The server at %1 has no ZenML API at %2. Check the URL, including any path prefix; is this a ZenML server?</source>
        <translation>Der Server unter %1 hat keine ZenML-API unter %2. Prüfen Sie die URL samt Pfadpräfix. Ist das ein ZenML-Server?</translation>
    </message>
</context>
<context>
    <name>zenml::remote::ListJob</name>
    <message>
        <source>The list at %1 kept changing while it was being read; try again.</source>
        <translation>Die Liste unter %1 hat sich beim Lesen ständig geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>zenml::remote::RemoteJob</name>
    <message>
        <source>No network access is available.</source>
        <translation>Kein Netzwerkzugang verfügbar.</translation>
    </message>
</context>
<context>
    <name>zenml::review::AccessGrant</name>
    <message>
        <source>role %1 through team %2, globally</source>
        <translation>Rolle %1 über Team %2, global</translation>
    </message>
    <message>
        <source>role %1 through team %2 in workspace %3</source>
        <translation>Rolle %1 über Team %2 im Workspace %3</translation>
    </message>
    <message>
        <source>own role %1, globally</source>
        <translation>eigene Rolle %1, global</translation>
    </message>
    <message>
        <source>own role %1 in workspace %2</source>
        <translation>eigene Rolle %1 im Workspace %2</translation>
    </message>
</context>
<context>
    <name>zenml::review::AccessReview</name>
    <message>
        <source>Users who can write</source>
        <translation>Benutzer mit Schreibrecht</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Inactive users who still hold roles</source>
        <translation>Inaktive Benutzer, die noch Rollen haben</translation>
    </message>
    <message>
        <source>Invitations nobody accepted</source>
        <translation>Nicht angenommene Einladungen</translation>
    </message>
    <message>
        <source>Active users with no role</source>
        <translation>Aktive Benutzer ohne Rolle</translation>
    </message>
    <message>
        <source>Roles nobody holds</source>
        <translation>Rollen, die niemand hat</translation>
    </message>
    <message>
        <source>Empty teams</source>
        <translation>Leere Teams</translation>
    </message>
    <message>
        <source>Assignments in missing workspaces</source>
        <translation>Zuweisungen in fehlenden Workspaces</translation>
    </message>
    <message>
        <source>Everyone who can change things, and through which roles.</source>
        <translation>Alle, die etwas ändern können, und über welche Rollen.</translation>
    </message>
    <message>
        <source>Everyone holding the admin role, directly or through a team.</source>
        <translation>Alle mit der Rolle admin, direkt oder über ein Team.</translation>
    </message>
    <message>
        <source>They cannot sign in now, but would regain these roles.</source>
        <translation>Sie können sich jetzt nicht anmelden, bekämen diese Rollen aber zurück.</translation>
    </message>
    <message>
        <source>Invited users who have not activated their account.</source>
        <translation>Eingeladene Benutzer, die ihr Konto nicht aktiviert haben.</translation>
    </message>
    <message>
        <source>They can sign in but hold no role, own or through a team.</source>
        <translation>Sie können sich anmelden, haben aber keine Rolle, weder eigene noch über ein Team.</translation>
    </message>
    <message>
        <source>No user or team is assigned these roles.</source>
        <translation>Diese Rollen sind keinem Benutzer und keinem Team zugewiesen.</translation>
    </message>
    <message>
        <source>Teams with no members grant nothing.</source>
        <translation>Teams ohne Mitglieder gewähren nichts.</translation>
    </message>
    <message>
        <source>Assignments scoped to a workspace that the mirror no longer has.</source>
        <translation>Zuweisungen für einen Workspace, den der lokale Spiegel nicht mehr hat.</translation>
    </message>
    <message numerus="yes">
        <source>invited %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag eingeladen</numerusform>
            <numerusform>vor %n Tagen eingeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 in workspace %2, which no longer exists</source>
        <translation>Rolle %1 im Workspace %2, den es nicht mehr gibt</translation>
    </message>
</context>
<context>
    <name>zenml::review::ReviewReport</name>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>local profile</source>
        <translation>lokales Profil</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation>Ein lokales Profil verzeichnet Rollen, setzt sie aber nicht durch.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2. Choose another file.</source>
        <translation>Der Bericht kann nicht nach &apos;%1&apos; geschrieben werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>zenml::sync::OperationRunner</name>
    <message>
        <source>The row was deleted on the server.</source>
        <translation>Die Zeile wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>The row was changed on the server (at %1) after the version this edit was made on (%2).</source>
        <translation>Die Zeile wurde auf dem Server geändert (um %1), nach der Version, auf der diese Änderung beruht (%2).</translation>
    </message>
</context>
<context>
    <name>zenml::sync::PullApplier</name>
    <message>
        <source>The row was changed on the server while this change waited.</source>
        <translation>Die Zeile wurde auf dem Server geändert, während diese Änderung wartete.</translation>
    </message>
    <message>
        <source>The row was deleted on the server while this change waited.</source>
        <translation>Die Zeile wurde auf dem Server gelöscht, während diese Änderung wartete.</translation>
    </message>
</context>
<context>
    <name>zenml::sync::Pusher</name>
    <message>
        <source>The sync was stopped.</source>
        <translation>Der Abgleich wurde angehalten.</translation>
    </message>
    <message>
        <source>The password queued with this change is no longer in the keychain. Drop the change and set the password again.</source>
        <translation>Das mit dieser Änderung vorgemerkte Passwort ist nicht mehr im Schlüsselbund. Verwerfen Sie die Änderung und setzen Sie das Passwort erneut.</translation>
    </message>
    <message>
        <source>This change carries a password kept in the keychain, which this sync cannot read.</source>
        <translation>Diese Änderung trägt ein im Schlüsselbund aufbewahrtes Passwort, das dieser Abgleich nicht lesen kann.</translation>
    </message>
    <message>
        <source>Waiting to try again.</source>
        <translation>Wartet auf den nächsten Versuch.</translation>
    </message>
</context>
<context>
    <name>zenml::sync::SyncEngine</name>
    <message>
        <source>The keychain is not available.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in. Sign in again.</source>
        <translation>Der Server nimmt die Anmeldung nicht mehr an. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>zenml::sync::SyncLock</name>
    <message>
        <source>Cannot create the sync lock &apos;%1&apos;. Check that the profile&apos;s folder is writable.</source>
        <translation>Die Sperrdatei für den Abgleich &apos;%1&apos; kann nicht angelegt werden. Prüfen Sie, ob der Ordner des Profils beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another sync of this profile is running (%1, process %2). Try again when it has ended.</source>
        <translation>Ein anderer Abgleich dieses Profils läuft (%1, Prozess %2). Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Another sync of this profile is running. Try again when it has ended.</source>
        <translation>Ein anderer Abgleich dieses Profils läuft. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
</context>
</TS>
