// Analysis ▸ <method>…: the run form every registered method gets, generated from its declared
// parameters (fields, ranges, presets, conditions, tooltips) plus the split to slice.
#pragma once
#include "core/data/dataset.h"
#include "core/methods/parameter.h"
#include <QDialog>
#include <array>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace fl::methods {
class AnalysisMethod;
}

namespace fl::ui {

class AnalysisDocument;

class MethodRunDialog : public QDialog {
    Q_OBJECT
public:
    using Values = std::map<std::string, std::string>;
    // Examples per split in data::Split order (train, val, test); -1 = unknown.
    using SplitSizes = std::array<qint64, 3>;

    // Starts from the values last accepted for this method (QSettings), else its defaults.
    MethodRunDialog(const methods::AnalysisMethod& method, const SplitSizes& splitSizes,
                    QWidget* parent = nullptr);
    ~MethodRunDialog() override;

    static SplitSizes splitSizesOf(const AnalysisDocument& document);

    // Every field's value as text the core parses, by parameter name.
    Values given() const;
    // Sets the named fields (others keep their value; unknown names are ignored).
    void setGiven(const Values& values);
    // The preset the fields hold; a custom form reports Default (given() names every value).
    methods::Preset preset() const;
    bool isCustom() const;
    void setPreset(methods::Preset preset); // fills every field with the preset's values
    data::Split split() const;
    void setSplit(data::Split split);
    // Why the form cannot run, as the core says it (naming the parameter); empty when it can.
    QString validationError() const;

    // The values of `given` that apply: a value whose onlyWith parameter is false (or whose
    // onlyWithout is true) is dropped, as resolveParameters refuses it.
    static Values applicable(const std::vector<methods::ParameterSpec>& specs, const Values& given);

public Q_SLOTS:
    void restoreDefaults();
    void accept() override;

private:
    struct Field;
    QWidget* makeEditor(const methods::ParameterSpec& spec);
    QString text(const Field& f) const;
    void setText(const Field& f, const std::string& value);
    Values presetValues(methods::Preset preset) const;
    void fieldEdited();
    void updateConditions();
    void remember() const;

    std::string m_methodId;
    std::vector<methods::ParameterSpec> m_specs;
    std::vector<Field> m_fields;
    SplitSizes m_splitSizes;
    bool m_updating = false;
    QComboBox* m_preset = nullptr;
    QComboBox* m_split = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fl::ui
