#pragma once
// Validation messages that sit right under the field they are about, so the operator sees what
// to fix where they are typing instead of in a box that hides the form.

#include <QString>

class QLabel;
class QWidget;

namespace ha::ui {

// A hidden red "✖ ..." label; setFieldError() shows it with a message or hides it.
QLabel *makeFieldError(QWidget *parent);
void setFieldError(QLabel *label, const QString &message);
// The field with its error label below it, for a form row.
QWidget *withFieldError(QWidget *field, QLabel *error, QWidget *parent);

} // namespace ha::ui
