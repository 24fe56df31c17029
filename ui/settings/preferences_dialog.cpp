#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace fl::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(qMax(0, m_device->findData(Settings::device())));

    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(Settings::threads());
    m_threads->setToolTip(tr("Threads each computation may use; applies to jobs started later"));

    m_thumbnail = new QSpinBox(this);
    m_thumbnail->setRange(24, 256);
    m_thumbnail->setSuffix(tr(" px"));
    m_thumbnail->setValue(Settings::thumbnailSize());

    m_author = new QLineEdit(Settings::author(), this);
    m_author->setToolTip(tr("The name stored with every tag, note and label you add"));

    auto* form = new QFormLayout;
    form->addRow(tr("Compute &device:"), m_device);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("T&humbnail size:"), m_thumbnail);
    form->addRow(tr("Annotation &author:"), m_author);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
            m_device->setCurrentIndex(m_device->findData(Settings::defaultValue(Settings::Device)));
            m_threads->setValue(Settings::defaultValue(Settings::Threads).toInt());
            m_thumbnail->setValue(Settings::defaultValue(Settings::ThumbnailSize).toInt());
            m_author->setText(Settings::defaultValue(Settings::Author).toString());
        });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply() {
    Settings::setValue(Settings::Device, m_device->currentData());
    Settings::setValue(Settings::Threads, m_threads->value());
    Settings::setValue(Settings::ThumbnailSize, m_thumbnail->value());
    Settings::setValue(Settings::Author, m_author->text().trimmed());
}

} // namespace fl::ui
