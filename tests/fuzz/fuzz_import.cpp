// libFuzzer target: arbitrary bytes through the CSV reader and the importer into an in-memory
// study. Any crash, hang, leak or sanitizer report is a bug; import errors are the expected
// outcome. The first byte picks which table the bytes are (so trajecten and gebeurtenissen
// are fuzzed with valid cases to refer to); built and run by tools/fuzz.sh.
#include "core/csv/CsvReader.h"
#include "core/db/Study.h"
#include "core/import/Importer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

const std::string casussen =
    "casus_id,cohort,regio,melddatum,einde_followup,geweldsgeschiedenis,afstemming\n"
    "C1,K,Alkmaar,2019-01-15,2021-01-15,ja,ja\n"
    "C2,K,,15-03-2019,15-03-2021,nee,\n";

// Reads every record, as any TableReader user would.
void readAll(const std::string& text)
{
    const auto reader = km::CsvReader::fromText(text, "fuzz.csv");
    km::TableRecord record;
    for (int i = 0; i < 100000 && reader->next(record); ++i) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // An empty in-memory text means "read the file at path": keep at least one byte.
    if (size < 2)
        return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    readAll(text);

    std::vector<km::ImportSource> sources;
    switch (data[0] % 3) {
    case 0:
        sources.push_back({km::TableKind::Casussen, "casussen.csv", text, {}});
        break;
    case 1:
        sources.push_back({km::TableKind::Casussen, "casussen.csv", casussen, {}});
        sources.push_back({km::TableKind::Trajecten, "trajecten.csv", text, {}});
        break;
    default:
        sources.push_back({km::TableKind::Casussen, "casussen.csv", casussen, {}});
        sources.push_back({km::TableKind::Gebeurtenissen, "gebeurtenissen.csv", text, {}});
        break;
    }
    // One study for the whole run (creating the schema per input would dominate the time);
    // emptied after each input so that every input starts from the same state.
    static const auto study = km::Study::open(":memory:", true);
    km::Importer(*study).run(sources);
    study->db().exec("DELETE FROM cases; DELETE FROM imports; DELETE FROM audit_events");
    return 0;
}
