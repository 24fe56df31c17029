#include "ui/methods/method_run_dialog.h"
#include "core/methods/analysis_method.h"
#include "ui/document/analysis_document.h"
#include "ui/settings/settings.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cmath>

namespace fl::ui {

struct MethodRunDialog::Field {
    std::size_t spec = 0; // index into m_specs
    QWidget* editor = nullptr;
    QWidget* label = nullptr; // null for a check box, which carries its own text
};

namespace {

// Enough decimals that the default shows exactly (a variance floor of 1e-6 must not read, and
// round-trip, as 0.000), at least 3 and at most 10.
int decimalsFor(const methods::ParameterSpec& p) {
    const double v = std::abs(QString::fromStdString(p.defaultValue).toDouble());
    int d = 3;
    while (d < 10 && v > 0.0 &&
           std::abs(v - std::round(v * std::pow(10.0, d)) / std::pow(10.0, d)) >
               1e-12 * std::max(1.0, v))
        ++d;
    return d;
}

// Titles and help come from the core's declarations; translated when a catalogue has them.
QString fromCore(const std::string& s) {
    return QCoreApplication::translate("fl::methods::ParameterSpec", s.c_str());
}

bool parseBool(const std::string& t, bool fallback) {
    if (t == "true" || t == "1" || t == "yes" || t == "on")
        return true;
    if (t == "false" || t == "0" || t == "no" || t == "off")
        return false;
    return fallback;
}

// Equal as the core would read them ("0.40" and "0.4" are the same accuracy).
bool sameValue(const methods::ParameterSpec& p, const std::string& a, const std::string& b) {
    if (p.type == methods::ParamType::Int || p.type == methods::ParamType::Double) {
        bool okA = false, okB = false;
        const double x = QString::fromStdString(a).toDouble(&okA);
        const double y = QString::fromStdString(b).toDouble(&okB);
        return okA && okB ? std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x)) : a == b;
    }
    if (p.type == methods::ParamType::Bool)
        return parseBool(a, false) == parseBool(b, false);
    return a == b;
}

int intBound(const std::optional<double>& v, bool lower) {
    if (!v)
        return lower ? INT_MIN : INT_MAX;
    const double r = lower ? std::ceil(*v) : std::floor(*v);
    return int(std::clamp(r, double(INT_MIN), double(INT_MAX)));
}

constexpr int kCustom = -1; // the preset combo's Custom entry

} // namespace

