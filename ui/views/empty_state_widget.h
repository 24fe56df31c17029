// The message a view shows when it has nothing to show: it says what to do to fill it, in the
// view's own words ("Open a project (File ▸ Open) to see …").
#pragma once
#include <QLabel>

namespace fl::ui {

class EmptyStateWidget : public QLabel {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);
};

} // namespace fl::ui
