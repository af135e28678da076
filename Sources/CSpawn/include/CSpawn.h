#ifndef ANSIM_CSPAWN_H
#define ANSIM_CSPAWN_H
#include <sys/types.h>

/// posix_spawn with stdin/stdout/stderr set to the given descriptors (-1 for
/// /dev/null on stdin), every other descriptor closed, and the working directory
/// changed to `directory`. Returns 0 and sets *pid, or an errno value.
int ansim_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                int stdin_fd, int stdout_fd, int stderr_fd, const char *directory);

#endif
