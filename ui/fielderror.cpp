#include "fielderror.h"

#include "statebadge.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ha::ui {

QLabel *makeFieldError(QWidget *parent)
{
    auto *l = new QLabel(parent);
    // No word wrap: a wrapping label's height-for-width makes form layouts squeeze the field
    // above it. The messages are short.
    l->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                         .arg(severityBackground(Severity::Bad).name()));
    l->hide();
    return l;
}

void setFieldError(QLabel *label, const QString &message)
{
    label->setText(message.isEmpty() ? QString() : QStringLiteral("✖ ") + message);
    label->setVisible(!message.isEmpty());
}

QWidget *withFieldError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *box = new QVBoxLayout(w);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    field->setParent(w);
    // Showing the message must push the rows below down, not squeeze the field.
    field->setMinimumHeight(field->sizeHint().height());
    error->setMinimumHeight(error->fontMetrics().height());
    error->setParent(w);
    box->addWidget(field);
    box->addWidget(error);
    w->setFocusProxy(field);
    return w;
}

} // namespace ha::ui
