#include "ui/report/pdf_report_writer.h"
#include "core/common/error.h"
#include "core/report/report_format.h"
#include "ui/report/report_page_flow.h"
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <map>

namespace fl::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// One pass over the whole report; sectionPages records (dry pass) or supplies (real pass) the
// page each section starts on, for the contents list of the title page.
class PdfPass {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    PdfPass(ReportPageFlow& flow, const PdfReportWriter::Options& o,
            std::map<std::string, int>& sectionPages)
        : m_flow(flow), m_o(o), m_pages(sectionPages),
          m_fig(flow.device(), flow.mm(), flow.font()) {}

    void run(const report::Report& r) {
        titlePage(r);
        for (std::size_t i = 0; i < r.sections.size(); ++i) {
            m_o.cancel.throwIfCancelled();
            section(r.sections[i]);
            if (!m_flow.dry())
                m_o.progress.report(double(i + 1) / double(r.sections.size()),
                                    "writing " + r.sections[i].title);
        }
        m_flow.finish();
    }

private:
    void titlePage(const report::Report& r) {
        const qreal mm = m_flow.mm();
        QFont big = m_flow.font();
        big.setPointSizeF(22);
        big.setBold(true);
        const QRectF t =
            m_flow.take(QFontMetricsF(big, m_flow.device()).lineSpacing() * 2.2 + 30 * mm, 4 * mm);
        if (QPainter* p = m_flow.painter()) {
            p->setFont(big);
            p->setPen(Qt::black);
            p->drawText(t.adjusted(0, 30 * mm, 0, 0), Qt::AlignLeft | Qt::TextWordWrap,
                        qs(r.title));
        }
        std::vector<QStringList> rows{
            {tr("Project"), qs(r.projectPath)},
            {tr("Dataset"),
             qs(r.datasetName) + QStringLiteral(" (") + qs(r.datasetSource) + QStringLiteral(")")},
            {tr("Model"),
             qs(r.modelName) + QStringLiteral(" (") + qs(r.modelPath) + QStringLiteral(")")},
            {tr("Evaluation run"),
             r.evaluationRunId ? QStringLiteral("#%1").arg(r.evaluationRunId) : tr("none")},
            {tr("Date"), qs(report::formatTime(r.generated))},
            {tr("Software"), QStringLiteral("Faultline ") + qs(r.softwareVersion)}};
        for (const auto& s : r.splits)
            rows.push_back({tr("Accuracy (%1)").arg(qs(s.split)),
                            qs(report::formatPercent(s.accuracy)) +
                                tr(" of %1 examples").arg(qs(report::formatCount(s.n)))});
        rows.push_back({tr("Saved slices"), QString::number(r.slices.size())});
        m_flow.table({}, {}, rows, true);
        m_flow.skip(6 * mm);
        std::vector<QStringList> contents;
        for (const auto& s : r.sections) {
            const auto it = m_pages.find(s.id);
            contents.push_back({qs(s.title), it == m_pages.end() ? QStringLiteral("–")
                                                                 : QString::number(it->second)});
        }
        m_flow.table(tr("Contents"), {tr("Section"), tr("Page")}, contents);
        m_flow.newPage();
    }

