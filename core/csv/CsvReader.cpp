#include "core/csv/CsvReader.h"

#include "core/csv/ByteSource.h"
#include "core/csv/DelimiterDetector.h"
#include "core/csv/Utf8Validator.h"
#include "core/csv/Windows1252.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace km {

namespace {

constexpr std::size_t blockSize = std::size_t(1) << 20;
constexpr std::size_t minBlockSize = 4096;
constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

// Bytes that end a scan inside a field; every other byte is copied in bulk.
using StopTable = std::array<bool, 256>;

StopTable stopTable(std::initializer_list<char> stops)
{
    StopTable table{};
    for (char c : stops)
        table[static_cast<unsigned char>(c)] = true;
    return table;
}

enum class FieldEnd { Delimiter, LineEnd, EndOfInput, TooLong, Problem };

// A column name is a word or a few; one longer than this is no header, and reading it whole
// (a 100 MB "name") would only cost memory before failing anyway.
constexpr std::size_t maxHeaderFieldBytes = 1000;

constexpr std::size_t unlimited = static_cast<std::size_t>(-1);

// UTF-16 text has a byte-order mark or, for the ASCII a CSV header is made of, a NUL byte
// beside every character.
bool looksLikeUtf16(std::string_view start)
{
    if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF"))
        return true;
    const std::size_t pairs = std::min<std::size_t>(start.size() / 2, 64);
    std::size_t evenNuls = 0;
    std::size_t oddNuls = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        evenNuls += start[2 * i] == '\0' && start[2 * i + 1] != '\0';
        oddNuls += start[2 * i + 1] == '\0' && start[2 * i] != '\0';
    }
    return pairs >= 2 && std::max(evenNuls, oddNuls) * 4 >= pairs * 3;
}

} // namespace

/**
 * The reader's state: the byte source, the current block (decoded to UTF-8 when the input is
 * Windows-1252) and the position in it. Parsing reads the block in place and copies field text
 * in runs into the caller's reused strings, so a record costs no allocations once warmed up.
 */
struct CsvReader::Impl
{
    // A small input (a test, the demo study) gets a block of its own size, not a whole MiB.
    Impl(std::string sourceName, ByteSource input)
        : name(std::move(sourceName)), source(std::move(input)),
          raw(static_cast<std::size_t>(std::clamp<std::uint64_t>(source.size(), minBlockSize, blockSize)))
    {
    }

    std::string name;
    ByteSource source;
    std::vector<char> raw;
    std::string decoded;
    const char* blockBegin = nullptr;
    const char* cur = nullptr;
    const char* end = nullptr;
    std::uint64_t rawBefore = 0;       // input bytes of the blocks before the current one
    std::size_t rawBlockBytes = 0;     // input bytes of the current block

    bool windows1252 = false;
    char delimiter = ',';
    StopTable unquotedStops{};
    StopTable quotedStops = stopTable({'"', '\r', '\n', '\0'});
    std::size_t line = 1;
    std::size_t fieldLimit = unlimited;   // bytes per field; only the header line has a limit
    std::vector<std::string> header;
    std::optional<ReadProblem> problem;
    std::vector<std::string> notes;

    void start();
    bool checkEncodingAndDelimiter();
    bool fill();
    int peek();
    bool readRecord(TableRecord& record);
    FieldEnd readUnquoted(std::string& field);
    FieldEnd readQuoted(std::string& field);
    FieldEnd endField();
    void consumeLineEnd();
    void fail(std::size_t atLine, std::string message);
};

void CsvReader::Impl::fail(std::size_t atLine, std::string message)
{
    if (!problem)
        problem = ReadProblem{atLine, std::move(message)};
}

void CsvReader::Impl::start()
{
    if (!source.isOpen()) {
        fail(0, "het bestand kan niet worden geopend");
        return;
    }
    if (!checkEncodingAndDelimiter())
        return;
    TableRecord first;
    fieldLimit = maxHeaderFieldBytes;
    const bool read = readRecord(first);
    fieldLimit = unlimited;
    if (read)
        header = std::move(first.fields);
    else
        fail(0, "het bestand is leeg: verwacht een kopregel met kolomnamen");
}

