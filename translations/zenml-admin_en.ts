<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Effective permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: holds these permissions but cannot use them until activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Add %n user to %1</numerusform>
            <numerusform>Add %n users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)</source>
        <translation>
            <numerusform>Delete %n role</numerusform>
            <numerusform>Delete %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>Delete %n team</numerusform>
            <numerusform>Delete %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Delete %n user</numerusform>
            <numerusform>Delete %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)</source>
        <translation>
            <numerusform>Delete %n workspace</numerusform>
            <numerusform>Delete %n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>The server reports the version &quot;%1&quot;, which is not a ZenML version; is this a ZenML server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is ZenML %1, which no longer has roles and teams; ZenML Admin supports 0.39 to 0.47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is ZenML %1; ZenML Admin supports 0.39 to 0.47 and has not been checked against this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is ZenML %1, which is too old; ZenML Admin supports 0.39 to 0.47. Upgrade the server first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>There is no conflict with the number %1. List them with &apos;zenml-admin conflicts list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row no longer exists on the server, so this change cannot be sent again. Take the server&apos;s version (the row goes away here too) or drop the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user role assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team role assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server has no %1 (HTTP 404). Check the server URL, including any path prefix, and that it is a ZenML server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credentials (HTTP 401). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 had an internal problem (HTTP %2). Try again later, or check the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with JSON (HTTP %2); is this a ZenML server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2 without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with JSON; is this a ZenML server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is cut off or is not valid JSON (%2 at byte %3). The connection may have been interrupted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check that the ZenML server is running and that the address and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the server URL and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering completely. Try again; if it keeps happening, check the server&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check that the URL is right and that the server speaks HTTPS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1 (%2). Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer with valid HTTP (%2); is this a ZenML server, and is the scheme (http or https) right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Subject: %3. Issuer: %4. SHA-256 fingerprint: %5. If you trust this certificate, pin its fingerprint in the server profile.</source>
        <extracomment>%1 server, %2 reasons, %3 subject, %4 issuer, %5 SHA-256 fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Check your network connection, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with a redirect (HTTP %2) but did not say where to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects %1 to %2. If that is the right server, use its address (with https if it says so) as the server URL.</source>
        <extracomment>%1 the URL asked for, %2 where the server redirects to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>ZenML Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>The created user account is currently inactive. You can activate it by visiting the dashboard at the following URL:</source>
        <extracomment>Printed as zenml prints it after creating a user without a password; the link follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The server sent an access token that ZenML Admin cannot read: %1.</source>
        <extracomment>%1 says what is wrong with the access token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an unknown permission &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a version string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be &quot;bearer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer does not follow the ZenML API: %1 %2.</source>
        <extracomment>%1 is a field path such as items[3].roles[0].permissions, %2 says what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be %1 but is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a UUID but is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a string but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a time like 2023-07-21T09:12:44.123456 but is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but page %2 was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of read, write, me: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has impossible paging numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be null but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of the range of a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtClaims</name>
    <message>
        <source>The server&apos;s sign-in token is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected three parts separated by dots, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &apos;sub&apos; claim (the user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &apos;permissions&apos; claim is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &apos;permissions&apos; claim holds something other than names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &apos;iss&apos; claim is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &apos;aud&apos; claim is neither a string nor a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &apos;exp&apos; claim is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The profile database was written by a newer ZenML Admin (schema %1, this one knows %2). Update ZenML Admin to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database is read-only. Make the file and its folder writable, then try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full, so nothing was saved and the profile is as it was. Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos;: it is damaged or is not a profile database. Nothing was written to it. Keep the file: it may hold changes not yet sent to the server. Restore it from a backup or, for a server profile, repair it with &apos;zenml-admin profile repair %2&apos;: that keeps the damaged file beside it, salvages the changes it can still read and fetches a fresh copy from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database &apos;%1&apos; is damaged (%2); nothing more was written to it. Keep the file: it may hold changes not yet sent to the server. Restore it from a backup or, for a server profile, repair it with &apos;zenml-admin profile repair %3&apos;: that keeps the damaged file beside it, salvages the changes it can still read and fetches a fresh copy from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRequest</name>
    <message>
        <source>The queued operation &apos;%1&apos; is not known to this version of ZenML Admin. Drop it and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role %1 to team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role %1 to team %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role %1 from team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role %1 from team %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role %1 from %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A queued role assignment: user or team name → role name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in %3</source>
        <extracomment>A queued role assignment in one workspace: user or team name → role name in workspace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingQueue</name>
    <message>
        <source>There is no pending change with the number %1. List them with &apos;zenml-admin pending list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 is a conflict: resolve it with &apos;zenml-admin conflicts resolve %1 --keep-mine&apos; or &apos;--take-server&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>See users, teams, roles, stacks and runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change and delete resources, users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your own user account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteApi</name>
    <message>
        <source>The server changes a %1 only by its id, and &quot;%2&quot; is not an id.</source>
        <extracomment>%1 is &quot;team&quot;, &quot;role&quot;, ...; %2 what the caller passed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The %1 name is empty. Enter a name of 1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name has %2 characters; the server accepts at most %3. Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; starts or ends with a space. Remove the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;. A role can only grant read, write and me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address. Use the form name@example.com, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is built in and cannot be changed. Create a new role with the permissions you need instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is built in and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The role &apos;%1&apos; is still assigned %n time(s). Revoke those assignments first, then delete the role.</source>
        <translation>
            <numerusform>The role &apos;%1&apos; is still assigned %n time. Revoke those assignments first, then delete the role.</numerusform>
            <numerusform>The role &apos;%1&apos; is still assigned %n times. Revoke those assignments first, then delete the role.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default user cannot be renamed; the server depends on its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default user cannot be deleted; the server depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace cannot be renamed; the server depends on its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace cannot be deleted; the server depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No OS keychain is available (Secret Service not running). Sign in for this session only, or start a keyring such as GNOME Keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (Secret Service not running or not reachable: %1). Sign in for this session only, or start a keyring such as GNOME Keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access (%1). Unlock it, for example by signing in to your desktop session, or sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain failed (%1). Try again, or sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a secret under this name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; in profile &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&apos;%1&apos; is not a server URL: %2. Use the form https://zenml.example.com.</source>
        <extracomment>%1 the URL as typed, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL is empty. Use the form https://zenml.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not carry a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not carry a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL uses plain http:// to %1, another computer: your password and session token would cross the network unencrypted. Use https:// if the server offers it.</source>
        <extracomment>%1 the host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not signed in, so &apos;%1&apos; is not allowed. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as &apos;%1&apos; without the &apos;%2&apos; permission, so &apos;%3&apos; is not allowed. Ask an admin for a role with %2, then sign in again.</source>
        <extracomment>%1 user name, %2 permission name (read, write, me), %3 the action, e.g. &quot;create user&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::AdminService</name>
    <message>
        <source>Name the %1 to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has the id &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has the name, id or id prefix &apos;%2&apos;. Check the spelling, or list the %1s to see their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one %2: %3. Give the full name or more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 named &apos;%2&apos; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by a user or by a team, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one user or team to assign the role to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; already has the role &apos;%3&apos; in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one user or team to revoke the role from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not have the role &apos;%3&apos; in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password can only be queued for the server when the OS keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default user cannot be deactivated; the server depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::AssignmentTableModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <extracomment>Column: the user or team that has the role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::HistoryModel</name>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role to user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role from user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke role from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <extracomment>Who made a change: the admin on a local profile (no sign-in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server</source>
        <extracomment>Who made a change: someone on the server, found by a sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1 by #%2</source>
        <extracomment>The admin undid this change in the app: at a time, by a later history entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <extracomment>The admin undid this change in the app, at a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undo of #%2)</source>
        <extracomment>A change that undid an earlier one: the change, the earlier entry&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::InvitationService</name>
    <message>
        <source>A local profile has no invitations: its users never sign in to a server, so there is no activation link to send. Connect a server profile to invite users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regenerate an invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default user cannot be deactivated; the server depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the account this profile signs in with; deactivating it would lock you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the server yet; its link comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is active, so it is no invitation; delete the user instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::InvitationTableModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <extracomment>The link column: the keychain of this computer holds the invitation link.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available after sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this computer: regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Column header: where the invitation link of a user stands.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: how long ago the invitation (or its current link) was made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::LocalStore</name>
    <message>
        <source>the file is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade; make it writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile database &apos;%1&apos; for changes: the disk holding it is full. Free some space on that disk, then try again; the file itself is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::PendingChangeModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::PermissionTableModel</name>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::ProfileManager</name>
    <message>
        <source>&apos;%1&apos; cannot name a profile. Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder &apos;%1&apos;. Choose a writable folder with --data-dir or ZENML_ADMIN_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. List the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete &apos;%1&apos;. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. Create it with &apos;zenml-admin profile create %1&apos;, or list the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile &apos;%1&apos; holds %n change(s) not yet sent to its server, which deleting it would lose. Send them first (sync), or drop them.</source>
        <translation>
            <numerusform>The profile &apos;%1&apos; holds %n change not yet sent to its server, which deleting it would lose. Send it first (sync), or drop it.</numerusform>
            <numerusform>The profile &apos;%1&apos; holds %n changes not yet sent to its server, which deleting it would lose. Send them first (sync), or drop them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is in use: %2 (process %3) has it open or is syncing it. Close it there, or let the sync end, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::ProfileRepair</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. List the profiles with &apos;zenml-admin profile list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;. Check its permissions; a file that cannot be read cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is not damaged: SQLite finds &apos;%2&apos; sound. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot repair the profile &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is in use: %2 (process %3) has it open or is syncing it. Close it there, then repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file no longer says which server and user the profile &apos;%1&apos; is for. Say it: &apos;%2 --url URL --username USER&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file no longer says what kind of profile &apos;%1&apos; was, and it holds no queued changes. For a server profile say which server and user: &apos;%2 --url URL --username USER&apos;. A local profile cannot be fetched again: restore its file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is a local profile: its rows live only in the damaged file, and there is no server to fetch them from again. Restore &apos;%2&apos; from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull of the fresh copy could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; to &apos;%2&apos;. Check that the folder is writable; the profile was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::RoleMatrixModel</name>
    <message>
        <source>globally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the workspace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the role &apos;%2&apos; %3. Clear to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the role &apos;%2&apos; %3. Check to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::RoleTableModel</name>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles come with every ZenML server and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Column: how many users and teams have the role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::ServerConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: expected 32 bytes in hex, like AB:CD:... (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm plain http:// for profile &apos;%1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name &apos;%1&apos; with this password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1 You are signed in for this session only; it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved password could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password of &apos;%1&apos; is no longer accepted. Sign in again: zenml-admin login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: zenml-admin login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the saved password could not be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved password was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the keychain is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::TeamTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::WorkspaceTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace comes with every ZenML server and cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <extracomment>Column: how many role assignments are scoped to the workspace</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::about::About</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZenML version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet (sign in once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (libsecret), no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (libsecret) over D-Bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::ApplyText</name>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was queued.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was queued.</numerusform>
            <numerusform>The file has %n problems; nothing was queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::CsvText</name>
    <message>
        <source>Text after the closing quote of a field. Put the whole field in quotes and double any quote inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::Decoder</name>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each %1 must be a mapping of keys to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; in a %2. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item of &apos;%1&apos; must be a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is listed twice (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission &apos;%1&apos;. Use read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &apos;%1&apos; is listed twice in team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment names exactly one of &apos;user&apos; and &apos;team&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must be a mapping with the keys version, workspaces, roles, users, teams and assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs &apos;version: %1&apos; at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of ZenML Admin reads files of version %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment is listed twice (first on line %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::ImportText</name>
    <message>
        <source>The file has no header row. The first line names the columns: name, full_name, email, roles, teams, workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row needs a &apos;name&apos; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nobody was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nobody was imported.</numerusform>
            <numerusform>The file has %n problems; nobody was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::JsonText</name>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::PlanText</name>
    <message>
        <source>The built-in role &apos;%1&apos; cannot be changed: it keeps the permissions %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default user cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; names the user &apos;%2&apos;, whom neither the file nor the profile has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is in neither the file nor the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to create, %3 to update, %4 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the profile matches the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 to create, %2 to update, %3 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::access::YamlText</name>
    <message>
        <source>This is not valid YAML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::AccessCommands</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the access file with --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was queued:</source>
        <translation>
            <numerusform>The file has %n problem; nothing was queued:</numerusform>
            <numerusform>The file has %n problems; nothing was queued:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export writes yaml or json, not csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the access model of profile &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue these changes? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of the confirmation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of the confirmation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply asks for a confirmation, and there is no terminal to ask on. Check the plan with &apos;zenml-admin plan&apos;, then run apply with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n change(s) in one transaction; the next sync sends them to the server.</source>
        <translation>
            <numerusform>Queued %n change in one transaction; the next sync sends them to the server.</numerusform>
            <numerusform>Queued %n changes in one transaction; the next sync sends them to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) in one transaction.</source>
        <translation>
            <numerusform>Applied %n change in one transaction.</numerusform>
            <numerusform>Applied %n changes in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is YAML, or JSON when its name ends in .json or it starts with &apos;{&apos;. The format is described in docs/access-file.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the profile&apos;s whole access model (workspaces, roles, users, teams, role assignments) by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output yaml (the default) or --output json. Two exports of the same state are byte-identical; no ids, times, tokens or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what apply would change to make the profile match a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access file to compare with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show what the file leaves out, which apply --prune deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with code 9 when the profile differs from the file (for CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 no difference (or any plan without --check), 9 a difference with --check, 4 the file has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every change of the plan of a file, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access file to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the file leaves out (built-ins always stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for a confirmation (needed without a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with any problem is refused as a whole, every problem listed with its line and column; nothing is queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::AssignmentCommands</name>
    <message>
        <source>Name at least one user (--user) or team (--team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned role &apos;%1&apos; to user &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned role &apos;%1&apos; to team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked role &apos;%1&apos; from user &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked role &apos;%1&apos; from team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role assignments found for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in this workspace; globally when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role to users and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: if one subject cannot get the role, none gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a role from users and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: if one subject does not hold the role, nothing is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List role assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assignments of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assignments of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assignments of this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assignments in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos; for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of zenml-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Columns</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::CompletionCommands</name>
    <message>
        <source>Print the bash completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with: source &lt;(zenml-admin completion bash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the zsh completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with: source &lt;(zenml-admin completion zsh) (after compinit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fish completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with: zenml-admin completion fish | source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::ConnectCommands</name>
    <message>
        <source>Pass --allow-insecure-http to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: give 64 hex digits, with or without colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server profile needs both --url and --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trust-fingerprint and --allow-insecure-http need --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile &apos;%1&apos; for %2 as &apos;%3&apos;. Sign in with: zenml-admin --profile %1 login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local profile; only server profiles have a URL and user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change. Give --url, --username or --trust-fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the old server or user. Sign in again with: zenml-admin --profile %1 login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust it, pin it with: zenml-admin profile update %1 --trust-fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 (ZenML %2) as &apos;%3&apos; with the permissions: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the keychain for later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but fetching the server&apos;s data failed; the local copy is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 users, %2 teams, %3 roles and %4 workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of profile &apos;%1&apos;; the saved password is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint even though it does not verify (self-signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a plain http:// URL to another computer (the password crosses the network unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile: local, or for a server with --url and --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZenML server&apos;s URL, for a server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as, for a server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local profile starts like a fresh ZenML server: roles admin and guest, the default workspace and the default user. A server profile is signed in to with &apos;zenml-admin login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a server profile&apos;s URL, user name or trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the URL or the user name signs out. An empty --trust-fingerprint removes the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a profile, its local data and its saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server of the profile and fetch its users, teams and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the password in the keychain (and remove a saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --password-stdin the password is asked for on the terminal. It is never taken from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the profile&apos;s server and remove the saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete it anyway, add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it even if it holds changes not yet sent to its server (they are lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile whose changes are not all on its server yet is kept unless --force is given; &apos;zenml-admin --profile NAME pending list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Context</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local profile: there is no server to sign in to. Create a server profile with &apos;zenml-admin profile create NAME --url URL --username USER&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Help</name>
    <message>
        <source>Global options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile instead of the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print listings as table (the default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profiles in DIR (else ZENML_ADMIN_DATA_DIR, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages, help, table headers and the desktop app, e.g. de or en; else the system locale. JSON and CSV stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the program, a group or a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: zenml-admin [OPTIONS] GROUP COMMAND [ARGS]...
       zenml-admin [--data-dir DIR] [--profile NAME] [--lang LANG]

  Administer the users, teams, roles and role assignments of a ZenML server,
  or of a local profile. With no command, the desktop app starts.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error (unknown command or option, missing argument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found, or an ambiguous name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule violation (invalid or duplicate name, protected entity, role still assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O failure (profile database, data folder, keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network or server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in or not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;zenml-admin GROUP --help&apos; for the commands of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGS]...

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: another sync of the profile is running (try again later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::HistoryCommands</name>
    <message>
        <source>--since takes a date such as 2026-12-01 (or a date and time), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes made on the profile, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes on or after DATE (2026-12-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes of the user, team, role or workspace NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for 365 days; older entries are removed with the next change. Passwords are never recorded, only that one changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDO OF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::InviteCommands</name>
    <message>
        <source>The sync could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link will be available after &apos;zenml-admin sync&apos;; then &apos;zenml-admin user invite-link %1&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the server yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the keychain did not keep the link; copy it now, or regenerate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now inactive; the new link replaces any earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new link replaces the earlier one, which stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is active and has no invitation. &apos;--regenerate&apos; deactivates it and makes a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link for &apos;%1&apos; is kept on this computer. &apos;zenml-admin user invite-link %1 --regenerate&apos; makes a new one (an earlier link stops working).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; is ready: &apos;zenml-admin user invite-link %1&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; arrived, but the keychain did not keep it; &apos;zenml-admin user invite-link %1 --regenerate&apos; makes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the invitation link of an inactive user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for a new link: the old one stops working, and an active user becomes inactive until activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is a credential: anyone holding it can set the account&apos;s password. It is kept only in the OS keychain, until the user is seen active or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Invocation</name>
    <message>
        <source>Option &apos;--%1&apos; takes true or false, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administer the users, teams, roles and role assignments of a ZenML server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZenML Admin manages the users, teams, roles (with the permissions read, write and me), role assignments, workspaces and invitations of a ZenML server, or of a local profile. It keeps a local copy of each profile, so it works offline, and sends queued changes to the server with the sync command. With no command, or with only the options --profile, --data-dir and --lang, the desktop app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder (unless --data-dir or ZENML_ADMIN_DATA_DIR say otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One profile: the local copy of its server, and the changes waiting to be sent. No password or token is kept here; those go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock files: held while a window has the profile open or a sync runs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop app&apos;s window settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder, when --data-dir is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages and help, when --lang is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users of the active profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a role that may only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give alice the role in one workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All role assignments as JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab completion in the running bash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zenml-admin GROUP --help, zenml-admin GROUP COMMAND --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab completion in the running fish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Output</name>
    <message>
        <source>PROPERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Parser</name>
    <message>
        <source>Option &apos;%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;--data-dir&apos; needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format. Use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such option: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; does not take a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got unexpected extra argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::PasswordPrompt</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password. Pass it on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::ProfileCommands</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. The local profile &apos;default&apos; is created on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile changed to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a profile the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired the profile &apos;%1&apos;. The damaged file is kept as &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Salvaged %n queued change(s); they wait for the next sync.</source>
        <translation>
            <numerusform>Salvaged %n queued change; it waits for the next sync.</numerusform>
            <numerusform>Salvaged %n queued changes; they wait for the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n invitation(s) of the ledger.</source>
        <translation>
            <numerusform>Kept %n invitation of the ledger.</numerusform>
            <numerusform>Kept %n invitations of the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite could not read %n part(s) of the damaged file; what they held is lost.</source>
        <translation>
            <numerusform>SQLite could not read %n part of the damaged file; what it held is lost.</numerusform>
            <numerusform>SQLite could not read %n parts of the damaged file; what they held is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile is repaired, but its fresh copy could not be fetched from %1: %2 Sign in with &apos;zenml-admin --profile %3 login&apos;, then run &apos;zenml-admin --profile %3 sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched a fresh copy from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair a damaged profile: keep the damaged file, salvage its queued changes and fetch a fresh copy from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL, when the damaged file no longer says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as, when the damaged file no longer says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file stays beside the profile as NAME.sqlite.damaged-YYYYMMDD-HHMMSS. Every queued change and invitation SQLite can still read in it is kept; the fresh profile is fetched with the saved sign-in, and the salvaged changes are sent on the next sync, where they meet the usual conflict rules. Exit codes: 0 repaired and fetched; 2 the server or user must be given; 4 the profile is not damaged, or is a local profile; 5 the file could not be read or moved; 6 or 7 repaired, but the fresh copy could not be fetched (sign in, then sync); 8 the profile is open or syncing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::Registry</name>
    <message>
        <source>Commands for user management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for team management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for role management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for role assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for workspace management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for local and server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the profile&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the profile&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what waits for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for changes waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for changes that met a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a shell&apos;s Tab completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the access model to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare an access file with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the profile match an access file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds a permission, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access review an auditor asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made on the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::ReviewCommands</name>
    <message>
        <source>(every workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no permission there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inactive: the permissions are held but cannot be used until the user is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a local profile: roles are recorded but not enforced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a permission. Use read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds &apos;%1&apos; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-days takes a number of days (0 or more), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the access review to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workspace (global roles count in every workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a user can do, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or id prefix of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each permission is listed with every path that grants it: the user&apos;s own roles and those of its teams, global or in the workspace. Without --workspace, the global row comes first, then each workspace where the user holds more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every user who holds a permission, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --workspace, a role held in any workspace counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access review&apos;s findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations older than this are stale (default 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review as a PDF report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: users who can write, admins, inactive users who hold roles, stale invitations, active users without a role, roles nobody holds, empty teams, assignments in missing workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::RoleCommands</name>
    <message>
        <source>No roles found for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted role &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission to grant: read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update an existing role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission to add: read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission to remove: read, write or me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in roles admin and guest cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role that is still assigned cannot be deleted; revoke it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::SyncCommands</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the number of a queued change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --pull-only or --push-only, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1 changes (%2 failed, %3 conflicts, %4 still waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled %1 changed rows, removed %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (full check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes failed and %2 conflicts wait for you: see &apos;zenml-admin pending list&apos; and &apos;zenml-admin conflicts list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes wait for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n change(s).</source>
        <translation>
            <numerusform>Dropped %n change.</numerusform>
            <numerusform>Dropped %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent again on the next sync.</source>
        <translation>
            <numerusform>%n change will be sent again on the next sync.</numerusform>
            <numerusform>%n changes will be sent again on the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINE | SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how to resolve: --keep-mine or --take-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept your version of %n row(s); the next sync sends it.</source>
        <translation>
            <numerusform>Kept your version of %n row; the next sync sends it.</numerusform>
            <numerusform>Kept your version of %n rows; the next sync sends it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the server&apos;s version of %n row(s).</source>
        <translation>
            <numerusform>Took the server&apos;s version of %n row.</numerusform>
            <numerusform>Took the server&apos;s version of %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of a queued change (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued changes to the server, then fetch what changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fetch from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only send queued changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List everything on the server, which also finds rows deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints progress on a terminal and a summary at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile&apos;s sync state: queued changes, failures, conflicts, last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes waiting for the server, with the request each one sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send failed changes again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop queued changes; the server&apos;s version of their rows comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes that met a newer version on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts: keep your version or take the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your version again, over the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version and drop your changes of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server; next try in %n second(s)</source>
        <translation>
            <numerusform>Cannot reach the server; next try in %n second</numerusform>
            <numerusform>Cannot reach the server; next try in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy; next try in %n second(s)</source>
        <translation>
            <numerusform>The server is busy; next try in %n second</numerusform>
            <numerusform>The server is busy; next try in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::cli::TeamCommands</name>
    <message>
        <source>No teams found for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created team &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated team &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one user with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user &apos;%1&apos; to team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user &apos;%1&apos; from team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted team &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of a team and its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users from a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::UserCommands</name>
    <message>
        <source>No users found for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the user was created without a password, so it is inactive, as on a ZenML server. A local profile has no sign-in; activate it with &apos;zenml-admin user update %1 --active true&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a local profile has no sign-in, so the password was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user stays inactive until activated with an invitation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of a user, its roles and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user; the profile&apos;s own user when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s password. Without one the user is created inactive. A local profile has no sign-in and stores no password anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role to assign to the user globally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate or deactivate the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::UserImportCommands</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nobody was imported:</source>
        <translation>
            <numerusform>The file has %n problem; nobody was imported:</numerusform>
            <numerusform>The file has %n problems; nobody was imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invited %n user(s) in one transaction; the links come with the next sync (&apos;zenml-admin user invite-links&apos;).</source>
        <translation>
            <numerusform>Invited %n user in one transaction; the links come with the next sync (&apos;zenml-admin user invite-links&apos;).</numerusform>
            <numerusform>Invited %n users in one transaction; the links come with the next sync (&apos;zenml-admin user invite-links&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n user(s) in one transaction.</source>
        <translation>
            <numerusform>Created %n user in one transaction.</numerusform>
            <numerusform>Created %n users in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation link is kept on this computer yet. Links arrive with the sync that sends the invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create users from a CSV file, with their roles and teams, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and show who would be created; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row names the columns: name (required), full_name, email, roles, teams and workspace (where the roles apply; global when empty). Several roles or teams are separated by &apos;;&apos; (by &apos;,&apos; when &apos;;&apos; separates the fields). Users are created without a password: on a server profile they are invitations. A file with any bad line is refused as a whole, every problem listed with its line and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List name and link of every invitation whose link is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --output csv the list goes straight into a mail merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::cli::WorkspaceCommands</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces found for the given filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the permissions a role can grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspaces, with the role assignments scoped to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or unique prefix of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::AboutDialog</name>
    <message>
        <source>About ZenML Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZenML Admin logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ZenML Admin&lt;/b&gt;&lt;br&gt;Users, teams, roles and role assignments of a ZenML server, on the desktop and the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these facts (never a password or token) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::AccessPlanDialog</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply access model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is refused: fix these problems and open it again. Nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile already matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying &apos;%1&apos; queues these changes in one step (Edit &gt; Undo takes them back): %2 to create, %3 to update, %4 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::ApplyAccessCommand</name>
    <message>
        <source>Apply access model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::AssignDialog</name>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact name of the user or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (every workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no roles yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Compare its SHA-256 fingerprint with the one your server administrator gives you. Trust it only if they match: from then on this profile accepts exactly this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>%1 start date, %2 end date of the certificate&apos;s validity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an action or an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action, or the name of a user, team, role or workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConflictsView</name>
    <message>
        <source>?</source>
        <comment>value not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your version again, over the server&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s version and drop your changes of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this conflict for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <extracomment>A conflict in the list: its number, what the change does, the row&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConnectDialog</name>
    <message>
        <source>Connect to a ZenML server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://zenml.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your ZenML user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to sign in later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached ZenML %1 at %2. It can be administered here.</source>
        <extracomment>%1 version, %2 URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new server profile: fill in the server&apos;s URL and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: plain http:// to another computer was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user name to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;. Give the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &apos;%1&apos; to ZenML %2 with the permissions: %3.</source>
        <extracomment>%1 user, %2 version, %3 permission names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without &apos;write&apos; the app is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &apos;%1&apos;, its local copy of the server&apos;s data and its saved password? Nothing changes on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;, but its keychain entries could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; is open in the window. Open another profile first (File &gt; Open Profile), then remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds %n change(s) not yet sent to the server, which will be lost.</source>
        <translation>
            <numerusform>It holds %n change not yet sent to the server, which will be lost.</numerusform>
            <numerusform>It holds %n changes not yet sent to the server, which will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::ConnectionHook</name>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove server profiles and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <comment>read-only reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <extracomment>%1 why, e.g. &quot;You are signed in as &apos;gina&apos; without the &apos;write&apos; permission ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another profile in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to &apos;%1&apos;. Open it in place of &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::CsvImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) from &apos;%1&apos; will be created without a password (invitations on a server profile), with their roles and teams, in one step.</source>
        <translation>
            <numerusform>%n user from &apos;%1&apos; will be created without a password (invitations on a server profile), with their roles and teams, in one step.</numerusform>
            <numerusform>%n users from &apos;%1&apos; will be created without a password (invitations on a server profile), with their roles and teams, in one step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has %n bad line(s), marked below. Fix them and open the file again; nobody is imported.</source>
        <translation>
            <numerusform>&apos;%1&apos; has %n bad line, marked below. Fix them and open the file again; nobody is imported.</numerusform>
            <numerusform>&apos;%1&apos; has %n bad lines, marked below. Fix them and open the file again; nobody is imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::DetailPane</name>
    <message>
        <source>Details of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected. The actions of the Selection menu apply to all of them.</source>
        <translation>
            <numerusform>%n selected. The actions of the Selection menu apply to all of them.</numerusform>
            <numerusform>%n selected. The actions of the Selection menu apply to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive (not yet activated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default user cannot be renamed, deactivated or deleted; the server depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles assigned directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: comes with every ZenML server and cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace cannot be renamed or deleted; the server depends on it. Its description can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A role assignment scoped to a workspace: who, then the role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role assignments are scoped to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as known on this computer; the server&apos;s lists do not show it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::Editor</name>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)? Their role assignments and team memberships go with them.</source>
        <translation>
            <numerusform>Delete %n user? Their role assignments and team memberships go with them.</numerusform>
            <numerusform>Delete %n users? Their role assignments and team memberships go with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n team(s)? Their role assignments go with them; the members stay.</source>
        <translation>
            <numerusform>Delete %n team? Their role assignments go with them; the members stay.</numerusform>
            <numerusform>Delete %n teams? Their role assignments go with them; the members stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)?</source>
        <translation>
            <numerusform>Delete %n role?</numerusform>
            <numerusform>Delete %n roles?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — in workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n role assignment(s)?</source>
        <translation>
            <numerusform>Revoke %n role assignment?</numerusform>
            <numerusform>Revoke %n role assignments?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n role assignment(s)</source>
        <translation>
            <numerusform>Revoke %n role assignment</numerusform>
            <numerusform>Revoke %n role assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n role assignment(s) scoped to it)</source>
        <translation>
            <numerusform>%1 (%n role assignment scoped to it)</numerusform>
            <numerusform>%1 (%n role assignments scoped to it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)? The role assignments scoped to them go with them; the users, teams and roles stay.</source>
        <translation>
            <numerusform>Delete %n workspace? The role assignments scoped to it go with it; the users, teams and roles stay.</numerusform>
            <numerusform>Delete %n workspaces? The role assignments scoped to them go with them; the users, teams and roles stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workspace(s)?</source>
        <translation>
            <numerusform>Delete %n workspace?</numerusform>
            <numerusform>Delete %n workspaces?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::HistoryPage</name>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes from a day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes up to a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made on this profile and every change found on the server, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationHook</name>
    <message>
        <source>&amp;Invite user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an inactive user and get a link to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer holds no link for this user (it was made elsewhere, or the keychain lost it). Regenerate it on the Invitations page; the old link then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; is ready: copy it on the Invitations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link for &apos;%1&apos; arrived, but the keychain did not keep it: copy it from its dialog now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;invitation link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for a new invitation link for the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more users on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationLinkDialog</name>
    <message>
        <source>Invitation link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inactive until activated with this link. Send it to the person privately: anyone holding it can set the account&apos;s password. It works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link available after sync: it arrives when the invitation reaches the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code or copy the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::InvitationsPage</name>
    <message>
        <source>&amp;Invite user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no link for the selection any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n link to the clipboard.</numerusform>
            <numerusform>Copied %n links to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a new invitation link for %n user(s)? The old link stops working.</source>
        <translation>
            <numerusform>Make a new invitation link for %n user? The old link stops working.</numerusform>
            <numerusform>Make a new invitation link for %n users? The old link stops working.</numerusform>
        </translation>
    </message>
    <message>
        <source>An active account becomes inactive until activated with the new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate invitation links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New links are requested; they appear after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? The inactive users are deleted and their links stop working.</source>
        <translation>
            <numerusform>Revoke %n invitation? The inactive users are deleted and their links stop working.</numerusform>
            <numerusform>Revoke %n invitations? The inactive users are deleted and their links stop working.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users marked &quot;not on this computer&quot; were invited elsewhere (the web dashboard, another computer), or this computer&apos;s keychain lost their link. Select them and press Regenerate to make a new link here (the old link stops working), or Revoke to delete the inactive user.</source>
        <extracomment>Below the invitations, when some have no link on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::InviteDialog</name>
    <message>
        <source>Invite user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is created inactive. Once the invitation reaches the server you get a link to send; with it the person sets a password and activates the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role: the user can sign in but see nothing until a role is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::MainWindow</name>
    <message>
        <source>ZenML Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local profile (no server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selection to &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams yet. Create one first (Teams page, Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to the team:</source>
        <translation>
            <numerusform>Add %n user to the team:</numerusform>
            <numerusform>Add %n users to the team:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user, team, role or workspace, depending on the page (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ZenML Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version and setup (never a secret) for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the version and setup to the clipboard; paste them into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access model (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access model was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply access model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access model was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users were imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport access model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply access mo&amp;del…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made on this profile, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings an auditor asks for, each with its rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::MatrixPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users × roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams × roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::PendingPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected changes again on the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected changes; the server&apos;s version of their rows comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for the server. Expand one to see the request it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected conflict side by side with the server&apos;s version, to keep yours or take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::ProfileSwitcher</name>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::QrCodeWidget</name>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::RepairOffer</name>
    <message>
        <source>Damaged profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair keeps the damaged file beside the profile, salvages the changes it can still read and fetches a fresh copy from the server with the saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile &apos;%1&apos; was repaired: %n queued change(s) salvaged, to be sent on the next sync.</source>
        <translation>
            <numerusform>The profile &apos;%1&apos; was repaired: %n queued change salvaged, to be sent on the next sync.</numerusform>
            <numerusform>The profile &apos;%1&apos; was repaired: %n queued changes salvaged, to be sent on the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file is kept as &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fresh copy could not be fetched yet: %1 Sign in, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::ReviewPage</name>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations are stale after this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected row on its page (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review as a PDF report, as &apos;zenml-admin review --pdf&apos; does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every finding&apos;s rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A finding of the access review and how many rows it has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take role %1 back from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take role %1 in workspace %2 back from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the invited user; the invitation link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the empty team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role that nobody holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no one-step fix; show it on its page to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the access review as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-review.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the access review as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-review.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations are stale &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tea&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ro&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::RoleDialog</name>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named &apos;%1&apos; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::SyncHook</name>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued changes and fetch the server&apos;s (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep changes queued here and do not contact the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now, and also fetch every row and remove here what the server no longer has (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::SyncStatusWidget</name>
    <message>
        <source>Syncing %1 of %2</source>
        <extracomment>The status bar while a sync runs: operations pushed or pages fetched so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <extracomment>The status bar: the server answered, but the last sync did not complete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <extracomment>The status bar: edits that met a server edit and wait for the admin&apos;s choice</extracomment>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed</source>
        <extracomment>The status bar: edits the server refused; the Pending changes page says why</extracomment>
        <translation>
            <numerusform>%n change failed</numerusform>
            <numerusform>%n changes failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <extracomment>The status bar: edits made here and not yet sent to the server</extracomment>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>The status bar: nothing waits to be sent and the last sync reached the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <extracomment>The status bar: the time (today) or date and time of the last complete sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n change the server refused</numerusform>
            <numerusform>%n changes the server refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with a server edit</source>
        <translation>
            <numerusform>%n conflict with a server edit</numerusform>
            <numerusform>%n conflicts with a server edit</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server · next try in %n second(s)</source>
        <extracomment>The status bar while a sync waits because the server could not be reached</extracomment>
        <translation>
            <numerusform>Cannot reach the server · next try in %n second</numerusform>
            <numerusform>Cannot reach the server · next try in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy · next try in %n second(s)</source>
        <extracomment>The status bar while a sync waits because the server asked it to (busy, rate limit)</extracomment>
        <translation>
            <numerusform>The server is busy · next try in %n second</numerusform>
            <numerusform>The server is busy · next try in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenml::gui::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users by name, full name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen</source>
        <translation>
            <numerusform>%n member chosen</numerusform>
            <numerusform>%n members chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>A team named &apos;%1&apos; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to sign in. 1 to %1 characters, unique, no leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to create an inactive user who is invited to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned globally when the user is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::UsersPage</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who hold the role directly or through a team, in any scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZenML&apos;s user lists leave emails out: only the signed-in user&apos;s email, and emails typed on this computer, are shown here.</source>
        <extracomment>The Email column&apos;s header on a server profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to ZenML Admin&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This local profile is still empty. Connect to a ZenML server to manage its users, teams and roles, or look around first in a separate profile with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a ZenML server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate local profile named &apos;demo&apos; with sample users, teams and roles; this profile stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample profile could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::gui::WorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1 characters, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named &apos;%1&apos; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::remote::InfoJob</name>
    <message>
        <source>The server at %1 answered, but not like a ZenML server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no ZenML API at %2. Check the URL, including any path prefix; is this a ZenML server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::remote::ListJob</name>
    <message>
        <source>The list at %1 kept changing while it was being read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::remote::RemoteJob</name>
    <message>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::review::AccessGrant</name>
    <message>
        <source>role %1 through team %2, globally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 through team %2 in workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own role %1, globally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own role %1 in workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::review::AccessReview</name>
    <message>
        <source>Users who can write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive users who still hold roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations nobody accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users with no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles nobody holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments in missing workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who can change things, and through which roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone holding the admin role, directly or through a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot sign in now, but would regain these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited users who have not activated their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can sign in but hold no role, own or through a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user or team is assigned these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams with no members grant nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments scoped to a workspace that the mirror no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>invited %n day(s) ago</source>
        <translation>
            <numerusform>invited %n day ago</numerusform>
            <numerusform>invited %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 in workspace %2, which no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::review::ReviewReport</name>
    <message>
        <source>Access review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local profile records roles but does not enforce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to &apos;%1&apos;: %2. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::sync::OperationRunner</name>
    <message>
        <source>The row was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was changed on the server (at %1) after the version this edit was made on (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::sync::PullApplier</name>
    <message>
        <source>The row was changed on the server while this change waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was deleted on the server while this change waited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::sync::Pusher</name>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password queued with this change is no longer in the keychain. Drop the change and set the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change carries a password kept in the keychain, which this sync cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::sync::SyncEngine</name>
    <message>
        <source>The keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenml::sync::SyncLock</name>
    <message>
        <source>Cannot create the sync lock &apos;%1&apos;. Check that the profile&apos;s folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this profile is running (%1, process %2). Try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this profile is running. Try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
