// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Time.h"
#include "gui/common/WorkerJob.h"
#include "reports/KeyImport.h"

#include <optional>

namespace kw::gui {

// Project → Import Keys… off the GUI thread (WorkerJob): reads
// and checks the file and adds the keys in one transaction on its own connection. A cancel rolls
// the transaction back, so nothing is imported.
class KeyImportJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyImportJob)

public:
    // actor and clock: the Inventory's the import acts as.
    KeyImportJob(QString workspacePath, QString actor, Clock clock, QString file, KeyImportOptions options,
                 QObject* parent = nullptr);
    ~KeyImportJob() override;

    const KeyImportOptions& options() const { return m_options; }
    // Set when finished() is emitted.
    const std::optional<Result<KeyImportResult>>& result() const { return m_result; }

Q_SIGNALS:
    // With the stage; progress(done, total) follows it.
    void stageProgress(kw::KeyImportStage stage, int done, int total);

private:
    void doStart() override;

    QString m_actor;
    Clock m_clock;
    QString m_file;
    KeyImportOptions m_options;
    std::optional<Result<KeyImportResult>> m_result;
};

} // namespace kw::gui
