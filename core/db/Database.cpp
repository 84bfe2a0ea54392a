#include "core/db/Database.h"

#include "core/db/Statement.h"

#include <sqlite3.h>

#include <cerrno>

namespace km {

namespace {

// A file name as a URI ("file:/a%20b.db"): % ? and # would otherwise be read as URI syntax.
std::string fileUri(const std::string& path)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri;
}

} // namespace

// The causes a user can do something about get a message that says what; SQLite's own ("database
// is locked", "database or disk is full") does not say which file or why.
DatabaseError DatabaseError::fromSqlite(int rc, const std::string& message, int systemErrno)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // Another program (or a second window) writing the same study, after the busy timeout.
        return {"de studie is in gebruik door een ander programma; sluit dat programma of probeer het later opnieuw",
                Cause::Busy};
    case SQLITE_FULL:
        return {"schijf vol: het studiebestand kon niet groeien; maak ruimte vrij en probeer het opnieuw", Cause::Full};
    case SQLITE_IOERR:
        if (systemErrno == EFBIG || systemErrno == ENOSPC || systemErrno == EDQUOT)
            return {"schijf vol: het studiebestand kon niet groeien; maak ruimte vrij en probeer het opnieuw", Cause::Full};
        // SQLite does not always keep the errno of a failed write (it is 0 after its own rollback).
        if (rc == SQLITE_IOERR_WRITE)
            return {"het studiebestand kon niet worden geschreven (schijf vol, een limiet op de bestandsgrootte of "
                    "een defecte schijf); maak ruimte vrij en probeer het opnieuw", Cause::Full};
        return {message, Cause::Other};
    case SQLITE_READONLY:
        return {"het studiebestand is alleen-lezen (geen schrijfrechten op het bestand of de map): " + message,
                Cause::ReadOnly};
    default:
        return {message, Cause::Other};
    }
}

Database::Database(const std::string& path, Mode mode, Threading threading)
    : path_(path)
{
    int flags = threading == Threading::Serialized ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    const std::string name = mode == Mode::Immutable ? fileUri(path) + "?immutable=1" : path;
    if (sqlite3_open_v2(name.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw DatabaseError{"Kan " + path + " niet openen: " + message};
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busyTimeoutMs);
    exec("PRAGMA foreign_keys = ON");
}

Database::~Database()
{
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        throw DatabaseError::fromSqlite(rc, message, sqlite3_system_errno(db_));
    }
}

Statement Database::prepare(std::string_view sql) const
{
    return Statement(db_, sql);
}

int Database::userVersion() const
{
    Statement st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.int64(0));
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(db_, "main") == 1;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

Transaction::Transaction(Database& db)
    : db_(db)
{
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const DatabaseError&) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace km
