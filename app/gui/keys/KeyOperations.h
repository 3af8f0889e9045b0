// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Lifecycle.h"
#include "core/Types.h"
#include "store/Inventory.h"

#include <QObject>
#include <functional>

namespace kw {
class SecretStore;
}

namespace kw::gui {

// The key changes the console makes, with the OS keychain where one is involved. Issue and rotate
// are two-phase: the secret goes into the keychain first and the key is committed only when the
// keychain took it, so a keychain failure leaves nothing behind; a commit that then fails removes
// the entry again. Results arrive as signals because the keychain answers asynchronously.
class KeyOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyOperations)

public:
    enum class SecretKind
    {
        Issued,
        Rotated,
        Revealed
    };
    Q_ENUM(SecretKind)

    KeyOperations(Inventory& inventory, SecretStore& secrets, QObject* parent = nullptr);
    ~KeyOperations() override;

    void issue(const IssueRequest& request);
    void rotate(const QString& keyId, qint64 graceSeconds);
    void reveal(const QString& keyId);
    void revoke(const QString& projectId, const QStringList& keyIds, RevokeReason reason,
                const QString& note);
    void edit(const QString& keyId, const KeyEdit& edit);

    // A keychain job is under way; the console takes no other key change meanwhile.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Fresh copies of keys that changed (issued, rotated, revoked, edited).
    void keysChanged(const QList<kw::KeyRecord>& keys);
    // A secret to show once: a new key, a successor, or a kept copy read back from the keychain.
    void secretReady(const kw::KeyRecord& key, const QString& secret,
                     kw::gui::KeyOperations::SecretKind kind);
    void failed(const QString& message);
    // A change that shows no secret went through: "Revoked 3 keys."
    void succeeded(const QString& message);
    void busyChanged(bool busy);

private:
    // Stores the secret in the keychain when `keep`, then commits; see the class comment.
    // `outcome` says what did not happen when the keychain refuses: "Nothing was issued".
    void keepThenCommit(bool keep, const QString& keyId, const QString& secret, const QString& outcome,
                        const std::function<bool()>& commit);
    void removeEntry(const QString& keyId);
    void setBusy(bool busy);

    Inventory& m_inventory;
    SecretStore& m_secrets;
    bool m_busy = false;
};

} // namespace kw::gui
