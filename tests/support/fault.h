#pragma once

namespace zenml::test {

// What the test server does instead of (or around) answering a matching request.
enum class Fault {
    Delay,                 // wait faultDelay() ms, then answer normally
    Hang,                  // never answer; the client has to time out
    DropConnection,        // close the socket without a response; nothing is applied
    DropAfterApply,        // apply the request, then close the socket without a response
    ServerError500,        // 500 {"detail": ["RuntimeError", ...]}; nothing is applied
    ServiceUnavailable503, // 503 as a reverse proxy says it; nothing is applied
    MalformedJson,         // 200 with a body that is not JSON; nothing is applied
    TruncatedJson,         // apply, send the headers and half the body, then close the socket
    Html,                  // 200 text/html page (captive portal, wrong URL); nothing is applied
    Unauthorized401,       // 401 {"detail": "Not authenticated"} as for an expired token
};

} // namespace zenml::test
