#include "splitbrainbanner.h"

#include "statebadge.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ha::ui {

SplitBrainBanner::SplitBrainBanner(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("splitBrainBanner"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(16, 10, 16, 10);
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.6);
    hf.setBold(true);
    m_headline->setFont(hf);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont rf = m_reason->font();
    rf.setPointSizeF(rf.pointSizeF() * 1.15);
    m_reason->setFont(rf);
    box->addWidget(m_headline);
    box->addWidget(m_reason);
    setAccessibleName(tr("Cluster alarm"));
    hide();
}

void SplitBrainBanner::showSplitBrain(const QString &reason)
{
    apply(Level::SplitBrain, reason);
}

void SplitBrainBanner::showDisagreement(const QString &reason)
{
    apply(Level::ViewsDisagree, reason);
}

void SplitBrainBanner::clear()
{
    apply(Level::None, QString());
}

void SplitBrainBanner::apply(Level level, const QString &reason)
{
    m_level = level;
    if (level == Level::None) {
        m_headline->clear();
        m_reason->clear();
        hide();
        return;
    }
    const Severity sev = level == Level::SplitBrain ? Severity::Bad : Severity::Warning;
    m_headline->setText(level == Level::SplitBrain
                            ? QStringLiteral("⚠ ") + tr("SPLIT BRAIN — both nodes act on their own")
                            : QStringLiteral("⚠ ") +
                                  tr("The nodes' views of the cluster disagree"));
    m_reason->setText(reason);
    setStyleSheet(QStringLiteral("QFrame#splitBrainBanner { background: %1; border: 3px solid %2; }"
                                 " QFrame#splitBrainBanner QLabel { color: %3; }")
                      .arg(severityBackground(sev).name(),
                           severityBackground(sev).darker(150).name(),
                           severityForeground(sev).name()));
    setAccessibleDescription(m_headline->text() + u'\n' + reason);
    show();
}

QString SplitBrainBanner::headline() const
{
    return m_headline->text();
}

QString SplitBrainBanner::reason() const
{
    return m_reason->text();
}

} // namespace ha::ui
