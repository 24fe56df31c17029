// Lays blocks out down A4 pages for the PDF report: a cursor that starts a new page when a block
// does not fit, splits long tables between pages, and puts "Page n of m" in every footer. It runs
// twice: a dry pass (no painter) to count pages and find where sections land, then the real one.
#pragma once
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace fl::ui {

class ReportPageFlow {
    Q_DECLARE_TR_FUNCTIONS(ReportPageFlow)
public:
    // painter null: measure only. totalPages 0: unknown (the footer then says "Page n").
    ReportPageFlow(QPagedPaintDevice* device, QPainter* painter, const QFont& font,
                   const QString& footer, int totalPages);

    qreal mm() const { return m_mm; }
    const QFont& font() const { return m_font; }
    QPainter* painter() const { return m_painter; }
    QPagedPaintDevice* device() const { return m_device; }
    bool dry() const { return m_painter == nullptr; }
    int page() const { return m_page; } // 1-based
    QRectF content() const { return m_content; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.01; }

    void newPage();
    // Starts a new page unless `height` fits below the cursor (or the page is still empty).
    void ensure(qreal height);
    // The full-width rectangle of `height` at the cursor; moves the cursor past it and a gap.
    QRectF take(qreal height, qreal gapAfter = -1);
    void skip(qreal height) { m_y += height; }
    // Draws the last footer; call once at the end.
    void finish();

    // Rich text (Qt's HTML subset) at the body width, measured with the PDF's resolution.
    qreal htmlHeight(const QString& html) const;
    void html(const QString& html);
    // A table given as header cells and rows of cells: split between pages with the header
    // repeated when it does not fit. keyValue: two columns, bold keys, no header row.
    void table(const QString& caption, const QStringList& headers,
               const std::vector<QStringList>& rows, bool keyValue = false);
    // The height of table() when drawn on one page.
    qreal tableHeight(const QString& caption, const QStringList& headers,
                      const std::vector<QStringList>& rows, bool keyValue = false) const {
        return htmlHeight(tableHtml(caption, headers, rows, 0, rows.size(), keyValue));
    }
    // A section heading kept together with the next `keepWith` height.
    void heading(const QString& text, qreal keepWith);

private:
    QString tableHtml(const QString& caption, const QStringList& headers,
                      const std::vector<QStringList>& rows, std::size_t from, std::size_t to,
                      bool keyValue) const;
    void footer();

    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    QFont m_font;
    QString m_footer;
    int m_total;
    int m_page = 1;
    qreal m_mm = 1;
    QRectF m_content;
    qreal m_y = 0;
    bool m_finished = false;
};

} // namespace fl::ui
