// AnalysisDocument: selection and its history, annotations committed as made (surviving a
// reopen), undo/redo of annotations and of slice save/rename/remove, on a real tiny project.
#include "core/jobs/job.h"
#include "core/store/annotation_repo.h"
#include "core/store/slice_repo.h"
#include "tests/ui/test_document_fixture.h"
#include "ui/document/analysis_document.h"
#include "ui/mainwindow/project_loader.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl::ui;

class TestDocumentAnalysis : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    void open(AnalysisDocument& doc) {
        fl::jobs::JobContext ctx({}, {}, 1);
        LoadedPtr loaded = ProjectLoader::load(m_project.toStdString(), "cpu", ctx);
        doc.setLoaded(std::move(*loaded));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project = fl::test::makeFixtureProject(m_dir.path());
    }

    void loadsTheProject() {
        AnalysisDocument doc;
        QSignalSpy changed(&doc, &AnalysisDocument::projectChanged);
        open(doc);
        QCOMPARE(changed.count(), 1);
        QVERIFY(doc.hasProject());
        QCOMPARE(doc.examples().rows(), 24);
        QCOMPARE(doc.examples().numClasses(), 3);
        QVERIFY(doc.model());
        QVERIFY(doc.embeddingDim() > 0);
        QCOMPARE(int(doc.embeddings().size()), 24 * doc.embeddingDim());
        const QImage img = doc.image(doc.examples().ids[0]);
        QCOMPARE(img.size(), QSize(12, 12));
    }

    void selectionPropagatesWithHistory() {
        AnalysisDocument doc;
        open(doc);
        QSignalSpy sel(&doc, &AnalysisDocument::selectionChanged);
        QSignalSpy hist(&doc, &AnalysisDocument::historyChanged);
        QVERIFY(!doc.canGoBack());
        doc.setSelection({{0, 1, 1, 2, 999999}, QStringLiteral("first")});
        QCOMPARE(sel.count(), 1);
        QCOMPARE(doc.selection().ids, (QVector<qint64>{0, 1, 2})); // dupes, unknown ids dropped
        doc.setSelection({{0, 1, 2}, QStringLiteral("first")});    // same: no signal
        QCOMPARE(sel.count(), 1);
        doc.setSelection({{5}, QStringLiteral("second")});
        QCOMPARE(sel.count(), 2);
        QVERIFY(doc.canGoBack());
        doc.goBack();
        QCOMPARE(doc.selection().origin, QStringLiteral("first"));
        QVERIFY(doc.canGoForward());
        doc.goForward();
        QCOMPARE(doc.selection().origin, QStringLiteral("second"));
        doc.goBack();
        doc.setSelection({{7}, QStringLiteral("third")}); // drops "second" from the future
        QVERIFY(!doc.canGoForward());
        doc.goBack();
        QCOMPARE(doc.selection().origin, QStringLiteral("first"));
        QVERIFY(hist.count() >= 5);

        QSignalSpy cur(&doc, &AnalysisDocument::currentExampleChanged);
        doc.setCurrentExample(3);
        QCOMPARE(cur.count(), 1);
        QCOMPARE(doc.currentExample(), 3);
    }

    void annotationsPersistAndUndo() {
        {
            AnalysisDocument doc;
            open(doc);
            doc.setAuthor(QStringLiteral("ada"));
            QSignalSpy ann(&doc, &AnalysisDocument::annotationsChanged);
            doc.addTag(4, QStringLiteral("collar"));
            doc.addNote(4, QStringLiteral("looks like a shirt"));
            doc.relabel(4, 2);
            QCOMPARE(ann.count(), 3);
            QCOMPARE(ann.at(0).at(0).toLongLong(), 4);
            QCOMPARE(int(doc.annotations(4).size()), 3);
            QCOMPARE(doc.effectiveLabel(4), 2);
            doc.undoStack()->undo(); // the relabel
            QCOMPARE(int(doc.annotations(4).size()), 2);
            QCOMPARE(doc.effectiveLabel(4), doc.examples().labels[doc.examples().row(4)]);
            doc.undoStack()->redo();
            QCOMPARE(doc.effectiveLabel(4), 2);
            const auto list = doc.annotations(4);
            const auto note = std::find_if(list.begin(), list.end(), [](const auto& a) {
                return a.kind == fl::store::AnnotationKind::Note;
            });
            QVERIFY(note != list.end());
            QCOMPARE(note->author, std::string("ada"));
            doc.removeAnnotation(note->id);
            QCOMPARE(int(doc.annotations(4).size()), 2);
            doc.undoStack()->undo(); // the remove: the same row comes back
            QCOMPARE(int(doc.annotations(4).size()), 3);
            const auto restored = doc.annotations(4);
            QVERIFY(std::any_of(restored.begin(), restored.end(),
                                [&](const auto& a) { return a.id == note->id; }));
        }
        // Reopening the project (a new document) finds every committed annotation.
        AnalysisDocument again;
        open(again);
        const auto list = again.annotations(4);
        QCOMPARE(int(list.size()), 3);
        QCOMPARE(again.effectiveLabel(4), 2);
        QVERIFY(!again.undoStack()->canUndo());
    }

    void sliceSaveRenameRemoveUndo() {
        AnalysisDocument doc;
        open(doc);
        QSignalSpy slices(&doc, &AnalysisDocument::slicesChanged);
        const int before = int(doc.slices().size());
        doc.setSelection({{1, 2, 3}, QStringLiteral("lasso")});
        const auto id = doc.saveSelectionAsSlice(QStringLiteral("bars"));
        QVERIFY(id > 0);
        QCOMPARE(slices.count(), 1);
        QCOMPARE(int(doc.slices().size()), before + 1);
        QCOMPARE(int(doc.sliceMembers(id).size()), 3);
        doc.undoStack()->undo();
        QCOMPARE(int(doc.slices().size()), before);
        doc.undoStack()->redo();
        QCOMPARE(int(doc.slices().size()), before + 1);
        const auto current = doc.slices().back().id;
        doc.renameSlice(current, QStringLiteral("thin bars"));
        QCOMPARE(doc.slices().back().name, std::string("thin bars"));
        doc.removeSlice(current);
        QCOMPARE(int(doc.slices().size()), before);
        doc.undoStack()->undo(); // comes back under a new id, same name and members
        QCOMPARE(doc.slices().back().name, std::string("thin bars"));
        doc.undoStack()->undo(); // the rename follows the slice to its new id
        QCOMPARE(doc.slices().back().name, std::string("bars"));
        QCOMPARE(int(doc.sliceMembers(doc.slices().back().id).size()), 3);
        doc.setSelection({});
        doc.selectSlice(doc.slices().back().id);
        QCOMPARE(doc.selection().ids, (QVector<qint64>{1, 2, 3}));
        QVERIFY(doc.selection().origin.contains(QStringLiteral("bars")));
    }

    void closeProjectClears() {
        AnalysisDocument doc;
        open(doc);
        QSignalSpy changed(&doc, &AnalysisDocument::projectChanged);
        doc.closeProject();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!doc.hasProject());
        QCOMPARE(doc.examples().rows(), 0);
    }
};

QTEST_MAIN(TestDocumentAnalysis)
#include "test_document_analysis.moc"
