// The access file's readers over any bytes: the first byte picks YAML, JSON, the CSV reader or
// the CSV onboarding reader (checked against an empty mirror). A file read without problems must
// survive its own round trip: written back in the same format and read again, it reads without
// problems and as the same model.
#include "access/accessjson.h"
#include "access/accessyaml.h"
#include "access/csvreader.h"
#include "access/mirrorsnapshot.h"
#include "access/userimport.h"
#include "fuzzinput.h"

#include <cstdlib>

namespace {

using namespace zenml::access;

void roundTrip(AccessModel model, bool json)
{
    model.normalize();
    const QByteArray written = json ? toJson(model) : toYaml(model);
    QList<Problem> problems;
    AccessModel back = json ? fromJson(written, problems) : fromYaml(written, problems);
    if (!problems.isEmpty())
        std::abort(); // what the writer writes, the reader must read
    back.normalize();
    if ((json ? toJson(back) : toYaml(back)) != written)
        std::abort(); // and read it as the same model
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zenml::fuzz::rest(data, size);
    QList<Problem> problems;
    switch (zenml::fuzz::selector(data, size) % 4) {
    case 0: {
        AccessModel model = fromYaml(input, problems);
        if (problems.isEmpty())
            roundTrip(std::move(model), false);
        break;
    }
    case 1: {
        AccessModel model = fromJson(input, problems);
        if (problems.isEmpty())
            roundTrip(std::move(model), true);
        break;
    }
    case 2:
        (void)readCsv(input, problems);
        break;
    default: {
        const MirrorSnapshot mirror;
        (void)readUserImport(input, mirror);
        break;
    }
    }
    return 0;
}
