// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/FormatDetect.h"

#include "core/Tr.h"
#include "usage/import/ClfReader.h"
#include "usage/import/CsvReader.h"
#include "usage/import/JsonReader.h"

namespace kw {

namespace {

std::string_view viewOf(const QByteArray& line)
{
    return {line.constData(), static_cast<std::size_t>(line.size())};
}

// The dialect whose signature fields the object has; the most specific signatures come first.
JsonDialect dialectOf(const QStringList& keys, QString& why)
{
    const auto has = [&](QStringView key) {
        return keys.contains(key);
    };
    if (has(u"DownstreamStatus") || has(u"StartUTC")) {
        why = tr("Traefik (DownstreamStatus/StartUTC)");
        return JsonDialect::Traefik;
    }
    if (has(u"started_at") && has(u"response")) {
        why = tr("Kong file-log (started_at, response)");
        return JsonDialect::Kong;
    }
    if (has(u"ts") && has(u"request") && has(u"status")) {
        why = tr("Caddy (ts, request, status)");
        return JsonDialect::Caddy;
    }
    if (has(u"response_code") || has(u"start_time")) {
        why = tr("Envoy (response_code/start_time)");
        return JsonDialect::Envoy;
    }
    why = tr("plain (no gateway's signature fields; expects ts/time, status, key_id)");
    return JsonDialect::Plain;
}

bool looksLikeCsvHeader(const QByteArray& line)
{
    std::vector<std::string_view> fields;
    if (!CsvReader::splitRow(viewOf(line), fields) || fields.size() < 2) {
        return false;
    }
    bool time = false;
    bool status = false;
    for (std::string_view f : fields) {
        const QByteArray name = QByteArray(f.data(), static_cast<qsizetype>(f.size())).trimmed().toLower();
        time = time || name == "ts" || name == "time" || name == "timestamp";
        status = status || name == "status" || name == "outcome";
    }
    return time && status;
}

} // namespace

QStringView logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Unknown:
        return u"unknown";
    case LogFormat::Combined:
        return u"combined";
    case LogFormat::JsonLines:
        return u"json";
    case LogFormat::Csv:
        return u"csv";
    }
    return u"unknown";
}

Detection detectFormat(const QByteArrayList& firstLines)
{
    QByteArrayList lines;
    for (const QByteArray& line : firstLines) {
        if (!line.trimmed().isEmpty()) {
            lines.append(line.trimmed());
        }
    }
    Detection d;
    if (lines.isEmpty()) {
        d.explanation = tr("The file has no lines to look at.");
        return d;
    }
    if (lines.first().startsWith('{')) {
        const auto parser = makeJsonLineParser();
        if (parser->load(viewOf(lines.first()))) {
            QString why;
            d.format = LogFormat::JsonLines;
            d.dialect = dialectOf(parser->topLevelKeys(), why);
            d.explanation = tr("JSON lines: the first line is a JSON object; fields of %1.").arg(why);
            return d;
        }
    }
    ClfReader clf;
    LogRecord record;
    int parsed = 0;
    for (const QByteArray& line : lines) {
        parsed += clf.read(viewOf(line), record).kind == ParseStatus::Record ? 1 : 0;
    }
    if (parsed * 2 > lines.size()) {
        d.format = LogFormat::Combined;
        d.explanation = tr("Combined/common log format: %1 of the first %2 lines have host, user, "
                           "[time], \"request\" and status.")
                            .arg(parsed)
                            .arg(lines.size());
        return d;
    }
    if (looksLikeCsvHeader(lines.first())) {
        d.format = LogFormat::Csv;
        d.explanation = tr("CSV: the first line is a header naming a time and a status or outcome column.");
        return d;
    }
    d.explanation = tr("Not recognised: the first line is no JSON object nor a CSV header with time and "
                       "status columns, and %1 of %2 lines read as combined log format. Give --format "
                       "and --map.")
                        .arg(parsed)
                        .arg(lines.size());
    return d;
}

std::unique_ptr<LineReader> makeReader(const Detection& detection, const FieldMapping& mapping)
{
    FieldMapping merged = defaultMapping(detection.dialect);
    for (std::size_t i = 0; i < merged.paths.size(); ++i) {
        if (!mapping.paths[i].isEmpty()) {
            merged.paths[i] = mapping.paths[i];
        }
    }
    switch (detection.format) {
    case LogFormat::Combined:
        return std::make_unique<ClfReader>();
    case LogFormat::JsonLines:
        return std::make_unique<JsonReader>(merged);
    case LogFormat::Csv:
        return std::make_unique<CsvReader>(merged);
    case LogFormat::Unknown:
        break;
    }
    return nullptr;
}

} // namespace kw
