#include "app/cli/ArgumentParser.h"

#include <algorithm>
#include <charconv>

namespace km::cli {

namespace {

struct CommandSpec
{
    Command command;
    std::string_view name;
    std::vector<std::string_view> options;   // without the leading "--"
};

const std::vector<CommandSpec>& commandSpecs()
{
    static const std::vector<CommandSpec> specs{
        {Command::Import, "import", {"casussen", "trajecten", "gebeurtenissen", "mapping"}},
        {Command::Indicators, "indicators", {"cohort", "regio", "window-months", "format"}},
        {Command::Compare, "compare", {"cohort", "regio", "window-months", "format"}},
        {Command::Survival, "survival", {"soort", "cohort", "regio", "format"}},
        {Command::Report, "report", {"cohort", "regio", "window-months", "out", "lang", "min-cell", "round-counts", "no-suppression", "overwrite"}},
        {Command::Export, "export", {"cohort", "regio", "window-months", "out", "lang", "csv", "min-cell", "round-counts", "no-suppression", "overwrite"}},
        {Command::DeleteCohort, "delete-cohort", {"cohort"}},
    };
    return specs;
}

const CommandSpec* specOf(Command command)
{
    for (const CommandSpec& spec : commandSpecs())
        if (spec.command == command)
            return &spec;
    return nullptr;
}

bool isHelpFlag(std::string_view arg) { return arg == "--help" || arg == "-h"; }

// A single-valued option given twice is almost always a mistake in a script: say so.
std::string setOnce(std::optional<std::string>& field, std::string_view option, const std::string& value)
{
    if (field)
        return "--" + std::string(option) + " is meer dan eens opgegeven";
    field = value;
    return {};
}

std::string parseWindow(CliArguments& args, const std::string& value)
{
    int months = 0;
    const char* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, months);
    if (ec != std::errc() || ptr != end || months < 1 || months > 1200)
        return "--window-months verwacht een heel aantal maanden van 1 tot en met 1200, niet \"" + value + "\"";
    if (args.windowMonths)
        return "--window-months is meer dan eens opgegeven";
    args.windowMonths = months;
    return {};
}

std::string parseMinCell(CliArguments& args, const std::string& value)
{
    int n = 0;
    const char* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, n);
    if (ec != std::errc() || ptr != end || n < 1 || n > 1000)
        return "--min-cell verwacht een heel aantal van 1 tot en met 1000, niet \"" + value + "\" (geen afscherming: --no-suppression)";
    if (args.minCell)
        return "--min-cell is meer dan eens opgegeven";
    args.minCell = n;
    return {};
}

std::string parseRoundCounts(CliArguments& args, const std::string& value)
{
    int n = 0;
    const char* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, n);
    if (ec != std::errc() || ptr != end || n < 2 || n > 100)
        return "--round-counts verwacht een heel aantal van 2 tot en met 100 (bijvoorbeeld 5), niet \"" + value + "\"";
    if (args.roundCounts)
        return "--round-counts is meer dan eens opgegeven";
    args.roundCounts = n;
    return {};
}

std::string parseFormat(CliArguments& args, const std::string& value)
{
    if (value == "table")
        args.format = OutputFormat::Table;
    else if (value == "json")
        args.format = OutputFormat::Json;
    else if (value == "csv")
        args.format = OutputFormat::Csv;
    else
        return "--format verwacht table, json of csv, niet \"" + value + "\"";
    return {};
}

// Stores one option's value; returns a Dutch message when the value is not acceptable.
std::string assign(CliArguments& args, std::string_view option, const std::string& value)
{
    if (value.empty())
        return "--" + std::string(option) + " verwacht een waarde, maar die is leeg";
    if (option == "casussen")
        return setOnce(args.casussen, option, value);
    if (option == "trajecten")
        return setOnce(args.trajecten, option, value);
    if (option == "gebeurtenissen")
        return setOnce(args.gebeurtenissen, option, value);
    if (option == "mapping")
        return setOnce(args.mapping, option, value);
    if (option == "regio")
        return setOnce(args.regio, option, value);
    if (option == "cohort") {
        // Naming a cohort twice selects it once (and cannot make a comparison of two).
        if (std::find(args.cohorts.begin(), args.cohorts.end(), value) == args.cohorts.end())
            args.cohorts.push_back(value);
        return {};
    }
    if (option == "window-months")
        return parseWindow(args, value);
    if (option == "format")
        return parseFormat(args, value);
    if (option == "out")
        return setOnce(args.out, option, value);
    if (option == "min-cell")
        return parseMinCell(args, value);
    if (option == "round-counts")
        return parseRoundCounts(args, value);
    if (option == "lang") {
        if (value != "nl" && value != "en")
            return "--lang verwacht nl of en, niet \"" + value + "\"";
        args.lang = value;
        return {};
    }
    if (option == "csv") {
        if (value != "nl" && value != "int")
            return "--csv verwacht nl (puntkomma en decimale komma) of int (komma en decimale punt), niet \"" + value + "\"";
        return setOnce(args.csv, option, value);
    }
    if (value != "nieuw_geweld" && value != "nieuwe_zorgen")
        return "--soort verwacht nieuw_geweld of nieuwe_zorgen, niet \"" + value + "\"";
    return setOnce(args.soort, option, value);
}

