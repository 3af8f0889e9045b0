// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

namespace kw::gui {

// "Issued", "Revoked", ... for an action such as key.revoke; unknown actions are shown as stored.
QString actionLabel(const QString& action);
// One line saying what the event changed, from its details; never the whole JSON.
QString auditSummary(const AuditEvent& event);
// The event as stored: its action and details JSON, for a tooltip next to the readable text.
QString auditRawText(const AuditEvent& event);
// The actions the audit filter offers: prefixes first ("key."), then exact actions.
QStringList knownActions();

} // namespace kw::gui
