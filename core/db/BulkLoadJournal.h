#pragma once

namespace km {

class Database;

/**
 * Writes a bulk load into a study file with a rollback journal instead of the WAL, and switches
 * back to the WAL when it goes out of scope. Through the WAL every page of a load is written
 * twice, to the WAL and again into the file at the checkpoint; a rollback journal keeps only the
 * pages the file had before, so the new ones are written once. The switch needs the file to
 * itself: with another connection open it is not made, without waiting, and the load goes
 * through the WAL as before. Must be made before the load's transaction and end after it.
 */
class BulkLoadJournal
{
public:
    explicit BulkLoadJournal(Database& db);
    ~BulkLoadJournal();
    BulkLoadJournal(const BulkLoadJournal&) = delete;
    BulkLoadJournal& operator=(const BulkLoadJournal&) = delete;

    /** The load goes through a rollback journal. */
    bool switched() const { return switched_; }

private:
    Database& db_;
    bool switched_ = false;
};

} // namespace km
