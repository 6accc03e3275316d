#pragma once
// Every question the console asks goes through here, so GUI tests can answer it in advance
// (setNextAnswer) instead of sleeping or poking at a modal dialog.

#include <QMessageBox>
#include <QString>

namespace ha::ui {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    // A question whose default is Cancel. `actionText` names the button that goes ahead
    // ("Power off node2"), never a bare "OK".
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &details, const QString &actionText);
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &details = QString());
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next confirm() returns `accept` without showing anything; warnings and
    // information are recorded and not shown.
    static void setNextAnswer(bool accept);
    static QString lastText();

private:
    static inline bool s_hasNextAnswer = false;
    static inline bool s_nextAnswer = false;
    static inline QString s_lastText;
};

} // namespace ha::ui
