#include "confirmbynamedialog.h"

#include "statebadge.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ha::ui {

ConfirmByNameDialog::ConfirmByNameDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_name(new QLineEdit(this))
    , m_commands(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(request.title);
    auto *box = new QVBoxLayout(this);

    auto *headline = new QLabel(request.title, this);
    QFont hf = headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    headline->setFont(hf);
    box->addWidget(headline);

    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setText(QStringLiteral("⚠ ") + request.warning);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 8px; font-weight: bold; }")
            .arg(severityBackground(Severity::Bad).name(),
                 severityForeground(Severity::Bad).name()));
    m_warning->setVisible(!request.warning.isEmpty());
    box->addWidget(m_warning);

    box->addWidget(new QLabel(
        request.runsOn.isEmpty()
            ? tr("These commands will run:")
            : tr("These commands will run on <b>%1</b>:").arg(request.runsOn.toHtmlEscaped()),
        this));
    m_commands->setObjectName(QStringLiteral("commands"));
    m_commands->setReadOnly(true);
    m_commands->setPlainText(request.commands.join(u'\n'));
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = qBound(2, static_cast<int>(request.commands.size()) + 1, 8);
    m_commands->setFixedHeight(m_commands->fontMetrics().lineSpacing() * lines + 12);
    m_commands->setTabChangesFocus(true);
    box->addWidget(m_commands);

    auto *prompt =
        new QLabel(tr("Type <b>%1</b> to confirm:").arg(request.target.toHtmlEscaped()), this);
    prompt->setBuddy(m_name);
    box->addWidget(prompt);
    m_name->setObjectName(QStringLiteral("typedName"));
    m_name->setPlaceholderText(request.target);
    m_name->setAccessibleName(tr("Type %1 to confirm").arg(request.target));
    box->addWidget(m_name);

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(request.actionText, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("action"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter in the name field must never fire the action by accident: Cancel is the default,
    // and the action button is never a default.
    m_action->setAutoDefault(false);
    m_cancel->setDefault(true);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (nameMatches())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ConfirmByNameDialog::updateAction);
    updateAction();
    m_name->setFocus();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

bool ConfirmByNameDialog::nameMatches() const
{
    // Exact, case-sensitive: node names are; a near miss means the operator is not sure.
    return !m_request.target.isEmpty() && m_name->text().trimmed() == m_request.target;
}

void ConfirmByNameDialog::updateAction()
{
    m_action->setEnabled(nameMatches());
}

QString ConfirmByNameDialog::commandsText() const
{
    return m_commands->toPlainText();
}

QString ConfirmByNameDialog::warningText() const
{
    return m_warning->text();
}

bool ConfirmByNameDialog::confirm(QWidget *parent, const ConfirmRequest &request)
{
    s_lastRequest = request;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return s_nextAnswer;
    }
    ConfirmByNameDialog dialog(request, parent);
    return dialog.exec() == QDialog::Accepted && dialog.nameMatches();
}

void ConfirmByNameDialog::setNextAnswer(bool accept)
{
    s_hasNextAnswer = true;
    s_nextAnswer = accept;
}

ConfirmRequest ConfirmByNameDialog::lastRequest()
{
    return s_lastRequest;
}

} // namespace ha::ui
