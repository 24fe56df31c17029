// The Interventions… form of the Directions dock: filtering (K per class from a held-out pool,
// against random and low-confidence picks) and upweighting (the predicted errors' loss × a
// factor), the base model every arm retrains, the seeds and the embedding. Remembers its values.
#pragma once
#include "ui/methods/directions/directions_interventions_job.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace fl::ui {

class DirectionsInterventionsDialog : public QDialog {
    Q_OBJECT
public:
    // `embeddingFile`: the directions run's encoder ("" when it used the model's own features:
    // then each base model's features are the only choice). `arch` and `epochs`: the project's
    // model, the base recipe's defaults.
    DirectionsInterventionsDialog(const QString& embeddingFile, const QString& arch, int epochs,
                                  QWidget* parent = nullptr);

    // The options as the form holds them (seeds 0..N−1).
    InterventionRequest request() const;
    // Why it cannot run ("" when it can).
    QString validationError() const;

    QSpinBox* perClass() const { return m_k; }
    QDoubleSpinBox* poolFraction() const { return m_pool; }
    QDoubleSpinBox* upweight() const { return m_upweight; }
    QSpinBox* seeds() const { return m_seeds; }
    QCheckBox* filtering() const { return m_filtering; }
    QCheckBox* upweighting() const { return m_upweighting; }
    QComboBox* arch() const { return m_arch; }
    QSpinBox* epochs() const { return m_epochs; }
    QComboBox* embedding() const { return m_embedding; }

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();
    void remember() const;
    void restore();

    QString m_embeddingFile;
    QComboBox* m_embedding;
    QCheckBox* m_filtering;
    QSpinBox* m_k;
    QDoubleSpinBox* m_pool;
    QSpinBox* m_poolSeed;
    QCheckBox* m_upweighting;
    QDoubleSpinBox* m_upweight;
    QComboBox* m_arch;
    QSpinBox* m_epochs;
    QSpinBox* m_seeds;
    QLabel* m_cost;
    QLabel* m_error;
};

} // namespace fl::ui
