#include "core/util/Sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define KM_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace km {

namespace {

constexpr std::uint32_t roundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t initialState[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

#ifdef KM_SHA256_X86
bool hasShaInstructions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSE4_1) || !(ecx & bit_SSSE3))
        return false;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA);
}

// The same rounds as Sha256::compress with the SHA extensions, after Intel's "New Instructions
// Supporting the Secure Hash Algorithm on Intel Architecture Processors" (2013): the state is
// kept as ABEF and CDGH, each instruction does two rounds, four message words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaInstructions(std::uint32_t* state, const unsigned char* block)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);
    const __m128i abefBefore = abef;
    const __m128i cdghBefore = cdgh;

    __m128i w[4];   // message words 4i..4i+3 of the last four groups
    for (int i = 0; i < 16; ++i) {
        __m128i& words = w[i & 3];
        if (i < 4) {
            words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i)), byteSwap);
        } else {
            const __m128i& previous = w[(i - 1) & 3];
            words = _mm_sha256msg1_epu32(words, w[(i - 3) & 3]);
            words = _mm_add_epi32(words, _mm_alignr_epi8(previous, w[(i - 2) & 3], 4));
            words = _mm_sha256msg2_epu32(words, previous);
        }
        const __m128i input = _mm_add_epi32(words, _mm_loadu_si128(reinterpret_cast<const __m128i*>(roundConstants + 4 * i)));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, input);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(input, 0x0E));
    }
    abef = _mm_add_epi32(abef, abefBefore);
    cdgh = _mm_add_epi32(cdgh, cdghBefore);

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

Sha256::Sha256()
#ifdef KM_SHA256_X86
    : shaInstructions_(hasShaInstructions())
#else
    : shaInstructions_(false)
#endif
{
    std::memcpy(state_, initialState, sizeof state_);
}

void Sha256::update(std::string_view bytes)
{
    auto data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t size = bytes.size();
    totalBytes_ += size;

    if (bufferUsed_ > 0) {
        const std::size_t take = std::min(size, sizeof buffer_ - bufferUsed_);
        std::memcpy(buffer_ + bufferUsed_, data, take);
        bufferUsed_ += take;
        data += take;
        size -= take;
        if (bufferUsed_ < sizeof buffer_)
            return;
        compress(buffer_);
        bufferUsed_ = 0;
    }
    for (; size >= sizeof buffer_; data += sizeof buffer_, size -= sizeof buffer_)
        compress(data);
    std::memcpy(buffer_, data, size);
    bufferUsed_ = size;
}

std::string Sha256::hexDigest()
{
    // Padding (FIPS 180-4, 5.1.1): a 1 bit, zeros, and the message length in bits, big-endian,
    // so that the padded message is a whole number of 64-byte blocks.
    const std::uint64_t bitLength = totalBytes_ * 8;
    buffer_[bufferUsed_++] = 0x80;
    if (bufferUsed_ > 56) {
        std::memset(buffer_ + bufferUsed_, 0, sizeof buffer_ - bufferUsed_);
        compress(buffer_);
        bufferUsed_ = 0;
    }
    std::memset(buffer_ + bufferUsed_, 0, 56 - bufferUsed_);
    for (int i = 0; i < 8; ++i)
        buffer_[56 + i] = static_cast<unsigned char>(bitLength >> (56 - 8 * i));
    compress(buffer_);
    bufferUsed_ = 0;

    static constexpr char hex[] = "0123456789abcdef";
    std::string digest;
    digest.reserve(64);
    for (std::uint32_t word : state_)
        for (int shift = 28; shift >= 0; shift -= 4)
            digest += hex[(word >> shift) & 0xf];
    return digest;
}

std::string Sha256::of(std::string_view bytes)
{
    Sha256 hash;
    hash.update(bytes);
    return hash.hexDigest();
}

void Sha256::compress(const unsigned char* block)
{
#ifdef KM_SHA256_X86
    if (shaInstructions_) {
        compressWithShaInstructions(state_, block);
        return;
    }
#endif
    std::uint32_t w[64];
    for (int t = 0; t < 16; ++t)
        w[t] = (std::uint32_t(block[4 * t]) << 24) | (std::uint32_t(block[4 * t + 1]) << 16)
             | (std::uint32_t(block[4 * t + 2]) << 8) | std::uint32_t(block[4 * t + 3]);
    for (int t = 16; t < 64; ++t) {
        const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }

    std::uint32_t a = state_[0], b = state_[1], c = state_[2], d = state_[3];
    std::uint32_t e = state_[4], f = state_[5], g = state_[6], h = state_[7];
    for (int t = 0; t < 64; ++t) {
        const std::uint32_t bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        const std::uint32_t choose = (e & f) ^ (~e & g);
        const std::uint32_t t1 = h + bigSigma1 + choose + roundConstants[t] + w[t];
        const std::uint32_t bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const std::uint32_t t2 = bigSigma0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state_[0] += a;
    state_[1] += b;
    state_[2] += c;
    state_[3] += d;
    state_[4] += e;
    state_[5] += f;
    state_[6] += g;
    state_[7] += h;
}

} // namespace km
