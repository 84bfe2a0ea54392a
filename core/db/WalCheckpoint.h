#pragma once

namespace km {

class Database;

/**
 * Copies a study's WAL into its file and empties it, waiting a bounded time for other
 * connections' read transactions, which keep the pages they read from being overwritten. What
 * must leave the file for good (a deleted cohort) is only gone once this succeeded.
 */
class WalCheckpoint
{
public:
    /** True when the WAL is empty afterwards; false when readers were still open after waiting. */
    static bool truncate(Database& db);

    /**
     * Whether no other connection holds a read transaction. A reader whose snapshot is the file
     * itself does not hinder a checkpoint of an empty WAL, so a change of nothing is written
     * first: its pages cannot be checkpointed while any reader is open.
     */
    static bool alone(Database& db);

    /** Checkpoint attempts; each waits Database::busyTimeoutMs for readers to finish. */
    static constexpr int attempts = 3;
};

} // namespace km
