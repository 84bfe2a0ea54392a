#include "core/db/QueryInterrupter.h"

#include "core/db/Database.h"

#include <sqlite3.h>

namespace km {

namespace {

// About a millisecond of work between two questions: a cancel is felt at once, and asking
// (a queued call to the UI thread) costs nothing against the statement.
constexpr int stepsBetweenQuestions = 100000;

} // namespace

QueryInterrupter::QueryInterrupter(Database& db, std::function<bool()> keepGoing)
    : db_(db), keepGoing_(std::move(keepGoing))
{
    sqlite3_progress_handler(db_.handle(), stepsBetweenQuestions, &QueryInterrupter::onProgress, this);
}

QueryInterrupter::~QueryInterrupter()
{
    sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr);
}

int QueryInterrupter::onProgress(void* self)
{
    auto* interrupter = static_cast<QueryInterrupter*>(self);
    if (!interrupter->interrupted_ && !interrupter->keepGoing_())
        interrupter->interrupted_ = true;
    return interrupter->interrupted_ ? 1 : 0;
}

} // namespace km