// The first pass: whether the whole input is UTF-8 can only be known at its end, and the
// decoding must be fixed before the first field is returned. Reading a file twice is cheap next
// to importing it, and keeps memory flat; the pass stops early once the input has proved not
// to be UTF-8 and the header line has been seen.
bool CsvReader::Impl::checkEncodingAndDelimiter()
{
    Utf8Validator utf8;
    DelimiterDetector detector;
    bool firstBlock = true;
    while (const std::size_t n = source.read(raw.data(), raw.size())) {
        std::string_view block(raw.data(), n);
        if (firstBlock && looksLikeUtf16(block)) {
            fail(1, "het bestand is UTF-16-tekst, geen UTF-8; sla het op als CSV in UTF-8 (Excel: Opslaan als, "
                    "CSV UTF-8 (door komma's gescheiden); LibreOffice: tekenset Unicode (UTF-8))");
            return false;
        }
        if (firstBlock && block.starts_with(byteOrderMark))
            block.remove_prefix(byteOrderMark.size());
        firstBlock = false;
        utf8.feed(block);
        detector.feed(block);
        if (!utf8.valid() && detector.done())
            break;
    }
    if (source.failed() || !source.rewind()) {
        fail(0, "het bestand kan niet worden gelezen (leesfout)");
        return false;
    }
    windows1252 = !utf8.finish();
    if (windows1252)
        notes.push_back(name + " is geen geldige UTF-8 en is gelezen als Windows-1252.");
    delimiter = detector.delimiter();
    unquotedStops = stopTable({delimiter, '\r', '\n', '\0'});
    return true;
}

bool CsvReader::Impl::fill()
{
    const bool atStart = rawBefore == 0 && rawBlockBytes == 0;
    rawBefore += rawBlockBytes;
    rawBlockBytes = source.read(raw.data(), raw.size());
    if (rawBlockBytes == 0) {
        blockBegin = cur = end = nullptr;
        if (source.failed())
            fail(line, "het bestand kan niet verder worden gelezen (leesfout)");
        return false;
    }
    std::string_view block(raw.data(), rawBlockBytes);
    if (atStart && block.starts_with(byteOrderMark))
        block.remove_prefix(byteOrderMark.size());
    if (windows1252) {
        decoded.clear();
        Windows1252::appendAsUtf8(block, decoded);
        block = decoded;
    }
    blockBegin = cur = block.data();
    end = cur + block.size();
    return cur != end || fill();
}

int CsvReader::Impl::peek()
{
    if (cur == end && !fill())
        return -1;
    return static_cast<unsigned char>(*cur);
}

// LF, CRLF and a lone CR (old Mac Excel) each end one physical line.
void CsvReader::Impl::consumeLineEnd()
{
    if (*cur++ == '\r' && peek() == '\n')
        ++cur;
    ++line;
}

bool CsvReader::Impl::readRecord(TableRecord& record)
{
    if (problem)
        return false;
    // Completely empty lines are no records, but they are lines.
    for (int c = peek(); c == '\n' || c == '\r'; c = peek())
        consumeLineEnd();
    if (peek() < 0)
        return false;

    record.line = line;
    std::size_t count = 0;
    for (;;) {
        if (count == record.fields.size())
            record.fields.emplace_back();
        std::string& field = record.fields[count++];
        field.clear();
        const FieldEnd fieldEnd = peek() == '"' ? readQuoted(field) : readUnquoted(field);
        if (fieldEnd == FieldEnd::TooLong) {
            fail(line, "kolom " + std::to_string(count) + ": de kolomnaam is langer dan "
                           + std::to_string(maxHeaderFieldBytes) + " bytes; verwacht een kopregel met korte kolomnamen");
            field.clear();
            return false;
        }
        if (fieldEnd == FieldEnd::Problem)
            return false;
        if (fieldEnd != FieldEnd::Delimiter)
            break;
    }
    record.fields.resize(count);
    return !problem;
}

