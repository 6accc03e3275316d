#pragma once
// A command that may run on a node. Only CommandTemplates can make one, after validating every
// argument, so nothing else in the program can send a free-form command line to a node.

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ha {

class CommandTemplates;

class RemoteCommand
{
public:
    RemoteCommand() = default; // empty: isValid() is false, NodeSession refuses it

    bool isValid() const { return !m_argv.isEmpty(); }
    QString templateName() const { return m_template; }
    // The words as the remote program receives them (for display, preview and tests).
    QStringList argv() const { return m_argv; }
    // Needs root on the node: run through `sudo -n` when the session says so.
    bool privileged() const { return m_privileged; }
    // What the remote shell gets: every word quoted with ha::shellJoin.
    QString commandLine() const;
    // The same with the `sudo -n` prefix NodeSession adds for a non-root sudo user.
    QString commandLine(bool viaSudo) const;

private:
    friend class CommandTemplates;
    RemoteCommand(QString templateName, QStringList argv, bool privileged)
        : m_template(std::move(templateName))
        , m_argv(std::move(argv))
        , m_privileged(privileged)
    {}

    QString m_template;
    QStringList m_argv;
    bool m_privileged = true;
};

} // namespace ha

Q_DECLARE_METATYPE(ha::RemoteCommand)
