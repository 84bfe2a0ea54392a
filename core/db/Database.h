#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace km {

class Statement;

/** A failed SQLite call, with SQLite's message or, for the causes users can act on, a Dutch one. */
struct DatabaseError
{
    /** Full: the disk (or a file-size limit) is full, the study could not grow. */
    enum class Cause { Other, Busy, Full, ReadOnly };

    std::string message;
    Cause cause = Cause::Other;

    /** The error for SQLite result code `rc` (extended or primary), its `message` and sqlite3_system_errno. */
    static DatabaseError fromSqlite(int rc, const std::string& message, int systemErrno);
};

/**
 * Owns one SQLite connection (RAII). Throws DatabaseError on failure, since a database that
 * fails mid-way is not an input error the user can fix line by line.
 */
class Database
{
public:
    /**
     * Immutable: read-only without any locking or -shm file, for a study in a folder nobody can
     * write to (see Study::openForReading); only safe when no WAL content is pending.
     */
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    /**
     * Who may use the connection. Serialized: any thread at any time (SQLite locks every call),
     * as the desktop program needs, whose workers read while the UI thread pages the cases
     * table. OneThreadAtATime: the owner guarantees that no two threads use it at once (the
     * CLI, a worker's own connection); saves a lock per SQLite call, tens of millions of them
     * in an indicator pass.
     */
    enum class Threading { Serialized, OneThreadAtATime };

    /** How long a statement waits for another connection's lock before it fails. */
    static constexpr int busyTimeoutMs = 2000;

    /** Opens `path` (":memory:" for an in-memory database); foreign keys on. */
    Database(const std::string& path, Mode mode, Threading threading = Threading::Serialized);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** Runs one or more statements that return no rows. */
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const;

    /** Value of `PRAGMA user_version`. */
    int userVersion() const;
    std::int64_t lastInsertRowId() const;
    const std::string& path() const { return path_; }
    /** The connection cannot write (opened read-only, or the file is write-protected). */
    bool isReadOnly() const;
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

/** Rolls back unless commit() was called: the importer's all-or-nothing guarantee. */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace km
