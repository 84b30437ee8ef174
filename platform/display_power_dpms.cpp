#include "platform/display_power_dpms.h"

#include <xf86drm.h>
#include <xf86drmMode.h>

#include <cerrno>
#include <cstring>

namespace kiosk::platform {

std::unique_ptr<DpmsPower> DpmsPower::open(int drmFd, std::string* why) {
    auto fail = [why](const std::string& reason) {
        if (why) *why = reason;
        return nullptr;
    };
    if (drmFd < 0) return fail("no DRM device");
    drmModeRes* res = drmModeGetResources(drmFd);
    if (!res) return fail(std::string("not a KMS device: ") + std::strerror(errno));
    std::vector<Target> targets;
    for (int i = 0; i < res->count_connectors; ++i) {
        drmModeConnector* conn = drmModeGetConnector(drmFd, res->connectors[i]);
        if (!conn) continue;
        if (conn->connection == DRM_MODE_CONNECTED) {
            drmModeObjectProperties* props =
                drmModeObjectGetProperties(drmFd, conn->connector_id, DRM_MODE_OBJECT_CONNECTOR);
            for (std::uint32_t p = 0; props && p < props->count_props; ++p) {
                drmModePropertyRes* prop = drmModeGetProperty(drmFd, props->props[p]);
                if (prop && std::strcmp(prop->name, "DPMS") == 0)
                    targets.push_back({conn->connector_id, prop->prop_id});
                drmModeFreeProperty(prop);
            }
            drmModeFreeObjectProperties(props);
        }
        drmModeFreeConnector(conn);
    }
    drmModeFreeResources(res);
    if (targets.empty()) return fail("no connected connector with a DPMS property");
    return std::unique_ptr<DpmsPower>(new DpmsPower(drmFd, std::move(targets)));
}

bool DpmsPower::set(bool on) {
    std::uint64_t value = on ? DRM_MODE_DPMS_ON : DRM_MODE_DPMS_OFF;
    error_.clear();
    for (const auto& t : targets_) {
        if (drmModeConnectorSetProperty(fd_, t.connector, t.property, value) != 0)
            error_ = "connector " + std::to_string(t.connector) + ": " + std::strerror(errno);
    }
    return error_.empty();
}

}  // namespace kiosk::platform
