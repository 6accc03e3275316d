#pragma once
// A full-width alarm above everything else. Split brain (each node thinks it runs the cluster)
// is red and shouts; "the nodes' views disagree" without that is amber. Hidden when the views
// agree. The reason text comes from core's ClusterViews.

#include <QFrame>

class QLabel;

namespace ha::ui {

class SplitBrainBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        None,
        ViewsDisagree,
        SplitBrain
    };

    explicit SplitBrainBanner(QWidget *parent = nullptr);

    void showSplitBrain(const QString &reason);
    void showDisagreement(const QString &reason);
    void clear();

    Level level() const { return m_level; }
    QString headline() const;
    QString reason() const;

private:
    void apply(Level level, const QString &reason);

    Level m_level = Level::None;
    QLabel *m_headline;
    QLabel *m_reason;
};

} // namespace ha::ui
