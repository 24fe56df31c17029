#include "ui/mainwindow/new_project_dialog.h"
#include "core/nn/classifier.h"
#include "core/nn/training.h"
#include "ui/settings/settings.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

enum Kind { FashionMnist, Mnist, IdxFolder, ImageFolder, CsvFile };

QWidget* row(QWidget* a, QWidget* b) {
    auto* w = new QWidget;
    auto* h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(a, 1);
    h->addWidget(b);
    return w;
}

} // namespace

NewProjectDialog::NewProjectDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New Project"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Fashion-MNIST (installed)"));
    m_kind->addItem(tr("MNIST (installed)"));
    m_kind->addItem(tr("IDX files in a folder"));
    m_kind->addItem(tr("Image folder (one sub-folder per class)"));
    m_kind->addItem(tr("CSV manifest (path, label, attributes)"));
    m_datasetPath = new QLineEdit(this);
    m_datasetBrowse = new QPushButton(tr("Browse…"), this);
    auto* dsBox = new QGroupBox(tr("Dataset"), this);
    auto* dsForm = new QFormLayout(dsBox);
    dsForm->addRow(tr("&Kind:"), m_kind);
    dsForm->addRow(tr("&Location:"), row(m_datasetPath, m_datasetBrowse));

    m_train = new QRadioButton(tr("&Train a built-in network"), this);
    m_load = new QRadioButton(tr("&Open a model file (TorchScript or Faultline)"), this);
    m_train->setChecked(true);
    m_arch = new QComboBox(this);
    for (const auto& a : nn::builtInArchitectures())
        m_arch->addItem(QString::fromStdString(a));
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 200);
    m_epochs->setValue(fl::nn::TrainOptions{}.epochs);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(1);
    m_modelPath = new QLineEdit(this);
    m_modelBrowse = new QPushButton(tr("Browse…"), this);
    auto* mBox = new QGroupBox(tr("Model"), this);
    auto* mForm = new QFormLayout(mBox);
    mForm->addRow(m_train);
    mForm->addRow(tr("Architecture:"), m_arch);
    mForm->addRow(tr("Epochs:"), m_epochs);
    mForm->addRow(tr("Seed:"), m_seed);
    mForm->addRow(m_load);
    mForm->addRow(tr("Model file:"), row(m_modelPath, m_modelBrowse));

    m_projectPath =
        new QLineEdit(QDir::home().filePath(QStringLiteral("analysis.faultline")), this);
    auto* projectBrowse = new QPushButton(tr("Browse…"), this);
    auto* pForm = new QFormLayout;
    pForm->addRow(tr("Save project &as:"), row(m_projectPath, projectBrowse));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dsBox);
    layout->addWidget(mBox);
    layout->addLayout(pForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_datasetBrowse, &QPushButton::clicked, this, &NewProjectDialog::browseDataset);
    connect(m_modelBrowse, &QPushButton::clicked, this, &NewProjectDialog::browseModel);
    connect(projectBrowse, &QPushButton::clicked, this, &NewProjectDialog::browseProject);
    for (auto* e : {m_datasetPath, m_modelPath, m_projectPath})
        connect(e, &QLineEdit::textChanged, this, &NewProjectDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewProjectDialog::updateState);
    connect(m_train, &QRadioButton::toggled, this, &NewProjectDialog::updateState);
    updateState();
}

void NewProjectDialog::browseDataset() {
    QString p;
    if (m_kind->currentIndex() == CsvFile)
        p = QFileDialog::getOpenFileName(this, tr("CSV Manifest"), {}, tr("CSV files (*.csv)"));
    else
        p = QFileDialog::getExistingDirectory(this, tr("Dataset Folder"));
    if (!p.isEmpty())
        m_datasetPath->setText(p);
}

void NewProjectDialog::browseModel() {
    const QString p = QFileDialog::getOpenFileName(
        this, tr("Model File"), {},
        tr("Models (*.pt *.pth *.torchscript *.flmodel);;All files (*)"));
    if (!p.isEmpty())
        m_modelPath->setText(p);
}

void NewProjectDialog::browseProject() {
    QString p = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_projectPath->text(),
                                             tr("Faultline projects (*.faultline)"));
    if (p.isEmpty())
        return;
    if (!p.endsWith(QStringLiteral(".faultline")))
        p += QStringLiteral(".faultline");
    m_projectPath->setText(p);
}

void NewProjectDialog::updateState() {
    const bool named = m_kind->currentIndex() <= Mnist;
    m_datasetPath->setEnabled(!named);
    m_datasetBrowse->setEnabled(!named);
    const bool train = m_train->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_arch), static_cast<QWidget*>(m_epochs),
                       static_cast<QWidget*>(m_seed)})
        w->setEnabled(train);
    m_modelPath->setEnabled(!train);
    m_modelBrowse->setEnabled(!train);

    QString problem;
    if (!named && !QFileInfo::exists(m_datasetPath->text()))
        problem = tr("Choose the dataset's location.");
    else if (!train && !QFileInfo(m_modelPath->text()).isFile())
        problem = tr("Choose a model file.");
    else if (m_projectPath->text().trimmed().isEmpty())
        problem = tr("Choose where to save the project.");
    else if (QFileInfo::exists(m_projectPath->text()))
        problem = tr("%1 exists already; choose a new name.").arg(m_projectPath->text());
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

NewProjectRequest NewProjectDialog::request() const {
    NewProjectRequest r;
    switch (m_kind->currentIndex()) {
    case FashionMnist:
        r.datasetSpec = "fashion-mnist";
        break;
    case Mnist:
        r.datasetSpec = "mnist";
        break;
    default:
        r.datasetSpec = m_datasetPath->text().toStdString();
        break;
    }
    r.trainBuiltIn = m_train->isChecked();
    r.arch = m_arch->currentText().toStdString();
    r.epochs = m_epochs->value();
    r.seed = std::uint64_t(m_seed->value());
    r.modelPath = m_modelPath->text().toStdString();
    r.projectPath = m_projectPath->text().trimmed().toStdString();
    r.device = Settings::device().toStdString();
    return r;
}

} // namespace fl::ui
