// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Table.h"

#include <algorithm>

namespace kw::cli {

void Table::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString buffer;
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            buffer += last ? row.at(i) : row.at(i).leftJustified(widths.at(i) + 2);
        }
        buffer += u'\n';
        if (buffer.size() > 1 << 16) {
            out << buffer;
            buffer.clear();
        }
    }
    out << buffer;
}

void printFields(QTextStream& out, const QList<std::pair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& [name, value] : fields) {
        width = std::max(width, name.size());
    }
    for (const auto& [name, value] : fields) {
        out << QString(name + u':').leftJustified(width + 2) << value << u'\n';
    }
}

} // namespace kw::cli
