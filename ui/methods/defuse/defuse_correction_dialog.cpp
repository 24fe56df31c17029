#include "ui/methods/defuse/defuse_correction_dialog.h"
#include "core/common/error.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fl::ui {

QString lambdaListText(const std::vector<double>& lambdas) {
    QStringList parts;
    for (double l : lambdas)
        parts << QString::number(l, 'g', 6);
    return parts.join(QStringLiteral(", "));
}

DefuseCorrectionDialog::DefuseCorrectionDialog(int confirmed, QWidget* parent)
    : QDialog(parent), m_confirmed(confirmed) {
    setWindowTitle(tr("Correct the Model"));
    const workflows::DefuseCorrectionOptions defaults;
    auto* v = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Fine-tunes the model on L(D) + λ·L(D_f), D_f drawn from the %n misclassification "
           "region(s) your labels confirm, for every λ; keeps each λ's best epoch and the best λ "
           "by the selection accuracy, and saves that model as a new model version.",
           nullptr, confirmed),
        this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto* form = new QFormLayout;
    m_lambdas = new QLineEdit(lambdaListText(defaults.correction.lambdas), this);
    m_lambdas->setToolTip(tr("The paper's 17 values; comma-separated"));
    form->addRow(tr("&λ values:"), m_lambdas);
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 100);
    m_epochs->setValue(defaults.correction.epochs);
    form->addRow(tr("&Epochs per λ:"), m_epochs);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 65536);
    m_batch->setValue(defaults.correction.batchSize);
    form->addRow(tr("&Batch:"), m_batch);
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(1e-6, 1.0);
    m_learningRate->setSingleStep(1e-4);
    m_learningRate->setValue(defaults.correction.learningRate);
    form->addRow(tr("&Learning rate (Adam):"), m_learningRate);
    m_selection = new QComboBox(this);
    m_selection->addItem(tr("Accuracy on D ∪ D_f (paper, MNIST)"), QStringLiteral("train"));
    m_selection->addItem(tr("Validation accuracy (paper, SVHN and signs)"),
                         QStringLiteral("validation"));
    form->addRow(tr("&Selection:"), m_selection);
    m_fineTune = new QSpinBox(this);
    m_fineTune->setRange(1, 100000);
    m_fineTune->setValue(defaults.fineTunePerRegion);
    form->addRow(tr("&Fine-tune samples per region:"), m_fineTune);
    m_heldOut = new QSpinBox(this);
    m_heldOut->setRange(1, 100000);
    m_heldOut->setValue(defaults.heldOutPerRegion);
    form->addRow(tr("&Held-out samples per region:"), m_heldOut);
    m_baseline = new QCheckBox(tr("&Baseline: fine-tune on the identified mistakes instead"), this);
    m_baseline->setToolTip(tr("The paper's comparison: the codes identification found inside "
                              "the confirmed regions, labelled with their source images' labels"));
    form->addRow(QString(), m_baseline);
    v->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    v->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Correct"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    connect(m_lambdas, &QLineEdit::textChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    });
    validate();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
}

void DefuseCorrectionDialog::validate() {
    if (m_confirmed == 0) {
        m_problem->setText(tr("No region is a misclassification region yet: label the samples "
                              "first."));
        return;
    }
    try {
        workflows::parseLambdaList(m_lambdas->text().toStdString(), "λ");
        m_problem->clear();
    } catch (const Error& e) {
        m_problem->setText(QString::fromUtf8(e.what()));
    }
}

workflows::DefuseCorrectionOptions DefuseCorrectionDialog::options() const {
    workflows::DefuseCorrectionOptions o;
    o.correction.lambdas = workflows::parseLambdaList(m_lambdas->text().toStdString(), "λ");
    o.correction.epochs = m_epochs->value();
    o.correction.batchSize = m_batch->value();
    o.correction.learningRate = m_learningRate->value();
    o.correction.selection = m_selection->currentData().toString().toStdString();
    o.fineTunePerRegion = m_fineTune->value();
    o.heldOutPerRegion = m_heldOut->value();
    o.baseline = m_baseline->isChecked();
    return o;
}

} // namespace fl::ui

#include "core/methods/method_result.h"
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace fl::ui {

DefuseCorrectionResultDialog::DefuseCorrectionResultDialog(const methods::MethodResult& r,
                                                           QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Defuse Correction — Run #%1").arg(r.runId));
    auto* v = new QVBoxLayout(this);
    const auto& c = r.summary.at("correction");
    const auto pct = [](double x) {
        return QLocale().toString(100.0 * x, 'f', 1) + QLatin1Char('%');
    };
    const auto& before = c.at("before");
    const auto& chosen = c.at("chosen");
    m_summary = tr("Before: test %1, region held-out %2. Chosen λ %3: test %4, region held-out "
                   "%5.")
                    .arg(pct(before.at("test_accuracy").get<double>()),
                         pct(before.at("region_accuracy").get<double>()))
                    .arg(chosen.at("lambda").get<double>())
                    .arg(pct(chosen.at("test_accuracy").get<double>()),
                         pct(chosen.at("region_accuracy").get<double>()));
    if (!r.models.empty())
        m_summary += QLatin1Char(' ') + tr("The model is saved as %1 (a new model version of the "
                                           "project).")
                                            .arg(QString::fromStdString(r.models.front().path));
    auto* label = new QLabel(m_summary, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(label);
    if (!r.tables.empty()) {
        const auto& t = r.tables.front();
        auto* table = new QTableWidget(int(t.rows.size()), int(t.columns.size()), this);
        QStringList headers;
        for (const auto& h : t.columns)
            headers << QString::fromStdString(h);
        table->setHorizontalHeaderLabels(headers);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            for (std::size_t k = 0; k < t.rows[i].size() && k < t.columns.size(); ++k)
                table->setItem(int(i), int(k),
                               new QTableWidgetItem(QString::fromStdString(t.rows[i][k])));
        table->resizeColumnsToContents();
        m_rows = int(t.rows.size());
        v->addWidget(table, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(640, 420);
}

} // namespace fl::ui
