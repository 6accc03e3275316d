#include "logviewerwidget.h"

#include "logrowdelegate.h"
#include "logs/filteredlogmodel.h"
#include "logs/logmodel.h"
#include "logsource/logcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ha::ui {

using logs::LogModel;
using logs::Severity;

LogViewerWidget::LogViewerWidget(logs::FilteredLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_clocks = new QLabel(this);
    m_clocks->setObjectName(QStringLiteral("clocks"));
    m_clocks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long with two nodes' files listed: wrap rather than widen the whole window.
    m_clocks->setWordWrap(true);
    layout->addWidget(m_clocks);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LogRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    // Fixed row heights keep a million rows cheap: the view never measures them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->hide();
    auto *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(u'0');
    m_view->setColumnWidth(LogModel::TimeColumn, digit * 30);
    m_view->setColumnWidth(LogModel::NodeColumn, digit * 9);
    m_view->setColumnWidth(LogModel::SourceColumn, digit * 20);
    m_view->setColumnWidth(LogModel::SeverityColumn, digit * 8);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);

    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &LogViewerWidget::onRowsAboutToBeInserted);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogViewerWidget::onRowsInserted);
    connect(m_model, &logs::FilteredLogModel::filteringFinished, this,
            &LogViewerWidget::onFilteringFinished);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_following)
            m_view->scrollToBottom();
    });
    // Following resumes when the operator scrolls back to the very bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_following = v >= m_view->verticalScrollBar()->maximum();
    });
    updateClockLabel();
}

void LogViewerWidget::buildFilterBar(QWidget *bar)
{
    // Two rows (what to show; when, and export) so the console fits a laptop screen.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    auto *timeRow = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(timeRow);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LogViewerWidget::applyFilter);
    auto later = [this] { m_debounce->start(); };

    m_node = new QComboBox(bar);
    m_node->setObjectName(QStringLiteral("nodeFilter"));
    m_node->addItem(tr("All nodes"), QString());
    connect(m_node, &QComboBox::currentIndexChanged, this, later);
    row->addWidget(m_node);

    m_sources = new QLineEdit(bar);
    m_sources->setObjectName(QStringLiteral("sourceFilter"));
    m_sources->setPlaceholderText(tr("Sources (comma separated)"));
    connect(m_sources, &QLineEdit::textChanged, this, later);
    row->addWidget(m_sources);

    m_severity = new QComboBox(bar);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("Any severity"), static_cast<int>(Severity::Unknown));
    for (Severity s : {Severity::Critical, Severity::Error, Severity::Warning, Severity::Notice,
                       Severity::Info, Severity::Debug})
        m_severity->addItem(tr("%1 or worse").arg(logs::severityName(s)), static_cast<int>(s));
    connect(m_severity, &QComboBox::currentIndexChanged, this, later);
    row->addWidget(m_severity);

    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Text"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, later);
    row->addWidget(m_text, 2);

    m_regex = new QLineEdit(bar);
    m_regex->setObjectName(QStringLiteral("regexFilter"));
    m_regex->setPlaceholderText(tr("Regular expression"));
    connect(m_regex, &QLineEdit::textChanged, this, later);
    row->addWidget(m_regex, 2);

    m_resource = new QLineEdit(bar);
    m_resource->setObjectName(QStringLiteral("resourceFilter"));
    m_resource->setPlaceholderText(tr("Resource"));
    connect(m_resource, &QLineEdit::textChanged, this, later);
    row->addWidget(m_resource, 1);

    m_useRange = new QCheckBox(tr("From"), bar);
    m_useRange->setObjectName(QStringLiteral("useRange"));
    connect(m_useRange, &QCheckBox::toggled, this, later);
    timeRow->addWidget(m_useRange);
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    m_from = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addSecs(-3600), bar);
    m_to = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), bar);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(fmt);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_useRange->isChecked())
                m_debounce->start();
        });
    }
    timeRow->addWidget(m_from);
    timeRow->addWidget(new QLabel(tr("to"), bar));
    timeRow->addWidget(m_to);
    timeRow->addStretch(1);

    auto *exportButton = new QPushButton(tr("Export…"), bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &LogViewerWidget::exportInteractive);
    timeRow->addWidget(exportButton);
}

logs::LogFilterSpec LogViewerWidget::currentSpec() const
{
    logs::LogFilterSpec spec;
    const QString node = m_node->currentData().toString();
    if (!node.isEmpty())
        spec.nodes.insert(node);
    const QStringList sources = m_sources->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &s : sources) {
        if (!s.trimmed().isEmpty())
            spec.sources.insert(s.trimmed());
    }
    spec.minSeverity = static_cast<Severity>(m_severity->currentData().toInt());
    spec.text = m_text->text();
    spec.regex = m_regex->text();
    spec.resource = m_resource->text().trimmed();
    if (m_useRange->isChecked()) {
        spec.fromUs = m_from->dateTime().toMSecsSinceEpoch() * 1000;
        spec.toUs = m_to->dateTime().toMSecsSinceEpoch() * 1000 + 999999;
    }
    return spec;
}