MethodRunDialog::MethodRunDialog(const methods::AnalysisMethod& method,
                                 const SplitSizes& splitSizes, QWidget* parent)
    : QDialog(parent), m_splitSizes(splitSizes) {
    m_updating = true; // editors clamp their values as they are made: no edits yet
    const methods::MethodInfo info = method.info();
    m_methodId = info.id;
    m_specs = method.parameters();
    setObjectName(QStringLiteral("methodRunDialog"));
    setWindowTitle(fromCore(info.title));

    auto* intro = new QLabel(fromCore(info.summary), this);
    intro->setWordWrap(true);
    if (!info.paper.empty())
        intro->setToolTip(tr("Method: %1").arg(fromCore(info.paper)));

    auto* top = new QFormLayout;
    if (!m_specs.empty()) {
        bool quick = false, paper = false;
        for (const auto& p : m_specs) {
            quick = quick || !p.quickValue.empty();
            paper = paper || !p.paperValue.empty();
        }
        m_preset = new QComboBox(this);
        m_preset->setObjectName(QStringLiteral("runPreset"));
        m_preset->addItem(tr("Default"), int(methods::Preset::Default));
        if (quick)
            m_preset->addItem(tr("Quick"), int(methods::Preset::Quick));
        if (paper)
            m_preset->addItem(tr("Paper"), int(methods::Preset::Paper));
        m_preset->addItem(tr("Custom"), kCustom);
        m_preset->setToolTip(tr("Default: the method's usual settings. Quick: smaller settings "
                                "for a first look. Paper: the published settings. Editing a "
                                "field makes the settings Custom."));
        top->addRow(tr("Pre&set:"), m_preset);
    }
    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("runSplit"));
    const QLocale loc;
    const std::array<std::pair<data::Split, QString>, 3> splits{
        {{data::Split::Val, tr("Validation")},
         {data::Split::Test, tr("Test")},
         {data::Split::Train, tr("Training")}}};
    auto* splitModel = qobject_cast<QStandardItemModel*>(m_split->model());
    for (const auto& [s, name] : splits) {
        const qint64 n = m_splitSizes[std::size_t(s)];
        m_split->addItem(n >= 0 ? tr("%1 (%2 examples)").arg(name, loc.toString(n)) : name, int(s));
        if (n == 0)
            splitModel->item(m_split->count() - 1)->setEnabled(false);
    }
    m_split->setToolTip(tr("The examples that are sliced. Validation is the usual choice: the "
                           "test split then stays untouched to confirm what the slices show."));
    top->addRow(tr("Split to sli&ce:"), m_split);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);

    // One box per group in declaration order; advanced parameters fold away at the end.
    std::vector<std::pair<std::string, QFormLayout*>> groups;
    QFormLayout* advanced = nullptr;
    QGroupBox* advancedBox = nullptr;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const auto& p = m_specs[i];
        QFormLayout* form = nullptr;
        if (p.advanced) {
            if (!advanced) {
                advancedBox = new QGroupBox(this);
                advancedBox->setObjectName(QStringLiteral("advancedGroup"));
                advanced = new QFormLayout(advancedBox);
            }
            form = advanced;
        } else {
            for (const auto& [name, f] : groups)
                if (name == p.group)
                    form = f;
            if (!form) {
                auto* box =
                    new QGroupBox(p.group.empty() ? tr("Settings") : fromCore(p.group), this);
                form = new QFormLayout(box);
                groups.push_back({p.group, form});
                layout->addWidget(box);
            }
        }
        Field f;
        f.spec = i;
        f.editor = makeEditor(p);
        if (qobject_cast<QCheckBox*>(f.editor)) {
            form->addRow(f.editor);
        } else {
            auto* label = new QLabel(tr("%1:").arg(fromCore(p.title)), this);
            label->setBuddy(f.editor);
            form->addRow(label, f.editor);
            f.label = label;
        }
        m_fields.push_back(f);
    }
    if (advancedBox) {
        auto* toggle = new QToolButton(this);
        toggle->setObjectName(QStringLiteral("advancedToggle"));
        toggle->setText(tr("Advanced"));
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        advancedBox->setVisible(false);
        connect(toggle, &QToolButton::toggled, this, [this, toggle, advancedBox](bool on) {
            toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            advancedBox->setVisible(on);
            adjustSize();
        });
        layout->addWidget(toggle);
        layout->addWidget(advancedBox);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    if (!m_specs.empty()) {
        QPushButton* defaults = m_buttons->addButton(QDialogButtonBox::RestoreDefaults);
        connect(defaults, &QPushButton::clicked, this, &MethodRunDialog::restoreDefaults);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MethodRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough that the summary reads as a sentence or two, not a column of words.
    setMinimumWidth(460);

    // Start where the user left off: defaults overlaid with the last accepted form.
    setGiven(presetValues(methods::Preset::Default));
    Values last;
    const QVariantMap remembered = Settings::methodParameters(QString::fromStdString(m_methodId));
    for (auto it = remembered.begin(); it != remembered.end(); ++it)
        last[it.key().toStdString()] = it.value().toString().toStdString();
    setGiven(last);
    const QString lastSplit = Settings::methodSplit(QString::fromStdString(m_methodId));
    data::Split split = data::Split::Val;
    try {
        if (!lastSplit.isEmpty())
            split = data::parseSplit(lastSplit.toStdString());
    } catch (const std::exception&) {
    }
    setSplit(split);
    m_updating = false;
    fieldEdited(); // the preset the remembered values match

    if (m_preset)
        connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
            const int p = m_preset->currentData().toInt();
            if (!m_updating && p != kCustom)
                setPreset(methods::Preset(p));
        });
    connect(m_split, &QComboBox::currentIndexChanged, this, [this] { m_error->setVisible(false); });
    updateConditions();
}

MethodRunDialog::~MethodRunDialog() = default;

