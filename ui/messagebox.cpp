#include "messagebox.h"

#include <QPushButton>

namespace ha::ui {

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &details, const QString &actionText)
{
    s_lastText = text;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return s_nextAnswer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    QPushButton *go = box.addButton(actionText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                         const QString &details)
{
    s_lastText = text;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setNextAnswer(bool accept)
{
    s_hasNextAnswer = true;
    s_nextAnswer = accept;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace ha::ui
