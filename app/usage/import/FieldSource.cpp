// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/FieldSource.h"

#include "usage/import/TextScan.h"

#include <cmath>

namespace kw {

namespace {

bool isBlank(const FieldValue& v)
{
    const std::string_view t = text::trim(v.text);
    return v.isNull || (!v.number && (t.empty() || t == "-"));
}

std::optional<FieldValue> firstPresent(const FieldMapping& mapping, FieldRole role, FieldSource& fields)
{
    for (const FieldPath& path : mapping[role]) {
        if (auto v = fields.value(path); v && !isBlank(*v)) {
            return v;
        }
    }
    return std::nullopt;
}

std::optional<qint64> timeOf(const FieldValue& v)
{
    return v.number ? text::epochNumberToMs(*v.number) : text::parseAnyTime(v.text);
}

std::optional<int> statusOf(const FieldValue& v)
{
    if (!v.number) {
        return text::toStatus(text::trim(v.text));
    }
    const double n = *v.number;
    if (n < 100 || n > 599 || std::floor(n) != n) {
        return std::nullopt;
    }
    return static_cast<int>(n);
}

template<typename Offer>
void offerEach(const FieldMapping& mapping, FieldRole role, FieldSource& fields, Offer offer)
{
    for (const FieldPath& path : mapping[role]) {
        if (const auto v = fields.value(path); v && !v->number && !v->isNull) {
            offer(v->text);
        }
    }
}

} // namespace

ParseStatus fillRecord(const FieldMapping& mapping, FieldSource& fields, LogRecord& record)
{
    const auto time = firstPresent(mapping, FieldRole::Time, fields);
    const auto timeMs = time ? timeOf(*time) : std::nullopt;
    if (!timeMs) {
        return ParseStatus::rejected(RejectReason::BadTime);
    }
    record.timeMs = *timeMs;
    if (const auto outcome = firstPresent(mapping, FieldRole::Outcome, fields)) {
        record.outcome = outcome->number ? std::nullopt : parseOutcomeField(outcome->text);
        if (!record.outcome) {
            return ParseStatus::rejected(RejectReason::UnknownOutcome);
        }
    }
    const auto status = firstPresent(mapping, FieldRole::Status, fields);
    if (status) {
        const auto code = statusOf(*status);
        if (!code) {
            return ParseStatus::rejected(RejectReason::BadStatus);
        }
        record.status = *code;
    } else if (!record.outcome) {
        // Without a status only an explicit outcome can say what happened.
        return ParseStatus::rejected(RejectReason::BadStatus);
    }
    offerEach(mapping, FieldRole::Key, fields,
              [&](std::string_view t) { record.offerKeyRef(t, KeySource::Field, false); });
    offerEach(mapping, FieldRole::User, fields,
              [&](std::string_view t) { record.offerKeyRef(t, KeySource::RemoteUser, true); });
    offerEach(mapping, FieldRole::Auth, fields, [&](std::string_view t) { record.offerAuthorization(t); });
    offerEach(mapping, FieldRole::Uri, fields, [&](std::string_view t) { record.offerTargetKeys(t); });
    return ParseStatus::record();
}

} // namespace kw
