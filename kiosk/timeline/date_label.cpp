#include "kiosk/timeline/date_label.h"

namespace kiosk::timeline {

std::string formatDatePoint(const content::DatePoint& p) {
    return text::localeFormatFor("en").datePoint(p);
}

std::string formatDatePoint(const content::DatePoint& p, const text::LocaleFormat& format) {
    return format.datePoint(p);
}

std::string formatDateRange(const content::DateRange& r, const std::string& language) {
    return text::localeFormatFor(language).dateRange(r);
}

std::string formatDateRange(const content::DateRange& r, const text::LocaleFormat& format) {
    return format.dateRange(r);
}

}  // namespace kiosk::timeline
