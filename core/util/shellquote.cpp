#include "shellquote.h"

namespace ha {

namespace {
bool isPlainWord(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                           || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'/'
                           || u == u'-' || u == u'=' || u == u':' || u == u',' || u == u'@'
                           || u == u'+';
        if (!plain)
            return false;
    }
    return true;
}
} // namespace

QString shellQuote(const QString &arg)
{
    if (isPlainWord(arg))
        return arg;
    QString out;
    out.reserve(arg.size() + 2);
    out += u'\'';
    for (const QChar c : arg) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QString shellJoin(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &a : argv)
        words << shellQuote(a);
    return words.join(u' ');
}

} // namespace ha
