#pragma once

#include <QString>

namespace zenml::privatefiles {

// The mirror holds the organisation's directory: the data folder is 0700 and every file in it
// 0600, whatever the umask. These set the modes explicitly (the umask only ever removes bits, so
// a permissive one would otherwise leave files readable by other local users).

// Creates the folder (and its parents) when missing and makes the folder itself 0700 where it
// may (false only when it cannot be created).
bool makePrivateFolder(const QString &path);
// Takes every permission of group and others from an existing file (0600 at most; a read-only
// file stays read-only); true when that holds (or the file does not exist).
bool makePrivateFile(const QString &path);
// Creates an empty file 0600 when it does not exist yet, so that whatever opens it next
// (SQLite, which gives its -wal and -shm files the database's mode) starts from a private file.
bool createPrivateFile(const QString &path);
// Corrects an existing installation: the folder 0700, each file in it 0600, each subfolder
// likewise, down to `depth` levels. Symbolic links are left alone.
void correctTree(const QString &folder, int depth = 2);

} // namespace zenml::privatefiles
