// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Test assertions on kw::Result: a failure prints the result's error message.
#pragma once

#include <QTest>

// Fails the test function when `expr` (a kw::Result) holds an error.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)
