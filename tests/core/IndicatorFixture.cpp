#include "IndicatorFixture.h"

#include "core/db/Statement.h"
#include "core/indicators/IndicatorEngine.h"
#include "core/util/Day.h"
#include "core/util/ValueParser.h"

#include <algorithm>
#include <stdexcept>

namespace km::test {

namespace {

// The stored form of one codebook value, as the importer would write it.
void bindValue(Statement& st, int index, const FieldSpec& field, const std::string& text)
{
    auto fail = [&] { throw std::invalid_argument("fixture: bad " + field.name + " value '" + text + "'"); };
    if (text.empty()) {
        st.bindNull(index);
        return;
    }
    switch (field.type) {
    case FieldType::Text:
        st.bind(index, std::string_view(text));
        return;
    case FieldType::Date:
        if (auto day = days::parse(text))
            st.bind(index, std::int64_t{*day});
        else
            fail();
        return;
    case FieldType::Number:
        if (auto number = ValueParser::number(text))
            st.bind(index, *number);
        else
            fail();
        return;
    case FieldType::YesNo:
        if (auto yes = ValueParser::yesNo(text))
            st.bind(index, std::int64_t{*yes ? 1 : 0});
        else
            fail();
        return;
    case FieldType::Enum:
        if (auto code = field.codeIndex(text))
            st.bind(index, std::int64_t{*code});
        else
            fail();
        return;
    case FieldType::Multi: {
        std::int64_t mask = 0;
        std::size_t from = 0;
        while (from <= text.size()) {
            const std::size_t bar = std::min(text.find('|', from), text.size());
            const auto code = field.codeIndex(std::string_view(text).substr(from, bar - from));
            if (!code)
                fail();
            mask |= std::int64_t{1} << *code;
            from = bar + 1;
        }
        st.bind(index, mask);
        return;
    }
    }
}

} // namespace

IndicatorFixture::IndicatorFixture()
    : study_(Study::open(":memory:", true))
{
    study_->db().exec(
        "INSERT INTO imports(id, imported_at, program_version) VALUES (1, '2024-01-01T00:00:00Z', 'test')");
}

std::int64_t IndicatorFixture::addCase(const std::string& melddatum, const std::string& eindeFollowup,
                                       Fields fields)
{
    auto has = [&](const char* name) {
        return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; });
    };
    if (!has("casus_id"))
        fields.emplace_back("casus_id", "K" + std::to_string(rows_ + 1));
    if (!has("cohort"))
        fields.emplace_back("cohort", "C");
    fields.emplace_back("melddatum", melddatum);
    fields.emplace_back("einde_followup", eindeFollowup);
    return insert(TableKind::Casussen, "cases", fields, std::nullopt);
}

void IndicatorFixture::addTrajectory(std::int64_t caseId, const Fields& fields)
{
    insert(TableKind::Trajecten, "trajectories", fields, caseId);
}

void IndicatorFixture::addEvent(std::int64_t caseId, const std::string& datum, const Fields& fields)
{
    Fields all = fields;
    all.emplace_back("datum", datum);
    insert(TableKind::Gebeurtenissen, "events", all, caseId);
}

IndicatorSet IndicatorFixture::compute(const Selection& selection) const
{
    return IndicatorEngine(*study_).compute(selection);
}

// Column names are the codebook's (the schema uses them as they are); the values are bound.
std::int64_t IndicatorFixture::insert(TableKind kind, const std::string& sqlTable, const Fields& fields,
                                      std::optional<std::int64_t> caseId)
{
    const TableSpec& spec = Codebook::table(kind);
    std::string columns = "import_id, source_line";
    std::string params = "1, ?";
    if (caseId) {
        columns += ", case_id";
        params += ", ?";
    }
    for (const auto& [name, value] : fields) {
        columns += ", " + spec.field(name).name;
        params += ", ?";
    }
    Statement st = study_->db().prepare("INSERT INTO " + sqlTable + "(" + columns + ") VALUES (" + params + ")");
    int index = 1;
    st.bind(index++, ++rows_);
    if (caseId)
        st.bind(index++, *caseId);
    for (const auto& [name, value] : fields)
        bindValue(st, index++, spec.field(name), value);
    st.run();
    return study_->db().lastInsertRowId();
}

} // namespace km::test
