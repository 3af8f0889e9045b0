// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/audit/AuditFormat.h"

#include "core/Time.h"
#include "gui/common/Format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kw::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::gui", text);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString timeOf(const QJsonValue& v)
{
    const std::optional<QDateTime> t = parseIsoTime(v.toString());
    return t ? dateTimeText(*t) : tr("never");
}

QString valueText(const QJsonValue& v)
{
    if (v.isString()) {
        const QString s = v.toString();
        // Times are stored as ISO in UTC; shown in local time like everywhere else.
        if (s.size() >= 20 && s.at(4) == u'-' && s.endsWith(u'Z')) {
            return timeOf(v);
        }
        return s.isEmpty() ? tr("(empty)") : s;
    }
    if (v.isArray()) {
        QStringList items;
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            items.append(item.toString());
        }
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    }
    if (v.isNull()) {
        return tr("never");
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString changesText(const QJsonObject& changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        const QJsonValue from = change.value(QLatin1String("from"));
        const QJsonValue to = change.value(QLatin1String("to"));
        if (from.isObject() || to.isObject()) {
            parts.append(it.key());
        } else {
            parts.append(QStringLiteral("%1: %2 → %3").arg(it.key(), valueText(from), valueText(to)));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString fieldsText(const QJsonObject& d)
{
    QStringList parts;
    for (auto it = d.begin(); it != d.end(); ++it) {
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value().isObject() ? tr("(changed)")
                                                                                  : valueText(it.value())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString auditRawText(const AuditEvent& event)
{
    return QStringLiteral("%1 %2").arg(
        event.action, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
}

QString actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("key.issue"), QT_TRANSLATE_NOOP("kw::gui", "Issued")},
        {QStringLiteral("key.rotate"), QT_TRANSLATE_NOOP("kw::gui", "Rotated")},
        {QStringLiteral("key.revoke"), QT_TRANSLATE_NOOP("kw::gui", "Revoked")},
        {QStringLiteral("key.edit"), QT_TRANSLATE_NOOP("kw::gui", "Edited")},
        {QStringLiteral("key.reveal"), QT_TRANSLATE_NOOP("kw::gui", "Revealed")},
        {QStringLiteral("project.create"), QT_TRANSLATE_NOOP("kw::gui", "Project created")},
        {QStringLiteral("project.edit"), QT_TRANSLATE_NOOP("kw::gui", "Project edited")},
        {QStringLiteral("key.import"), QT_TRANSLATE_NOOP("kw::gui", "Imported")},
        {QStringLiteral("registry.bind"), QT_TRANSLATE_NOOP("kw::gui", "Bound to registry")},
        {QStringLiteral("registry.unbind"), QT_TRANSLATE_NOOP("kw::gui", "Unbound from registry")},
        {QStringLiteral("registry.conflict"), QT_TRANSLATE_NOOP("kw::gui", "Registry conflict")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(*it);
}

QStringList knownActions()
{
    return {QStringLiteral("key."),
            QStringLiteral("key.issue"),
            QStringLiteral("key.import"),
            QStringLiteral("key.rotate"),
            QStringLiteral("key.revoke"),
            QStringLiteral("key.edit"),
            QStringLiteral("key.reveal"),
            QStringLiteral("project."),
            QStringLiteral("project.create"),
            QStringLiteral("project.edit"),
            QStringLiteral("registry."),
            QStringLiteral("registry.bind"),
            QStringLiteral("registry.unbind"),
            QStringLiteral("registry.conflict")};
}

QString auditSummary(const AuditEvent& e)
{
    const QJsonObject& d = e.details;
    if (e.action == QLatin1String("key.issue") || e.action == QLatin1String("key.import")) {
        QString text = QStringLiteral("%1 · %2 · %3 %4")
                           .arg(str(d, "name"), str(d, "env"), tr("expires"),
                                timeOf(d.value(QLatin1String("expires_at"))));
        if (d.contains(QLatin1String("rotated_from"))) {
            text += QStringLiteral(" · ") + tr("successor of %1").arg(str(d, "rotated_from"));
        }
        return text;
    }
    if (e.action == QLatin1String("key.rotate")) {
        return tr("successor %1, old key accepted until %2")
            .arg(str(d, "rotated_to"), timeOf(d.value(QLatin1String("grace_until"))));
    }
    if (e.action == QLatin1String("key.revoke")) {
        const std::optional<RevokeReason> reason = reasonFromName(str(d, "reason"));
        QString text = reason ? reasonLabel(*reason) : str(d, "reason");
        if (!str(d, "note").isEmpty()) {
            text += QStringLiteral(" — ") + str(d, "note");
        }
        if (d.value(QLatin1String("bulk")).toBool()) {
            text += QStringLiteral(" · ") + tr("bulk revoke");
        }
        return text;
    }
    if (e.action == QLatin1String("key.edit") || e.action == QLatin1String("project.edit")) {
        return changesText(d.value(QLatin1String("changes")).toObject());
    }
    if (e.action == QLatin1String("key.reveal")) {
        return tr("kept copy read from the OS keychain and shown");
    }
    if (e.action == QLatin1String("project.create")) {
        return QStringLiteral("%1 · %2 %3_").arg(str(d, "name"), tr("prefix"), str(d, "prefix"));
    }
    if (e.action == QLatin1String("registry.bind")) {
        return tr("Bound to registry profile %1").arg(str(d, "profile"));
    }
    if (e.action == QLatin1String("registry.unbind")) {
        QString text = tr("Unbound from registry profile %1").arg(str(d, "profile"));
        if (const int dropped = d.value(QLatin1String("unpushed_dropped")).toInt(); dropped > 0) {
            text += QStringLiteral(" · ") + tr("unpushed changes dropped: %1").arg(dropped);
        }
        return text;
    }
    if (e.action == QLatin1String("registry.conflict")) {
        return tr("Registry profile %1 and this workspace disagreed on: %2")
            .arg(str(d, "profile"),
                 d.value(QLatin1String("fields")).toObject().keys().join(QStringLiteral(", ")));
    }
    // An action this version does not know (e.g. written by a newer one): its fields, readable.
    return fieldsText(d);
}

} // namespace kw::gui
