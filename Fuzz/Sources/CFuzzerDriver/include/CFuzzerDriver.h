// libFuzzer's driver, for an executable whose `main` SwiftPM has renamed (see FuzzMain.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
