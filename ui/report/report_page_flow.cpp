#include "ui/report/report_page_flow.h"
#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <algorithm>

namespace fl::ui {

namespace {
constexpr qreal kMarginSide = 18, kMarginTop = 16, kMarginBottom = 20; // millimetres
constexpr qreal kGap = 3.5;                                            // between blocks, mm
constexpr std::size_t kKeepTogetherRows = 12;
} // namespace

ReportPageFlow::ReportPageFlow(QPagedPaintDevice* device, QPainter* painter, const QFont& font,
                               const QString& footer, int totalPages)
    : m_device(device), m_painter(painter), m_font(font), m_footer(footer), m_total(totalPages) {
    m_mm = device->logicalDpiY() / 25.4;
    m_content =
        QRectF(kMarginSide * m_mm, kMarginTop * m_mm, device->width() - 2 * kMarginSide * m_mm,
               device->height() - (kMarginTop + kMarginBottom) * m_mm);
    m_y = m_content.top();
}

void ReportPageFlow::footer() {
    if (!m_painter)
        return;
    QFont f = m_font;
    f.setPointSizeF(7.5);
    m_painter->save();
    m_painter->setFont(f);
    m_painter->setPen(QPen(QColor(160, 160, 160), 0.2 * m_mm));
    const qreal y = m_content.bottom() + 8 * m_mm;
    m_painter->drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
    m_painter->setPen(Qt::darkGray);
    const QRectF line(m_content.left(), y + m_mm, m_content.width(), 6 * m_mm);
    m_painter->drawText(line, Qt::AlignLeft | Qt::AlignTop, m_footer);
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignTop,
                        m_total > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_total)
                                    : tr("Page %1").arg(m_page));
    m_painter->restore();
}

void ReportPageFlow::newPage() {
    footer();
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_content.top();
}

void ReportPageFlow::ensure(qreal height) {
    if (height > remaining() && !atTop())
        newPage();
}

QRectF ReportPageFlow::take(qreal height, qreal gapAfter) {
    ensure(height);
    const QRectF r(m_content.left(), m_y, m_content.width(), height);
    m_y += height + (gapAfter < 0 ? kGap * m_mm : gapAfter);
    return r;
}

void ReportPageFlow::finish() {
    if (!m_finished)
        footer();
    m_finished = true;
}

qreal ReportPageFlow::htmlHeight(const QString& html) const {
    QTextDocument doc;
    // Without the PDF as paint device the layout uses the screen's DPI and text comes out tiny.
    doc.documentLayout()->setPaintDevice(m_device);
    doc.setDefaultFont(m_font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(m_content.width());
    doc.setHtml(html);
    return doc.size().height();
}

void ReportPageFlow::html(const QString& html) {
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(m_device);
    doc.setDefaultFont(m_font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(m_content.width());
    doc.setHtml(html);
    const QRectF r = take(doc.size().height());
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->translate(r.topLeft());
    doc.drawContents(m_painter, QRectF(0, 0, r.width(), r.height()));
    m_painter->restore();
}

QString ReportPageFlow::tableHtml(const QString& caption, const QStringList& headers,
                                  const std::vector<QStringList>& rows, std::size_t from,
                                  std::size_t to, bool keyValue) const {
    const int pad = int(0.45 * m_mm);
    QString h;
    if (!caption.isEmpty())
        h += QStringLiteral("<p style='margin-bottom:%1px'><b>%2</b></p>")
                 .arg(int(1.2 * m_mm))
                 .arg(caption.toHtmlEscaped());
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='%1' border='1' "
                        "style='border-collapse:collapse; border-color:#c8c8c8'>")
             .arg(pad);
    if (!keyValue && !headers.isEmpty()) {
        h += QStringLiteral("<tr>");
        for (const QString& c : headers)
            h +=
                QStringLiteral("<th bgcolor='#eeeeee' align='left'>%1</th>").arg(c.toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    for (std::size_t i = from; i < to; ++i) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < rows[i].size(); ++c) {
            const QString cell = rows[i][c].toHtmlEscaped();
            if (keyValue && c == 0)
                h += QStringLiteral("<td width='32%' bgcolor='#f5f5f5'><b>%1</b></td>").arg(cell);
            else
                h += QStringLiteral("<td>%1</td>").arg(cell);
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

void ReportPageFlow::table(const QString& caption, const QStringList& headers,
                           const std::vector<QStringList>& rows, bool keyValue) {
    std::size_t from = 0;
    bool first = true;
    // A short table moves whole to the next page rather than leaving a row or two behind.
    const qreal whole = htmlHeight(tableHtml(caption, headers, rows, 0, rows.size(), keyValue));
    if (whole > remaining() && !atTop() &&
        (rows.size() <= kKeepTogetherRows || whole <= 0.25 * m_content.height()) &&
        whole <= m_content.height())
        newPage();
    do {
        const QString cap =
            first ? caption : (caption.isEmpty() ? QString() : tr("%1 (continued)").arg(caption));
        // As many rows as fit below the cursor (at least one, on a fresh page).
        // Binary search: table height grows with its rows, and each layout costs.
        std::size_t to = rows.size();
        if (to > from + 1 &&
            htmlHeight(tableHtml(cap, headers, rows, from, to, keyValue)) > remaining()) {
            std::size_t lo = from + 1, hi = to - 1; // lo always shown; answer in [lo, hi]
            while (lo < hi) {
                const std::size_t mid = (lo + hi + 1) / 2;
                if (htmlHeight(tableHtml(cap, headers, rows, from, mid, keyValue)) <= remaining())
                    lo = mid;
                else
                    hi = mid - 1;
            }
            to = lo;
        }
        const QString piece = tableHtml(cap, headers, rows, from, to, keyValue);
        const bool tooFew = to - from < std::min<std::size_t>(3, rows.size() - from);
        if ((htmlHeight(piece) > remaining() || tooFew) && !atTop()) {
            newPage();
            continue; // measure again on the fresh page
        }
        html(piece);
        from = to;
        first = false;
    } while (from < rows.size());
}

void ReportPageFlow::heading(const QString& text, qreal keepWith) {
    QFont f = m_font;
    f.setPointSizeF(14);
    f.setBold(true);
    const qreal h = QFontMetricsF(f, m_device).lineSpacing() + 2.5 * m_mm;
    ensure(h + keepWith);
    const QRectF r = take(h, 2 * m_mm);
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setFont(f);
    m_painter->setPen(QColor(30, 30, 30));
    m_painter->drawText(r, Qt::AlignLeft | Qt::AlignTop, text);
    m_painter->setPen(QPen(QColor(120, 120, 120), 0.3 * m_mm));
    m_painter->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    m_painter->restore();
}

} // namespace fl::ui
