#include "ui/mainwindow/view_registry.h"
#include "ui/methods/barlow/barlow_trees_view.h"
#include "ui/methods/defuse/defuse_view.h"
#include "ui/methods/directions/directions_view.h"
#include "ui/methods/infembed/infembed_slice_view.h"
#include "ui/views/embedding_scatter_view.h"
#include "ui/views/histograms_view.h"
#include "ui/views/image_grid_view.h"
#include "ui/views/inspector_view.h"
#include "ui/views/overview_view.h"
#include "ui/views/slice_list_view.h"
#include <QCoreApplication>
#include <type_traits>

namespace fl::ui {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("fl::ui::ViewRegistry", s);
}

// Every view is `SomeView(AnalysisDocument* doc, QWidget* parent)`, or takes the window's job
// manager after the document when it computes in the background.
template <class V> ViewSlot slot(const char* id, const char* title) {
    return {QString::fromLatin1(id), tr(title),
            [](AnalysisDocument* doc, JobManager* jobs, QWidget* parent) -> QWidget* {
                if constexpr (std::is_constructible_v<V, AnalysisDocument*, JobManager*, QWidget*>)
                    return new V(doc, jobs, parent);
                else
                    return new V(doc, parent);
            }};
}

} // namespace

std::vector<ViewSlot> viewSlots() {
    return {
        slot<OverviewView>("overview", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Overview")),
        slot<HistogramsView>("histograms", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Histograms")),
        slot<SliceListView>("slices", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Slices")),
        slot<ImageGridView>("grid", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Examples")),
        slot<InspectorView>("inspector", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Inspector")),
        slot<EmbeddingScatterView>("embedding",
                                   QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Embedding")),
        slot<InfEmbedSliceView>("infembed",
                                QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "InfEmbed slice")),
        slot<BarlowTreesView>("barlow-trees", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Trees")),
        slot<DirectionsView>("directions", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Directions")),
        slot<DefuseView>("defuse", QT_TRANSLATE_NOOP("fl::ui::ViewRegistry", "Defuse"))};
}

} // namespace fl::ui
