// Analysis ▸ InfEmbed…: every setting of an InfEmbed run (layers, P, D, Hessian subset, seed,
// split, plain K or InfEmbed-Rule, opponents) with presets, validation and the last used values.
#pragma once
#include "core/influence/infembed_run.h"
#include <QDialog>
#include <QVariantMap>
#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace fl::ui {

class InfEmbedDialog : public QDialog {
    Q_OBJECT
public:
    // What the open project allows: which layer choices the model supports, and how many
    // examples each split holds (to check K against the sliced split).
    struct Context {
        bool lastLayerAvailable = true; // the model exposes features() and its head
        bool blockAvailable = true;     // built-in models only (autograd through the block)
        std::array<qint64, 3> splitSizes{-1, -1, -1}; // train, val, test; -1 = unknown
    };

    enum Preset { PaperPreset, FastPreset, CustomPreset };

    explicit InfEmbedDialog(const Context& context, QWidget* parent = nullptr);

    influence::InfEmbedRequest request() const;
    void setRequest(const influence::InfEmbedRequest& request);
    Preset preset() const;
    void setPreset(Preset preset); // Paper or Fast set P and D; Custom changes nothing
    // Why the current values cannot run (empty when they can); OK is disabled meanwhile.
    QString validationError() const;

    // The defaults a first run starts from: the reference code's preset (P 200, D 50), plain K 20.
    static influence::InfEmbedRequest defaultRequest();
    // The last accepted settings (Settings::InfEmbedLast), or the defaults.
    static influence::InfEmbedRequest lastUsed();
    static void remember(const influence::InfEmbedRequest& request);
    static QVariantMap toVariant(const influence::InfEmbedRequest& request);
    static influence::InfEmbedRequest fromVariant(const QVariantMap& map);

public Q_SLOTS:
    void restoreDefaults();

private:
    void updateState();
    void syncPresetFromValues();

    Context m_context;
    bool m_updating = false;
    QComboBox* m_preset;
    QComboBox* m_layers;
    QSpinBox* m_p;
    QSpinBox* m_d;
    QSpinBox* m_hessian;
    QSpinBox* m_seed;
    QComboBox* m_split;
    QRadioButton* m_plain;
    QRadioButton* m_rule;
    QGroupBox* m_plainBox;
    QGroupBox* m_ruleBox;
    QSpinBox* m_k;
    QSpinBox* m_iterations;
    QDoubleSpinBox* m_accuracy;
    QSpinBox* m_minSize;
    QSpinBox* m_branching;
    QSpinBox* m_depth;
    QCheckBox* m_embedTraining;
    QSpinBox* m_opponents;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace fl::ui
