#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// Every target defines this (libFuzzer's entry point); replaymain.cpp calls it for each file of
// a corpus in the ordinary build, libFuzzer in the fuzz build (scripts/fuzz.sh).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace zenml::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks a variant; the rest is the input.
inline int selector(const uint8_t *data, size_t size)
{
    return size == 0 ? 0 : data[0];
}
inline QByteArray rest(const uint8_t *data, size_t size)
{
    return size == 0 ? QByteArray() : bytes(data + 1, size - 1);
}

} // namespace zenml::fuzz
