// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/JsonReader.h"

#include "usage/import/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw {

namespace {

class QtJsonLineParser final : public JsonLineParser
{
public:
    bool load(std::string_view line) override
    {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray(line.data(), static_cast<qsizetype>(line.size())), &error);
        m_object = doc.object();
        return error.error == QJsonParseError::NoError && doc.isObject();
    }

    QStringList topLevelKeys() const override { return m_object.keys(); }

    std::optional<FieldValue> value(const FieldPath& path) override
    {
        QJsonValue v = m_object;
        for (const QByteArray& part : path) {
            v = v.toObject().value(QLatin1StringView(part));
            if (v.isUndefined()) {
                return std::nullopt;
            }
        }
        // Caddy logs header values as arrays; the first one is the value sent.
        if (v.isArray()) {
            const QJsonArray values = v.toArray();
            v = values.isEmpty() ? QJsonValue() : values.at(0);
        }
        FieldValue out;
        if (v.isNull()) {
            out.isNull = true;
        } else if (v.isDouble()) {
            out.number = v.toDouble();
        } else if (v.isString()) {
            m_scratch = v.toString().toUtf8();
            out.text = std::string_view(m_scratch.constData(), static_cast<std::size_t>(m_scratch.size()));
        } else if (v.isBool()) {
            out.text = v.toBool() ? "true" : "false";
        } else {
            return std::nullopt; // an object where a value was expected
        }
        return out;
    }

private:
    QJsonObject m_object;
    QByteArray m_scratch;
};

} // namespace

std::unique_ptr<JsonLineParser> makeJsonLineParser()
{
    return std::make_unique<JsonScanner>();
}

std::unique_ptr<JsonLineParser> makeQtJsonLineParser()
{
    return std::make_unique<QtJsonLineParser>();
}

JsonReader::JsonReader(FieldMapping mapping)
    : m_mapping(std::move(mapping))
    , m_parser(makeJsonLineParser())
{}

ParseStatus JsonReader::parse(std::string_view line, LogRecord& record)
{
    if (!m_parser->load(line)) {
        return ParseStatus::rejected(RejectReason::BadJson);
    }
    return fillRecord(m_mapping, *m_parser, record);
}

} // namespace kw
