// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace kw::cli {

// Left-aligned columns sized to their widest cell; the last column is not padded.
class Table final
{
public:
    explicit Table(QStringList headers)
        : m_rows{std::move(headers)}
    {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    qsizetype rowCount() const { return m_rows.size() - 1; }
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};

// "key: value" lines with the keys aligned, for show commands.
void printFields(QTextStream& out, const QList<std::pair<QString, QString>>& fields);

} // namespace kw::cli
