#include "core/db/Schema.h"

#include "core/codebook/Codebook.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"

#include <string>

namespace km {

namespace {

// Version 1. Dates are day numbers since 1970-01-01, enumerations the index of their code in
// the codebook, multi-value fields a bit mask over the codebook's codes, yes/no 0/1, and NULL is
// "unknown". The `codes` table and the *_leesbaar views make the file readable without this
// program (DB Browser, the sqlite3 shell, R).
constexpr const char* schemaV1 = R"sql(
CREATE TABLE study_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE imports(
  id INTEGER PRIMARY KEY,
  imported_at TEXT NOT NULL,
  program_version TEXT NOT NULL
);
CREATE TABLE import_files(
  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  encoding TEXT NOT NULL,
  rows INTEGER NOT NULL
);

-- Audit trail of what was done with the data besides imports (which the two tables above log):
-- deleting a cohort, exporting. `suppressed`: whether small numbers were hidden (NULL: n/a).
CREATE TABLE audit_events(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  program_version TEXT NOT NULL,
  files TEXT NOT NULL,
  selection TEXT NOT NULL,
  suppressed INTEGER,
  details TEXT NOT NULL
);

CREATE TABLE cases(
  id INTEGER PRIMARY KEY,
  casus_id TEXT NOT NULL UNIQUE,
  cohort TEXT NOT NULL,
  regio TEXT,
  melddatum INTEGER NOT NULL,
  einde_followup INTEGER NOT NULL CHECK (einde_followup >= melddatum),
  minderjarigen INTEGER,
  richting INTEGER,
  aard INTEGER,
  vt_eerder_betrokken INTEGER,
  geweldsgeschiedenis INTEGER,
  geschiedenis_jaren REAL,
  datum_overdracht INTEGER,
  casusregie INTEGER,
  afstemming INTEGER,
  veiligheidsplan INTEGER,
  hulpverleningsplan INTEGER,
  herstelplan INTEGER,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  source_line INTEGER NOT NULL
);
CREATE INDEX cases_cohort ON cases(cohort, regio);

CREATE TABLE trajectories(
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  aanbieder INTEGER,
  doelgroep INTEGER,
  startdatum INTEGER,
  einddatum INTEGER,
  afloop INTEGER,
  risicofactoren INTEGER,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  source_line INTEGER NOT NULL
);
-- The case indexes also cover the columns the indicator scans read, so reading a study in case
-- order never jumps into the table (rows are stored in import order, not case order).
CREATE INDEX trajectories_case ON trajectories(case_id, startdatum, afloop, risicofactoren);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  datum INTEGER NOT NULL,
  soort INTEGER,
  bekend_bij INTEGER,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  source_line INTEGER NOT NULL
);
CREATE INDEX events_case ON events(case_id, datum, soort, bekend_bij);

CREATE TABLE case_extra(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  column_name TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX case_extra_case ON case_extra(case_id);
CREATE TABLE trajectory_extra(
  trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
  column_name TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX trajectory_extra_trajectory ON trajectory_extra(trajectory_id);
CREATE TABLE event_extra(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  column_name TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX event_extra_event ON event_extra(event_id);

CREATE TABLE codes(
  table_name TEXT NOT NULL, field TEXT NOT NULL, code INTEGER NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (table_name, field, code));

-- One row per (case, field, value) of the multi-value fields, decoded from the bit masks.
CREATE VIEW multi_values AS
  SELECT 'casussen' AS table_name, c.id AS row_id, k.field, k.value
    FROM cases c JOIN codes k ON k.table_name = 'casussen'
     AND ((k.field = 'richting' AND c.richting & (1 << k.code))
       OR (k.field = 'aard' AND c.aard & (1 << k.code)))
  UNION ALL
  SELECT 'trajecten', t.id, k.field, k.value
    FROM trajectories t JOIN codes k ON k.table_name = 'trajecten'
     AND k.field = 'risicofactoren' AND t.risicofactoren & (1 << k.code);
)sql";

// Version 2: the audit trail says who did it (the OS login name, see LoginName). Rows written
// before version 2 keep NULL there: nobody knows who made them.
constexpr const char* stepV2 = R"sql(
ALTER TABLE imports ADD COLUMN user TEXT;
ALTER TABLE audit_events ADD COLUMN user TEXT;
)sql";

std::string codeLookup(const std::string& table, const std::string& field, const std::string& column)
{
    return "(SELECT value FROM codes WHERE table_name = '" + table + "' AND field = '" + field
        + "' AND code = " + column + ")";
}

std::string dateText(const std::string& column)
{
    return "date(" + column + " * 86400, 'unixepoch')";
}

// Readable views: every column decoded the way the codebook writes it.
std::string readableViews()
{
    std::string sql;
    for (TableKind kind : Codebook::tables()) {
        const TableSpec& spec = Codebook::table(kind);
        const std::string source = kind == TableKind::Casussen ? "cases"
            : kind == TableKind::Trajecten                      ? "trajectories"
                                                                 : "events";
        std::string select;
        for (const FieldSpec& f : spec.fields) {
            if (!select.empty())
                select += ", ";
            const std::string col = "x." + f.name;
            if (f.name == "casus_id" && kind != TableKind::Casussen) {
                select += "c.casus_id";
            } else if (f.type == FieldType::Date) {
                select += dateText(col);
            } else if (f.type == FieldType::YesNo) {
                select += "CASE " + col + " WHEN 1 THEN 'ja' WHEN 0 THEN 'nee' END";
            } else if (f.type == FieldType::Enum) {
                select += codeLookup(spec.name, f.name, col);
            } else if (f.type == FieldType::Multi) {
                select += "(SELECT group_concat(value, '|') FROM (SELECT value FROM codes WHERE table_name = '"
                    + spec.name + "' AND field = '" + f.name + "' AND " + col
                    + " & (1 << code) ORDER BY code))";
            } else {
                select += col;
            }
            select += " AS " + f.name;
        }
        const std::string join = kind == TableKind::Casussen ? "" : " JOIN cases c ON c.id = x.case_id";
        sql += "CREATE VIEW " + spec.name + "_leesbaar AS SELECT " + select + " FROM " + source
            + " x" + join + ";\n";
    }
    return sql;
}

void fillCodes(Database& db)
{
    Statement insert = db.prepare("INSERT INTO codes(table_name, field, code, value) VALUES (?, ?, ?, ?)");
    for (TableKind kind : Codebook::tables()) {
        const TableSpec& spec = Codebook::table(kind);
        for (const FieldSpec& f : spec.fields) {
            for (std::size_t i = 0; i < f.values.size(); ++i) {
                insert.bind(1, std::string_view(spec.name))
                    .bind(2, std::string_view(f.name))
                    .bind(3, static_cast<std::int64_t>(i))
                    .bind(4, std::string_view(f.values[i]));
                insert.run();
            }
        }
    }
}

} // namespace

int Schema::checkVersion(const Database& db)
{
    const int version = db.userVersion();
    if (version > currentVersion)
        throw DatabaseError{"Het studiebestand heeft schemaversie " + std::to_string(version)
            + ", deze versie van Ketenmonitor kent tot en met versie " + std::to_string(currentVersion)
            + ". Open het met een nieuwere Ketenmonitor."};
    return version;
}

void Schema::upgrade(Database& db, int from)
{
    // A new file takes the same steps as an old one: version 1 as it was written, then each change.
    if (from < 1) {
        db.exec(schemaV1);
        db.exec(readableViews());
        fillCodes(db);
    }
    if (from < 2)
        db.exec(stepV2);
    db.exec("PRAGMA user_version = " + std::to_string(currentVersion));
}

} // namespace km
