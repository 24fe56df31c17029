#include "core/methods/defuse_report.h"
#include "core/methods/defuse_method.h"
#include "core/methods/method_report.h"
#include "core/report/report_format.h"
#include <cstdio>

namespace fl::methods {
namespace {

std::string className(const std::vector<std::string>& names, int cls) {
    if (cls < 0)
        return "—";
    return std::size_t(cls) < names.size() ? names[std::size_t(cls)] : std::to_string(cls);
}

std::string percent(double share) {
    char b[32];
    std::snprintf(b, sizeof b, "%.0f%%", 100.0 * share);
    return b;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

} // namespace

report::Section defuseLabelSection(const MethodResult& defuse, const DefuseLabels& labels,
                                   const std::vector<std::string>& classNames) {
    report::Section s{
        "defuse-labels-" + std::to_string(defuse.runId), "Defuse: annotation", false, {}};
    const auto& v = labels.votes;
    const auto regions = v.regions.size();
    char rho[16];
    std::snprintf(rho, sizeof rho, "%g", labels.rho);
    if (v.labelledRegions == 0) {
        s.blocks.push_back(report::Paragraph{
            "No sample of Defuse run #" + std::to_string(defuse.runId) + "'s " +
            std::to_string(regions) +
            " candidate regions has been labelled yet: label them in the Defuse dock, with "
            "faultline-cli defuse-annotate, or import an annotation file."});
        return s;
    }
    s.blocks.push_back(report::Paragraph{
        std::to_string(v.labelledRegions) + " of " + std::to_string(regions) +
        " candidate regions of run #" + std::to_string(defuse.runId) + " are labelled, by " +
        std::to_string(labels.authors.size()) + " annotator(s) (" + joined(labels.authors) + "); " +
        std::to_string(v.misclassificationRegions) +
        " are misclassification regions: more than ρ = " + rho +
        " of their labels disagree with the model. Agreement (share of labels equal to their "
        "region's majority): " +
        percent(v.agreement) + " over " + std::to_string(v.votes) + " labels; per sample, " +
        percent(v.sampleAgreementInRegions) + " in misclassification regions and " +
        percent(v.sampleAgreementOutside) +
        " in the others (the paper's Figure 7). None-of-the-above labels are not counted."});
    report::Table t{"Labels per candidate region",
                    {"Region", "Model predicts", "Labelled as", "Labels", "Disagree with model",
                     "Agreement", "Misclassification region"},
                    {}};
    const auto list = defuse.summary.find("regions");
    for (const auto& o : v.regions) {
        int predicted = -1;
        if (list != defuse.summary.end() && std::size_t(o.region) < list->size())
            predicted = (*list)[std::size_t(o.region)].value("majority_prediction", -1);
        t.rows.push_back(
            {std::to_string(o.region + 1), className(classNames, predicted),
             o.labelled ? className(classNames, o.majority) : "not labelled",
             std::to_string(o.votes) +
                 (o.noneVotes > 0 ? " (+" + std::to_string(o.noneVotes) + " none)" : ""),
             o.labelled ? percent(o.disagreement) : "—", o.labelled ? percent(o.agreement) : "—",
             o.misclassification ? "yes" : (o.labelled ? "no" : "—")});
    }
    s.blocks.push_back(std::move(t));
    return s;
}

std::vector<report::Section>
DefuseMethod::projectReportSections(const MethodResult& result,
                                    const std::vector<std::string>& classNames,
                                    store::Project& project) const {
    auto sections = reportSections(result, classNames);
    if (result.kind == info().id)
        sections.push_back(defuseLabelSection(
            result,
            defuseLabels(project, result, classNames, metrics::kDefaultMisclassificationThreshold),
            classNames));
    return sections;
}

} // namespace fl::methods
