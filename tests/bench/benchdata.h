#pragma once

#include "domain/error.h"

namespace zenml {

class LocalStore;

namespace bench {

struct DatasetSize
{
    int users = 100000;
    int teams = 1000;
    int roles = 50;
    int assignments = 150000; // user and team role assignments together
    int membersPerTeam = 20;
};

// Fills a fresh, seeded store through the table classes in one transaction (far faster than the
// facade's one transaction per verb).
Status fill(LocalStore &store, const DatasetSize &size);

} // namespace bench
} // namespace zenml
