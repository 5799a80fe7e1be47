// SHA-256 with the x86 SHA extensions: each sha256rnds2 instruction does two rounds, and
// sha256msg1/msg2 extend the message schedule four words at a time. On a megabyte this takes a
// few million instructions, against some seventy million for the portable Swift rounds, and the
// hash names every document's bookmarks, so the reader waits for it before its first screen.
#include "csha256.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static int has_sha_instructions(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return ssse3 && sse41 && ((b >> 29) & 1);
}

__attribute__((target("sha,sse4.1,ssse3")))
static void compress(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // The instructions keep the eight working variables as two vectors, (A, B, E, F) and
    // (C, D, G, H), highest lane first.
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);   // B A D C
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);   // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);      // F E B A
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);   // H G D C
    // Message words are big-endian: reverse the bytes of each 32-bit lane.
    const __m128i byte_order = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    for (size_t block = 0; block < blocks; block++, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i w[4];   // the schedule's last sixteen words, four to a vector
        for (int i = 0; i < 4; i++) w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), byte_order);
        for (int group = 0; group < 16; group++) {
            __m128i words = w[group & 3];
            __m128i sums = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)&round_constants[4 * group]));
            // Two rounds give the new (A, B, E, F); the old one is then (C, D, G, H), and so on.
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sums, 0x0E));
            if (group < 12) {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], for the four words of group + 4.
                __m128i next = _mm_sha256msg1_epu32(words, w[(group + 1) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(w[(group + 3) & 3], w[(group + 2) & 3], 4));
                w[group & 3] = _mm_sha256msg2_epu32(next, w[(group + 3) & 3]);
            }
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);       // A B E F from the lowest lane
    __m128i hgdc = _mm_shuffle_epi32(cdgh, 0xB1);       // G H C D
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, hgdc, 0xF0));   // A B C D
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(hgdc, feba, 8));      // E F G H
}

int colloquy_sha256_available(void) {
    static int supported = -1;   // asked once; two threads asking at once get the same answer
    int known = __atomic_load_n(&supported, __ATOMIC_RELAXED);
    if (known < 0) {
        known = has_sha_instructions();
        __atomic_store_n(&supported, known, __ATOMIC_RELAXED);
    }
    return known;
}

int colloquy_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    if (!colloquy_sha256_available()) return 0;
    compress(state, data, blocks);
    return 1;
}

#else

int colloquy_sha256_available(void) { return 0; }

int colloquy_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state; (void)data; (void)blocks;
    return 0;
}

#endif
