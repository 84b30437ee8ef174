#include "platform/service_notify.h"

namespace kiosk::platform {

// Placeholder until libsystemd is linked: behaves as outside systemd.
ServiceNotifier::ServiceNotifier() = default;
void ServiceNotifier::ready() {}
void ServiceNotifier::heartbeat() {}
void ServiceNotifier::status(const std::string&) {}
void ServiceNotifier::stopping() {}

}  // namespace kiosk::platform
