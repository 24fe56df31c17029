// The slice benchmark's settings form: the CLI's knobs (dataset, planted task and its
// parameters, seed, methods, model recipe, device, K/P/D, ranking, k, top slices) as widgets ↔ a
// request.
#pragma once
#include "ui/analysis/slice_benchmark_request.h"
#include <QWidget>
#include <map>
#include <string>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace fl::ui {

class SliceBenchmarkForm : public QWidget {
    Q_OBJECT
public:
    explicit SliceBenchmarkForm(QWidget* parent = nullptr);

    SliceBenchmarkRequest request() const;
    // Shows r; the task's rows follow it, and its fraction is kept (not reset to the default).
    void setRequest(const SliceBenchmarkRequest& r);
    bool anyMethodChosen() const;

Q_SIGNALS:
    void methodsChanged();

private:
    void onTaskChanged();
    void updateTaskRows();

    QFormLayout* m_form = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_task = nullptr;
    QSpinBox* m_class = nullptr;
    QSpinBox* m_target = nullptr;
    QDoubleSpinBox* m_fraction = nullptr;
    QDoubleSpinBox* m_otherFraction = nullptr;
    QComboBox* m_signal = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_allMethods = nullptr;
    std::map<std::string, QCheckBox*> m_methods;
    QComboBox* m_arch = nullptr;
    QSpinBox* m_epochs = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_k = nullptr;
    QSpinBox* m_topSlices = nullptr;
    QSpinBox* m_clusters = nullptr;
    QSpinBox* m_arnoldiDim = nullptr;
    QSpinBox* m_embeddingDim = nullptr;
    QComboBox* m_ranking = nullptr;
    QCheckBox* m_reuseModel = nullptr;
};

} // namespace fl::ui