QWidget* MethodRunDialog::makeEditor(const methods::ParameterSpec& p) {
    QWidget* w = nullptr;
    switch (p.type) {
    case methods::ParamType::Int: {
        auto* s = new QSpinBox(this);
        s->setRange(intBound(p.min, true), intBound(p.max, false));
        s->setAccelerated(true);
        connect(s, &QSpinBox::valueChanged, this, &MethodRunDialog::fieldEdited);
        w = s;
        break;
    }
    case methods::ParamType::Double: {
        auto* s = new QDoubleSpinBox(this);
        s->setDecimals(decimalsFor(p));
        s->setRange(p.min.value_or(-1e9), p.max.value_or(1e9));
        s->setSingleStep(p.min && p.max && *p.max - *p.min <= 1.0 ? 0.05 : 1.0);
        s->setAccelerated(true);
        connect(s, &QDoubleSpinBox::valueChanged, this, &MethodRunDialog::fieldEdited);
        w = s;
        break;
    }
    case methods::ParamType::Bool: {
        auto* c = new QCheckBox(fromCore(p.title), this);
        connect(c, &QCheckBox::toggled, this, [this] {
            updateConditions();
            fieldEdited();
        });
        w = c;
        break;
    }
    case methods::ParamType::Choice: {
        auto* c = new QComboBox(this);
        for (const auto& choice : p.choices)
            c->addItem(fromCore(choice), QString::fromStdString(choice));
        connect(c, &QComboBox::currentIndexChanged, this, &MethodRunDialog::fieldEdited);
        w = c;
        break;
    }
    case methods::ParamType::Text: {
        auto* e = new QLineEdit(this);
        connect(e, &QLineEdit::textChanged, this, &MethodRunDialog::fieldEdited);
        w = e;
        break;
    }
    }
    w->setObjectName(QString::fromStdString(p.name));
    QString tip = fromCore(p.help);
    QStringList sources;
    if (!p.paperValue.empty())
        sources << tr("Paper: %1").arg(QString::fromStdString(p.paperValue));
    if (!p.referenceValue.empty())
        sources << tr("Reference code: %1").arg(QString::fromStdString(p.referenceValue));
    if (!sources.isEmpty())
        tip += QLatin1Char('\n') + sources.join(QStringLiteral(" · "));
    w->setToolTip(tip);
    return w;
}

QString MethodRunDialog::text(const Field& f) const {
    if (auto* s = qobject_cast<QSpinBox*>(f.editor))
        return QString::number(s->value());
    if (auto* s = qobject_cast<QDoubleSpinBox*>(f.editor))
        return QString::number(s->value(), 'g', 12);
    if (auto* c = qobject_cast<QCheckBox*>(f.editor))
        return c->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* c = qobject_cast<QComboBox*>(f.editor))
        return c->currentData().toString();
    if (auto* e = qobject_cast<QLineEdit*>(f.editor))
        return e->text();
    return {};
}

void MethodRunDialog::setText(const Field& f, const std::string& value) {
    const QString v = QString::fromStdString(value);
    bool ok = false;
    if (auto* s = qobject_cast<QSpinBox*>(f.editor)) {
        const qlonglong x = v.toLongLong(&ok);
        if (ok) // out of range: the spin box clamps, as a typed value would be
            s->setValue(int(std::clamp<qlonglong>(x, INT_MIN, INT_MAX)));
    } else if (auto* s = qobject_cast<QDoubleSpinBox*>(f.editor)) {
        const double x = v.toDouble(&ok);
        if (ok)
            s->setValue(x);
    } else if (auto* c = qobject_cast<QCheckBox*>(f.editor)) {
        c->setChecked(parseBool(value, c->isChecked()));
    } else if (auto* c = qobject_cast<QComboBox*>(f.editor)) {
        if (const int i = c->findData(v); i >= 0)
            c->setCurrentIndex(i);
    } else if (auto* e = qobject_cast<QLineEdit*>(f.editor)) {
        e->setText(v);
    }
}

MethodRunDialog::Values MethodRunDialog::given() const {
    Values v;
    for (const Field& f : m_fields)
        v[m_specs[f.spec].name] = text(f).toStdString();
    return v;
}

void MethodRunDialog::setGiven(const Values& values) {
    const bool was = m_updating;
    m_updating = true;
    for (const Field& f : m_fields)
        if (const auto it = values.find(m_specs[f.spec].name); it != values.end())
            setText(f, it->second);
    m_updating = was;
    updateConditions();
    fieldEdited();
}

MethodRunDialog::Values MethodRunDialog::presetValues(methods::Preset preset) const {
    Values v;
    for (const auto& p : m_specs) {
        std::string value = p.defaultValue;
        if (preset == methods::Preset::Quick && !p.quickValue.empty())
            value = p.quickValue;
        if (preset == methods::Preset::Paper && !p.paperValue.empty())
            value = p.paperValue;
        v[p.name] = value;
    }
    return v;
}

methods::Preset MethodRunDialog::preset() const {
    if (!m_preset || isCustom())
        return methods::Preset::Default;
    return methods::Preset(m_preset->currentData().toInt());
}

bool MethodRunDialog::isCustom() const {
    return m_preset && m_preset->currentData().toInt() == kCustom;
}

