// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Sha256.h"

#include <QCryptographicHash>
#include <cstring>

#ifdef KEYWARD_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

namespace kw {

namespace {

void toHex(const unsigned char* md, char* out)
{
    static constexpr char Digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = Digits[md[i] >> 4];
        out[2 * i + 1] = Digits[md[i] & 15];
    }
}

} // namespace

struct Sha256::State
{
    QCryptographicHash qt{QCryptographicHash::Sha256};
#ifdef KEYWARD_HAVE_LIBCRYPTO
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                       &EVP_MD_free};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
#endif
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{}

Sha256::~Sha256() = default;

void Sha256::hex(QByteArrayView a, QByteArrayView b, char out[64])
{
    unsigned char md[32];
#ifdef KEYWARD_HAVE_LIBCRYPTO
    State& s = *m_state;
    unsigned int n = 0;
    if (s.md && s.ctx && EVP_DigestInit_ex(s.ctx.get(), s.md.get(), nullptr) == 1 &&
        EVP_DigestUpdate(s.ctx.get(), a.data(), std::size_t(a.size())) == 1 &&
        EVP_DigestUpdate(s.ctx.get(), b.data(), std::size_t(b.size())) == 1 &&
        EVP_DigestFinal_ex(s.ctx.get(), md, &n) == 1 && n == sizeof md) {
        toHex(md, out);
        return;
    }
#endif
    QCryptographicHash& qt = m_state->qt;
    qt.reset();
    qt.addData(a);
    qt.addData(b);
    std::memcpy(md, qt.resultView().data(), sizeof md);
    toHex(md, out);
}

} // namespace kw
