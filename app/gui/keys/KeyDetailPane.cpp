// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyDetailPane.h"

#include "gui/audit/AuditFormat.h"
#include "gui/common/Format.h"
#include "gui/common/StateStyle.h"
#include "gui/usage/UsageStyle.h"

#include <QEvent>
#include <QUrl>

namespace kw::gui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString keyLink(const QString& keyId)
{
    return QStringLiteral("<a href=\"key:%1\">%1</a>").arg(esc(keyId));
}

class HtmlTable
{
public:
    explicit HtmlTable(QString labelColor)
        : m_labelColor(std::move(labelColor))
    {}
    // value is HTML; callers escape what they put in.
    void row(const QString& label, const QString& value)
    {
        m_html += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px; white-space:nowrap\">%2</td>"
                                 "<td>%3</td></tr>")
                      .arg(m_labelColor, esc(label), value);
    }
    QString html() const
    {
        return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + m_html +
               QStringLiteral("</table>");
    }

private:
    QString m_labelColor;
    QString m_html;
};

// Design §3: the old key of a rotation is safe to revoke once imported logs show no use of it since.
QString revokeAdvice(const RevokeSafety& s, const QDateTime& now)
{
    switch (s.verdict) {
    case RevokeSafety::Verdict::NotRotated:
        return {};
    case RevokeSafety::Verdict::Safe:
        return QStringLiteral("<b>%1</b><br/>%2")
            .arg(esc(KeyDetailPane::tr("Safe to revoke")),
                 esc(KeyDetailPane::tr("no use in imported logs since the rotation (logs up to %1)")
                         .arg(dateTimeText(s.coveredUntil))));
    case RevokeSafety::Verdict::StillInUse:
        return QStringLiteral("<b>%1</b>")
            .arg(esc(KeyDetailPane::tr("Still in use: last seen %1 (%2)")
                         .arg(dateTimeText(s.lastSeen), relativeText(s.lastSeen, now))));
    case RevokeSafety::Verdict::NoEvidence:
        return esc(KeyDetailPane::tr("Not known yet: no imported log reaches past the rotation"));
    }
    return {};
}

} // namespace

KeyDetailPane::KeyDetailPane(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(240);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("key")) {
            Q_EMIT keyLinkActivated(url.path());
        }
    });
    showNothing();
}

KeyDetailPane::~KeyDetailPane() = default;

void KeyDetailPane::render(std::function<QString()> html)
{
    m_html = std::move(html);
    setHtml(m_html());
}

void KeyDetailPane::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_html) {
        setHtml(m_html());
    }
}

void KeyDetailPane::showNothing()
{
    m_keyId.clear();
    render([this] {
        return QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(palette().color(QPalette::PlaceholderText).name(),
                 esc(tr("Select a key to see its details, its "
                        "rotation chain and its audit trail.")));
    });
}

void KeyDetailPane::showSelectionCount(int count)
{
    m_keyId.clear();
    render([this, count] {
        return QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(esc(tr("%1 keys selected").arg(count)),
                 esc(tr("Revoke them together with Key → Revoke (Del); you will be asked to type the "
                        "project name.")));
    });
}

