// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyImportJob.h"

#include "store/Inventory.h"
#include "store/Workspace.h"

namespace kw::gui {

KeyImportJob::KeyImportJob(QString workspacePath, QString actor, Clock clock, QString file,
                           KeyImportOptions options, QObject* parent)
    : WorkerJob(std::move(workspacePath), parent)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_file(std::move(file))
    , m_options(std::move(options))
{
    m_options.cancel = &cancelFlag();
}

KeyImportJob::~KeyImportJob() = default;

void KeyImportJob::doStart()
{
    KeyImportOptions options = m_options;
    options.progress = [this](KeyImportStage stage, int done, int total) {
        if (progressDue() || done == total) {
            post([this, stage, done, total] {
                Q_EMIT stageProgress(stage, done, total);
                Q_EMIT progress(done, total);
            });
        }
    };
    startWork([this, options, actor = m_actor, clock = m_clock, file = m_file](Result<Workspace*> ws) {
        Result<KeyImportResult> r = [&]() -> Result<KeyImportResult> {
            if (!ws) {
                return ws.error();
            }
            Inventory inventory(**ws, actor, clock);
            return importKeys(inventory, file, options);
        }();
        post([this, r] {
            m_result = r;
            if (!r) {
                setFailure(r.error().message);
            }
        });
    });
}

} // namespace kw::gui
