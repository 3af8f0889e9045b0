// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/WorkerJob.h"
#include "store/AuditLog.h"

#include <optional>

namespace kw::gui {

// Verifies a workspace's audit chain off the GUI thread, so a broken chain is reported the moment
// a workspace opens without holding the window up.
class AuditVerifyJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditVerifyJob)

public:
    explicit AuditVerifyJob(QString workspacePath, QObject* parent = nullptr);
    ~AuditVerifyJob() override;

    // Set when finished() is emitted.
    const std::optional<Result<AuditVerification>>& result() const { return m_result; }

private:
    void doStart() override;

    std::optional<Result<AuditVerification>> m_result;
};

} // namespace kw::gui
