#pragma once

#include "core/codebook/Codebook.h"

#include <cstddef>

namespace km {

class RowConverter;
struct CaseRef;
struct ConvertedRow;

/**
 * The rules between fields of a row and between a row and its case (brief, "Validation
 * decisions"): date orders, geschiedenis_jaren only with a history of violence, events inside
 * the case's observation period. Only fields that converted cleanly are compared.
 */
class RowRules
{
public:
    explicit RowRules(TableKind kind);

    /** Reports each broken rule through `converter`; `owner` is the referred case, if known. */
    void check(ConvertedRow& row, const CaseRef* owner, RowConverter& converter) const;

private:
    void checkCase(ConvertedRow& row, RowConverter& converter) const;
    void checkTrajectory(ConvertedRow& row, RowConverter& converter) const;
    void checkEvent(ConvertedRow& row, const CaseRef& owner, RowConverter& converter) const;
    /** Error on `later` when it is before `earlier` (both dates of the same row). */
    void requireOrder(ConvertedRow& row, std::size_t earlier, std::size_t later, RowConverter& converter) const;

    TableKind kind_;
    const TableSpec& spec_;
    std::size_t casusId_;
    // Field indexes, each in its own table.
    std::size_t melddatum_, eindeFollowup_, datumOverdracht_, geweldsgeschiedenis_, geschiedenisJaren_;
    std::size_t startdatum_, einddatum_;
    std::size_t datum_;
};

} // namespace km
