#include "core/util/ValueParser.h"

#include <catch2/catch.hpp>

using km::ValueParser;

// Expected values are the decimal numbers written in the input; comparisons use Approx only
// where the binary value differs from the decimal one.

TEST_CASE("number accepts point or comma as the decimal separator", "[value]")
{
    CHECK(ValueParser::number("2.5") == 2.5);
    CHECK(ValueParser::number("2,5") == 2.5);
    CHECK(ValueParser::number("-1") == -1.0);
    CHECK(ValueParser::number("0") == 0.0);
    CHECK(ValueParser::number("7") == 7.0);
    CHECK(ValueParser::number("-3,25") == -3.25);
    CHECK(ValueParser::number("0,1") == Approx(0.1));
    CHECK(ValueParser::number("007") == 7.0);
    CHECK(ValueParser::number("1.234") == Approx(1.234));   // one separator is always decimal
    CHECK(ValueParser::number("1,234") == Approx(1.234));
    CHECK(ValueParser::number(" 3 ") == 3.0);
    CHECK(ValueParser::number("\t12,5\r") == 12.5);
}

TEST_CASE("number rejects grouping, exponents and junk", "[value]")
{
    CHECK_FALSE(ValueParser::number(""));
    CHECK_FALSE(ValueParser::number("  "));
    CHECK_FALSE(ValueParser::number("1.234,5"));
    CHECK_FALSE(ValueParser::number("1,234.5"));
    CHECK_FALSE(ValueParser::number("1.234.567"));
    CHECK_FALSE(ValueParser::number("1,234,567"));
    CHECK_FALSE(ValueParser::number("1e3"));
    CHECK_FALSE(ValueParser::number("1E3"));
    CHECK_FALSE(ValueParser::number("2."));        // digits required after the separator
    CHECK_FALSE(ValueParser::number(".5"));        // and before it (documented choice)
    CHECK_FALSE(ValueParser::number(",5"));
    CHECK_FALSE(ValueParser::number("-"));
    CHECK_FALSE(ValueParser::number("-.5"));
    CHECK_FALSE(ValueParser::number("+1"));
    CHECK_FALSE(ValueParser::number("--1"));
    CHECK_FALSE(ValueParser::number("1 000"));
    CHECK_FALSE(ValueParser::number("- 1"));
    CHECK_FALSE(ValueParser::number("3 jaar"));
    CHECK_FALSE(ValueParser::number("inf"));
    CHECK_FALSE(ValueParser::number("nan"));
    CHECK_FALSE(ValueParser::number("0x10"));
    CHECK_FALSE(ValueParser::number("onbekend"));
}

TEST_CASE("yesNo accepts the codebook's words in any case", "[value]")
{
    for (const char* word : {"ja", "JA", "Ja", "j", "J", "1", "true", "TRUE", "yes", "Yes", " ja "})
        CHECK(ValueParser::yesNo(word) == true);
    for (const char* word : {"nee", "NEE", "n", "N", "0", "false", "False", "no", "NO", "\tnee\r"})
        CHECK(ValueParser::yesNo(word) == false);
    for (const char* word : {"", " ", "jaa", "y", "nein", "2", "onbekend", "j a", "-1", "1.0"})
        CHECK_FALSE(ValueParser::yesNo(word).has_value());
}

TEST_CASE("trim removes surrounding ASCII whitespace only", "[value]")
{
    CHECK(ValueParser::trim("  a b \t\r\n") == "a b");
    CHECK(ValueParser::trim("") == "");
    CHECK(ValueParser::trim(" \t ") == "");
    CHECK(ValueParser::trim("x") == "x");
    CHECK(ValueParser::trim("\xC2\xA0x") == "\xC2\xA0x");   // a no-break space is not ASCII
}

TEST_CASE("lower changes ASCII letters only", "[value]")
{
    CHECK(ValueParser::lower("Casus_ID") == "casus_id");
    CHECK(ValueParser::lower("MELDDATUM 2019") == "melddatum 2019");
    CHECK(ValueParser::lower("\xC3\x89N") == "\xC3\x89n");   // "ÉN": the É (UTF-8) is left as is
}
