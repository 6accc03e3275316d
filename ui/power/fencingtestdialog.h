#pragma once
// "Test fencing" for one node: the read-only checks (fence device vs. BMC, stonith_admin --list,
// fencing history) and, after a typed confirmation, the guided reset that watches the cluster
// recover. Thin over ha::FencingTest, which holds the steps and writes the audit record.

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ha {
class ClusterMonitor;
class FencingTest;
class PowerMonitor;
}

namespace ha::ui {

class FencingTestDialog : public QDialog
{
    Q_OBJECT
public:
    // `cluster` may be null: then the checks report that the console has no connection.
    FencingTestDialog(PowerMonitor *power, ClusterMonitor *cluster, QString node,
                      QWidget *parent = nullptr);

    FencingTest *test() const { return m_test; }

    // Asks for the typed confirmation (ConfirmByNameDialog) and starts the guided reset.
    // False when it cannot start now (reason shown) or the operator did not confirm.
    bool startReset();
    void runChecks();

    QString summaryText() const;
    QTreeWidget *stepTree() const { return m_steps; }
    QPushButton *checksButton() const { return m_checks; }
    QPushButton *resetButton() const { return m_reset; }

    void reject() override;

private:
    void updateView();

    PowerMonitor *m_power;
    QString m_node;
    FencingTest *m_test;
    QLabel *m_intro;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QPushButton *m_checks;
    QPushButton *m_reset;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QTimer m_tick; // the running step's time counts up while the test waits
};

} // namespace ha::ui
