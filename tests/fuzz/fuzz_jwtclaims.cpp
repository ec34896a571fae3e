// The JWT claims reader over any token text.
#include "auth/jwtclaims.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)zenml::JwtClaims::decode(QString::fromUtf8(zenml::fuzz::bytes(data, size)));
    return 0;
}
