// The Defuse dock's label exchange: export the run's labels to the annotation file format for
// another annotator, import theirs back (a light job on its own connection), and show what the
// import did — added, identical, and every conflict, kept as it was rather than overwritten.
#pragma once
#include "core/store/annotation_exchange.h"
#include <QDialog>
#include <QString>

class QTableWidget;

namespace fl::ui {

class AnnotationImportDialog : public QDialog {
    Q_OBJECT
public:
    AnnotationImportDialog(const QString& file, const store::ImportReport& report,
                           QWidget* parent = nullptr);
    QTableWidget* conflicts() const { return m_conflicts; }
    QString summary() const { return m_summary; }

private:
    QTableWidget* m_conflicts;
    QString m_summary;
};

// What the import says in one sentence ("12 labels added, 3 identical ones skipped, 1 conflict
// kept as it was").
QString importSummary(const store::ImportReport& report);

} // namespace fl::ui
