#ifndef COLLOQUY_CSHA256_H
#define COLLOQUY_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Runs SHA-256's compression over `blocks` 64-byte blocks at `data`, updating `state` (H0…H7),
/// with the processor's SHA instructions. Returns 1 when done, 0 (having done nothing) on a
/// processor without them, where the caller compresses the blocks itself.
int colloquy_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 1 when the processor has the SHA instructions `colloquy_sha256_blocks` uses, 0 otherwise.
int colloquy_sha256_available(void);

#endif
