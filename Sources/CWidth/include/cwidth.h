#ifndef COLLOQUY_CWIDTH_H
#define COLLOQUY_CWIDTH_H
/// Display width of one Unicode scalar as glibc's wcwidth sees it (-1: not printable).
int colloquy_wcwidth(unsigned int scalar);
/// Makes LC_CTYPE a UTF-8 locale (the user's if it is one, else C.UTF-8); returns 1 on success.
int colloquy_use_utf8_ctype(void);
#endif
