#pragma once
// The dialog every cluster action goes through: what will run and where (monospace), what
// Pacemaker's scheduler says will happen (crm_simulate plan as a table), warnings and refusals,
// then progress step by step and the final report. The action button is named after the action
// and Cancel is the default; dangerous actions also ask for the target's name to be typed.
// Nothing here waits: the operation runs on signals while the dialog stays responsive.

#include "ops/moveoperation.h"
#include "ops/operation.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ha::ui {

class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    // Builds the operation; called again when the move options change (they change the
    // commands and therefore the preview).
    using Factory = std::function<Operation *(const MoveOperation::Options &)>;

    // `moveOptions`: show the "keep the move constraint" and lifetime fields.
    OperationDialog(Factory factory, bool moveOptions, QWidget *parent = nullptr);
    ~OperationDialog() override;

    // What the operator must type for a dangerous action (resource or node); empty: the first
    // target node, else no typed confirmation.
    void setConfirmTarget(const QString &target) { m_confirmTarget = target; }
    // "198.18.0.100:3306": named in the downtime line after a move.
    void setServiceEndpoint(const QString &endpoint) { m_serviceEndpoint = endpoint; }

    // Starts prepare(); the dialog fills in as results arrive.
    void start();

    Operation *operation() const { return m_op; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *keepConstraintBox() const { return m_keep; }
    QLineEdit *lifetimeEdit() const { return m_lifetime; }
    QTableWidget *planTable() const { return m_plan; }
    QString commandsText() const;
    QString warningsText() const;
    QString blockersText() const;
    QString reportText() const;
    QStringList progressLines() const;
    bool isPrepared() const { return m_prepared; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    // Goes ahead as if the action button was pressed (confirmation included).
    void confirmAndRun();

signals:
    void preparedShown(bool ok);
    void operationFinished(const ha::Report &report, bool ok);

protected:
    void reject() override;

private:
    void rebuild();
    void onPrepared(bool ok);
    void onStepFinished(int index);
    void onFinished(bool ok);
    void fillPlan();
    QString serviceLine() const;

    Factory m_factory;
    Operation *m_op = nullptr;
    QString m_confirmTarget;
    QString m_serviceEndpoint;
    bool m_prepared = false;
    bool m_running = false;
    bool m_finished = false;

    QLabel *m_title;
    QLabel *m_state;
    QPlainTextEdit *m_commands;
    QTableWidget *m_plan;
    QLabel *m_planNote;
    QLabel *m_warnings;
    QLabel *m_blockers;
    QCheckBox *m_keep = nullptr;
    QLineEdit *m_lifetime = nullptr;
    QListWidget *m_progress;
    QPlainTextEdit *m_report;
    QPushButton *m_action;
    QPushButton *m_cancel;
};

} // namespace ha::ui
