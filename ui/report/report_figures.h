// The report's figures drawn with QPainter at any resolution (the PDF is 300 dpi): per-class bar
// chart, confusion heatmap with counts, a pair of histograms and the example image grid. Each
// figure says how tall it will be for a width, so the page layout can keep it in one piece.
#pragma once
#include "core/report/report_model.h"
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <functional>

class QPainter;
class QPaintDevice;

namespace fl::ui {

class ReportFigures {
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)
public:
    using ImageSource = std::function<QImage(qint64 exampleId)>;

    // device: where fonts are measured (the PDF writer); unit: its pixels per millimetre;
    // font: the body font family.
    ReportFigures(QPaintDevice* device, qreal unit, const QFont& font)
        : m_device(device), m_mm(unit), m_font(font) {}

    qreal height(const report::BarChart& c, qreal width) const;
    qreal height(const report::Heatmap& h, qreal width) const;
    qreal height(const report::HistogramPair& h, qreal width) const;
    qreal height(const report::ImageGrid& g, qreal width) const;

    void paint(QPainter& p, const QRectF& r, const report::BarChart& c) const;
    void paint(QPainter& p, const QRectF& r, const report::Heatmap& h) const;
    void paint(QPainter& p, const QRectF& r, const report::HistogramPair& h) const;
    // images may be empty (the dataset could not be loaded): placeholders with the example id.
    void paint(QPainter& p, const QRectF& r, const report::ImageGrid& g,
               const ImageSource& images) const;

private:
    QFont font(qreal points, bool bold = false) const;
    qreal titleHeight() const;
    qreal paintTitle(QPainter& p, const QRectF& r, const std::string& title) const;
    // Horizontal bars: label column, bar, value; returns nothing, fills r.
    void paintBars(QPainter& p, const QRectF& r, const std::vector<std::string>& labels,
                   const std::vector<double>& values, double maxValue, bool percent,
                   bool classColours) const;
    qreal heatmapCell(const report::Heatmap& h, qreal width) const;
    qreal gridCell(const report::ImageGrid& g, qreal width) const;

    qreal lineHeight(const QFont& f) const;
    qreal textWidth(const QFont& f, const QString& s) const;

    QPaintDevice* m_device;
    qreal m_mm;
    QFont m_font;
};

} // namespace fl::ui
