// Edit ▸ Preferences: compute device, worker threads, thumbnail size and the annotation author,
// read from and written to Settings (changes apply to jobs started afterwards).
#pragma once
#include <QDialog>

class QComboBox;
class QSpinBox;
class QLineEdit;

namespace fl::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    // Writes the edited values to Settings.
    void apply();

private:
    QComboBox* m_device;
    QSpinBox* m_threads;
    QSpinBox* m_thumbnail;
    QLineEdit* m_author;
};

} // namespace fl::ui
