#include "ui/views/empty_state_widget.h"

namespace fl::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent) : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    // A muted colour from the palette keeps the message readable in light and dark themes.
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    setPalette(pal);
    setObjectName(QStringLiteral("emptyState"));
}

} // namespace fl::ui
