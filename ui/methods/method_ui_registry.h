// What a registered analysis method brings of its own to the window, keyed by method id; every
// method without an entry gets the generic run form and job (MethodCommand).
#pragma once
#include <QString>
#include <QStringList>
#include <functional>
#include <string>

class QWidget;

namespace fl::ui {

class AnalysisDocument;
class JobManager;

struct MethodUi {
    // Replaces the generic form and job; false when the user cancelled. (InfEmbed keeps its own
    // dialog: layer choices the model allows, the plain/rule switch, opponents.)
    std::function<bool(QWidget* parent, AnalysisDocument&, JobManager&)> start;
    // Whether it can run now; empty means MethodCommand::available.
    std::function<bool(const AnalysisDocument&)> available;
    // The Analysis menu action's objectName when it predates the registry ("actionInfEmbed").
    QString actionName;
    // Window actions (objectNames) the Analysis menu lists right after the method's own.
    QStringList followingActions;
};

// The method's own UI, or null when it has none.
const MethodUi* methodUi(const std::string& methodId);

// The Analysis menu action's objectName: "actionMethod_<id>" unless the method names its own.
QString methodActionName(const std::string& methodId);
bool methodAvailable(const std::string& methodId, const AnalysisDocument& document);
// The method's own start if it has one, else MethodCommand::start.
bool startMethod(const std::string& methodId, QWidget* parent, AnalysisDocument& document,
                 JobManager& jobs);

} // namespace fl::ui
