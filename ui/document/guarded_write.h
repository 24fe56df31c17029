// How the document's undo commands write to the store: a database failure is told to the user
// rather than thrown through the undo stack, which would otherwise take the edit as done.
#pragma once
#include "ui/document/analysis_document.h"
#include <exception>

namespace fl::ui {

// Runs `write`; when it throws, reports `failure` with %1 replaced by what went wrong. False then.
template <class F> bool guardedWrite(AnalysisDocument* doc, const QString& failure, F&& write) {
    try {
        write();
        return true;
    } catch (const std::exception& e) {
        doc->reportError(failure.arg(QString::fromStdString(e.what())));
        return false;
    }
}

} // namespace fl::ui
