#include "app/cli/FormattedOutput.h"

#include "app/cli/StudyAccess.h"

#include <ostream>

namespace km::cli {

void FormattedOutput::write(const CliArguments& args, std::ostream& out) const
{
    switch (args.format) {
    case OutputFormat::Json:
        out << json();
        break;
    case OutputFormat::Csv:
        out << csv();
        break;
    case OutputFormat::Table:
        out << StudyAccess::demoNote(args) << table();
        break;
    }
}

} // namespace km::cli