// A quote inside an unquoted field (`5" scherm`) is kept as text: RFC 4180 forbids it, but
// rejecting it would help nobody, and the field's boundaries are still unambiguous.
FieldEnd CsvReader::Impl::readUnquoted(std::string& field)
{
    for (;;) {
        const char* p = cur;
        while (p != end && !unquotedStops[static_cast<unsigned char>(*p)])
            ++p;
        field.append(cur, p);
        cur = p;
        if (field.size() > fieldLimit)
            return FieldEnd::TooLong;
        if (cur != end)
            return endField();
        if (!fill())
            return FieldEnd::EndOfInput;
    }
}

// A line break inside quotes is stored as "\n" whatever the file used, so a text value does not
// depend on the platform that wrote the file.
FieldEnd CsvReader::Impl::readQuoted(std::string& field)
{
    const std::size_t startLine = line;
    ++cur;
    for (;;) {
        const char* p = cur;
        while (p != end && !quotedStops[static_cast<unsigned char>(*p)])
            ++p;
        field.append(cur, p);
        cur = p;
        if (field.size() > fieldLimit)
            return FieldEnd::TooLong;
        if (cur == end) {
            if (fill())
                continue;
            fail(startLine, "veld tussen aanhalingstekens is niet afgesloten");
            return FieldEnd::Problem;
        }
        switch (*cur) {
        case '"':
            ++cur;
            if (peek() != '"')
                return endField();
            ++cur;
            field += '"';
            break;
        case '\0':
            return endField();
        default:
            consumeLineEnd();
            field += '\n';
        }
    }
}

// At the byte after a field: a delimiter, a line end, the end of input, or a problem.
FieldEnd CsvReader::Impl::endField()
{
    const int c = peek();
    if (c < 0)
        return FieldEnd::EndOfInput;
    if (c == delimiter) {
        ++cur;
        return FieldEnd::Delimiter;
    }
    if (c == '\n' || c == '\r') {
        consumeLineEnd();
        return FieldEnd::LineEnd;
    }
    if (c == '\0')
        fail(line, "het bestand bevat binaire gegevens (NUL-byte); verwacht een CSV-tekstbestand");
    else
        fail(line, std::string("tekst na het afsluitende aanhalingsteken; verwacht een scheidingsteken (")
                       + delimiter + ") of het einde van de regel");
    return FieldEnd::Problem;
}

CsvReader::CsvReader(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

CsvReader::~CsvReader() = default;

std::unique_ptr<CsvReader> CsvReader::openFile(const std::string& path)
{
    auto impl = std::make_unique<Impl>(path, ByteSource::file(path));
    impl->start();
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl)));
}

std::unique_ptr<CsvReader> CsvReader::fromText(std::string_view text, std::string name)
{
    auto impl = std::make_unique<Impl>(std::move(name), ByteSource::memory(std::string(text)));
    impl->start();
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(impl)));
}

std::string CsvReader::sourceName() const
{
    return d->name;
}

const std::vector<std::string>& CsvReader::header() const
{
    return d->header;
}

// An empty header cell would make an empty label in an error message; name it by position.
std::string CsvReader::columnLabel(std::size_t index) const
{
    if (index < d->header.size() && !d->header[index].empty())
        return d->header[index];
    return "kolom " + std::to_string(index + 1);
}

bool CsvReader::next(TableRecord& record)
{
    return d->readRecord(record);
}

std::optional<ReadProblem> CsvReader::problem() const
{
    return d->problem;
}

std::vector<std::string> CsvReader::notes() const
{
    return d->notes;
}

double CsvReader::progress() const
{
    const std::uint64_t total = d->source.size();
    if (total == 0)
        return 1.0;
    double consumed = static_cast<double>(d->rawBefore);
    if (d->end != d->blockBegin)
        consumed += static_cast<double>(d->rawBlockBytes) * static_cast<double>(d->cur - d->blockBegin)
                  / static_cast<double>(d->end - d->blockBegin);
    else
        consumed += static_cast<double>(d->rawBlockBytes);
    return std::min(1.0, consumed / static_cast<double>(total));
}

char CsvReader::delimiter() const
{
    return d->delimiter;
}

std::string CsvReader::encoding() const
{
    return d->windows1252 ? "Windows-1252" : "UTF-8";
}

} // namespace km
