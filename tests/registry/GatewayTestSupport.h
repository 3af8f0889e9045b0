// SPDX-License-Identifier: GPL-3.0-or-later
// Raw HTTP/1.1 on loopback for the gateway tests: the requests nginx and Envoy send, byte for byte.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QTcpSocket>

namespace kw::test {

struct HttpAnswer
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// Parses one answer from the front of data; removes it. False while it is incomplete.
inline bool takeAnswer(QByteArray& data, HttpAnswer& answer)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    answer = HttpAnswer();
    answer.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        answer.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = answer.headers.value("content-length", "0").toLongLong();
    if (data.size() < headEnd + 4 + length) {
        return false;
    }
    answer.body = data.mid(headEnd + 4, length);
    data.remove(0, headEnd + 4 + length);
    return true;
}

// Sends raw request bytes (one or several requests) and reads `count` answers.
inline QList<HttpAnswer> exchange(quint16 port, const QByteArray& requests, int count = 1)
{
    QList<HttpAnswer> answers;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000)) {
        return answers;
    }
    socket.write(requests);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (answers.size() < count && timer.elapsed() < 5000) {
        HttpAnswer a;
        if (takeAnswer(data, a)) {
            answers.append(a);
            continue;
        }
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState) {
            data += socket.readAll();
            if (!takeAnswer(data, a)) {
                break;
            }
            answers.append(a);
            continue;
        }
        data += socket.readAll();
    }
    return answers;
}

inline HttpAnswer get(quint16 port, const QByteArray& path, const QList<QByteArray>& headers = {})
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const QByteArray& h : headers) {
        request += h + "\r\n";
    }
    request += "\r\n";
    return exchange(port, request).value(0);
}

} // namespace kw::test
