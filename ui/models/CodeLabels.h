#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

/**
 * Readable names for the codebook's code values (`voortijdig_client` -> "stopped early by
 * the client"), in the program's language. Unknown codes are shown as written; an empty code
 * (unknown value) as "unknown".
 */
class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)

public:
    static QString aanbieder(const std::string& code);
    static QString doelgroep(const std::string& code);
    static QString afloop(const std::string& code);
    static QString risicofactor(const std::string& code);
    static QString soort(const std::string& code);
    static QString bekendBij(const std::string& code);
};
