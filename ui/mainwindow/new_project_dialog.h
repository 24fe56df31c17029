// File ▸ New: choose a dataset (a named one, an IDX folder, an image folder or a CSV manifest),
// a model (train a built-in one with epochs and seed, or open a model file) and where to save.
#pragma once
#include "ui/mainwindow/project_creator.h"
#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;
class QLabel;

namespace fl::ui {

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);
    NewProjectRequest request() const;

private:
    void browseDataset();
    void browseModel();
    void browseProject();
    void updateState();

    QComboBox* m_kind;
    QLineEdit* m_datasetPath;
    QPushButton* m_datasetBrowse;
    QRadioButton* m_train;
    QRadioButton* m_load;
    QComboBox* m_arch;
    QSpinBox* m_epochs;
    QSpinBox* m_seed;
    QLineEdit* m_modelPath;
    QPushButton* m_modelBrowse;
    QLineEdit* m_projectPath;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace fl::ui
