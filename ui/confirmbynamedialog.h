#pragma once
// The guard in front of a dangerous action (power off, reset, fence, stop the database group):
// it lists exactly what will run and where, says what is at stake, and makes the operator type
// the target's name. The action button is named after the action and stays disabled until the
// typed name matches; Cancel is the default.

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ha::ui {

struct ConfirmRequest
{
    QString title;        // "Power off node2"
    QString actionText;   // the button: "Power off node2"
    QString target;       // what must be typed: "node2"
    QString runsOn;       // where the commands run: "node1" / "BMC 198.18.0.52"
    QStringList commands; // exactly what will run, one per line
    QString warning;      // "node2 runs the database: it stops until node1 takes over."
};

class ConfirmByNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfirmByNameDialog(const ConfirmRequest &request, QWidget *parent = nullptr);

    // Shows the dialog; true only when the name was typed and the action button pressed.
    static bool confirm(QWidget *parent, const ConfirmRequest &request);
    // Tests: the next confirm() returns `accept` without showing anything, and records the
    // request it was given.
    static void setNextAnswer(bool accept);
    static ConfirmRequest lastRequest();

    bool nameMatches() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString commandsText() const;
    QString warningText() const;

private:
    void updateAction();

    ConfirmRequest m_request;
    QLineEdit *m_name;
    QPushButton *m_action;
    QPushButton *m_cancel;
    QPlainTextEdit *m_commands;
    QLabel *m_warning;

    static inline bool s_hasNextAnswer = false;
    static inline bool s_nextAnswer = false;
    static inline ConfirmRequest s_lastRequest;
};

} // namespace ha::ui
