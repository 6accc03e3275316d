#include "mainwindow.h"

#include <QLabel>

namespace ha::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("HA Console"));
    auto *label = new QLabel(tr("No cluster connected."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1200, 780);
}

} // namespace ha::ui
