<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fl::ui::AnalysisDocument</name>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="267"/>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="275"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="285"/>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="295"/>
        <source>Remove annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="297"/>
        <source>Could not remove the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="333"/>
        <source>Untitled slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="394"/>
        <source>slice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/annotation_commands.cpp" line="13"/>
        <source>Could not save the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="13"/>
        <source>Could not save the slice change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="25"/>
        <source>Save slice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="48"/>
        <source>Rename slice to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="70"/>
        <source>Remove slice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::ConfusionMatrixWidget</name>
    <message>
        <location filename="../ui/views/confusion_matrix_widget.cpp" line="141"/>
        <source>Predicted class →</source>
        <translation>Vorhergesagte Klasse →</translation>
    </message>
    <message>
        <location filename="../ui/views/confusion_matrix_widget.cpp" line="146"/>
        <source>True class →</source>
        <translation>Wahre Klasse →</translation>
    </message>
    <message>
        <location filename="../ui/views/confusion_matrix_widget.cpp" line="181"/>
        <source>%1 correctly predicted: %2 of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/confusion_matrix_widget.cpp" line="184"/>
        <source>True %1, predicted %2: %3 examples (%4% of %1)
Click to select them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::EmbeddingScatterView</name>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="33"/>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="35"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="36"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="37"/>
        <source>Correct / wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="40"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="41"/>
        <source>Draw a free-form region to select its points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="43"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="44"/>
        <source>Drag a rectangle to select its points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="52"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="53"/>
        <source>Show every point (wheel zooms; drag with the middle button or with Space held pans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="83"/>
        <source>PCA of %1 embeddings (%2% + %3% of the variance) · drawn in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="115"/>
        <source>This evaluation has no embeddings. Evaluate the model again (Analysis ▸ Evaluate) to see its embedding space here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="117"/>
        <source>Open a project (File ▸ Open) to see its embedding space here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="124"/>
        <source>Projecting %1 embeddings to two dimensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="201"/>
        <source>lasso in the embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="201"/>
        <source>rectangle in the embedding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::ExampleListModel</name>
    <message>
        <location filename="../ui/models/example_list_model.cpp" line="138"/>
        <source>Example %1
True label: %2
Prediction: %3 (p = %4)
Loss: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::HistogramsView</name>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="19"/>
        <source>Open a project (File ▸ Open) to see the label and prediction histograms of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="29"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="31"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="98"/>
        <source>True label %1: %2 examples, %3 predicted wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="99"/>
        <source>Predicted %1: %2 examples, %3 of them wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="101"/>
        <source>Click to narrow the selection to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="110"/>
        <source>All %1 examples (nothing selected). Red: predicted wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="112"/>
        <source>Selection: %1 examples — %2. Red: predicted wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="122"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="123"/>
        <source>%1 · label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="124"/>
        <source>%1 · predicted %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::ImageGridView</name>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="28"/>
        <source>Open a project (File ▸ Open) to browse its examples here. Click a confusion-matrix cell, a bar or a slice to see its examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="40"/>
        <source>Selection order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="41"/>
        <source>Highest loss first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="42"/>
        <source>Least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="43"/>
        <source>Most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="44"/>
        <source>By id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="45"/>
        <source>Sort the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="47"/>
        <source>Show only one true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="48"/>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="50"/>
        <source>Filter: class name or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="83"/>
        <source>Filter examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="127"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="150"/>
        <source>all examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="154"/>
        <source>%1 examples · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="155"/>
        <source>%1 of %2 examples · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/image_grid_view.cpp" line="197"/>
        <source>picked in the grid (%n examples)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/image_grid_view.cpp" line="204"/>
        <source>Select These (%n examples)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="207"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="40"/>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="50"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="55"/>
        <source>tag, e.g. collar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="56"/>
        <source>Add &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="58"/>
        <location filename="../ui/views/inspector_view.cpp" line="193"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="59"/>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="61"/>
        <source>Record that the true label is another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="62"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="103"/>
        <source>Click an example in the grid or a point in the embedding to inspect it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="105"/>
        <source>Open a project (File ▸ Open) to inspect its examples here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="116"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;label &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="119"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;label &lt;b&gt;%1&lt;/b&gt;, predicted &lt;b&gt;%2&lt;/b&gt; (correct)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="144"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="146"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="146"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="146"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="146"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="147"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="150"/>
        <source>Relabelled as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="151"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="152"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="153"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="158"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="171"/>
        <source>True label is …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="187"/>
        <source>true label is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="190"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="197"/>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="203"/>
        <source>No annotations yet: add a tag or a note below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::JobManager</name>
    <message>
        <location filename="../ui/jobs/job_manager.cpp" line="128"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>fl::ui::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="27"/>
        <source>No jobs. Training, evaluation and analyses run here in the background while you keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="40"/>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="41"/>
        <source>Remove finished, failed and cancelled jobs from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="87"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="88"/>
        <source>Stop this job; it ends at its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="118"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="121"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="124"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="131"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>fl::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="76"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="105"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="148"/>
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="157"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="184"/>
        <source>Faultline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="158"/>
        <source>%1 — Faultline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="165"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="167"/>
        <source>Nothing selected — click a confusion cell, a bar, a slice or an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="169"/>
        <source>%n example(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="171"/>
        <source>%n example(s) selected · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="174"/>
        <source>selection: %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="195"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="197"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="208"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="219"/>
        <source>Preparing the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="219"/>
        <source>Training the demo CNN (first run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="228"/>
        <source>The demo project could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="51"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="52"/>
        <source>Analyse a dataset and a model in a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="54"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="56"/>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="57"/>
        <source>Fashion-MNIST with the demo CNN (trained on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="59"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="61"/>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="63"/>
        <source>PDF report export is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="67"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="70"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="73"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="74"/>
        <source>The previous selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="76"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="77"/>
        <source>The next selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="79"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="81"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="84"/>
        <source>Select &amp;Errors</source>
        <translation>&amp;Fehler auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="84"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="85"/>
        <source>Select every misclassified test example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="87"/>
        <source>&amp;Evaluate Model Again</source>
        <translation>Modell erneut &amp;auswerten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="88"/>
        <source>Run the model over the dataset into a new evaluation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="91"/>
        <source>&amp;Save Selection as Slice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="93"/>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="93"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="94"/>
        <source>Tag the current example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="97"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="97"/>
        <source>Write a note on the current example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="99"/>
        <source>&amp;Relabel…</source>
        <translation>Neu &amp;labeln…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="100"/>
        <source>Record the true label of the current example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="103"/>
        <source>&amp;Cancel All Jobs</source>
        <translation>Alle Aufträge &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="105"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="107"/>
        <source>&amp;About Faultline</source>
        <translation>&amp;Über Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="136"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="142"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="146"/>
        <source>A&amp;nnotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="153"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="162"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="211"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="221"/>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="224"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="228"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="229"/>
        <source>Faultline projects (*.faultline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="246"/>
        <source>Save Slice</source>
        <translation>Slice speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="246"/>
        <source>Slice name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="255"/>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="255"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="262"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="262"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="271"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="271"/>
        <source>True label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="283"/>
        <source>errors on the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="298"/>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="310"/>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="314"/>
        <source>About Faultline</source>
        <translation>Über Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="315"/>
        <source>&lt;b&gt;Faultline %1&lt;/b&gt;&lt;p&gt;Find, understand, annotate and fix the systematic failures of image classifiers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="36"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="38"/>
        <source>Fashion-MNIST (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="39"/>
        <source>MNIST (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="40"/>
        <source>IDX files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="41"/>
        <source>Image folder (one sub-folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="42"/>
        <source>CSV manifest (path, label, attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="44"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="63"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="45"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="47"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="48"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="50"/>
        <source>&amp;Train a built-in network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="51"/>
        <source>&amp;Open a model file (TorchScript or Faultline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="64"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="67"/>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="68"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="69"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="71"/>
        <source>Model file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="77"/>
        <source>Save project &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="83"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="107"/>
        <source>CSV Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="107"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="109"/>
        <source>Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="116"/>
        <source>Model File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="117"/>
        <source>Models (*.pt *.pth *.torchscript *.flmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="123"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="124"/>
        <source>Faultline projects (*.faultline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="145"/>
        <source>Choose the dataset&apos;s location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="147"/>
        <source>Choose a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="149"/>
        <source>Choose where to save the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="151"/>
        <source>%1 exists already; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::OverviewView</name>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="21"/>
        <source>Open a project (File ▸ Open) to see its confusion matrix and per-class accuracy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="28"/>
        <source>&amp;Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="30"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="31"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="32"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="33"/>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="44"/>
        <source>Click a cell to select its examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="46"/>
        <source>Accuracy per class (click to select the class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="120"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="121"/>
        <source>%1: %2 of %3 correct. Click to select the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="126"/>
        <source>Accuracy %1% on %2 %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="129"/>
        <source>No examples in this split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="144"/>
        <source>confusion: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="158"/>
        <source>class: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="18"/>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="19"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="20"/>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="25"/>
        <source>All cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="27"/>
        <source>Threads each computation may use; applies to jobs started later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="31"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="35"/>
        <source>The name stored with every tag, note and label you add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="38"/>
        <source>Compute &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="39"/>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="40"/>
        <source>T&amp;humbnail size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="41"/>
        <source>Annotation &amp;author:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::ProjectLoader</name>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="67"/>
        <source>opening the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="85"/>
        <source>The project has no dataset yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="90"/>
        <source>loading dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="97"/>
        <source>loading model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="103"/>
        <source>The model could not be loaded (%1); results are shown, analyses that need the model are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="111"/>
        <source>The project has no finished evaluation run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="115"/>
        <source>reading evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="120"/>
        <source>reading embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="138"/>
        <source>The embeddings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="141"/>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::ProjectPanel</name>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="37"/>
        <source>No project open.
File ▸ Open a project, or File ▸ New to analyse your own dataset and model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="69"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="73"/>
        <location filename="../ui/mainwindow/project_panel.cpp" line="121"/>
        <source>%n examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="74"/>
        <source>%1×%2, %n channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="75"/>
        <source>%n classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="82"/>
        <location filename="../ui/mainwindow/project_panel.cpp" line="92"/>
        <source>(not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="85"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="90"/>
        <source>device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="95"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="103"/>
        <source>%1 (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="106"/>
        <source>(cannot read runs: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="108"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="124"/>
        <source>%1 slice; click to select its examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="127"/>
        <source>Select examples, then Annotate ▸ Save Slice (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="146"/>
        <source>Select Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="147"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="149"/>
        <source>Rename Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="149"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="154"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceListView</name>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="23"/>
        <source>Open a project (File ▸ Open) to see and save its slices here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="30"/>
        <source>&amp;Save Selection as Slice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="31"/>
        <source>Save the current selection as a named slice (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="32"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="40"/>
        <source>No slices yet. Select examples anywhere (a confusion cell, a lasso) and press “Save Selection as Slice…”, or run InfEmbed from the Analysis menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="64"/>
        <source>Delete Slice</source>
        <translation>Slice löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="107"/>
        <source>Save Selection as Slice</source>
        <translation>Auswahl als Slice speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/slice_list_view.cpp" line="108"/>
        <source>Name of the slice (%n examples):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceTableModel</name>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="78"/>
        <location filename="../ui/models/slice_table_model.cpp" line="81"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="80"/>
        <source>%1 [%2–%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="107"/>
        <source>%1 of %2 examples predicted wrongly; the 95% Wilson interval is %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="112"/>
        <source>Share of all the evaluation&apos;s errors that fall in this slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="114"/>
        <source>Double-click to rename. Select to make its examples the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="132"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="134"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="136"/>
        <source>Error rate [95% CI]</source>
        <translation>Fehlerrate [95%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="138"/>
        <source>Error coverage</source>
        <translation>Fehlerabdeckung</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="140"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>fl::ui</name>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="47"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="48"/>
        <source>The confusion matrix and per-class accuracy will appear here. Click a cell to select its examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="55"/>
        <source>Histograms</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="56"/>
        <source>Label and prediction histograms of the selection will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="62"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="63"/>
        <source>Slices found by the analyses and the ones you save (Ctrl+S) will be listed here with their error rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="70"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="71"/>
        <source>The images of the selection will appear here, errors marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="77"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="78"/>
        <source>Click an example to see it large, with its label, prediction, probabilities, tags and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="85"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="86"/>
        <source>A 2-D map of the model&apos;s embeddings will appear here; lasso points to select them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Find, understand and annotate the failures of image classifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>A .faultline project to open (default: the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Print the time to first paint and to the project being shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
