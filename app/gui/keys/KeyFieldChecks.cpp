// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyFieldChecks.h"

#include <QCoreApplication>

namespace kw::gui {

namespace {

constexpr int MaxLength = 200; // as applyPolicy

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::gui", text);
}

} // namespace

QString keyNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return tr("A key needs a name, such as the service or app that will use it.");
    }
    if (name.trimmed().size() > MaxLength) {
        return tr("At most 200 characters.");
    }
    return {};
}

QString keyOwnerProblem(const QString& owner)
{
    return owner.trimmed().size() > MaxLength ? tr("At most 200 characters.") : QString();
}

} // namespace kw::gui