void LogViewerWidget::applyFilter()
{
    m_debounce->stop();
    const logs::LogFilterSpec spec = currentSpec();
    m_model->setFilter(spec);
    const QString err = m_model->filterError();
    m_regex->setStyleSheet(err.isEmpty() ? QString() : QStringLiteral("background: #fbe3e3"));
    m_status->setText(err.isEmpty() ? tr("Filtering…") : tr("Regular expression: %1").arg(err));
    Q_EMIT filterApplied(spec);
}

void LogViewerWidget::onFilteringFinished()
{
    m_status->setText(tr("%n line(s) shown", nullptr, m_model->rowCount()));
    if (m_pendingJumpUs >= 0) {
        const int row = m_model->rowAtOrAfter(m_pendingJumpUs);
        m_pendingJumpUs = -1;
        if (row >= 0) {
            const QModelIndex idx = m_model->index(row, 0);
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
        }
        m_following = false;
    } else if (m_following) {
        m_view->scrollToBottom();
    }
}

void LogViewerWidget::onRowsAboutToBeInserted()
{
    const QScrollBar *sb = m_view->verticalScrollBar();
    m_wasAtBottom = m_following && sb->value() >= sb->maximum();
}

void LogViewerWidget::onRowsInserted()
{
    // Only an operator already at the bottom is carried along; anyone reading older lines keeps
    // their place (rows are appended below, so the scroll value stays valid).
    if (m_wasAtBottom)
        m_view->scrollToBottom();
    m_status->setText(tr("%n line(s) shown", nullptr, m_model->rowCount()));
}

void LogViewerWidget::jumpTo(const QDateTime &when, int secondsAround)
{
    const QDateTime utc = when.toUTC();
    m_following = false;
    {
        const QSignalBlocker b1(m_useRange), b2(m_from), b3(m_to);
        m_useRange->setChecked(true);
        m_from->setDateTime(utc.addSecs(-secondsAround));
        m_to->setDateTime(utc.addSecs(secondsAround));
    }
    // Both nodes around that moment: a node filter would hide half of the story.
    {
        const QSignalBlocker b(m_node);
        m_node->setCurrentIndex(0);
    }
    m_pendingJumpUs = utc.toMSecsSinceEpoch() * 1000;
    applyFilter();
}

void LogViewerWidget::setNodeInfo(const logsource::NodeLogInfo &info)
{
    m_infos.insert(info.node, info);
    if (m_node->findData(info.node) < 0)
        m_node->addItem(info.node, info.node);
    updateClockLabel();
}

void LogViewerWidget::attach(logsource::LogController *controller)
{
    connect(controller, &logsource::LogController::nodeProbed, this, &LogViewerWidget::setNodeInfo);
    const QList<logsource::NodeLogInfo> infos = controller->nodeInfos();
    for (const auto &info : infos)
        setNodeInfo(info);
}

QString LogViewerWidget::clockText() const
{
    if (m_infos.isEmpty())
        return tr("Node clocks: not measured yet");
    QStringList parts;
    QStringList nodes = m_infos.keys();
    nodes.sort();
    for (const QString &n : std::as_const(nodes)) {
        const auto &i = m_infos[n];
        QString sources = i.journal ? tr("journald") : i.files.join(QStringLiteral(", "));
        if (!i.clockKnown && !i.error.isEmpty()) {
            parts << tr("%1: logs not read yet (%2)").arg(n, i.error);
            continue;
        }
        if (!i.clockKnown) {
            parts << tr("%1: clock unknown, %2 [%3]").arg(n, i.timeZone, sources);
            continue;
        }
        const double ms = static_cast<double>(i.clockOffsetUs) / 1000.0;
        const double pm = static_cast<double>(i.roundTripUs) / 2000.0;
        parts << (i.offsetApplied() ? tr("%1: clock %2%3 ms (±%4 ms, corrected), %5 [%6]")
                                    : tr("%1: clock %2%3 ms (±%4 ms, within the error: not corrected), %5 [%6]"))
                     .arg(n, ms >= 0 ? QStringLiteral("+") : QString(), QString::number(ms, 'f', 1),
                          QString::number(pm, 'f', 1), i.timeZone, sources);
    }
    return parts.join(QStringLiteral("   ·   "));
}

void LogViewerWidget::updateClockLabel()
{
    m_clocks->setText(clockText());
}

qint64 LogViewerWidget::exportTo(const QString &path, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = f.errorString();
        return -1;
    }
    const qint64 n = m_model->exportText(&f);
    if (n < 0 && error)
        *error = f.errorString();
    return n;
}

void LogViewerWidget::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export shown log lines"), QString(),
                                                      tr("Text files (*.txt *.log)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 n = exportTo(path, &error);
    m_status->setText(n < 0 ? tr("Export failed: %1").arg(error)
                            : tr("%n line(s) written to %1", nullptr, static_cast<int>(n)).arg(path));
}

} // namespace ha::ui
