// The frame every analysis view shares: one stack of pages whose first is the empty-state message
// (what to do to fill the view) and the rest the view's content, each a column that may start
// with a toolbar row. Views build their pages here and say which one shows.
#pragma once
#include <QString>

class QHBoxLayout;
class QStackedLayout;
class QVBoxLayout;
class QWidget;

namespace fl::ui {
class EmptyStateWidget;

class ViewFrame {
public:
    // A content page: `page` is what the stack shows, `content` the parent of its widgets and
    // `layout` their column (inside a scroll area for scrolled pages).
    struct Page {
        QWidget* page = nullptr;
        QWidget* content = nullptr;
        QVBoxLayout* layout = nullptr;
    };
    enum class Margins {
        None, // edge to edge: lists, tables, canvases
        Style // the style's margins: figures and forms
    };

    // Makes the stack `view`'s layout, with the empty state, saying `emptyText`, showing.
    explicit ViewFrame(QWidget* view, const QString& emptyText = {});

    Page addPage(Margins margins = Margins::None);
    // The content scrolls (frameless, resized with the view) when the view is short.
    Page addScrollPage();
    // A row of controls at the top of `page`, its first control lined up with the view's edge.
    static QHBoxLayout* addToolbar(const Page& page);

    // Shows the empty state; a non-empty `text` replaces its message first.
    void showEmpty(const QString& text = {});
    void showPage(const Page& page);
    // `page` when the view has something to show, else the empty state; returns `ready`.
    bool showPageIf(const Page& page, bool ready);
    bool showsEmpty() const;
    EmptyStateWidget* emptyState() const { return m_empty; }

private:
    QWidget* m_view;
    QStackedLayout* m_stack;
    EmptyStateWidget* m_empty;
};

} // namespace fl::ui
