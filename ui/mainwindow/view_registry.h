// The analysis views the main window hosts, each in its own dock, in layout order; one table so
// the window, the View menu and the saved layout agree on ids and titles.
#pragma once
#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;

struct ViewSlot {
    QString id;    // dock objectName, the key of saveState()
    QString title; // dock title (translated)
    std::function<QWidget*(AnalysisDocument*, JobManager*, QWidget*)> make;
};

// In the order the window lays them out: centre column first, then the right column.
std::vector<ViewSlot> viewSlots();

} // namespace fl::ui
