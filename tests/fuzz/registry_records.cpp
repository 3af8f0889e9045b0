// SPDX-License-Identifier: GPL-3.0-or-later
// The registry record decoder (registry/Records): what another console, or anyone with write access
// to the registry, may have put under a key. A record that decodes must encode and decode again to
// the same record.
#include "FuzzSupport.h"
#include "registry/Records.h"

#include <QJsonDocument>

namespace {

QByteArray encode(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    if (Result<KeyRecord> key = keyFromRegistry(json)) {
        const QByteArray again = encode(registryRecord(*key));
        Result<KeyRecord> back = keyFromRegistry(again);
        if (!back || encode(registryRecord(*back)) != again) {
            qFatal("a decoded key record does not survive encoding");
        }
    }
    if (Result<Project> project = projectFromRegistry(json)) {
        const QByteArray again = encode(registryRecord(*project));
        Result<Project> back = projectFromRegistry(again);
        if (!back || encode(registryRecord(*back)) != again) {
            qFatal("a decoded project record does not survive encoding");
        }
    }
    if (Result<AuditEvent> event = auditFromRegistry(json)) {
        const QByteArray again = encode(registryRecord(*event));
        Result<AuditEvent> back = auditFromRegistry(again);
        if (!back || encode(registryRecord(*back)) != again) {
            qFatal("a decoded audit record does not survive encoding");
        }
    }
    return 0;
}
