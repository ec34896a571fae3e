// The server URL parser over anything an admin could type.
#include "fuzzinput.h"
#include "service/serverurl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto url = zenml::ServerUrl::normalize(QString::fromUtf8(zenml::fuzz::bytes(data, size)));
    if (url) {
        (void)zenml::ServerUrl::isLoopback(*url);
        if (zenml::ServerUrl::needsInsecureConfirmation(*url))
            (void)zenml::ServerUrl::insecureWarning(*url);
    }
    return 0;
}
