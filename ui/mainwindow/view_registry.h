// The analysis views the main window hosts, each in its own dock. A view written by the views
// module is created when its header exists at build time; until then its dock shows what will
// appear there, so the layout (and the user's saved arrangement) does not change later.
#pragma once
#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace fl::ui {

class AnalysisDocument;

struct ViewSlot {
    QString id;        // dock objectName, the key of saveState()
    QString title;     // dock title (translated)
    QString emptyText; // shown when the view is not built into this version
    std::function<QWidget*(AnalysisDocument*, QWidget*)> make; // null when absent
};

// In the order the window lays them out: centre column first, then the right column.
std::vector<ViewSlot> viewSlots();

} // namespace fl::ui