    qreal blockHeight(const report::Block& b) const {
        const qreal w = m_flow.content().width();
        return std::visit(
            [&](const auto& v) -> qreal {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, report::Paragraph>)
                    return m_flow.htmlHeight(qs(v.text).toHtmlEscaped());
                else if constexpr (std::is_same_v<T, report::KeyValueTable>) {
                    std::vector<QStringList> rows;
                    for (const auto& [k, val] : v.rows)
                        rows.push_back({qs(k), qs(val)});
                    return m_flow.tableHeight(qs(v.caption), {}, rows, true);
                } else if constexpr (std::is_same_v<T, report::Table>)
                    return m_flow.tableHeight(qs(v.caption), headers(v), rows(v));
                else
                    return m_fig.height(v, w);
            },
            b);
    }

    static QStringList headers(const report::Table& t) {
        QStringList out;
        for (const auto& h : t.headers)
            out << qs(h);
        return out;
    }
    static std::vector<QStringList> rows(const report::Table& t) {
        std::vector<QStringList> out;
        for (const auto& row : t.rows) {
            QStringList cells;
            for (const auto& c : row)
                cells << qs(c);
            out.push_back(cells);
        }
        return out;
    }

    void section(const report::Section& s) {
        if (s.newPage && !m_flow.atTop())
            m_flow.newPage();
        // The heading stays with its first block, and with the second when the first is only
        // an introductory paragraph (a heading and a sentence alone at a page's foot help nobody).
        qreal keep = s.blocks.empty() ? 0 : blockHeight(s.blocks.front());
        if (s.blocks.size() > 1 && std::holds_alternative<report::Paragraph>(s.blocks.front()))
            keep += std::min(blockHeight(s.blocks[1]), 0.4 * m_flow.content().height());
        m_flow.heading(qs(s.title), keep);
        m_pages[s.id] = m_flow.page();
        for (const auto& b : s.blocks)
            block(b);
    }

    void block(const report::Block& b) {
        const qreal w = m_flow.content().width();
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, report::Paragraph>) {
                    m_flow.html(qs(v.text).toHtmlEscaped());
                } else if constexpr (std::is_same_v<T, report::KeyValueTable>) {
                    std::vector<QStringList> rows;
                    for (const auto& [k, val] : v.rows)
                        rows.push_back({qs(k), qs(val)});
                    m_flow.table(qs(v.caption), {}, rows, true);
                } else if constexpr (std::is_same_v<T, report::Table>) {
                    m_flow.table(qs(v.caption), headers(v), rows(v));
                } else if constexpr (std::is_same_v<T, report::ImageGrid>) {
                    if (!m_o.images && !m_o.imageProblem.isEmpty()) {
                        // The sentence says why the grid is grey: keep the two on one page.
                        const QString note =
                            QStringLiteral("<i>%1</i>").arg(m_o.imageProblem.toHtmlEscaped());
                        m_flow.ensure(m_flow.htmlHeight(note) + m_fig.height(v, w) +
                                      4 * m_flow.mm());
                        m_flow.html(note);
                    }
                    const QRectF r = m_flow.take(m_fig.height(v, w));
                    if (QPainter* p = m_flow.painter())
                        m_fig.paint(*p, r, v, m_o.images);
                } else {
                    // A figure taller than a page (hundreds of classes) is drawn scaled down
                    // to one page rather than running off its bottom.
                    const qreal h = m_fig.height(v, w);
                    const qreal s = std::min<qreal>(1.0, m_flow.content().height() / h);
                    const QRectF r = m_flow.take(h * s);
                    if (QPainter* p = m_flow.painter()) {
                        p->save();
                        p->translate(r.topLeft());
                        p->scale(s, s);
                        m_fig.paint(*p, QRectF(0, 0, w, h), v);
                        p->restore();
                    }
                }
            },
            b);
    }

    ReportPageFlow& m_flow;
    const PdfReportWriter::Options& m_o;
    std::map<std::string, int>& m_pages;
    ReportFigures m_fig;
};

} // namespace

void PdfReportWriter::write(const report::Report& report, const std::string& path) const {
    const QString target = QString::fromStdString(path);
    const QString part = target + QStringLiteral(".part");
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "ﬁ" as one glyph breaks search and copy of words in some PDF readers.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    const QString footer =
        tr("Faultline report — %1").arg(QFileInfo(qs(report.projectPath)).fileName());

    std::map<std::string, int> sectionPages;
    int pages = 0;
    {
        QPdfWriter writer(part);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(qs(report.title));
        writer.setCreator(QStringLiteral("Faultline ") + qs(report.softwareVersion));
        // Dry pass: page count and where each section starts, for the footer and contents.
        {
            ReportPageFlow flow(&writer, nullptr, font, footer, 0);
            PdfPass(flow, m_options, sectionPages).run(report);
            pages = flow.page();
        }
        QPainter painter;
        if (!painter.begin(&writer))
            throwBadInput(tr("cannot write the PDF report %1").arg(target).toStdString());
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPageFlow flow(&writer, &painter, font, footer, pages);
        try {
            PdfPass(flow, m_options, sectionPages).run(report);
        } catch (...) {
            painter.end();
            QFile::remove(part);
            throw;
        }
        if (!painter.end())
            throwBadInput(tr("cannot finish the PDF report %1").arg(target).toStdString());
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        throwBadInput(tr("cannot write the PDF report %1").arg(target).toStdString());
    }
}

} // namespace fl::ui
