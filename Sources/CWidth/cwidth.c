#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "cwidth.h"

int colloquy_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static int ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int colloquy_use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    if (ctype_is_utf8()) return 1;
    /* Containers often ship only C, C.UTF-8 and POSIX. */
    if (setlocale(LC_CTYPE, "C.UTF-8") && ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") && ctype_is_utf8()) return 1;
    return 0;
}
