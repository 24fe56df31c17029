#include "ui/mainwindow/project_panel.h"
#include "core/data/dataset.h"
#include "core/methods/method_result.h"
#include "core/nn/classifier.h"
#include "core/store/dataset_repo.h"
#include "core/store/model_repo.h"
#include "core/store/run_repo.h"
#include "core/store/slice_repo.h"
#include "ui/document/analysis_document.h"
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

constexpr int kSliceIdRole = Qt::UserRole + 1;

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& text, const QString& detail = {}) {
    auto* item = new QTreeWidgetItem(parent, QStringList{text, detail});
    item->setToolTip(0, detail.isEmpty() ? text : text + QStringLiteral(" — ") + detail);
    return item;
}

} // namespace

ProjectPanel::ProjectPanel(AnalysisDocument* doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty = new QLabel(tr("No project open.\nFile ▸ Open a project, or File ▸ New to analyse "
                            "your own dataset and model."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);

    connect(m_doc, &AnalysisDocument::projectChanged, this, &ProjectPanel::rebuild);
    connect(m_doc, &AnalysisDocument::slicesChanged, this, &ProjectPanel::rebuildSlices);
    // A method run by a job was stored meanwhile (rebuild() already listed them on open).
    connect(m_doc, &AnalysisDocument::methodResultChanged, this, [this](const QString& id) {
        const auto r = m_doc->latestResult(id.toStdString());
        if (r && !m_runIds.contains(r->runId))
            rebuildRuns();
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, &ProjectPanel::onItemActivated);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &ProjectPanel::showContextMenu);
    rebuild();
}

void ProjectPanel::rebuild() {
    m_tree->clear();
    m_runs = nullptr;
    m_slices = nullptr;
    const bool open = m_doc->hasProject();
    m_empty->setVisible(!open);
    m_tree->setVisible(open);
    if (!open)
        return;
    auto* root = m_tree->invisibleRootItem();
    auto* proj = addItem(root, QFileInfo(m_doc->projectPath()).fileName(), m_doc->projectPath());
    QFont bold = proj->font(0);
    bold.setBold(true);
    proj->setFont(0, bold);

    auto* dsItem = addItem(root, tr("Dataset"));
    dsItem->setFont(0, bold);
    if (const auto* ds = m_doc->dataset()) {
        addItem(dsItem, QString::fromStdString(ds->name), QString::fromStdString(ds->source));
        addItem(dsItem, tr("%n examples", nullptr, int(ds->size())),
                tr("%1×%2, %n channel(s)", nullptr, ds->channels).arg(ds->width).arg(ds->height));
        addItem(dsItem, tr("%n classes", nullptr, ds->numClasses()), QString::fromStdString([&] {
                    std::string s;
                    for (const auto& c : ds->classNames)
                        s += (s.empty() ? "" : ", ") + c;
                    return s;
                }()));
    } else {
        addItem(dsItem, tr("(not loaded)"));
    }

    auto* modelItem = addItem(root, tr("Model"));
    modelItem->setFont(0, bold);
    if (const auto m = m_doc->model()) {
        addItem(modelItem, QString::fromStdString(m->arch()),
                QString::fromStdString(m->sourcePath()));
        addItem(modelItem, tr("device: %1").arg(QString::fromStdString(m->deviceName())));
    } else {
        addItem(modelItem, tr("(not loaded)"));
    }

    m_runs = addItem(root, tr("Runs"));
    m_runs->setFont(0, bold);
    rebuildRuns();
    m_slices = addItem(root, tr("Slices"));
    m_slices->setFont(0, bold);
    rebuildSlices();
    m_tree->expandAll();
}

void ProjectPanel::rebuildRuns() {
    if (!m_runs || !m_doc->project())
        return;
    qDeleteAll(m_runs->takeChildren());
    m_runIds.clear();
    try {
        for (const auto& r : store::RunRepo(*m_doc->project()).list()) {
            m_runIds.insert(r.id);
            auto* it = addItem(
                m_runs, QStringLiteral("%1 #%2").arg(QString::fromStdString(r.kind)).arg(r.id),
                QString::fromLatin1(store::runStatusName(r.status)));
            if (r.id == m_doc->evaluationRunId())
                it->setText(1, tr("%1 (shown)").arg(it->text(1)));
        }
    } catch (const std::exception& e) {
        addItem(m_runs, tr("(cannot read runs: %1)").arg(QString::fromUtf8(e.what())));
    }
    m_runs->setExpanded(true);
}

void ProjectPanel::rebuildSlices() {
    if (!m_slices)
        return;
    qDeleteAll(m_slices->takeChildren());
    const auto slices = m_doc->slices();
    for (const auto& s : slices) {
        auto* it = addItem(m_slices, QStringLiteral("★ ") + QString::fromStdString(s.name),
                           tr("%n examples", nullptr, int(m_doc->sliceMembers(s.id).size())));
        it->setData(0, kSliceIdRole, qint64(s.id));
        it->setToolTip(
            0, tr("%1 slice; click to select its examples").arg(QString::fromStdString(s.origin)));
    }
    if (slices.empty()) {
        auto* hint = addItem(m_slices, tr("Select examples, then Annotate ▸ Save Slice (Ctrl+S)"));
        hint->setDisabled(true);
    }
    m_slices->setExpanded(true);
}

void ProjectPanel::onItemActivated(QTreeWidgetItem* item) {
    const QVariant id = item ? item->data(0, kSliceIdRole) : QVariant();
    if (id.isValid())
        m_doc->selectSlice(id.toLongLong());
}

void ProjectPanel::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    const QVariant id = item ? item->data(0, kSliceIdRole) : QVariant();
    if (!id.isValid())
        return;
    const qint64 sliceId = id.toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Select Examples"), this, [this, sliceId] { m_doc->selectSlice(sliceId); });
    menu.addAction(tr("Rename…"), this, [this, sliceId, item] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Slice"), tr("Name:"),
                                                   QLineEdit::Normal, item->text(0).mid(2), &ok);
        if (ok)
            m_doc->renameSlice(sliceId, name);
    });
    menu.addAction(tr("Remove"), this, [this, sliceId] { m_doc->removeSlice(sliceId); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fl::ui
