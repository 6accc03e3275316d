#pragma once
// One node at a glance. The verdict line says in words what the node is doing; the rows below
// say why (links, quorum, contact, resources, power). Cards of both nodes sit side by side.

#include "agetext.h"
#include "nodecardstate.h"

#include <QFrame>

class QLabel;
class QTimer;
class QGridLayout;

namespace ha::ui {

class NodeCard : public QFrame
{
    Q_OBJECT
public:
    explicit NodeCard(QWidget *parent = nullptr);

    void setState(const NodeCardState &state);
    const NodeCardState &state() const { return m_state; }

    // The words the card shows (verdict and rows), one per line: for tests and accessibility.
    QString text() const;
    QString verdictText() const;

    void setClock(Clock clock);
    // Contact older than this reads as a warning.
    static constexpr qint64 kStaleContactMs = 10000;

public slots:
    void refreshAge();

private:
    QLabel *addRow(QGridLayout *grid, int row, const QString &caption);

    NodeCardState m_state;
    Clock m_clock;
    QLabel *m_name;
    QLabel *m_verdict;
    QLabel *m_links;
    QLabel *m_quorum;
    QLabel *m_contact;
    QLabel *m_resources;
    QLabel *m_power;
    QLabel *m_sensors = nullptr;
    QLabel *m_bmc;
    QTimer *m_ticker;
};

} // namespace ha::ui
