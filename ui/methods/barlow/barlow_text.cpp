#include "ui/methods/barlow/barlow_text.h"
#include <QCoreApplication>
#include <QLocale>

namespace fl::ui::barlow {
QString featureLabel(int feature, const FeatureNames& names) {
    const auto it = names.constFind(feature);
    if (it != names.constEnd() && !it->isEmpty())
        return *it;
    return QCoreApplication::translate("fl::ui::BarlowText", "feature[%1]").arg(feature);
}

QString featureLongLabel(int feature, const FeatureNames& names) {
    const auto it = names.constFind(feature);
    if (it != names.constEnd() && !it->isEmpty())
        return QCoreApplication::translate("fl::ui::BarlowText", "%1 (feature[%2])")
            .arg(*it)
            .arg(feature);
    return QCoreApplication::translate("fl::ui::BarlowText", "feature[%1]").arg(feature);
}

QString threshold(double value) {
    return QLocale().toString(value, 'g', 3);
}

QString conditionText(const trees::Condition& c, const FeatureNames& names) {
    return conditionText(c, featureLabel(c.feature, names));
}

QString conditionText(const trees::Condition& c, const QString& label) {
    return (c.atMost ? QCoreApplication::translate("fl::ui::BarlowText", "%1 ≤ %2")
                     : QCoreApplication::translate("fl::ui::BarlowText", "%1 > %2"))
        .arg(label, threshold(c.threshold));
}

QString ruleText(const QString& group, const std::vector<trees::Condition>& path,
                 const FeatureNames& names) {
    QString s = group;
    for (const auto& c : trees::simplifiedPath(path))
        s += QStringLiteral(" ∧ ") + conditionText(c, names);
    return s;
}

QString percent(double fraction, int decimals) {
    return QLocale().toString(100.0 * fraction, 'f', decimals) + QStringLiteral("%");
}

} // namespace fl::ui::barlow
