#include "ui/views/view_frame.h"
#include "ui/views/empty_state_widget.h"
#include <QHBoxLayout>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace fl::ui {

ViewFrame::ViewFrame(QWidget* view, const QString& emptyText)
    : m_view(view), m_stack(new QStackedLayout(view)), m_empty(new EmptyStateWidget(view)) {
    m_empty->setText(emptyText);
    m_stack->addWidget(m_empty);
}

ViewFrame::Page ViewFrame::addPage(Margins margins) {
    Page p;
    p.page = p.content = new QWidget(m_view);
    p.layout = new QVBoxLayout(p.content);
    if (margins == Margins::None)
        p.layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(p.page);
    return p;
}

ViewFrame::Page ViewFrame::addScrollPage() {
    auto* scroll = new QScrollArea(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    Page p;
    p.page = scroll;
    p.content = new QWidget(scroll);
    p.layout = new QVBoxLayout(p.content);
    scroll->setWidget(p.content);
    m_stack->addWidget(p.page);
    return p;
}

QHBoxLayout* ViewFrame::addToolbar(const Page& page) {
    auto* bar = new QHBoxLayout;
    // An edge-to-edge page gives its toolbar a little room of its own; a page with the style's
    // margins already has it.
    if (page.layout->contentsMargins().isNull())
        bar->setContentsMargins(6, 4, 4, 0);
    page.layout->addLayout(bar);
    return bar;
}

void ViewFrame::showEmpty(const QString& text) {
    if (!text.isEmpty())
        m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ViewFrame::showPage(const Page& page) {
    m_stack->setCurrentWidget(page.page);
}

bool ViewFrame::showPageIf(const Page& page, bool ready) {
    if (ready)
        showPage(page);
    else
        showEmpty();
    return ready;
}

bool ViewFrame::showsEmpty() const {
    return m_stack->currentWidget() == m_empty;
}

} // namespace fl::ui
