#pragma once

namespace km {

/** The value types of the codebook's columns. */
enum class FieldType { Text, Date, Number, YesNo, Enum, Multi };

} // namespace km
