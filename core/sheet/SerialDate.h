#pragma once

#include <string>

namespace km {

/**
 * Dates stored as numbers in workbooks: days since an origin, with the fraction as the time of
 * day. Excel's 1900 system counts 1900-02-29, which never existed (Lotus 1-2-3 compatibility),
 * so its serials before 61 are one day off from a plain count and serial 60 is no date at all.
 */
class SerialDate
{
public:
    /**
     * ISO text of the serial's date. `excel1900` applies Excel's leap-year quirk (serial 60 gives
     * "1900-02-29", which the importer rejects as it should); otherwise the serial counts days from
     * the origin (LibreOffice, Excel's 1904 system). Empty when the serial is not a plausible date.
     */
    static std::string isoText(double serial, int originYear, int originMonth, int originDay, bool excel1900);
};

} // namespace km
