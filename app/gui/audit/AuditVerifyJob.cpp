// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/audit/AuditVerifyJob.h"

#include "store/Workspace.h"

namespace kw::gui {

AuditVerifyJob::AuditVerifyJob(QString workspacePath, QObject* parent)
    : WorkerJob(std::move(workspacePath), parent)
{}

AuditVerifyJob::~AuditVerifyJob() = default;

void AuditVerifyJob::doStart()
{
    startWork([this](Result<Workspace*> ws) {
        Result<AuditVerification> r = ws ? AuditLog(**ws).verify() : Result<AuditVerification>(ws.error());
        post([this, r] { m_result = r; });
    });
}

} // namespace kw::gui
