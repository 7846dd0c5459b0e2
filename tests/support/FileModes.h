#pragma once
// Checks that a file Conduct wrote is private to its owner (issue 24), under the permissive umask
// many desktops use (022), not only under the 077 that main() sets.

#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace conduct::test {

class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;
private:
    mode_t m_previous;
};

// The file's mode bits as `ls -l` would give them, e.g. 0600.
inline int fileMode(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) return -1;
    return int(info.st_mode & 07777);
}

} // namespace conduct::test
