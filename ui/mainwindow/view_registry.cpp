#include "ui/mainwindow/view_registry.h"
#include <QCoreApplication>

// Each view is `SomeView(AnalysisDocument* doc, QWidget* parent)`; __has_include lets the
// window pick it up as soon as the views module adds it, with no placeholder classes here.
#if __has_include("ui/views/overview_view.h")
#include "ui/views/overview_view.h"
#define FL_HAS_OVERVIEW_VIEW 1
#endif
#if __has_include("ui/views/histograms_view.h")
#include "ui/views/histograms_view.h"
#define FL_HAS_HISTOGRAMS_VIEW 1
#endif
#if __has_include("ui/views/image_grid_view.h")
#include "ui/views/image_grid_view.h"
#define FL_HAS_IMAGE_GRID_VIEW 1
#endif
#if __has_include("ui/views/slice_list_view.h")
#include "ui/views/slice_list_view.h"
#define FL_HAS_SLICE_LIST_VIEW 1
#endif
#if __has_include("ui/views/inspector_view.h")
#include "ui/views/inspector_view.h"
#define FL_HAS_INSPECTOR_VIEW 1
#endif
#if __has_include("ui/views/embedding_scatter_view.h")
#include "ui/views/embedding_scatter_view.h"
#define FL_HAS_EMBEDDING_SCATTER_VIEW 1
#endif

namespace fl::ui {
namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("fl::ui::ViewRegistry", s);
}

template <class V> std::function<QWidget*(AnalysisDocument*, QWidget*)> maker() {
    return [](AnalysisDocument* doc, QWidget* parent) -> QWidget* { return new V(doc, parent); };
}

} // namespace

std::vector<ViewSlot> viewSlots() {
    std::vector<ViewSlot> v;
    v.push_back({QStringLiteral("overview"),
                 tr("Overview"),
                 tr("The confusion matrix and per-class accuracy will appear here. Click a cell "
                    "to select its examples."),
                 {}});
#ifdef FL_HAS_OVERVIEW_VIEW
    v.back().make = maker<OverviewView>();
#endif
    v.push_back({QStringLiteral("histograms"),
                 tr("Histograms"),
                 tr("Label and prediction histograms of the selection will appear here."),
                 {}});
#ifdef FL_HAS_HISTOGRAMS_VIEW
    v.back().make = maker<HistogramsView>();
#endif
    v.push_back({QStringLiteral("slices"),
                 tr("Slices"),
                 tr("Slices found by the analyses and the ones you save (Ctrl+S) will be listed "
                    "here with their error rates."),
                 {}});
#ifdef FL_HAS_SLICE_LIST_VIEW
    v.back().make = maker<SliceListView>();
#endif
    v.push_back({QStringLiteral("grid"),
                 tr("Examples"),
                 tr("The images of the selection will appear here, errors marked in red."),
                 {}});
#ifdef FL_HAS_IMAGE_GRID_VIEW
    v.back().make = maker<ImageGridView>();
#endif
    v.push_back({QStringLiteral("inspector"),
                 tr("Inspector"),
                 tr("Click an example to see it large, with its label, prediction, "
                    "probabilities, tags and notes."),
                 {}});
#ifdef FL_HAS_INSPECTOR_VIEW
    v.back().make = maker<InspectorView>();
#endif
    v.push_back({QStringLiteral("embedding"),
                 tr("Embedding"),
                 tr("A 2-D map of the model's embeddings will appear here; lasso points to "
                    "select them."),
                 {}});
#ifdef FL_HAS_EMBEDDING_SCATTER_VIEW
    v.back().make = maker<EmbeddingScatterView>();
#endif
    return v;
}

} // namespace fl::ui
