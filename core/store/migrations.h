// The project schema's history: an ordered list of migrations, each applied in its own
// transaction, so a project written by any older Faultline opens in this build.
#pragma once
#include <cstdint>

namespace SQLite {
class Database;
}

namespace fl::store {

// PRAGMA application_id of every Faultline project ("FLTN"): tells our files from other SQLite
// databases without guessing from table names.
inline constexpr std::int32_t kApplicationId = 0x464C544E;

// The schema version this build writes (PRAGMA user_version of a fully migrated file).
int latestSchemaVersion();

// Brings a database at schema `fromVersion` (0 = empty, new file) up to latestSchemaVersion().
// Each step commits on its own: a crash between steps leaves a valid file at an older version.
void migrate(SQLite::Database& db, int fromVersion);

} // namespace fl::store
