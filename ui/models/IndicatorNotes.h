#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

/**
 * What the figures of an indicator group mean, in the reader's language: which cases are
 * counted and out of what (the codebook's numerators and denominators), shown under each
 * group's table so a reader never has to guess the base of a percentage.
 */
class IndicatorNotes
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorNotes)

public:
    /** The note for a group ("recidive"); empty for an unknown group. */
    static QString forGroup(const std::string& group);
};