void KeyDetailPane::showKey(const KeyRecord& k, KeyState state, const QList<AuditEvent>& events,
                            const QDateTime& now, const RevokeSafety& safety, bool pendingPush,
                            const std::vector<UsageFinding>& findings)
{
    m_keyId = k.id;
    render([this, k, state, events, now, safety, pendingPush, findings] {
        const QPalette& pal = palette();
        const BadgeColors badge = badgeColors(state, pal);
        const QString muted = pal.color(QPalette::PlaceholderText).name();
        QString html = QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3>").arg(esc(k.name));
        html += QStringLiteral("<p><span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span></p>")
                    .arg(badge.background.name(), badge.foreground.name(), esc(stateLabel(state)));

        HtmlTable t(muted);
        if (pendingPush) {
            t.row(tr("Registry"), QStringLiteral("<span style=\"color:%1\">%2</span>")
                                      .arg(negativeText(pal).name(),
                                           esc(tr("not yet pushed: the gateways do not know this change"))));
        }
        t.row(tr("Key id"), QStringLiteral("<tt>%1</tt>").arg(esc(k.id)));
        t.row(tr("Hint"), QStringLiteral("<tt>%1</tt>").arg(esc(k.hint)));
        t.row(tr("Environment"), esc(envName(k.env).toString()));
        t.row(tr("Owner"), esc(k.owner.isEmpty() ? tr("—") : k.owner));
        t.row(tr("Scopes"), esc(listText(k.scopes, tr("any scope"))));
        t.row(tr("Models"), esc(listText(k.models, tr("any model"))));
        t.row(tr("Rate limits"), esc(tierText(k.tier)));
        t.row(tr("Created"), esc(tr("%1 by %2").arg(dateTimeText(k.createdAt), k.createdBy)));
        t.row(tr("Expires"), k.expiresAt.isValid()
                                 ? esc(QStringLiteral("%1 (%2)").arg(dateTimeText(k.expiresAt),
                                                                     relativeText(k.expiresAt, now)))
                                 : esc(tr("never")));
        t.row(tr("Last used"),
              esc(k.lastUsedAt.isValid() ? dateTimeText(k.lastUsedAt) : tr("not seen in imported logs")));
        t.row(tr("OS keychain"),
              esc(k.keptInKeychain ? tr("a copy is kept (can be revealed)") : tr("no copy")));
        if (!k.rotatedFrom.isEmpty()) {
            t.row(tr("Rotated from"), keyLink(k.rotatedFrom));
        }
        if (!k.rotatedTo.isEmpty()) {
            t.row(tr("Rotated to"), keyLink(k.rotatedTo));
            t.row(tr("Grace until"), esc(QStringLiteral("%1 (%2)").arg(dateTimeText(k.graceUntil),
                                                                       relativeText(k.graceUntil, now))));
            if (const QString advice = revokeAdvice(safety, now); !advice.isEmpty()) {
                t.row(tr("Revoke?"), advice);
            }
        }
        if (k.status == KeyStatus::Revoked) {
            QString revoked = tr("%1 by %2").arg(dateTimeText(k.revokedAt), k.revokedBy);
            if (k.revokeReason) {
                revoked += QStringLiteral(" — ") + reasonLabel(*k.revokeReason);
            }
            if (!k.revokeNote.isEmpty()) {
                revoked += QStringLiteral(": ") + k.revokeNote;
            }
            t.row(tr("Revoked"), esc(revoked));
        }
        if (!k.notes.isEmpty()) {
            t.row(tr("Notes"), esc(k.notes));
        }
        html += t.html();

        if (!findings.empty()) {
            html += QStringLiteral("<h4 style=\"margin-top:14px\">%1</h4>")
                        .arg(esc(tr("Findings in imported logs (%1)").arg(findings.size())));
            for (const UsageFinding& f : findings) {
                html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0\"><b>%1</b> "
                                       "<span style=\"color:%2\">%3</span><br/><tt>%4:%5</tt></p>")
                            .arg(esc(findingLabel(f.kind)), muted, esc(dateTimeText(f.at)), esc(f.filePath))
                            .arg(f.line);
            }
        }

        html += QStringLiteral("<h4 style=\"margin-top:14px\">%1</h4>")
                    .arg(esc(tr("Audit trail (%1)").arg(events.size())));
        // One block per event: the narrow pane has no room for a column per field.
        for (const AuditEvent& e : events) {
            html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0\"><b>%1</b> "
                                   "<span style=\"color:%2\">%3 · %4</span><br/>%5</p>")
                        .arg(esc(actionLabel(e.action)), muted, esc(dateTimeText(e.at)), esc(e.actor),
                             esc(auditSummary(e)));
        }
        return html;
    });
}

} // namespace kw::gui
