#include "core/csv/DelimiterDetector.h"

namespace km {

bool DelimiterDetector::feed(std::string_view bytes)
{
    for (char c : bytes) {
        if (done_)
            break;
        if (inQuotes_) {
            // A doubled quote closes and reopens, which leaves the state right.
            inQuotes_ = c != '"';
            continue;
        }
        switch (c) {
        case '\n':
        case '\r':
            done_ = inLine_;
            break;
        case '"':
            inQuotes_ = true;
            inLine_ = true;
            break;
        case ',':
            ++commas_;
            inLine_ = true;
            break;
        case ';':
            ++semicolons_;
            inLine_ = true;
            break;
        default:
            inLine_ = true;
        }
    }
    return done_;
}

bool DelimiterDetector::done() const
{
    return done_;
}

char DelimiterDetector::delimiter() const
{
    return semicolons_ > commas_ ? ';' : ',';
}

} // namespace km
