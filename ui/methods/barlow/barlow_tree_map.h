// One class's failure tree drawn as boxes, as Microsoft Error Analysis draws its tree map: each
// node its rule, size, error rate as colour (white → red), error coverage as a bar; valid leaves
// starred and outlined. A click (or Space) picks a node, a double click (or Enter) opens it.
#pragma once
#include "ui/methods/barlow/barlow_text.h"
#include <QRectF>
#include <QVector>
#include <QWidget>
#include <memory>

namespace fl::ui {
struct BarlowAnalysis;
struct BarlowClassTree;

class BarlowTreeMap : public QWidget {
    Q_OBJECT
public:
    explicit BarlowTreeMap(QWidget* parent = nullptr);

    // Shows class `cls`'s tree of `analysis` (none when null or the class has no group).
    void setTree(std::shared_ptr<const BarlowAnalysis> analysis, int cls, const QString& group);
    void setFeatureNames(const barlow::FeatureNames& names);
    const BarlowClassTree* tree() const { return m_tree; }
    int nodeCount() const;
    int selectedNode() const { return m_selected; }
    void setSelectedNode(int node); // no signal
    // Where node n is drawn, in widget coordinates (empty when not drawn).
    QRectF nodeRect(int node) const;
    // The text lines drawn in node n's box.
    QStringList nodeLines(int node) const;
    int nodeAt(const QPointF& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeClicked(int node);
    void nodeActivated(int node); // double click or Enter

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutNodes();
    QString toolTipOf(int node) const;
    QColor fillOf(double er) const;
    void moveTo(int node);

    std::shared_ptr<const BarlowAnalysis> m_analysis;
    const BarlowClassTree* m_tree = nullptr;
    QString m_group;
    barlow::FeatureNames m_names;
    QVector<QRectF> m_rects;
    double m_maxEr = 0.0;
    int m_selected = -1;
    int m_levels = 1;
};

} // namespace fl::ui
