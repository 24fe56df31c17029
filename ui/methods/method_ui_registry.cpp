#include "ui/methods/method_ui_registry.h"
#include "ui/methods/infembed/infembed_command.h"
#include "ui/methods/method_command.h"
#include <map>

namespace fl::ui {
namespace {

const std::map<std::string, MethodUi>& table() {
    static const std::map<std::string, MethodUi> t{
        {"infembed",
         {[](QWidget* parent, AnalysisDocument& doc, JobManager& jobs) {
              return InfEmbedCommand::start(parent, doc, jobs);
          },
          [](const AnalysisDocument& doc) { return InfEmbedCommand::available(doc); },
          QStringLiteral("actionInfEmbed"),
          {QStringLiteral("actionOpponents")}}},
    };
    return t;
}

} // namespace

const MethodUi* methodUi(const std::string& methodId) {
    const auto it = table().find(methodId);
    return it == table().end() ? nullptr : &it->second;
}

QString methodActionName(const std::string& methodId) {
    const MethodUi* ui = methodUi(methodId);
    return ui && !ui->actionName.isEmpty()
               ? ui->actionName
               : QStringLiteral("actionMethod_%1").arg(QString::fromStdString(methodId));
}

bool methodAvailable(const std::string& methodId, const AnalysisDocument& document) {
    const MethodUi* ui = methodUi(methodId);
    return ui && ui->available ? ui->available(document) : MethodCommand::available(document);
}

bool startMethod(const std::string& methodId, QWidget* parent, AnalysisDocument& document,
                 JobManager& jobs) {
    if (const MethodUi* ui = methodUi(methodId); ui && ui->start)
        return ui->start(parent, document, jobs);
    return MethodCommand::start(parent, document, jobs, methodId);
}

} // namespace fl::ui
