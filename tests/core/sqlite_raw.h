// Raw SQL on a project file for the store's tests: writes what an older Faultline wrote, or
// damages a file, behind the repositories' backs.
#pragma once
#include <QtTest>
#include <sqlite3.h>
#include <string>

namespace fl::test {

inline void execRaw(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        qWarning("sqlite: %s", err);
    sqlite3_free(err);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

} // namespace fl::test
