#include "core/db/Statement.h"

#include "core/db/Database.h"

#include <sqlite3.h>

#include <utility>

namespace km {

Statement::Statement(sqlite3* db, std::string_view sql)
    : db_(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
        throw DatabaseError{std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql)};
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Read before the reset, which may overwrite them.
    DatabaseError error = DatabaseError::fromSqlite(rc, sqlite3_errmsg(db_), sqlite3_system_errno(db_));
    sqlite3_reset(stmt_);
    throw error;
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string_view();
}

std::optional<std::int64_t> Statement::optInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(int64(column));
}

std::optional<double> Statement::optReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(real(column));
}

std::optional<std::string> Statement::optText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(text(column));
}

} // namespace km
