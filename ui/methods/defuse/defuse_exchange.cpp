#include "ui/methods/defuse/defuse_exchange.h"
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fl::ui {

QString importSummary(const store::ImportReport& r) {
    QString text = QObject::tr("%n label(s) added", nullptr, r.added);
    text += QStringLiteral(", ") + QObject::tr("%n identical one(s) skipped", nullptr, r.skipped);
    if (r.conflicts.empty())
        return text + QStringLiteral(", ") + QObject::tr("no conflict.");
    return text + QStringLiteral(", ") +
           QObject::tr("%n conflict(s): this project's label was kept; the file's is listed "
                       "below and was not imported.",
                       nullptr, int(r.conflicts.size()));
}

AnnotationImportDialog::AnnotationImportDialog(const QString& file,
                                               const store::ImportReport& report, QWidget* parent)
    : QDialog(parent), m_summary(importSummary(report)) {
    setWindowTitle(tr("Imported %1").arg(QFileInfo(file).fileName()));
    auto* v = new QVBoxLayout(this);
    auto* label = new QLabel(m_summary, this);
    label->setWordWrap(true);
    v->addWidget(label);
    m_conflicts = new QTableWidget(int(report.conflicts.size()), 4, this);
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Target"), tr("Author"), tr("This project (kept)"), tr("The file (not imported)")});
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    for (std::size_t i = 0; i < report.conflicts.size(); ++i) {
        const auto& c = report.conflicts[i];
        const QStringList cells{QString::fromStdString(c.target), QString::fromStdString(c.author),
                                QString::fromStdString(c.ours), QString::fromStdString(c.theirs)};
        for (int k = 0; k < cells.size(); ++k)
            m_conflicts->setItem(int(i), k, new QTableWidgetItem(cells[k]));
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->setVisible(!report.conflicts.empty());
    v->addWidget(m_conflicts, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(report.conflicts.empty() ? 420 : 640, report.conflicts.empty() ? 120 : 360);
}

} // namespace fl::ui