bool endsWith(const std::string& text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string checkFigures(const CliArguments& args)
{
    if (!args.out)
        return args.command == Command::Report ? "--out is verplicht: het rapport, bijvoorbeeld --out rapport.pdf"
                                               : "--out is verplicht: de map voor de figuren, bijvoorbeeld --out figuren";
    if (args.minCell && args.noSuppression)
        return "--min-cell en --no-suppression gaan niet samen";
    if (args.roundCounts && args.noSuppression)
        return "--round-counts en --no-suppression gaan niet samen";
    if (args.command == Command::Report && !endsWith(*args.out, ".pdf") && !endsWith(*args.out, ".odt")
        && !endsWith(*args.out, ".html") && !endsWith(*args.out, ".htm"))
        return "--out verwacht een bestand op .pdf, .odt of .html, niet \"" + *args.out + "\"";
    return {};
}

std::string checkComplete(const CliArguments& args)
{
    switch (args.command) {
    case Command::Import:
        if (!args.studyPath)
            return "geef het studiebestand op, bijvoorbeeld: ketenmonitor-cli import studie.db --casussen casussen.csv";
        if (!args.casussen && args.inputFiles.empty())
            return "geef de casussen op: een werkboek (.xlsx, .ods) met een blad casussen, een bestand "
                   "casussen.csv of casussen.sav, of --casussen BESTAND";
        break;
    case Command::Compare:
        if (args.cohorts.size() != 2)
            return "compare vergelijkt precies twee cohorten: geef --cohort twee keer op";
        break;
    case Command::Survival:
        if (!args.soort)
            return "--soort is verplicht: nieuw_geweld of nieuwe_zorgen";
        break;
    case Command::Report:
    case Command::Export:
        return checkFigures(args);
    case Command::DeleteCohort:
        if (!args.studyPath)
            return "geef het studiebestand op, bijvoorbeeld: ketenmonitor-cli delete-cohort studie.db --cohort NAAM";
        if (args.cohorts.size() != 1)
            return "delete-cohort verwijdert precies één cohort: geef --cohort één keer op";
        break;
    default:
        break;
    }
    return {};
}

ParseResult parseCommand(Command command, const std::vector<std::string>& args)
{
    ParseResult result;
    CliArguments& parsed = result.arguments;
    parsed.command = command;
    if (std::any_of(args.begin() + 1, args.end(), [](const std::string& a) { return isHelpFlag(a); })) {
        parsed.help = true;
        return result;
    }
    const CommandSpec& spec = *specOf(command);
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("-", 0) != 0) {
            if (arg.empty())
                result.error = "een leeg argument is geen studiebestand";
            else if (parsed.studyPath && command == Command::Import)
                parsed.inputFiles.push_back(arg);
            else if (parsed.studyPath)
                result.error = "onverwacht argument \"" + arg + "\": er kan maar één studiebestand worden opgegeven";
            else
                parsed.studyPath = arg;
            if (!result.ok())
                return result;
            continue;
        }
        const std::size_t eq = arg.find('=');
        const std::string option = arg.rfind("--", 0) == 0 ? arg.substr(2, eq == std::string::npos ? eq : eq - 2) : "";
        if (std::find(spec.options.begin(), spec.options.end(), option) == spec.options.end()) {
            result.error = "onbekende optie " + arg.substr(0, eq) + " voor " + std::string(spec.name);
            return result;
        }
        if (option == "no-suppression" || option == "overwrite") {
            // Flags: unprotected output and replacing a study or a link must be chosen explicitly.
            if (eq != std::string::npos) {
                result.error = "--" + option + " heeft geen waarde";
                return result;
            }
            (option == "overwrite" ? parsed.overwrite : parsed.noSuppression) = true;
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
        } else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
            value = args[++i];
        } else {
            result.error = "--" + option + " verwacht een waarde";
            return result;
        }
        result.error = assign(parsed, option, value);
        if (!result.ok())
            return result;
    }
    result.error = checkComplete(parsed);
    return result;
}

} // namespace

Command ArgumentParser::commandByName(std::string_view name)
{
    for (const CommandSpec& spec : commandSpecs())
        if (spec.name == name)
            return spec.command;
    return Command::None;
}

std::string_view ArgumentParser::commandName(Command command)
{
    const CommandSpec* spec = specOf(command);
    return spec ? spec->name : std::string_view();
}

ParseResult ArgumentParser::parse(const std::vector<std::string>& args)
{
    ParseResult result;
    if (args.empty()) {
        result.error = "geen opdracht opgegeven";
        return result;
    }
    const std::string& first = args.front();
    if (isHelpFlag(first) || first == "help") {
        result.arguments.command = Command::Help;
        if (first == "help" && args.size() > 1 && commandByName(args[1]) != Command::None) {
            result.arguments.command = commandByName(args[1]);
            result.arguments.help = true;
        }
        return result;
    }
    if (first == "--version" || first == "-V") {
        result.arguments.command = Command::Version;
        return result;
    }
    const Command command = commandByName(first);
    if (command == Command::None) {
        result.error = first.rfind("-", 0) == 0 ? "onbekende optie " + first
                                                : "onbekende opdracht \"" + first + "\"";
        return result;
    }
    return parseCommand(command, args);
}

} // namespace km::cli
