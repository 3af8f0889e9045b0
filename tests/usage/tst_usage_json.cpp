// SPDX-License-Identifier: GPL-3.0-or-later
// The fast JSON scanner against QJsonDocument, the reference: same accept/reject, same values.
#include "LogTestSupport.h"
#include "usage/import/JsonReader.h"

#include <QTest>

using namespace kw;

namespace {

QString describe(JsonLineParser& p, bool loaded, const FieldPath& path)
{
    if (!loaded) {
        return QStringLiteral("rejected");
    }
    const std::optional<FieldValue> v = p.value(path);
    if (!v) {
        return QStringLiteral("absent");
    }
    if (v->isNull) {
        return QStringLiteral("null");
    }
    if (v->number) {
        return QString::number(*v->number, 'g', 17);
    }
    return QStringLiteral("text:") + QString::fromUtf8(v->text.data(), qsizetype(v->text.size()));
}

} // namespace

class TestUsageJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("line");
        // Edge cases (valid and not), then every line of the gateway samples.
        for (const char* name : {"json-edge.jsonl", "plain.jsonl", "kong.jsonl", "traefik.jsonl",
                                 "caddy.jsonl", "envoy.jsonl"}) {
            const QByteArrayList sample = kwtest::dataFile(QString::fromLatin1(name)).split('\n');
            for (qsizetype i = 0; i < sample.size(); ++i) {
                QTest::newRow(qPrintable(QString::fromLatin1(name) + u':' + QString::number(i + 1)))
                    << sample[i];
            }
        }
    }

    void sameAsQJsonDocument()
    {
        QFETCH(QByteArray, line);
        const std::string_view text(line.constData(), std::size_t(line.size()));
        auto fast = makeJsonLineParser();
        auto reference = makeQtJsonLineParser();
        const bool fastOk = fast->load(text);
        const bool refOk = reference->load(text);
        QCOMPARE(fastOk, refOk);
        if (!fastOk) {
            return;
        }
        QCOMPARE(fast->topLevelKeys(), reference->topLevelKeys());
        const QList<FieldPath> paths{{"ts"},
                                     {"status"},
                                     {"key_id"},
                                     {"a", "b", "c"},
                                     {"a", "b"},
                                     {"d"},
                                     {"e"},
                                     {"f"},
                                     {"g"},
                                     {"uri"},
                                     {"u"},
                                     {"dup"},
                                     {"key"},
                                     {"n"},
                                     {"m"},
                                     {"big"},
                                     {"frac"},
                                     {"nested", "a"},
                                     {"obj", "arr"},
                                     {"missing"},
                                     {"response", "status"},
                                     {"request", "headers", "authorization"},
                                     {"request", "uri"},
                                     {"started_at"},
                                     {"consumer", "username"},
                                     {"request", "headers", "X-Api-Key"},
                                     {"resp_headers", "X-Keyward-Key-Id"},
                                     {"DownstreamStatus"},
                                     {"request_Authorization"},
                                     {"response_code"},
                                     {"authorization"}};
        for (const FieldPath& path : paths) {
            QCOMPARE(describe(*fast, true, path), describe(*reference, true, path));
        }
    }
};

QTEST_GUILESS_MAIN(TestUsageJson)
#include "tst_usage_json.moc"
