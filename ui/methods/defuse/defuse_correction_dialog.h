// The settings of a Defuse correction as the dock asks for them: the λ sweep (the paper's 17,
// editable), epochs, batch, learning rate, selection, samples per region and the baseline.
#pragma once
#include "core/workflows/defuse_correction.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fl::ui {

class DefuseCorrectionDialog : public QDialog {
    Q_OBJECT
public:
    // `confirmed`: the misclassification regions the labels make now (shown; 0 disables OK).
    DefuseCorrectionDialog(int confirmed, QWidget* parent = nullptr);
    // The options as entered; BadInput naming the λ that is not a number ≥ 0.
    workflows::DefuseCorrectionOptions options() const;
    QLineEdit* lambdas() const { return m_lambdas; }

private:
    void validate();

    QLineEdit* m_lambdas;
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_learningRate;
    QComboBox* m_selection;
    QSpinBox* m_fineTune;
    QSpinBox* m_heldOut;
    QCheckBox* m_baseline;
    QLabel* m_problem;
    int m_confirmed;
};

QString lambdaListText(const std::vector<double>& lambdas);

} // namespace fl::ui

namespace fl::methods {
struct MethodResult;
}

namespace fl::ui {

// A finished correction: before and after (test and region held-out accuracy), the λ sweep as a
// table with the chosen λ marked, and where the chosen model was saved.
class DefuseCorrectionResultDialog : public QDialog {
    Q_OBJECT
public:
    DefuseCorrectionResultDialog(const methods::MethodResult& result, QWidget* parent = nullptr);
    QString summary() const { return m_summary; }
    int sweepRows() const { return m_rows; }

private:
    QString m_summary;
    int m_rows = 0;
};

} // namespace fl::ui
