// How Barlow's views word features, conditions and rules: a feature by the name the user gave it
// ("collar") or as feature[41], a condition as "collar ≤ 0.36", a rule as "label Shirt ∧ …".
#pragma once
#include "core/trees/failure_analysis.h"
#include <QHash>
#include <QString>
#include <vector>

namespace fl::ui::barlow {

using FeatureNames = QHash<int, QString>; // feature column → the user's name

QString featureLabel(int feature, const FeatureNames& names);
// "collar (feature[41])" when named, else "feature[41]".
QString featureLongLabel(int feature, const FeatureNames& names);
QString threshold(double value);
QString conditionText(const trees::Condition& c, const FeatureNames& names);
// The same with the feature's label given (e.g. shortened to fit).
QString conditionText(const trees::Condition& c, const QString& label);
// The group and the simplified path: "label Shirt ∧ collar ≤ 0.36 ∧ feature[7] > 1.2".
QString ruleText(const QString& group, const std::vector<trees::Condition>& path,
                 const FeatureNames& names);
// "12.5%".
QString percent(double fraction, int decimals = 1);

} // namespace fl::ui::barlow