void MethodRunDialog::setPreset(methods::Preset preset) {
    if (!m_preset)
        return;
    const bool was = m_updating;
    m_updating = true;
    setGiven(presetValues(preset));
    const int i = m_preset->findData(int(preset));
    if (i >= 0)
        m_preset->setCurrentIndex(i);
    m_updating = was;
    if (i < 0) // a preset the combo does not list (no value of its own): whichever matches
        fieldEdited();
    m_error->setVisible(false);
}

data::Split MethodRunDialog::split() const {
    return data::Split(m_split->currentData().toInt());
}

void MethodRunDialog::setSplit(data::Split split) {
    const auto* model = qobject_cast<QStandardItemModel*>(m_split->model());
    int index = m_split->findData(int(split));
    // An empty split cannot be sliced: the first one that can, in the combo's order.
    if (index < 0 || !model->item(index)->isEnabled())
        for (int i = 0; i < m_split->count(); ++i)
            if (model->item(i)->isEnabled()) {
                index = i;
                break;
            }
    if (index >= 0)
        m_split->setCurrentIndex(index);
}

void MethodRunDialog::fieldEdited() {
    if (m_updating || !m_error)
        return;
    m_error->setVisible(false);
    if (!m_preset)
        return;
    // The first preset the fields match (Default before Quick before Paper), else Custom.
    const Values now = given();
    int match = m_preset->findData(kCustom);
    for (int i = 0; i < m_preset->count(); ++i) {
        const int p = m_preset->itemData(i).toInt();
        if (p == kCustom)
            continue;
        const Values values = presetValues(methods::Preset(p));
        bool same = true;
        for (const auto& spec : m_specs)
            same = same && sameValue(spec, now.at(spec.name), values.at(spec.name));
        if (same) {
            match = i;
            break;
        }
    }
    m_updating = true;
    m_preset->setCurrentIndex(match);
    m_updating = false;
}

void MethodRunDialog::updateConditions() {
    const Values now = given();
    const auto flag = [&now](const std::string& name) {
        const auto it = now.find(name);
        return it == now.end() ? std::optional<bool>()
                               : std::optional<bool>(parseBool(it->second, false));
    };
    for (const Field& f : m_fields) {
        const auto& p = m_specs[f.spec];
        bool on = true;
        if (!p.onlyWith.empty())
            on = on && flag(p.onlyWith).value_or(true);
        if (!p.onlyWithout.empty())
            on = on && !flag(p.onlyWithout).value_or(false);
        f.editor->setEnabled(on);
        if (f.label)
            f.label->setEnabled(on);
    }
}

MethodRunDialog::Values
MethodRunDialog::applicable(const std::vector<methods::ParameterSpec>& specs, const Values& given) {
    const auto flag = [&](const std::string& name) {
        if (const auto it = given.find(name); it != given.end())
            return parseBool(it->second, false);
        for (const auto& p : specs)
            if (p.name == name)
                return parseBool(p.defaultValue, false);
        return false;
    };
    Values out;
    for (const auto& [name, value] : given) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&name](const auto& p) { return p.name == name; });
        if (spec != specs.end() && ((!spec->onlyWith.empty() && !flag(spec->onlyWith)) ||
                                    (!spec->onlyWithout.empty() && flag(spec->onlyWithout))))
            continue;
        out[name] = value;
    }
    return out;
}

QString MethodRunDialog::validationError() const {
    if (m_splitSizes[std::size_t(split())] == 0)
        return tr("The %1 split has no examples.").arg(m_split->currentText());
    try {
        methods::resolveParameters(m_methodId, m_specs, applicable(m_specs, given()), preset());
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void MethodRunDialog::restoreDefaults() {
    setPreset(methods::Preset::Default);
    setSplit(data::Split::Val);
    m_error->setVisible(false);
}

void MethodRunDialog::accept() {
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    remember();
    QDialog::accept();
}

void MethodRunDialog::remember() const {
    QVariantMap values;
    for (const auto& [name, value] : given())
        values.insert(QString::fromStdString(name), QString::fromStdString(value));
    const QString id = QString::fromStdString(m_methodId);
    Settings::setMethodParameters(id, values);
    Settings::setMethodSplit(id, QString::fromLatin1(data::splitName(split())));
}

MethodRunDialog::SplitSizes MethodRunDialog::splitSizesOf(const AnalysisDocument& document) {
    SplitSizes sizes{-1, -1, -1};
    if (const data::Dataset* d = document.dataset()) {
        sizes = {0, 0, 0};
        for (data::Split s : d->splits)
            ++sizes[std::size_t(s)];
    }
    return sizes;
}

} // namespace fl::ui
