#pragma once
// How a date reads on a card or a label: at the precision the content gave, never more
// precise, with "c." (date.approximate) for approximate ends. A display override in the
// content wins. The forms per language are text::LocaleFormat's (ICU and CLDR).
#include <string>

#include "kiosk/content/model.h"
#include "kiosk/text/locale_format.h"

namespace kiosk::timeline {

// English: "15 February 2021", "spring 2021", "c. February 2021".
std::string formatDatePoint(const content::DatePoint& point);
std::string formatDatePoint(const content::DatePoint& point, const text::LocaleFormat& format);
// "8–9 February 2021", "February – March 2021", "c. early 2021" (override), ...; `language`
// picks the shared formatter (text::localeFormatFor).
std::string formatDateRange(const content::DateRange& range, const std::string& language);
std::string formatDateRange(const content::DateRange& range, const text::LocaleFormat& format);

}  // namespace kiosk::timeline
