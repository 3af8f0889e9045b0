// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <chrono>

namespace kw::gui {

// Puts a secret on the clipboard and takes it off again after a delay, unless the clipboard has
// been given something else meanwhile. Lives on after the dialog that copied closes (parented to
// the application), deletes itself when done, and wipes at quit if its time has not come yet.
class ClipboardWiper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardWiper)

public:
    static void copy(const QString& secret, std::chrono::milliseconds delay);
    ~ClipboardWiper() override;

private:
    ClipboardWiper(QString secret, std::chrono::milliseconds delay);
    void wipe();

    QString m_secret;
};

} // namespace kw::gui
