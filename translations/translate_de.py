#!/usr/bin/env python3
"""Qualifies the contexts of translations/faultline_de.ts and fills German translations for the strings this table knows into translations/faultline_de.ts.

Run after `cmake --build build --target update_translations` has refreshed the .ts file. It fills
every unfinished message whose English source is in the tables below (an empty translation or one
lupdate guessed from a similar string); a %n message in a numerus="yes" entry gets its singular and
plural forms. Finished and vanished messages are left as they are; strings not in the tables stay
unfinished (the English source is shown for them), and the script says how many remain.

Conventions: the user is addressed with "Sie"; Slice, Label, Seed, Cluster, Split, Precision@k and
Recall stay English; embedding is "Einbettung", run "Lauf", job "Auftrag", opponents/proponents
"Opponenten/Proponenten", a planted failure "Einpflanzung". Shortcut sources ("Ctrl+E") stay as
they are, since QKeySequence parses them; in prose, keys are named as Qt shows them in German
("Strg+Umschalt+O"). Each string keeps one & accelerator, chosen not to clash in its menu or dialog.
"""
import html
import re
import sys

# Words shared by many views, docks and table headers.
COMMON = {
    "Overview": "Übersicht", "Histograms": "Histogramme", "Slices": "Slices",
    "Examples": "Beispiele", "Inspector": "Inspektor", "Embedding": "Einbettung",
    "InfEmbed slice": "InfEmbed-Slice", "Jobs": "Aufträge", "Project": "Projekt",
    "Dataset": "Datensatz", "Model": "Modell", "Runs": "Läufe", "Run": "Lauf", "Task": "Aufgabe",
    "Method": "Methode", "Seed": "Seed", "Cancel": "Abbrechen", "Accuracy": "Genauigkeit",
    "Label": "Label", "Prediction": "Vorhersage", "Confidence": "Konfidenz", "Loss": "Verlust",
    "Train": "Training", "Training": "Training", "Validation": "Validierung", "Test": "Test",
    "All splits": "Alle Splits", "All classes": "Alle Klassen", "Name": "Name", "Size": "Größe",
    "Origin": "Herkunft", "Coherence": "Kohärenz", "Error coverage": "Fehlerabdeckung",
    "Error rate [95% CI]": "Fehlerrate [95%-KI]", "Mostly label → prediction":
    "Meist Label → Vorhersage", "True label": "Wahres Label", "Annotations": "Annotationen",
    "Probabilities": "Wahrscheinlichkeiten", "Preferences": "Einstellungen",
    "New Project": "Neues Projekt", "Open Project": "Projekt öffnen", "Remove": "Entfernen",
    "Rename…": "Umbenennen…", "Delete Slice": "Slice löschen", "Save Slice": "Slice speichern",
    "Save Selection as Slice": "Auswahl als Slice speichern", "Browse…": "Durchsuchen…",
    "Create": "Erstellen", "Seed:": "Seed:", "Epochs:": "Epochen:", "n/a": "k. A.", "?": "?",
    "%1 → %2": "%1 → %2", "Faultline": "Faultline", "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "Dataset Folder": "Datensatzordner", "Faultline projects (*.faultline)":
    "Faultline-Projekte (*.faultline)", "PDF document (*.pdf)": "PDF-Dokument (*.pdf)",
    "The InfEmbed run could not be read: %1": "Der InfEmbed-Lauf konnte nicht gelesen werden: %1",
    "True label %1: %2 examples, %3 predicted wrongly.":
    "Wahres Label %1: %2 Beispiele, %3 falsch vorhergesagt.",
    "Predicted %1: %2 examples, %3 of them wrongly.":
    "Vorhergesagt %1: %2 Beispiele, davon %3 falsch.",
}

# fl::ui::MainWindow: menus, actions (with their status tips), status bar, jobs and file dialogs.
# Menu bar: D B A n i W H. File: N f Z D c x B. Edit: R W Z V a E. Analysis: F a I O.
# Annotate: s T N l. Tools: B a E.
MAIN_WINDOW = {
    "&File": "&Datei", "&Edit": "&Bearbeiten", "&View": "&Ansicht", "&Analysis": "A&nalyse",
    "A&nnotate": "Annot&ieren", "&Tools": "&Werkzeuge", "&Help": "&Hilfe", "Main":
    "Hauptwerkzeugleiste",
    "&New Project…": "&Neues Projekt…", "Analyse a dataset and a model in a new project":
    "Einen Datensatz und ein Modell in einem neuen Projekt analysieren",
    "&Open Project…": "Projekt ö&ffnen…", "Open &Recent": "&Zuletzt geöffnet",
    "(none yet)": "(noch keine)", "Open &Demo Project": "&Demoprojekt öffnen",
    "Fashion-MNIST with the demo CNN (trained on first use)":
    "Fashion-MNIST mit dem Demo-CNN (beim ersten Gebrauch trainiert)",
    "&Close Project": "Projekt s&chließen", "Export &Report…": "Bericht e&xportieren…",
    "Write the project's report as PDF, HTML, JSON or CSV":
    "Den Bericht des Projekts als PDF, HTML, JSON oder CSV schreiben", "&Quit": "&Beenden",
    "&Undo": "&Rückgängig", "&Redo": "&Wiederholen", "&Back": "&Zurück",
    "The previous selection": "Die vorherige Auswahl", "&Forward": "&Vorwärts",
    "The next selection": "Die nächste Auswahl", "C&lear Selection": "Auswahl &aufheben",
    "&Preferences…": "&Einstellungen…", "&Reset Layout": "Anordnung &zurücksetzen",
    "Select &Errors": "&Fehler auswählen", "Ctrl+E": "Ctrl+E",
    "Select every misclassified test example":
    "Alle falsch klassifizierten Testbeispiele auswählen",
    "&Evaluate Model Again": "Modell erneut &auswerten",
    "Run the model over the dataset into a new evaluation run":
    "Das Modell über den Datensatz laufen lassen, in einen neuen Auswertungslauf",
    "&InfEmbed…": "&InfEmbed…", "Ctrl+Shift+I": "Ctrl+Shift+I",
    "Find slices the model fails on for one reason, from influence embeddings":
    "Slices finden, an denen das Modell aus einem Grund scheitert, anhand von "
    "Einflusseinbettungen",
    "Who Are Its &Opponents?": "Wer sind ihre &Opponenten?", "Ctrl+Shift+O": "Ctrl+Shift+O",
    "The training examples that hurt (opponents) or help (proponents) the selection most, from "
    "the InfEmbed run": "Die Trainingsbeispiele, die der Auswahl am meisten schaden (Opponenten) "
    "oder helfen (Proponenten), aus dem InfEmbed-Lauf",
    "&Save Selection as Slice…": "Auswahl als Slice &speichern…", "Add &Tag…": "&Tag hinzufügen…",
    "Ctrl+T": "Ctrl+T", "Tag the current example": "Das aktuelle Beispiel mit einem Tag versehen",
    "Add &Note…": "&Notiz hinzufügen…",
    "Write a note on the current example": "Eine Notiz zum aktuellen Beispiel schreiben",
    "&Relabel…": "Neu &labeln…",
    "Record the true label of the current example":
    "Das wahre Label des aktuellen Beispiels festhalten",
    "Slice &Benchmark…": "Slice-&Benchmark…", "Ctrl+Shift+B": "Ctrl+Shift+B",
    "Score the slice-finding methods on a planted failure (no project needed)":
    "Die Methoden zur Slice-Suche an einem eingepflanzten Fehler bewerten (kein Projekt nötig)",
    "&Cancel All Jobs": "Alle Aufträge &abbrechen", "&About Faultline": "&Über Faultline",
    "About Faultline": "Über Faultline",
    "<b>Faultline %1</b><p>Find, understand, annotate and fix the systematic failures of image "
    "classifiers.</p>": "<b>Faultline %1</b><p>Systematische Fehler von Bildklassifikatoren "
    "finden, verstehen, annotieren und beheben.</p>",
    "%1 — Faultline": "%1 — Faultline", "No project open": "Kein Projekt geöffnet",
    "Nothing selected — click a confusion cell, a bar, a slice or an example":
    "Nichts ausgewählt — klicken Sie auf eine Konfusionszelle, einen Balken, einen Slice oder "
    "ein Beispiel",
    "selection: %1 ": "Auswahl: %1 ", "Opening %1…": "%1 wird geöffnet…",
    "Opening %1": "%1 wird geöffnet", "Could not open %1: %2":
    "%1 konnte nicht geöffnet werden: %2",
    "Preparing the demo project": "Demoprojekt wird vorbereitet",
    "Training the demo CNN (first run only)": "Demo-CNN wird trainiert (nur beim ersten Mal)",
    "The demo project could not be prepared: %1":
    "Das Demoprojekt konnte nicht vorbereitet werden: %1",
    "Creating %1": "%1 wird erstellt", "Could not create %1: %2":
    "%1 konnte nicht erstellt werden: %2", "Slice name:": "Name des Slice:",
    "Add Tag": "Tag hinzufügen", "Tag:": "Tag:", "Add Note": "Notiz hinzufügen",
    "Note:": "Notiz:", "Relabel": "Neu labeln", "True label:": "Wahres Label:",
    "errors on the test split": "Fehler im Test-Split", "Evaluating %1": "%1 wird ausgewertet",
    "Evaluation failed: %1": "Auswertung fehlgeschlagen: %1",
}

# Undo-stack texts and selection origins of fl::ui::AnalysisDocument.
DOCUMENT = {
    "Tag “%1”": "Tag „%1“", "Add note": "Notiz hinzufügen", "Relabel as %1": "Neu labeln als %1",
    "Remove annotation": "Annotation entfernen",
    "Could not remove the annotation: %1": "Die Annotation konnte nicht entfernt werden: %1",
    "Could not save the annotation: %1": "Die Annotation konnte nicht gespeichert werden: %1",
    "Untitled slice": "Unbenannter Slice", "slice “%1”": "Slice „%1“",
    "Could not save the slice change: %1":
    "Die Änderung am Slice konnte nicht gespeichert werden: %1",
    "Save slice “%1”": "Slice „%1“ speichern", "Rename slice to “%1”":
    "Slice in „%1“ umbenennen", "Remove slice “%1”": "Slice „%1“ entfernen",
}

# Docks: overview, histograms, example grid, embedding, inspector, slices, project, jobs.
VIEWS = {
    # Overview and confusion matrix
    "Open a project (File ▸ Open) to see its confusion matrix and per-class accuracy here.":
    "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Konfusionsmatrix und die "
    "Genauigkeit je Klasse zu sehen.",
    "&Split:": "S&plit:", "Click a cell to select its examples":
    "Klicken Sie auf eine Zelle, um ihre Beispiele auszuwählen",
    "Accuracy per class (click a bar)": "Genauigkeit je Klasse (Balken anklicken)",
    "%1: %2 of %3 correct. Click to select the class.":
    "%1: %2 von %3 richtig. Klicken, um die Klasse auszuwählen.",
    "Accuracy %1% on %2 examples (%3)": "Genauigkeit %1% auf %2 Beispielen (%3)",
    "Latest runs": "Neueste Läufe", "All runs": "Alle Läufe", "Saved by hand": "Von Hand gespeichert",
    "Latest runs: each method's newest run and the slices saved by hand; All runs: every run's "
    "slices too": "Neueste Läufe: der neueste Lauf jeder Methode und die von Hand gespeicherten "
    "Slices; Alle Läufe: auch die Slices jedes älteren Laufs",
    "Sho&w:": "An&zeigen:",
    "No examples in this split.": "Keine Beispiele in diesem Split.",
    "confusion: %1 → %2": "Verwechslung: %1 → %2", "class: %1 (%2)": "Klasse: %1 (%2)",
    "Predicted class →": "Vorhergesagte Klasse →", "True class →": "Wahre Klasse →",
    "%1 correctly predicted: %2 of %3 (%4%)": "%1 richtig vorhergesagt: %2 von %3 (%4%)",
    "True %1, predicted %2: %3 examples (%4% of %1)\nClick to select them.":
    "Wahr %1, vorhergesagt %2: %3 Beispiele (%4% von %1)\nKlicken, um sie auszuwählen.",
    # Histograms
    "Open a project (File ▸ Open) to see the label and prediction histograms of the selection.":
    "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um die Label- und Vorhersage-Histogramme "
    "der Auswahl zu sehen.",
    "Click to narrow the selection to them.": "Klicken, um die Auswahl auf sie einzugrenzen.",
    "All %1 examples (nothing selected). Red: predicted wrongly.":
    "Alle %1 Beispiele (nichts ausgewählt). Rot: falsch vorhergesagt.",
    "Selection: %1 examples — %2. Red: predicted wrongly.":
    "Auswahl: %1 Beispiele — %2. Rot: falsch vorhergesagt.",
    "all": "alle", "%1 · label %2": "%1 · Label %2", "%1 · predicted %2": "%1 · vorhergesagt %2",
    # Example grid
    "Open a project (File ▸ Open) to browse its examples here. Click a confusion-matrix cell, a "
    "bar or a slice to see its examples.": "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um "
    "hier seine Beispiele zu durchsuchen. Klicken Sie auf eine Zelle der Konfusionsmatrix, einen "
    "Balken oder einen Slice, um dessen Beispiele zu sehen.",
    "Selection order": "Reihenfolge der Auswahl", "Highest loss first": "Höchster Verlust zuerst",
    "Least confident first": "Geringste Konfidenz zuerst",
    "Most confident first": "Höchste Konfidenz zuerst", "By id": "Nach ID",
    "Sort the examples": "Beispiele sortieren",
    "Show only one true class": "Nur eine wahre Klasse zeigen", "&Errors only": "Nur &Fehler",
    "Filter: class name or id (Ctrl+F)": "Filter: Klassenname oder ID (Strg+F)",
    "Filter examples": "Beispiele filtern", "Filter…": "Filter…", "all examples": "alle Beispiele",
    "%1 examples · %2": "%1 Beispiele · %2", "%1 of %2 examples · %3":
    "%1 von %2 Beispielen · %3",
    "Example %1\nTrue label: %2\nPrediction: %3 (p = %4)\nLoss: %5":
    "Beispiel %1\nWahres Label: %2\nVorhersage: %3 (p = %4)\nVerlust: %5",
    # Embedding
    "&Colour by:": "Einfä&rben nach:", "Correct / wrong": "Richtig / falsch", "Lasso": "Lasso",
    "Draw a free-form region to select its points":
    "Einen freien Bereich zeichnen, um seine Punkte auszuwählen",
    "Rectangle": "Rechteck",
    "Drag a rectangle to select its points": "Ein Rechteck aufziehen, um seine Punkte auszuwählen",
    "Fit": "Einpassen",
    "Show every point (wheel zooms; drag with the middle button or with Space held pans)":
    "Alle Punkte zeigen (Mausrad zoomt; Ziehen mit der mittleren Taste oder mit gedrückter "
    "Leertaste verschiebt)",
    "PCA of %1 embeddings (%2% + %3% of the variance) · drawn in %4 ms":
    "PCA von %1 Einbettungen (%2% + %3% der Varianz) · gezeichnet in %4 ms",
    "This evaluation has no embeddings. Evaluate the model again (Analysis ▸ Evaluate) to see its "
    "embedding space here.": "Diese Auswertung hat keine Einbettungen. Werten Sie das Modell "
    "erneut aus (Analyse ▸ Modell erneut auswerten), um hier seinen Einbettungsraum zu sehen.",
    "Open a project (File ▸ Open) to see its embedding space here.":
    "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seinen Einbettungsraum zu sehen.",
    "Projecting %1 embeddings to two dimensions…":
    "%1 Einbettungen werden auf zwei Dimensionen projiziert…",
    "lasso in the embedding": "Lasso in der Einbettung",
    "rectangle in the embedding": "Rechteck in der Einbettung",
    # Inspector
    "tag, e.g. collar": "Tag, z. B. Kragen", "Add &Tag": "&Tag hinzufügen", "note": "Notiz",
    "Add &Note": "&Notiz hinzufügen",
    "Record that the true label is another class":
    "Festhalten, dass das wahre Label eine andere Klasse ist",
    "&Remove": "&Entfernen",
    "Click an example in the grid or a point in the embedding to inspect it here.":
    "Klicken Sie auf ein Beispiel im Raster oder einen Punkt in der Einbettung, um es hier zu "
    "untersuchen.",
    "Open a project (File ▸ Open) to inspect its examples here.":
    "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Beispiele zu untersuchen.",
    "<span style='font-size:large'>label <b>%1</b> → predicted <b style='color:%3'>%2</b></span>":
    "<span style='font-size:large'>Label <b>%1</b> → vorhergesagt "
    "<b style='color:%3'>%2</b></span>",
    "<span style='font-size:large'>label <b>%1</b>, predicted <b>%2</b> (correct)</span>":
    "<span style='font-size:large'>Label <b>%1</b>, vorhergesagt <b>%2</b> (richtig)</span>",
    "Id": "ID", "Split": "Split", "train": "Training", "validation": "Validierung",
    "test": "Test", "Relabelled as": "Neu gelabelt als", "File": "Datei",
    "True label is …": "Wahres Label ist …", "true label is": "wahres Label ist", "tag": "Tag",
    "%1: %2 — %3": "%1: %2 — %3",
    "No annotations yet: add a tag or a note below.":
    "Noch keine Annotationen: Fügen Sie unten einen Tag oder eine Notiz hinzu.",
    # Slice list and table
    "Open a project (File ▸ Open) to see and save its slices here.":
    "Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Slices zu sehen und zu "
    "speichern.",
    "Save the current selection as a named slice (Ctrl+S)":
    "Die aktuelle Auswahl als benannten Slice speichern (Strg+S)",
    "&Delete": "&Löschen",
    "No slices yet. Select examples anywhere (a confusion cell, a lasso) and press “Save "
    "Selection as Slice…”, or run InfEmbed from the Analysis menu.": "Noch keine Slices. Wählen "
    "Sie irgendwo Beispiele aus (eine Konfusionszelle, ein Lasso) und drücken Sie „Auswahl als "
    "Slice speichern…“, oder starten Sie InfEmbed aus dem Menü Analyse.",
    "%1 [%2–%3]": "%1 [%2–%3]",
    "%1 of %2 examples predicted wrongly; the 95% Wilson interval is %3–%4.":
    "%1 von %2 Beispielen falsch vorhergesagt; das 95%-Wilson-Intervall ist %3–%4.",
    "Share of all the evaluation's errors that fall in this slice.":
    "Anteil aller Fehler der Auswertung, die in diesen Slice fallen.",
    "Mostly true label %1 (%2 of the slice), mostly predicted %3 (%4).":
    "Meist wahres Label %1 (%2 des Slice), meist vorhergesagt %3 (%4).",
    "InfEmbed's coherence: the mean squared distance of the members' influence embeddings from "
    "their mean. Lower means the model errs on them for a more similar reason.":
    "Kohärenz nach InfEmbed: der mittlere quadratische Abstand der Einflusseinbettungen der "
    "Mitglieder von ihrem Mittelwert. Niedriger heißt, das Modell irrt bei ihnen aus ähnlicherem "
    "Grund.",
    "Double-click to rename. Select to make its examples the selection.":
    "Doppelklicken zum Umbenennen. Auswählen, um seine Beispiele zur Auswahl zu machen.",
    # Project panel
    "No project open.\nFile ▸ Open a project, or File ▸ New to analyse your own dataset and "
    "model.": "Kein Projekt geöffnet.\nÖffnen Sie ein Projekt über Datei ▸ Projekt öffnen, oder "
    "analysieren Sie über Datei ▸ Neues Projekt Ihren eigenen Datensatz und Ihr Modell.",
    "(not loaded)": "(nicht geladen)", "device: %1": "Gerät: %1", "%1 (shown)": "%1 (angezeigt)",
    "(cannot read runs: %1)": "(Läufe können nicht gelesen werden: %1)",
    "%1 slice; click to select its examples":
    "Slice (%1); klicken, um seine Beispiele auszuwählen",
    "Select examples, then Annotate ▸ Save Slice (Ctrl+S)":
    "Beispiele auswählen, dann Annotieren ▸ Auswahl als Slice speichern (Strg+S)",
    "Select Examples": "Beispiele auswählen", "Rename Slice": "Slice umbenennen", "Name:": "Name:",
    # Jobs
    "No jobs. Training, evaluation and analyses run here in the background while you keep "
    "working.": "Keine Aufträge. Training, Auswertung und Analysen laufen hier im Hintergrund, "
    "während Sie weiterarbeiten.",
    "Clear finished": "Erledigte entfernen",
    "Remove finished, failed and cancelled jobs from the list":
    "Erledigte, fehlgeschlagene und abgebrochene Aufträge aus der Liste entfernen",
    "Stop this job; it ends at its next step":
    "Diesen Auftrag anhalten; er endet bei seinem nächsten Schritt",
    "done": "fertig", "queued": "wartet", "cancelled": "abgebrochen",
    "cancelling…": "wird abgebrochen…", "failed: %1": "fehlgeschlagen: %1",
}

# fl::ui::NewProjectDialog (A P t d u), fl::ui::PreferencesDialog (g T V A), fl::ui::ProjectLoader.
PROJECT = {
    "Fashion-MNIST (installed)": "Fashion-MNIST (installiert)",
    "MNIST (installed)": "MNIST (installiert)",
    "IDX files in a folder": "IDX-Dateien in einem Ordner",
    "Image folder (one sub-folder per class)": "Bildordner (ein Unterordner je Klasse)",
    "CSV manifest (path, label, attributes)": "CSV-Manifest (Pfad, Label, Attribute)",
    "&Kind:": "&Art:", "&Location:": "&Pfad:",
    "&Train a built-in network": "Eingebautes Netz &trainieren",
    "&Open a model file (TorchScript or Faultline)":
    "Modell&datei öffnen (TorchScript oder Faultline)",
    "Architecture:": "Architektur:", "Model file:": "Modelldatei:",
    "Save project &as:": "Projekt speichern &unter:", "CSV Manifest": "CSV-Manifest",
    "Model File": "Modelldatei",
    "Models (*.pt *.pth *.torchscript *.flmodel);;All files (*)":
    "Modelle (*.pt *.pth *.torchscript *.flmodel);;Alle Dateien (*)",
    "Save Project As": "Projekt speichern unter",
    "Choose the dataset's location.": "Wählen Sie den Pfad des Datensatzes.",
    "Choose a model file.": "Wählen Sie eine Modelldatei.",
    "Choose where to save the project.": "Wählen Sie, wo das Projekt gespeichert wird.",
    "%1 exists already; choose a new name.": "%1 existiert bereits; wählen Sie einen neuen Namen.",
    # Preferences
    "Automatic (GPU when available)": "Automatisch (GPU, wenn verfügbar)", "CPU": "CPU",
    "CUDA GPU": "CUDA-GPU", "All cores (%1)": "Alle Kerne (%1)",
    "Threads each computation may use; applies to jobs started later":
    "Threads, die jede Berechnung nutzen darf; gilt für später gestartete Aufträge",
    " px": " px",
    "The name stored with every tag, note and label you add":
    "Der Name, der mit jedem hinzugefügten Tag, jeder Notiz und jedem Label gespeichert wird",
    "Compute &device:": "Rechen&gerät:", "&Threads:": "&Threads:",
    "T&humbnail size:": "&Vorschaubildgröße:", "Annotation &author:": "&Autor der Annotationen:",
    # Loading a project (job steps)
    "opening the project": "Projekt wird geöffnet",
    "The project has no dataset yet.": "Das Projekt hat noch keinen Datensatz.",
    "loading dataset %1": "Datensatz %1 wird geladen", "loading model": "Modell wird geladen",
    "The model could not be loaded (%1); results are shown, analyses that need the model are "
    "unavailable.": "Das Modell konnte nicht geladen werden (%1); Ergebnisse werden gezeigt, "
    "Analysen, die das Modell brauchen, sind nicht verfügbar.",
    "The project has no finished evaluation run yet.":
    "Das Projekt hat noch keinen abgeschlossenen Auswertungslauf.",
    "reading evaluation results": "Auswertungsergebnisse werden gelesen",
    "reading embeddings": "Einbettungen werden gelesen",
    "The embeddings could not be read: %1": "Die Einbettungen konnten nicht gelesen werden: %1",
    "reading the InfEmbed run": "InfEmbed-Lauf wird gelesen", "loaded": "geladen",
}

# fl::ui::InfEmbedCommand, InfEmbedDialog (V i P D H e c n K g A l B f r t O S), InfEmbedSliceView.
INFEMBED = {
    "InfEmbed": "InfEmbed", "InfEmbed-Rule on %1": "InfEmbed-Rule auf %1",
    "InfEmbed on %1": "InfEmbed auf %1", "InfEmbed failed: %1": "InfEmbed fehlgeschlagen: %1",
    # Dialog
    "Finds coherent groups of examples the model gets wrong for the same reason: each example's "
    "influence embedding (how training examples move its loss) is clustered, and the clusters are "
    "ranked by accuracy.": "Findet zusammenhängende Gruppen von Beispielen, die das Modell aus "
    "demselben Grund falsch vorhersagt: Die Einflusseinbettung jedes Beispiels (wie "
    "Trainingsbeispiele seinen Verlust verschieben) wird geclustert, und die Cluster werden nach "
    "Genauigkeit geordnet.",
    "Paper (P 500, D 100)": "Paper (P 500, D 100)",
    "Fast — reference code (P 200, D 50)": "Schnell — Referenzcode (P 200, D 50)",
    "Custom": "Benutzerdefiniert",
    "Paper: the settings of the InfEmbed paper, most faithful, slowest. Fast: the reference "
    "code's smaller Arnoldi run, usually the same slices in about half the time. Custom: your own "
    "P and D.": "Paper: die Einstellungen des InfEmbed-Papers, am getreuesten, am langsamsten. "
    "Schnell: der kleinere Arnoldi-Lauf des Referenzcodes, meist dieselben Slices in etwa der "
    "halben Zeit. Benutzerdefiniert: eigene Werte für P und D.",
    "Last linear layer (closed form)": "Letzte lineare Schicht (geschlossene Form)",
    "Last conv block + head (autograd; built-in models)":
    "Letzter Conv-Block + Head (Autograd; eingebaute Modelle)",
    "Which parameters the influence is measured through. The last layer is exact and fast (its "
    "Hessian has a closed form) and needs the model's features. The last conv block + head sees "
    "more of the network but needs autograd Hessian-vector products: several times slower, "
    "built-in models only.": "Über welche Parameter der Einfluss gemessen wird. Die letzte "
    "Schicht ist exakt und schnell (ihre Hesse-Matrix hat eine geschlossene Form) und braucht die "
    "Features des Modells. Letzter Conv-Block + Head sieht mehr vom Netz, braucht aber "
    "Hesse-Vektor-Produkte über Autograd: um ein Mehrfaches langsamer, nur für eingebaute "
    "Modelle.",
    "The model has no features() method to read the penultimate layer from.":
    "Das Modell hat keine Methode features(), aus der sich die vorletzte Schicht lesen lässt.",
    "TorchScript models cannot be differentiated block by block; use the last layer.":
    "TorchScript-Modelle lassen sich nicht blockweise differenzieren; verwenden Sie die letzte "
    "Schicht.",
    "P: Arnoldi iterations. More iterations find the Hessian's top eigenvectors more accurately; "
    "time grows linearly with P.": "P: Arnoldi-Iterationen. Mehr Iterationen finden die obersten "
    "Eigenvektoren der Hesse-Matrix genauer; die Zeit wächst linear mit P.",
    "D: the dimension of the influence embedding, the top D of the P eigenvectors (at most P). "
    "Larger D keeps more detail, slower clustering.": "D: die Dimension der Einflusseinbettung, "
    "die obersten D der P Eigenvektoren (höchstens P). Größeres D behält mehr Details, das "
    "Clustern wird langsamer.",
    "Training examples the Hessian is summed over, drawn at random with the seed. 5000 is plenty "
    "for a stable estimate; 0 uses all of them.": "Trainingsbeispiele, über die die Hesse-Matrix "
    "summiert wird, zufällig mit dem Seed gezogen. 5000 reichen für eine stabile Schätzung; 0 "
    "verwendet alle.",
    "All training examples": "Alle Trainingsbeispiele",
    "Seed of the Hessian subset and Arnoldi's start vector: the same seed and settings give the "
    "same slices.": "Seed der Hesse-Teilmenge und des Arnoldi-Startvektors: Gleicher Seed und "
    "gleiche Einstellungen ergeben dieselben Slices.",
    "%1 (%2 examples)": "%1 (%2 Beispiele)",
    "The examples that are sliced. Validation is the usual choice: the test split then stays "
    "untouched to confirm what the slices show.": "Die Beispiele, die in Slices zerlegt werden. "
    "Üblich ist Validierung: Der Test-Split bleibt dann unberührt, um zu bestätigen, was die "
    "Slices zeigen.",
    "Plai&n: K slices": "Ei&nfach: K Slices",
    "Spherical K-means into exactly K slices covering the whole split; they are then ranked by "
    "accuracy.": "Sphärisches K-means in genau K Slices, die den ganzen Split abdecken; sie "
    "werden dann nach Genauigkeit geordnet.",
    "R&ule: split until slices are bad and big enough":
    "Re&gel: teilen, bis Slices schlecht und groß genug sind",
    "InfEmbed-Rule: clusters recursively into B parts and keeps a cluster as a slice once its "
    "accuracy is below A and it has at least S examples. The number of slices is found, not "
    "chosen.": "InfEmbed-Rule: clustert rekursiv in B Teile und behält einen Cluster als Slice, "
    "sobald seine Genauigkeit unter A liegt und er mindestens S Beispiele hat. Die Anzahl der "
    "Slices wird gefunden, nicht gewählt.",
    "K: how many slices. 10–25 suits a few thousand examples; more gives smaller, purer slices.":
    "K: wie viele Slices. 10–25 passt für einige tausend Beispiele; mehr ergibt kleinere, reinere "
    "Slices.",
    "&K:": "&K:",
    "A: a slice's accuracy must be below this (the paper: 0.40).":
    "A: Die Genauigkeit eines Slice muss darunter liegen (das Paper: 0,40).",
    "S: a slice has at least this many examples (paper: 25).":
    "S: Ein Slice hat mindestens so viele Beispiele (Paper: 25).",
    "B: clusters each split makes (paper: 3).": "B: Cluster, die jede Teilung bildet (Paper: 3).",
    "The deepest split level; a branch that has not met the rule by then is dropped (paper: 7).":
    "Die tiefste Teilungsebene; ein Zweig, der die Regel bis dahin nicht erfüllt, wird verworfen "
    "(Paper: 7).",
    "Accuracy below &A:": "Genauigkeit unter &A:", "At least S e&xamples:":
    "Mindestens S Beispie&le:", "&B clusters per split:": "&B Cluster je Teilung:",
    "Max dep&th:": "Maximale Tie&fe:",
    "Iterations of each spherical K-means run; 25 converges on typical splits.":
    "Iterationen jedes sphärischen K-means-Laufs; 25 konvergieren bei typischen Splits.",
    "E&mbed the training set (for opponents and proponents)":
    "Trainingsmenge einbe&tten (für Opponenten und Proponenten)",
    "Also computes the training examples' influence embeddings, so each slice lists the training "
    "examples that hurt it most (opponents: often mislabelled or misleading) and help it most "
    "(proponents). Costs one more pass over the training set.": "Berechnet auch die "
    "Einflusseinbettungen der Trainingsbeispiele, sodass jeder Slice die Trainingsbeispiele "
    "auflistet, die ihm am meisten schaden (Opponenten: oft falsch gelabelt oder irreführend) "
    "und am meisten helfen (Proponenten). Kostet einen weiteren Durchlauf über die "
    "Trainingsmenge.",
    "Opponents and proponents listed per slice (0 = none).":
    "Aufgelistete Opponenten und Proponenten je Slice (0 = keine).",
    "Influence embeddings": "Einflusseinbettungen", "Pre&set:": "&Vorgabe:",
    "&Layers:": "Sch&ichten:", "Arnoldi iterations &P:": "Arnoldi-Iterationen &P:",
    "Embedding dimension &D:": "Einbettungsdimension &D:",
    "&Hessian subset:": "&Hesse-Teilmenge:", "S&eed:": "S&eed:",
    "Split to sli&ce:": "Slices su&chen in:", "K-means &iterations:": "K-means-Ite&rationen:",
    "Opponents": "Opponenten", "&Opponents per slice:": "&Opponenten je Slice:",
    "&Run": "&Starten",
    "The model does not support the chosen layers.":
    "Das Modell unterstützt die gewählten Schichten nicht.",
    "The chosen split has no examples.": "Der gewählte Split hat keine Beispiele.",
    "K (%1) is more than the %2 examples of the chosen split.":
    "K (%1) ist größer als die %2 Beispiele des gewählten Splits.",
    "InfEmbed needs training examples; the dataset has none.":
    "InfEmbed braucht Trainingsbeispiele; der Datensatz hat keine.",
    # Slice view (the "InfEmbed slice" dock)
    "Show one of the InfEmbed run's slices (it becomes the selection)":
    "Einen der Slices des InfEmbed-Laufs zeigen (er wird zur Auswahl)",
    "The opponents could not be ranked: %1":
    "Die Rangfolge der Opponenten konnte nicht berechnet werden: %1",
    "InfEmbed slice %1": "InfEmbed-Slice %1",
    "Pick an InfEmbed slice (%1)…": "InfEmbed-Slice wählen (%1)…",
    "%1 · %2 examples · accuracy %3 · %4 → %5": "%1 · %2 Beispiele · Genauigkeit %3 · %4 → %5",
    "Open a project (File ▸ Open), run Analysis ▸ InfEmbed… to find slices, then select a slice "
    "or any examples and ask for their opponents.": "Öffnen Sie ein Projekt (Datei ▸ Projekt "
    "öffnen), starten Sie Analyse ▸ InfEmbed…, um Slices zu finden, wählen Sie dann einen Slice "
    "oder beliebige Beispiele aus und fragen Sie nach deren Opponenten.",
    "Run Analysis ▸ InfEmbed… to find slices; select a slice or any examples and ask for their "
    "opponents (Analysis ▸ Who Are Its Opponents?, Ctrl+Shift+O).": "Starten Sie Analyse ▸ "
    "InfEmbed…, um Slices zu finden; wählen Sie einen Slice oder beliebige Beispiele aus und "
    "fragen Sie nach deren Opponenten (Analyse ▸ Wer sind ihre Opponenten?, Strg+Umschalt+O).",
    "Slices InfEmbed found on the %1 split: %2. Pick one above, or select any examples (a "
    "confusion-matrix cell, a lasso, the grid) and ask who their opponents are: Analysis ▸ Who "
    "Are Its Opponents? (Ctrl+Shift+O).": "Slices, die InfEmbed im Split %1 gefunden hat: %2. "
    "Wählen Sie oben einen aus, oder wählen Sie beliebige Beispiele (eine Zelle der "
    "Konfusionsmatrix, ein Lasso, das Raster) und fragen Sie, wer ihre Opponenten sind: Analyse "
    "▸ Wer sind ihre Opponenten? (Strg+Umschalt+O).",
    "The selection (%1 examples, %2) is not one of the InfEmbed slices. Ask which training "
    "examples hurt or help it most.": "Die Auswahl (%1 Beispiele, %2) ist keiner der "
    "InfEmbed-Slices. Fragen Sie, welche Trainingsbeispiele ihr am meisten schaden oder helfen.",
    "mostly <b>%1</b> (%2) → predicted <b>%3</b> (%4)":
    "meist <b>%1</b> (%2) → vorhergesagt <b>%3</b> (%4)",
    "<b>%1</b> — slice %2 of %3, cluster %4 (%5, %6 split)<br>%7 examples · accuracy <b>%8</b> · "
    "error rate %9 [%10, %11] (95%) · coherence %12 (lower = tighter)<br>%13":
    "<b>%1</b> — Slice %2 von %3, Cluster %4 (%5, Split %6)<br>%7 Beispiele · Genauigkeit "
    "<b>%8</b> · Fehlerrate %9 [%10, %11] (95%) · Kohärenz %12 (niedriger = enger)<br>%13",
    "Nearest the slice centre (%1 of %2)": "Am nächsten am Slice-Zentrum (%1 von %2)",
    "Largest inner product with the slice centre (%1 of %2)":
    "Größtes Skalarprodukt mit dem Slice-Zentrum (%1 von %2)",
    "Highest cosine to the slice centre (%1 of %2)": "Höchster Kosinus zum Slice-Zentrum (%1 von %2)",
    "Member order": "Reihenfolge der Mitglieder",
    "How a slice ranks its members: cosine to the slice's unit centre (every method's rule) or "
    "the raw inner product (earlier versions; larger embeddings first)":
    "Wie ein Slice seine Mitglieder ordnet: Kosinus zum normierten Slice-Zentrum (die Regel "
    "jeder Methode) oder das rohe Skalarprodukt (frühere Versionen; größere Einbettungen "
    "zuerst)",
    "No opponents: this run did not embed the training examples.":
    "Keine Opponenten: Dieser Lauf hat die Trainingsbeispiele nicht eingebettet.",
    "Nothing is selected. Select examples (a confusion-matrix cell, a lasso in the embedding, the "
    "grid) and ask again.": "Nichts ist ausgewählt. Wählen Sie Beispiele aus (eine Zelle der "
    "Konfusionsmatrix, ein Lasso in der Einbettung, das Raster) und fragen Sie erneut.",
    "None of the %1 selected examples is in the InfEmbed run's split (%2), so none has an "
    "influence embedding. Select examples of the %2 split, or run InfEmbed on the split you are "
    "looking at.": "Keines der %1 ausgewählten Beispiele liegt im Split des InfEmbed-Laufs (%2), "
    "daher hat keines eine Einflusseinbettung. Wählen Sie Beispiele aus dem Split %2, oder "
    "starten Sie InfEmbed auf dem Split, den Sie gerade betrachten.",
    "; %1 outside the %2 split have no embedding and were left out":
    "; %1 außerhalb des Splits %2 haben keine Einbettung und wurden ausgelassen",
    "<b>Opponents of the selection</b> — %1<br>%2 of %3 selected examples have influence "
    "embeddings (%4 split)%5 · accuracy <b>%6</b>": "<b>Opponenten der Auswahl</b> — %1<br>%2 "
    "von %3 ausgewählten Beispielen haben Einflusseinbettungen (Split %4)%5 · Genauigkeit "
    "<b>%6</b>",
    "Examples of the selection (%1 of %2)": "Beispiele der Auswahl (%1 von %2)",
    "No opponents: this InfEmbed run did not embed the training examples (run it again with "
    "opponents on).": "Keine Opponenten: Dieser InfEmbed-Lauf hat die Trainingsbeispiele nicht "
    "eingebettet (starten Sie ihn erneut mit eingeschalteten Opponenten).",
    "Ranking the training examples…": "Rangfolge der Trainingsbeispiele wird berechnet…",
    "Example %1\nTrue label: %2\nPrediction: %3": "Beispiel %1\nWahres Label: %2\nVorhersage: %3",
    "Opponent %1: training example %2\nTrue label: %3\nPrediction: %4\nInfluence %5 (negative: "
    "training on it raises the loss here)": "Opponent %1: Trainingsbeispiel %2\nWahres Label: "
    "%3\nVorhersage: %4\nEinfluss %5 (negativ: Training damit erhöht hier den Verlust)",
    "Proponent %1: training example %2\nTrue label: %3\nPrediction: %4\nInfluence %5 (positive: "
    "training on it lowers the loss here)": "Proponent %1: Trainingsbeispiel %2\nWahres Label: "
    "%3\nVorhersage: %4\nEinfluss %5 (positiv: Training damit senkt hier den Verlust)",
    "unknown": "unbekannt",
    "Opponents: the %1 training examples that hurt it most":
    "Opponenten: die %1 Trainingsbeispiele, die ihm am meisten schaden",
    "Proponents: the %1 training examples that help it most":
    "Proponenten: die %1 Trainingsbeispiele, die ihm am meisten helfen",
}

# fl::ui::SliceBenchmarkDialog and SliceBenchmarkForm, one window (D u a Z t Ü g e h p r k i w S
# C J n f L), and the tables of its results.
SLICE_BENCHMARK = {
    # Label-only slices and the two noisy tasks (issue #14 item 3).
    "%1 (%2) %3": "%1 (%2) %3",
    "whole class": "ganze Klasse",
    "largest confusion cell": "größte Konfusionszelle",
    " Label-only slices by loss, p@%1: %2.": " Nur-Label-Slices nach Verlust, p@%1: %2.",
    "Noisy labels (subclass)": "Verrauschte Labels (Unterklasse)",
    "Noisy labels (whole class)": "Verrauschte Labels (ganze Klasse)",
    "correlation: a signal on FRACTION of CLASS's training images; rare: CLASS kept at FRACTION of its training examples inside its superclass; noisy: FRACTION of subclass CLASS's training labels flipped to superclass TARGET; noisy-class: FRACTION of CLASS's training labels flipped to class TARGET":
        "Scheinkorrelation: ein Signal auf ANTEIL der Trainingsbilder von KLASSE; Seltene Unterklasse: KLASSE behält ANTEIL ihrer Trainingsbeispiele innerhalb ihrer Oberklasse; Verrauschte Labels (Unterklasse): ANTEIL der Trainingslabels der Unterklasse KLASSE wird auf die Oberklasse ZIEL umgeschrieben; Verrauschte Labels (ganze Klasse): ANTEIL der Trainingslabels von KLASSE wird auf die Klasse ZIEL umgeschrieben",
    "noisy: the superclass flipped labels become; noisy-class: the class":
        "Unterklasse: die Oberklasse, zu der umgeschriebene Labels werden; ganze Klasse: die Klasse",
    "the next one": "die nächste",
    "Slice Benchmark": "Slice-Benchmark", "Benchmark": "Benchmark",
    "planted task": "eingepflanzte Aufgabe",
    "Slice benchmark: %1 on %2 (seed %3)": "Slice-Benchmark: %1 auf %2 (Seed %3)",
    "Plants a failure in a dataset, trains the model recipe and scores how well each method finds "
    "it. Runs accumulate in the table.": "Pflanzt einen Fehler in einen Datensatz ein, trainiert "
    "das Modellrezept und bewertet, wie gut jede Methode ihn findet. Die Läufe sammeln sich in "
    "der Tabelle.",
    "Restore &Defaults": "Standard&werte", "Export &CSV…": "&CSV exportieren…",
    "One row per run and method, full-precision numbers":
    "Eine Zeile je Lauf und Methode, Zahlen in voller Genauigkeit",
    "Export &JSON…": "&JSON exportieren…",
    "An array of runs, each as faultline-cli slicebench --json prints it":
    "Ein Array von Läufen, jeder so, wie faultline-cli slicebench --json ihn ausgibt",
    "&Load JSON…": "JSON lade&n…",
    "Add runs saved by Export JSON or faultline-cli --json":
    "Läufe hinzufügen, die mit JSON exportieren oder faultline-cli --json gespeichert wurden",
    "Re&move Runs": "Läufe ent&fernen",
    "Remove the runs of the selected rows": "Die Läufe der ausgewählten Zeilen entfernen",
    "Clea&r": "&Leeren", "Remove every run": "Alle Läufe entfernen",
    "No runs yet. Choose a dataset and a planted task, then Run: each run adds one row per "
    "method.": "Noch keine Läufe. Wählen Sie einen Datensatz und eine eingepflanzte Aufgabe, dann "
    "Starten: Jeder Lauf fügt eine Zeile je Methode hinzu.",
    "&Copy": "&Kopieren",
    "Mean per method (by dataset and task)": "Mittelwert je Methode (nach Datensatz und Aufgabe)",
    "Choose a dataset: fashion-mnist, mnist or a folder.":
    "Wählen Sie einen Datensatz: fashion-mnist, mnist oder einen Ordner.",
    "Choose at least one method.": "Wählen Sie mindestens eine Methode.",
    "Queued: %1": "In Warteschlange: %1", "%1% · %2 · %3": "%1% · %2 · %3",
    " The plant does not bite (error inside %1 vs %2 outside; it bites at twice the outside "
    "error and 10 points above it): its scores say little.":
    " Die Einpflanzung greift nicht (Fehler innen %1 gegenüber %2 außen; sie greift ab dem "
    "Doppelten des Fehlers außen und 10 Punkten darüber), daher sagen ihre Werte wenig aus.",
    "Done in %1 s: %2 method(s) on %3, model accuracy %4.":
    "Fertig in %1 s: %2 Methode(n) auf %3, Modellgenauigkeit %4.",
    "Cancelled.": "Abgebrochen.", "The run failed: %1": "Der Lauf ist fehlgeschlagen: %1",
    "Could not read %1: %2": "%1 konnte nicht gelesen werden: %2",
    "Could not write %1: %2": "%1 konnte nicht geschrieben werden: %2",
    "%1 is not a slice benchmark result: %2": "%1 ist kein Slice-Benchmark-Ergebnis: %2",
    "Export CSV": "CSV exportieren", "Wrote %1.": "%1 geschrieben.",
    "Export JSON": "JSON exportieren", "JSON files (*.json)": "JSON-Dateien (*.json)",
    "Load JSON": "JSON laden", "Loaded %1.": "%1 geladen.",
    # Form
    "fashion-mnist, mnist, a folder (a plant, IDX files, an image folder with one sub-folder per "
    "class) or a CSV manifest": "fashion-mnist, mnist, ein Ordner (eine Einpflanzung, "
    "IDX-Dateien, ein Bildordner mit einem Unterordner je Klasse) oder ein CSV-Manifest",
    "&Dataset:": "&Datensatz:", "Spurious correlation": "Scheinkorrelation",
    "Rare subclass": "Seltene Unterklasse", "Noisy labels": "Verrauschte Labels",
    "As planted (plant folder)": "Wie eingepflanzt (Einpflanzungsordner)",
    "correlation: a signal on FRACTION of CLASS's training images; rare: CLASS kept at FRACTION "
    "of its training examples inside its superclass; noisy: FRACTION of CLASS's training labels "
    "flipped to TARGET": "Scheinkorrelation: ein Signal auf ANTEIL der Trainingsbilder von "
    "KLASSE; Seltene Unterklasse: KLASSE behält ANTEIL ihrer Trainingsbeispiele innerhalb ihrer "
    "Oberklasse; Verrauschte Labels: ANTEIL der Trainingslabels von KLASSE wird auf ZIELKLASSE "
    "umgeschrieben",
    "&Task:": "A&ufgabe:", "The class the task acts on": "Die Klasse, auf die die Aufgabe wirkt",
    "&Class:": "Kl&asse:",
    "noisy: the class flipped labels become":
    "Verrauschte Labels: die Klasse, zu der umgeschriebene Labels werden",
    "Tar&get class:": "&Zielklasse:",
    "Share of the class's training examples kept (rare), signed (correlation) or flipped "
    "(noisy); set to the task's default when the task changes": "Anteil der Trainingsbeispiele "
    "der Klasse, der behalten (Seltene Unterklasse), mit dem Signal versehen (Scheinkorrelation) "
    "oder umgeschrieben (Verrauschte Labels) wird; beim Wechsel der Aufgabe auf deren Vorgabe "
    "gesetzt",
    "&Fraction:": "An&teil:",
    "correlation: share of the other classes' training images signed":
    "Scheinkorrelation: Anteil der Trainingsbilder der übrigen Klassen, die das Signal tragen",
    "&Other fraction:": "&Übriger Anteil:", "Si&gnal:": "Si&gnal:",
    "Seed of the plant, the model and the methods":
    "Seed der Einpflanzung, des Modells und der Methoden",
    "&Seed:": "S&eed:", "All": "Alle",
    "Reuse the trained model from the cache": "Trainiertes Modell aus dem Cache wiederverwenden",
    "Train the recipe once per planted data and seed; later runs with other method settings load "
    "it instead of training again": "Das Rezept einmal je eingepflanzten Daten und Seed "
    "trainieren; spätere Läufe mit anderen Methodeneinstellungen laden es, statt neu zu trainieren",
    "K of infembed, infembed-block and embedding-kmeans":
    "K von infembed, infembed-block und embedding-kmeans",
    "Cl&usters K:": "Cluster-An&zahl K:",
    "Arnoldi iterations P of the InfEmbed variants": "Arnoldi-Iterationen P der InfEmbed-Varianten",
    "Arnoldi &P:": "Arn&oldi P:",
    "Embedding dimension D of the InfEmbed variants":
    "Einbettungsdimension D der InfEmbed-Varianten",
    "E&mbedding D:": "Ein&bettung D:",
    "Lowest accuracy first": "Niedrigste Genauigkeit zuerst", "Most errors first":
    "Meiste Fehler zuerst",
    "Failure order of the cluster methods' slices, which decides their top slices":
    "Fehlerreihenfolge der Slices der Cluster-Methoden; sie bestimmt deren oberste Slices",
    "&Ranking:": "&Sortierung:",
    "Loaded from the model cache; ground truth %1 of %2 validation examples (%3 in test)":
    "Aus dem Modell-Cache geladen; Ground Truth %1 von %2 Validierungsbeispielen (%3 im Test)",
    "K %1, P %2, D %3; slices ranked by %4": "K %1, P %2, D %3; Slices sortiert nach %4",
    "Influence through the last conv block: minutes on a CPU":
    "Einfluss über den letzten Conv-Block: Minuten auf einer CPU",
    "Methods:": "Methoden:", "&Architecture:": "Arc&hitektur:",
    "Model recipe: training epochs": "Modellrezept: Trainingsepochen", "&Epochs:": "E&pochen:",
    "De&vice:": "Ge&rät:",
    "Precision@k: the slice's first k members are checked":
    "Precision@k: Die ersten k Mitglieder des Slice werden geprüft",
    "&k:": "&k:",
    "Precision@k is the best over the method's first slices":
    "Precision@k ist der beste Wert über die ersten Slices der Methode",
    "Top s&lices:": "Top-Sl&ices:",
    # Result and summary tables
    "The highest mean precision for %1 on %2": "Die höchste mittlere Precision für %1 auf %2",
    "Mean P@%1 (top %2)": "Mittl. P@%1 (Top %2)", "Mean P@%1 (all)": "Mittl. P@%1 (alle)",
    "Mean test P@%1": "Mittl. Test-P@%1", "Mean F1": "Mittl. F1",
    "%1, %2 ep.": "%1, %2 Ep.", "bites": "greift", "does not bite": "greift nicht",
    "Validation error %1 inside the ground truth vs %2 outside: the planted failure shows in the "
    "model.": "Validierungsfehler %1 innerhalb der Ground Truth gegenüber %2 außerhalb: Der "
    "eingepflanzte Fehler zeigt sich im Modell.",
    "Validation error %1 inside the ground truth vs %2 outside (a plant bites at twice the "
    "outside error and 10 points above it): the plant does not bite, so precision says little.":
    "Validierungsfehler %1 innerhalb der Ground Truth gegenüber %2 außerhalb (eine Einpflanzung "
    "greift ab dem Doppelten des Fehlers außen und 10 Punkten darüber): Die Einpflanzung greift "
    "nicht, daher sagt die Precision wenig aus.",
    "Trained in %1 s; ground truth %2 of %3 validation examples (%4 in test)":
    "Trainiert in %1 s; Ground Truth %2 von %3 Validierungsbeispielen (%4 im Test)",
    "Share of the top %1 members that lie in the ground truth, best over the method's first %2 "
    "slices (lowest accuracy first), on validation": "Anteil der obersten %1 Mitglieder, die in "
    "der Ground Truth liegen, bester Wert über die ersten %2 Slices der Methode (niedrigste "
    "Genauigkeit zuerst), auf Validierung",
    "Precision@%1, best over all the method's slices":
    "Precision@%1, bester Wert über alle Slices der Methode",
    "The top slices applied to the test split by nearest centre: precision@%1":
    "Die obersten Slices, per nächstem Zentrum auf den Test-Split angewandt: Precision@%1",
    "Share of the ground truth in the slice behind the precision":
    "Anteil der Ground Truth im Slice, auf dem die Precision beruht",
    "Does the model err more inside the planted slice (≥ 2×)?":
    "Irrt das Modell innerhalb des eingepflanzten Slice öfter (≥ 2×)?",
    "Validation error rate inside the ground truth":
    "Validierungsfehlerrate innerhalb der Ground Truth",
    "Validation error rate outside the ground truth":
    "Validierungsfehlerrate außerhalb der Ground Truth",
    "Parameters": "Parameter", "Error in": "Fehler innen", "Error out": "Fehler außen",
    "Plant": "Einpflanzung", "P@%1 (top %2)": "P@%1 (Top %2)", "P@%1 (all)": "P@%1 (alle)",
    "Test P@%1": "Test-P@%1", "Recall": "Recall", "F1": "F1", "Seconds": "Sekunden",
}

# The report: export command and exporter, PDF writer, its InfEmbed section and page layout.
REPORT = {
    "Export Report": "Bericht exportieren", "Exporting report %1": "Bericht %1 wird exportiert",
    "Report written to %1 (%2 s)": "Bericht nach %1 geschrieben (%2 s)",
    "Could not export the report %1: %2": "Der Bericht %1 konnte nicht exportiert werden: %2",
    "HTML page (*.html)": "HTML-Seite (*.html)", "JSON data (*.json)": "JSON-Daten (*.json)",
    "CSV table of slices (*.csv)": "CSV-Tabelle der Slices (*.csv)",
    "reading the project": "Projekt wird gelesen",
    "Example images are not shown: the project names no dataset.":
    "Beispielbilder werden nicht gezeigt: Das Projekt nennt keinen Datensatz.",
    "loading dataset %1 for the example images":
    "Datensatz %1 wird für die Beispielbilder geladen",
    "Example images are not shown: the dataset %1 could not be loaded (%2).":
    "Beispielbilder werden nicht gezeigt: Der Datensatz %1 konnte nicht geladen werden (%2).",
    "writing %1": "%1 wird geschrieben", "report written": "Bericht geschrieben",
    "no examples": "keine Beispiele", "Page %1 of %2": "Seite %1 von %2", "Page %1": "Seite %1",
    "%1 (continued)": "%1 (Fortsetzung)",
    # PDF writer
    "Evaluation run": "Auswertungslauf", "none": "keiner", "Date": "Datum",
    "Software": "Software", "Accuracy (%1)": "Genauigkeit (%1)",
    " of %1 examples": " von %1 Beispielen", "Saved slices": "Gespeicherte Slices",
    "Contents": "Inhalt", "Section": "Abschnitt", "Page": "Seite",
    "Faultline report — %1": "Faultline-Bericht — %1",
    "cannot write the PDF report %1": "PDF-Bericht %1 kann nicht geschrieben werden",
    "cannot finish the PDF report %1": "PDF-Bericht %1 kann nicht abgeschlossen werden",
    # InfEmbed section
    "InfEmbed slices": "InfEmbed-Slices",
    "InfEmbed groups the %1 examples of the %2 split by their influence embeddings (how each "
    "training example's gradient would change their loss) and finds %3 slices covering %4 "
    "examples; the split's accuracy is %5. Opponents are the training examples whose influence "
    "on a slice is most negative (training on them raises its loss); proponents the most "
    "positive.": "InfEmbed gruppiert die %1 Beispiele des Splits %2 nach ihren "
    "Einflusseinbettungen (wie der Gradient jedes Trainingsbeispiels ihren Verlust verändern "
    "würde) und findet %3 Slices mit zusammen %4 Beispielen; die Genauigkeit des Splits beträgt "
    "%5. Opponenten sind die Trainingsbeispiele, deren Einfluss auf einen Slice am stärksten "
    "negativ ist (Training mit ihnen erhöht seinen Verlust); Proponenten die am stärksten "
    "positiven.",
    "Settings": "Einstellungen", "InfEmbed-Rule (recursive)": "InfEmbed-Rule (rekursiv)",
    "InfEmbed (K-means)": "InfEmbed (K-means)", "Layers": "Schichten",
    "last conv block + head": "letzter Conv-Block + Head",
    "last linear layer": "letzte lineare Schicht", "Arnoldi dimension P": "Arnoldi-Dimension P",
    "Embedding dimension D (asked / kept)": "Einbettungsdimension D (verlangt / behalten)",
    "Hessian subset": "Hesse-Teilmenge", " training examples": " Trainingsbeispiele",
    "all training examples": "alle Trainingsbeispiele",
    "Rule (A, S, B, depth)": "Regel (A, S, B, Tiefe)",
    "accuracy < %1, at least %2 examples, %3 clusters per split, depth ≤ %4":
    "Genauigkeit < %1, mindestens %2 Beispiele, %3 Cluster je Teilung, Tiefe ≤ %4",
    "Clusters K": "Cluster K",
    "Seeds (Hessian and Arnoldi / K-means)": "Seeds (Hesse-Matrix und Arnoldi / K-means)",
    "Training examples embedded (for opponents)":
    "Eingebettete Trainingsbeispiele (für Opponenten)",
    "The %1 slices with the lowest accuracy (of %2)":
    "Die %1 Slices mit der niedrigsten Genauigkeit (von %2)",
    "Slices, lowest accuracy first": "Slices, niedrigste Genauigkeit zuerst",
    "Cluster": "Cluster", "Error rate [95% interval]": "Fehlerrate [95%-Intervall]",
    "The run found no slices.": "Der Lauf hat keine Slices gefunden.",
    "InfEmbed slice %1: %2 → %3": "InfEmbed-Slice %1: %2 → %3",
    "%1 examples · accuracy %2 · error rate %3 [%4, %5] (95% Wilson) · coherence %6 (lower = "
    "tighter).": "%1 Beispiele · Genauigkeit %2 · Fehlerrate %3 [%4, %5] (95% Wilson) · "
    "Kohärenz %6 (niedriger = enger).",
    "Labels and predictions in the slice": "Labels und Vorhersagen im Slice",
    "True labels": "Wahre Labels", "Predictions": "Vorhersagen",
    "Nearest the slice centre": "Am nächsten am Slice-Zentrum", "infl. %1": "Einfl. %1",
    "No opponents: the run did not embed the training examples.":
    "Keine Opponenten: Der Lauf hat die Trainingsbeispiele nicht eingebettet.",
    "Strongest opponents (training examples; influence < 0 hurts the slice)":
    "Stärkste Opponenten (Trainingsbeispiele; Einfluss < 0 schadet dem Slice)",
    "Strongest proponents (training examples; influence > 0 helps the slice)":
    "Stärkste Proponenten (Trainingsbeispiele; Einfluss > 0 hilft dem Slice)",
}

# The command line (context "main").
COMMAND_LINE = {
    "Find, understand and annotate the failures of image classifiers.":
    "Fehler von Bildklassifikatoren finden, verstehen und annotieren.",
    "A .faultline project to open (default: the demo).":
    "Ein zu öffnendes .faultline-Projekt (Standard: die Demo).",
    "Print the time to first paint and to the project being shown.":
    "Die Zeit bis zum ersten Zeichnen und bis zur Anzeige des Projekts ausgeben.",
    "Write the project's report to <file> (.pdf, .html, .json or .csv) and exit.":
    "Den Bericht des Projekts nach <file> (.pdf, .html, .json oder .csv) schreiben und beenden.",
    "--report needs exactly one project: faultline --report OUT.pdf PROJECT.faultline":
    "--report braucht genau ein Projekt: faultline --report OUT.pdf PROJECT.faultline",
    "wrote %1 (%2 s)": "%1 geschrieben (%2 s)",
}

# Analysis methods through the seam: the generated run dialog, the method command, the loader and
# the views' background jobs (fl::ui::MethodRunDialog, MethodCommand, ProjectLoader, …).
METHODS = {
    "There is no analysis method “%1”.": "Es gibt keine Analysemethode „%1“.",
    "%1 needs an open project with its dataset and model.":
    "%1 braucht ein geöffnetes Projekt mit seinem Datensatz und Modell.",
    "%1 cannot run: %2": "%1 kann nicht laufen: %2",
    "%1 on %2": "%1 auf %2",
    "%1 failed: %2": "%1 ist fehlgeschlagen: %2",
    "%1…": "%1…",
    "Method: %1": "Methode: %1",
    "Default": "Standard", "Quick": "Schnell", "Paper": "Paper",
    "Default: the method's usual settings. Quick: smaller settings for a first look. Paper: the "
    "published settings. Editing a field makes the settings Custom.":
    "Standard: die üblichen Einstellungen der Methode. Schnell: kleinere Einstellungen für einen "
    "ersten Blick. Paper: die veröffentlichten Einstellungen. Wer ein Feld ändert, macht die "
    "Einstellungen benutzerdefiniert.",
    "%1:": "%1:",
    "Advanced": "Erweitert",
    "Paper: %1": "Paper: %1",
    "Reference code: %1": "Referenzcode: %1",
    "The %1 split has no examples.": "Der Split %1 hat keine Beispiele.",
    "reading the %1 run": "Lauf %1 wird gelesen",
    "The %1 run could not be read: %2": "Der Lauf %1 konnte nicht gelesen werden: %2",
    "The InfEmbed run %1 could not be shown: %2":
    "Der InfEmbed-Lauf %1 konnte nicht angezeigt werden: %2",
    "reading the analysis runs": "Analyseläufe werden gelesen",
    "Projecting the embeddings": "Einbettungen werden projiziert",
    "The embeddings could not be projected: %1":
    "Die Einbettungen konnten nicht projiziert werden: %1",
    "Ranking the opponents of the selection": "Opponenten der Auswahl werden eingestuft",
}

# The registered methods' own strings (context fl::methods::ParameterSpec, listed for lupdate by
# translations/method_strings.py in ui/methods/method_strings.cpp).
METHOD_STRINGS = {
    # Domino (issue #14 item 2d).
    "Domino": "Domino",
    "An error-aware mixture model over the penultimate features, labels and predictions; the components whose predictions depart most from their labels":
        "Ein fehlerbewusstes Mischmodell über die vorletzten Merkmale, Labels und Vorhersagen; die Komponenten, deren Vorhersagen am stärksten von ihren Labels abweichen",
    "How many components become slices: those whose predictions depart most from their labels":
        "Wie viele Komponenten zu Slices werden: die, deren Vorhersagen am stärksten von ihren Labels abweichen",
    "Mixture": "Mischmodell",
    "Mixture components": "Mischkomponenten",
    "Components of the mixture model; the confusion initialisation raises it to one per confusion cell (C²) when it is fewer":
        "Komponenten des Mischmodells; die Konfusionsinitialisierung erhöht sie auf eine je Konfusionszelle (C²), wenn es weniger sind",
    "PCA dimensions": "PCA-Dimensionen",
    "The embedding is reduced to min(this, its width) dimensions by PCA first; 0 = no PCA":
        "Die Einbettung wird zuerst per PCA auf min(diesen Wert, ihre Breite) Dimensionen reduziert; 0 = keine PCA",
    "Label weight": "Label-Gewicht",
    "Weight of the label term log P(Y = y | S) in the E-step":
        "Gewicht des Label-Terms log P(Y = y | S) im E-Schritt",
    "Prediction weight": "Vorhersagegewicht",
    "Weight of the prediction term in the E-step; the paper also reports larger values (they favour error-homogeneous slices)":
        "Gewicht des Vorhersageterms im E-Schritt; das Paper berichtet auch größere Werte (sie bevorzugen fehlerhomogene Slices)",
    "soft: the model's probabilities as ŷ (the reference's pred_probs); hard: the one-hot predicted class":
        "soft: die Wahrscheinlichkeiten des Modells als ŷ (pred_probs der Referenz); hard: die vorhergesagte Klasse als One-hot-Vektor",
    "Initialisation": "Initialisierung",
    "confusion: each component starts on one confusion-matrix cell (with noise); random: uniform random responsibilities":
        "confusion: jede Komponente beginnt auf einer Zelle der Konfusionsmatrix (mit Rauschen); random: gleichverteilte zufällige Zuständigkeiten",
    "Confusion noise": "Konfusionsrauschen",
    "Scale of the uniform noise added to the confusion initialisation, so components of one cell start apart":
        "Größe des gleichverteilten Rauschens auf der Konfusionsinitialisierung, damit Komponenten einer Zelle verschieden beginnen",
    "EM iterations": "EM-Iterationen",
    "Most EM iterations": "Höchstzahl der EM-Iterationen",
    "Tolerance": "Toleranz",
    "EM stops when the mean log-likelihood changes by less":
        "EM endet, wenn sich die mittlere Log-Likelihood um weniger ändert",
    "Variance floor": "Varianzuntergrenze",
    "Added to every variance of the diagonal covariances":
        "Wird zu jeder Varianz der diagonalen Kovarianzen addiert",
    "Seed of the initialisation's noise": "Seed des Rauschens der Initialisierung",
    "Slice score": "Slice-Bewertung",
    "Smallest slice": "Kleinster Slice",
    "Examples a component must hold to become a slice; the reference has no floor (1), so a component on a rare confusion cell (one example) can be a slice — 10 or more skips those":
        "Beispiele, die eine Komponente enthalten muss, um ein Slice zu werden; die Referenz hat keine Untergrenze (1), sodass eine Komponente auf einer seltenen Konfusionszelle (ein Beispiel) ein Slice werden kann — ab 10 werden diese übersprungen",
    "reference: |max_j (ŷ_j − y_j)| as the reference code ranks components; absolute: max_j |ŷ_j − y_j|":
        "reference: |max_j (ŷ_j − y_j)|, wie der Referenzcode Komponenten ordnet; absolute: max_j |ŷ_j − y_j|",
    "InfEmbed": "InfEmbed",
    "Slices of examples the model fails on for the same reason, from influence embeddings, with "
    "the training examples that oppose each slice":
    "Slices von Beispielen, an denen das Modell aus demselben Grund scheitert, aus "
    "Einflusseinbettungen, mit den Trainingsbeispielen, die jedem Slice entgegenwirken",
    "Layers": "Schichten",
    "last: the final linear layer (closed form); block: the last conv block + head (built-in "
    "models)":
    "last: die letzte lineare Schicht (geschlossene Form); block: der letzte Faltungsblock + Kopf "
    "(eingebaute Modelle)",
    "Influence": "Einfluss",
    "Arnoldi iterations P": "Arnoldi-Iterationen P",
    "Embedding dimension D": "Einbettungsdimension D",
    "Influence embedding dimension D": "Dimension D der Einflusseinbettung",
    "Hessian subset": "Hesse-Teilmenge",
    "Training examples the Hessian is summed over (0 = all)":
    "Trainingsbeispiele, über die die Hesse-Matrix summiert wird (0 = alle)",
    "Seed": "Seed",
    "Seed of the Hessian subset and Arnoldi's start vector":
    "Seed der Hesse-Teilmenge und des Arnoldi-Startvektors",
    "Slices K": "Slices K",
    "Plain InfEmbed: number of slices": "Einfaches InfEmbed: Anzahl der Slices",
    "Slices": "Slices",
    "InfEmbed-Rule": "InfEmbed-Rule",
    "InfEmbed-Rule: split recursively until slices have accuracy < --accuracy and at least "
    "--min-size examples":
    "InfEmbed-Rule: rekursiv teilen, bis Slices eine Genauigkeit < --accuracy und mindestens "
    "--min-size Beispiele haben",
    "Rule: accuracy below A": "Regel: Genauigkeit unter A",
    "Rule: A, slice accuracy below this": "Regel: A, Slice-Genauigkeit unter diesem Wert",
    "Rule: smallest slice S": "Regel: kleinster Slice S",
    "Rule: S, the smallest slice": "Regel: S, der kleinste Slice",
    "Rule: clusters per split B": "Regel: Cluster je Teilung B",
    "Rule: B, clusters per split": "Regel: B, Cluster je Teilung",
    "Rule: deepest split": "Regel: tiefste Teilung",
    "Rule: deepest split level": "Regel: tiefste Teilungsebene",
    "K-means iterations": "K-Means-Iterationen",
    "Spherical K-means iterations of both slicers":
    "Iterationen des sphärischen K-Means beider Slicer",
    "K-means seed": "K-Means-Seed",
    "Seed of the K-means initialisation, the same at every split":
    "Seed der K-Means-Initialisierung, bei jeder Teilung derselbe",
    "Slice order": "Slice-Reihenfolge",
    "Failure order of the slices: accuracy (lowest first) or errors (most first)":
    "Fehlerreihenfolge der Slices: accuracy (niedrigste zuerst) oder errors (meiste zuerst)",
    "Opponents per slice": "Opponenten je Slice",
    "Training opponents and proponents listed per slice (0 = none; needs the training set's "
    "embeddings)":
    "Je Slice aufgeführte Opponenten und Proponenten aus dem Training (0 = keine; braucht die "
    "Einbettungen der Trainingsmenge)",
    "Opponents": "Opponenten",
    "Errors by loss": "Fehler nach Verlust",
    "The misclassified examples, highest loss first: one slice per worst class (or all of them "
    "as one slice)":
    "Die falsch klassifizierten Beispiele, höchster Verlust zuerst: ein Slice je schlechtester "
    "Klasse (oder alle als ein Slice)",
    "One slice per class": "Ein Slice je Klasse",
    "A slice of each worst class's errors (as many tries as the cluster methods get); off = "
    "every error as one slice":
    "Ein Slice aus den Fehlern jeder schlechtesten Klasse (so viele Versuche, wie die "
    "Cluster-Methoden bekommen); aus = alle Fehler als ein Slice",
    "Classes": "Klassen",
    "How many of the worst classes become slices":
    "Wie viele der schlechtesten Klassen zu Slices werden",
    "Worst classes": "Schlechteste Klassen",
    "Which classes are worst: accuracy (lowest first) or errors (most first)":
    "Welche Klassen am schlechtesten sind: accuracy (niedrigste zuerst) oder errors (meiste "
    "zuerst)",
    "Confusion cells": "Konfusionszellen",
    "The largest off-diagonal cells of the confusion matrix (label a predicted as b), one slice "
    "each, highest loss first":
    "Die größten Zellen der Konfusionsmatrix außerhalb der Diagonale (Label a als b "
    "vorhergesagt), je ein Slice, höchster Verlust zuerst",
    "Cells": "Zellen",
    "How many of the largest off-diagonal cells become slices":
    "Wie viele der größten Zellen außerhalb der Diagonale zu Slices werden",
    "Embedding K-means": "Einbettungs-K-Means",
    "Spherical K-means on the model's penultimate features, worst clusters first":
    "Sphärisches K-Means auf den vorletzten Merkmalen des Modells, schlechteste Cluster zuerst",
    "Clusters K": "Cluster K",
    "Number of clusters (METHODS.md: 10–25)": "Anzahl der Cluster (METHODS.md: 10–25)",
    "Spherical K-means iterations (faiss default 25)":
    "Iterationen des sphärischen K-Means (faiss-Standard 25)",
    "Seed of the K-means initialisation (faiss default 42)":
    "Seed der K-Means-Initialisierung (faiss-Standard 42)",
    "Failure order of the clusters: accuracy (lowest first) or errors (most first)":
    "Fehlerreihenfolge der Cluster: accuracy (niedrigste zuerst) oder errors (meiste zuerst)",
}

# Barlow's method strings (context fl::methods::ParameterSpec) and its Trees dock
# (fl::ui::BarlowTreesView and its panels): leaf "Blatt", tree "Baum", feature "Merkmal",
# grouping "Gruppierung", feature attack "Merkmalsangriff"; ER, EC, BER, ALER and IV stay.
# Trees dock: K G T (class, grouping, depth); feature panel: M N D A; heatmap: Q H B.
BARLOW = {
    "Barlow": "Barlow",
    "Per class, a shallow decision tree on robust features that isolates where the model errs":
    "Je Klasse ein flacher Entscheidungsbaum auf robusten Merkmalen, der eingrenzt, wo das Modell "
    "irrt",
    "Grouping": "Gruppierung",
    "label: each class's examples, failures are false negatives; prediction: examples predicted "
    "as the class, failures are false positives":
    "label: die Beispiele jeder Klasse, Fehler sind falsch Negative; prediction: als die Klasse "
    "vorhergesagte Beispiele, Fehler sind falsch Positive",
    "Trees": "Bäume",
    "Tree depth": "Baumtiefe",
    "Maximum depth of each class's tree (the paper's Table 1 uses 1 and 3)":
    "Höchste Tiefe des Baums jeder Klasse (Tabelle 1 des Papers nutzt 1 und 3)",
    "Top-k features": "Top-k-Merkmale",
    "Features kept per class by mutual information with the failure label":
    "Je Klasse behaltene Merkmale nach gegenseitiger Information mit dem Fehlerlabel",
    "Features": "Merkmale",
    "robust: the robust extractor's (the paper); model: the inspected model's own penultimate "
    "features, nearly tautological, for comparison only":
    "robust: die des robusten Extraktors (das Paper); model: die eigenen vorletzten Merkmale des "
    "untersuchten Modells, nahezu tautologisch, nur zum Vergleich",
    "Valid leaf: ER above BER by δ": "Gültiges Blatt: ER um δ über BER",
    "A valid leaf's error rate exceeds the class's base error rate by more than δ":
    "Die Fehlerrate eines gültigen Blatts übersteigt die Basisfehlerrate der Klasse um mehr als δ",
    "Leaves": "Blätter",
    "Valid leaf: EC above τ": "Gültiges Blatt: EC über τ",
    "A valid leaf covers more than τ of the class's errors":
    "Ein gültiges Blatt deckt mehr als τ der Fehler der Klasse ab",
    "MI neighbours": "MI-Nachbarn",
    "k of the k-NN mutual information estimator":
    "k des k-NN-Schätzers der gegenseitigen Information",
    "Min samples to split": "Mindestbeispiele zum Teilen",
    "A node splits only with at least this many examples":
    "Ein Knoten teilt sich nur mit mindestens so vielen Beispielen",
    "Min samples per leaf": "Mindestbeispiele je Blatt",
    "Each leaf keeps at least this many examples":
    "Jedes Blatt behält mindestens so viele Beispiele",
    "Seed of the mutual information estimator's tie-breaking noise and of the failures drawn for "
    "the figures":
    "Seed des Rauschens, mit dem der Schätzer der gegenseitigen Information Gleichstände auflöst, "
    "und der für die Abbildungen gezogenen Fehler",
    "Leaves with figures": "Blätter mit Abbildungen",
    "The first slices' leaves drawn as the paper's figure rows (most activating, heatmaps, "
    "feature attack, failures) for the report":
    "Die Blätter der ersten Slices, für den Bericht als Abbildungszeilen des Papers gezeichnet "
    "(am stärksten aktivierend, Heatmaps, Merkmalsangriff, Fehler)",
    "Figures": "Abbildungen",
    "Feature attack iterations": "Iterationen des Merkmalsangriffs",
    "Gradient ascent steps of the feature attack": "Gradientenanstiegsschritte des Merkmalsangriffs",
    "Feature attack ε (L2)": "ε des Merkmalsangriffs (L2)",
    "L2 budget of the feature attack around each image (0 = none; the paper's 500 at 3×224×224 "
    "never binds)":
    "L2-Budget des Merkmalsangriffs um jedes Bild (0 = keines; die 500 des Papers bei 3×224×224 "
    "greifen nie)",
    "Extractor file": "Extraktordatei",
    "A robust model to use instead of training one: a Faultline model or TorchScript with "
    "features() = the average pool of feature_maps() (docs/model-contract.md); empty = train or "
    "reuse the cached one":
    "Ein robustes Modell, das statt eines trainierten genutzt wird: ein Faultline-Modell oder "
    "TorchScript mit features() = Durchschnittspooling von feature_maps() "
    "(docs/model-contract.md); leer = trainieren oder das zwischengespeicherte wiederverwenden",
    "Robust extractor": "Robuster Extraktor",
    "Extractor architecture": "Extraktorarchitektur",
    "Built-in extractor whose features are the average pool of its last maps (the paper's: a "
    "ResNet-50 on ImageNet)":
    "Eingebauter Extraktor, dessen Merkmale das Durchschnittspooling seiner letzten Karten sind "
    "(im Paper: ein ResNet-50 auf ImageNet)",
    "Extractor epochs": "Extraktor-Epochen",
    "Epochs of L2-PGD adversarial training (about 80 s each for pooled-cnn on 28×28 data on 2 "
    "cores)":
    "Epochen des adversarialen L2-PGD-Trainings (je etwa 80 s für pooled-cnn auf 28×28-Daten mit "
    "2 Kernen)",
    "Extractor ε (L2)": "Extraktor-ε (L2)",
    "Radius of the L2 ball of adversarial training and of the robustness check (the paper's 3 is "
    "for 3×224×224 ImageNet images)":
    "Radius der L2-Kugel des adversarialen Trainings und der Robustheitsprüfung (die 3 des Papers "
    "gilt für ImageNet-Bilder mit 3×224×224)",
    "Extractor PGD steps": "PGD-Schritte des Extraktors",
    "PGD steps per batch": "PGD-Schritte je Batch",
    "Extractor seed": "Extraktor-Seed",
    "Seed of the extractor's weights, shuffles and attack starts":
    "Seed der Gewichte, Mischungen und Angriffsstarts des Extraktors",
    "Robustness check examples": "Beispiele der Robustheitsprüfung",
    "Examples of the split on which the extractor's clean and PGD accuracy are measured and "
    "recorded (0 = skip)":
    "Beispiele des Splits, auf denen die saubere und die PGD-Genauigkeit des Extraktors gemessen "
    "und festgehalten werden (0 = überspringen)",
    # The class table.
    "No errors in this group: no tree.": "Keine Fehler in dieser Gruppe: kein Baum.",
    "%1: base error rate %2; the best leaf (by IV) has error rate %3 and covers %4 of the "
    "errors; %5 valid leaves. Click to show its tree.":
    "%1: Basisfehlerrate %2; das beste Blatt (nach IV) hat die Fehlerrate %3 und deckt %4 der "
    "Fehler ab; %5 gültige Blätter. Klicken Sie, um den Baum zu zeigen.",
    "Base error rate: the group's errors / its size":
    "Basisfehlerrate: die Fehler der Gruppe / ihre Größe",
    "Error rate of the leaf with the highest importance IV = ER · EC":
    "Fehlerrate des Blatts mit der höchsten Wichtigkeit IV = ER · EC",
    "Error coverage of that leaf: its share of the group's errors":
    "Fehlerabdeckung dieses Blatts: sein Anteil an den Fehlern der Gruppe",
    "The tree's score: ALER (Σ over leaves of ER · EC) minus the base error rate":
    "Der Wert des Baums: ALER (Σ über die Blätter von ER · EC) minus die Basisfehlerrate",
    "Leaves with ER > BER + δ and EC > τ": "Blätter mit ER > BER + δ und EC > τ",
    "Class": "Klasse", "Errors": "Fehler", "BER": "BER", "Best leaf ER": "ER bestes Blatt",
    "Best leaf EC": "EC bestes Blatt", "ALER − BER": "ALER − BER",
    "Valid leaves": "Gültige Blätter",
    # The feature panel.
    "The class's top features by mutual information with failure; a click on a split in the "
    "tree shows its feature here":
    "Die Top-Merkmale der Klasse nach gegenseitiger Information mit dem Fehlschlag; ein Klick "
    "auf eine Teilung im Baum zeigt ihr Merkmal hier",
    "&Feature:": "&Merkmal:",
    "Name this feature, e.g. collar": "Benennen Sie dieses Merkmal, z. B. Kragen",
    "A name for the feature, shown wherever it appears (tree, rules, heatmap); saved in the "
    "project when you press Enter or leave the field":
    "Ein Name für das Merkmal, überall gezeigt, wo es vorkommt (Baum, Regeln, Heatmap); im "
    "Projekt gespeichert, sobald Sie Enter drücken oder das Feld verlassen",
    "&Name:": "&Name:",
    "Heatmap opacity over the images": "Deckkraft der Heatmap über den Bildern",
    "Heatmap &opacity:": "&Deckkraft der Heatmap:",
    "&Attack Again": "&Erneut angreifen",
    "Run the feature attack for this feature (cached results show at once)":
    "Den Merkmalsangriff für dieses Merkmal ausführen (zwischengespeicherte Ergebnisse erscheinen "
    "sofort)",
    "%1 (not among the class's top features)": "%1 (nicht unter den Top-Merkmalen der Klasse)",
    "Pick a feature above, or click a split in the tree.":
    "Wählen Sie oben ein Merkmal oder klicken Sie auf eine Teilung im Baum.",
    "%1 of the inspected model's own penultimate features, in %2.":
    "%1 der eigenen vorletzten Merkmale des untersuchten Modells, in %2.",
    "%1 of the robust extractor's features, in %2.": "%1 der Merkmale des robusten Extraktors, in %2.",
    "Heatmaps: the feature's channel of the last feature maps, overlaid in JET colours":
    "Heatmaps: der Kanal des Merkmals in den letzten Merkmalskarten, in JET-Farben überlagert",
    "Feature attack: %1 steps of gradient ascent on the feature from each image above (value "
    "before → after)":
    "Merkmalsangriff: %1 Schritte Gradientenanstieg auf dem Merkmal, ausgehend von jedem Bild "
    "oben (Wert vorher → nachher)",
    "Computed when shown.": "Wird berechnet, sobald es sichtbar ist.",
    "No heatmaps: the run's examples are not in the dataset.":
    "Keine Heatmaps: die Beispiele des Laufs sind nicht im Datensatz.",
    "No feature attack: the run's examples are not in the dataset.":
    "Kein Merkmalsangriff: die Beispiele des Laufs sind nicht im Datensatz.",
    "Most activating in %1 (%2 of %3 examples), feature value under each":
    "Am stärksten aktivierend in %1 (%2 von %3 Beispielen), Merkmalswert darunter",
    "Example %1\nTrue label: %2\nPrediction: %3\nFeature value %4":
    "Beispiel %1\nWahres Label: %2\nVorhersage: %3\nMerkmalswert %4",
    "The group has no examples.": "Die Gruppe hat keine Beispiele.",
    "No images: the dataset is not loaded.": "Keine Bilder: der Datensatz ist nicht geladen.",
    "No heatmaps: the model whose features the run used is not loaded.":
    "Keine Heatmaps: das Modell, dessen Merkmale der Lauf nutzte, ist nicht geladen.",
    "No feature attack: the model whose features the run used is not loaded.":
    "Kein Merkmalsangriff: das Modell, dessen Merkmale der Lauf nutzte, ist nicht geladen.",
    "Computing the heatmaps…": "Heatmaps werden berechnet…",
    "Barlow heatmaps of %1": "Barlow-Heatmaps von %1",
    "No heatmaps: %1": "Keine Heatmaps: %1",
    "Example %1: where feature %2 fires (red: strongest)":
    "Beispiel %1: wo Merkmal %2 anspricht (rot: am stärksten)",
    "Attacking the feature…": "Das Merkmal wird angegriffen…",
    "Barlow feature attack on %1": "Barlow-Merkmalsangriff auf %1",
    "No feature attack: %1": "Kein Merkmalsangriff: %1",
    "The feature attack was cancelled.": "Der Merkmalsangriff wurde abgebrochen.",
    "Example %1 changed to maximise %2: %3 → %4":
    "Beispiel %1 verändert, um %2 zu maximieren: %3 → %4",
    "Random failures in %1 (%2 of %3)": "Zufällige Fehler in %1 (%2 von %3)",
    "Click a leaf of the tree to see its failures.":
    "Klicken Sie auf ein Blatt des Baums, um seine Fehler zu sehen.",
    "The model makes no errors here.": "Das Modell macht hier keine Fehler.",
    "The feature's name could not be saved: %1":
    "Der Name des Merkmals konnte nicht gespeichert werden: %1",
    # The error heatmap.
    "Two features": "Zwei Merkmale", "Feature × class": "Merkmal × Klasse",
    "Two features: the class's examples binned by two of its top features. Feature × class: "
    "every class against one feature.":
    "Zwei Merkmale: die Beispiele der Klasse nach zwei ihrer Top-Merkmale eingeteilt. Merkmal × "
    "Klasse: jede Klasse gegen ein Merkmal.",
    "The feature across (its quantile bins), among the class's top features by mutual "
    "information with failure":
    "Das Merkmal in der Breite (seine Quantilklassen), unter den Top-Merkmalen der Klasse nach "
    "gegenseitiger Information mit dem Fehlschlag",
    "The feature up (its quantile bins)": "Das Merkmal in der Höhe (seine Quantilklassen)",
    "Quantile bins per feature": "Quantilklassen je Merkmal",
    "&Across:": "&Quer:", "&Up:": "&Hoch:", "&Bins:": "&Klassen:",
    "≤ %1": "≤ %1", "> %1": "> %1", "%1 – %2": "%1 – %2",
    "The model makes no errors in this group: there is nothing to bin.":
    "Das Modell macht in dieser Gruppe keine Fehler: es gibt nichts einzuteilen.",
    "%1: %2 examples, %3 errors, binned by the quantiles of two of its top features. Colour: "
    "error rate; each cell: examples, error rate (ER), share of the group's errors (EC).":
    "%1: %2 Beispiele, %3 Fehler, nach den Quantilen zweier ihrer Top-Merkmale eingeteilt. "
    "Farbe: Fehlerrate; jede Zelle: Beispiele, Fehlerrate (ER), Anteil an den Fehlern der Gruppe "
    "(EC).",
    "Every prediction against the quantiles of %1 over the split. Colour: error rate; each cell: "
    "examples, error rate (ER), share of the predicted class's errors (EC).":
    "Jede Vorhersage gegen die Quantile von %1 über den Split. Farbe: Fehlerrate; jede Zelle: "
    "Beispiele, Fehlerrate (ER), Anteil an den Fehlern der vorhergesagten Klasse (EC).",
    "Every true label against the quantiles of %1 over the split. Colour: error rate; each cell: "
    "examples, error rate (ER), share of the class's errors (EC).":
    "Jedes wahre Label gegen die Quantile von %1 über den Split. Farbe: Fehlerrate; jede Zelle: "
    "Beispiele, Fehlerrate (ER), Anteil an den Fehlern der Klasse (EC).",
    "Barlow heatmap: %1 ∧ %2 ∧ %3": "Barlow-Heatmap: %1 ∧ %2 ∧ %3",
    "Barlow heatmap: %1 ∧ %2": "Barlow-Heatmap: %1 ∧ %2",
    "Error heatmap": "Fehler-Heatmap", "empty": "leer", "ER %1": "ER %1", "EC %1": "EC %1",
    "%1\n%2 examples, %3 errors: error rate %4, error coverage %5.\nClick to select them.":
    "%1\n%2 Beispiele, %3 Fehler: Fehlerrate %4, Fehlerabdeckung %5.\nKlicken Sie, um sie "
    "auszuwählen.",
    # Runs, rules and the tree map.
    "predicted %1": "vorhergesagt %1", "label %1": "Label %1",
    "feature[%1]": "Merkmal[%1]", "%1 (feature[%2])": "%1 (Merkmal[%2])",
    "%1 ≤ %2": "%1 ≤ %2", "%1 > %2": "%1 > %2",
    "Failure tree": "Fehlerbaum",
    "ER %1 · EC %2": "ER %1 · EC %2",
    "%1 examples · 1 error": "%1 Beispiele · 1 Fehler",
    "n %1 · %2 wrong": "n %1 · %2 falsch",
    "%1 examples · %2 errors": "%1 Beispiele · %2 Fehler",
    "%1 examples, %2 errors: error rate %3 (the class's base rate %4), error coverage %5 of the "
    "class's %6 errors.":
    "%1 Beispiele, %2 Fehler: Fehlerrate %3 (Basisrate der Klasse %4), Fehlerabdeckung %5 der %6 "
    "Fehler der Klasse.",
    "★ Valid leaf #%1 by importance (IV = ER · EC = %2): ER > BER + δ and EC > τ.":
    "★ Gültiges Blatt #%1 nach Wichtigkeit (IV = ER · EC = %2): ER > BER + δ und EC > τ.",
    "Leaf #%1 by importance (IV = ER · EC = %2); not valid (needs ER > BER + δ and EC > τ).":
    "Blatt #%1 nach Wichtigkeit (IV = ER · EC = %2); nicht gültig (braucht ER > BER + δ und "
    "EC > τ).",
    "Splits on %1 at %2.": "Teilt bei %1 an %2.",
    "Click: select these examples. Double-click: show the feature's images.":
    "Klick: diese Beispiele auswählen. Doppelklick: die Bilder des Merkmals zeigen.",
    # The Trees dock.
    "The class whose failure tree is shown": "Die Klasse, deren Fehlerbaum gezeigt wird",
    "label (false negatives)": "Label (falsch Negative)",
    "prediction (false positives)": "Vorhersage (falsch Positive)",
    "Label grouping: a class's examples, failures are missed ones. Prediction grouping: examples "
    "predicted as the class, failures are wrong ones.":
    "Gruppierung nach Label: die Beispiele einer Klasse, Fehler sind verfehlte. Gruppierung nach "
    "Vorhersage: als die Klasse vorhergesagte Beispiele, Fehler sind falsche.",
    "Maximum depth of the tree (the paper's Table 1 uses 1 and 3)":
    "Höchste Tiefe des Baums (Tabelle 1 des Papers nutzt 1 und 3)",
    "&Grouping:": "&Gruppierung:", "&Depth:": "&Tiefe:",
    "Classes": "Klassen", "#": "#", "Rule": "Regel", "ER": "ER", "EC": "EC", "IV": "IV",
    "Valid": "Gültig", "Feature": "Merkmal",
    "Open a project (File ▸ Open), then run Barlow from the Analysis menu (%1) to grow failure "
    "trees.":
    "Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann Barlow im Menü Analyse (%1), "
    "um Fehlerbäume wachsen zu lassen.",
    "Run Barlow from the Analysis menu (%1) to grow failure trees.":
    "Starten Sie Barlow im Menü Analyse (%1), um Fehlerbäume wachsen zu lassen.",
    "The Barlow run cannot be shown: %1. Run Barlow again from the Analysis menu (%2).":
    "Der Barlow-Lauf kann nicht gezeigt werden: %1. Starten Sie Barlow erneut im Menü Analyse "
    "(%2).",
    "The feature names could not be read: %1":
    "Die Merkmalsnamen konnten nicht gelesen werden: %1",
    "on the model's own features (side note, nearly tautological: those features produce the "
    "logits)":
    "auf den eigenen Merkmalen des Modells (Randnotiz, nahezu tautologisch: diese Merkmale "
    "erzeugen die Logits)",
    "on the robust extractor's features": "auf den Merkmalen des robusten Extraktors",
    "Table 1 is not in this run.": "Tabelle 1 ist nicht in diesem Lauf.",
    "<b>Table 1</b>: share of the classes whose top-IV leaf is valid, %1.<table cellpadding='2'>"
    "<tr><th></th><th align='right'>depth 1</th><th align='right'>depth 3</th></tr><tr><td>label "
    "grouping</td><td align='right'>%2</td><td align='right'>%3</td></tr><tr><td>prediction "
    "grouping</td><td align='right'>%4</td><td align='right'>%5</td></tr></table>":
    "<b>Tabelle 1</b>: Anteil der Klassen, deren Blatt mit dem höchsten IV gültig ist, %1."
    "<table cellpadding='2'><tr><th></th><th align='right'>Tiefe 1</th><th align='right'>Tiefe 3"
    "</th></tr><tr><td>Gruppierung nach Label</td><td align='right'>%2</td><td align='right'>%3"
    "</td></tr><tr><td>Gruppierung nach Vorhersage</td><td align='right'>%4</td>"
    "<td align='right'>%5</td></tr></table>",
    "Growing the trees…": "Die Bäume wachsen…",
    "Barlow trees (depth %1)": "Barlow-Bäume (Tiefe %1)",
    "The trees could not be grown: %1": "Die Bäume konnten nicht wachsen: %1",
    "%1 split, %2 examples · top-%3 features · valid leaf: ER > BER + %4, EC > %5":
    "Split %1, %2 Beispiele · Top-%3-Merkmale · gültiges Blatt: ER > BER + %4, EC > %5",
    "No example is in %1.": "Kein Beispiel ist in %1.",
    "The model makes no errors in %1 (%2 examples): there is no tree.":
    "Das Modell macht in %1 (%2 Beispiele) keine Fehler: es gibt keinen Baum.",
    "<b>%1</b>: %2 examples, base error rate %3. Boxes: white → red by error rate; bar: share of "
    "the class's errors (EC); ★ valid leaf, #n rank by IV. Click a box to select its examples, "
    "double-click for its feature.":
    "<b>%1</b>: %2 Beispiele, Basisfehlerrate %3. Kästen: weiß → rot nach Fehlerrate; Balken: "
    "Anteil an den Fehlern der Klasse (EC); ★ gültiges Blatt, #n Rang nach IV. Klicken Sie auf "
    "einen Kasten, um seine Beispiele auszuwählen, doppelklicken Sie für sein Merkmal.",
    "the top leaf: %1": "dem obersten Blatt: %1",
    "★ yes": "★ ja", "no": "nein",
    "Barlow: %1": "Barlow: %1",
}

# %n messages (numerus="yes"): German has two forms, (n == 1, otherwise).
# Failure directions' method strings (context fl::methods::ParameterSpec) and its Directions dock
# (fl::ui::DirectionsView, its chart, histogram and interventions): direction "Richtung", caption
# "Beschriftung", concept "Konzept", strength "Stärke", decision value h stays h, hard/easy
# "schwer/leicht", pool "Pool", upweighting "Hochgewichten", filtering "Filtern". The concept
# names the core makes ("high brightness") stay English, as the core writes them.
# Dock: a R I (class, ranked on, interventions); hint page: S. Interventions form: R h K P e g F
# A c S t.
DIRECTIONS = {
    "Failure directions": "Fehlerrichtungen",
    "Per class, a linear SVM in an embedding space that separates the model's errors from its "
    "successes; its direction ranks and captions the hard examples":
    "Je Klasse eine lineare SVM in einem Einbettungsraum, die die Fehler des Modells von seinen "
    "Treffern trennt; ihre Richtung ordnet die schweren Beispiele und beschriftet sie",
    "robust: the robust extractor's features (shared with Barlow); model: the inspected model's "
    "own penultimate features (the paper's \"original latent space\"); or the path of a "
    "TorchScript image encoder with features(x) (the paper's: CLIP ViT-B/32, exported)":
    "robust: die Merkmale des robusten Extraktors (mit Barlow geteilt); model: die eigenen "
    "vorletzten Merkmale des untersuchten Modells (der „ursprüngliche latente Raum“ des Papers); "
    "oder der Pfad eines TorchScript-Bildencoders mit features(x) (im Paper: CLIP ViT-B/32, "
    "exportiert)",
    "C grid: lowest exponent": "C-Gitter: kleinster Exponent",
    "The C grid is logspace(lowest, highest, steps); widen it when the best C sits at an edge":
    "Das C-Gitter ist logspace(kleinster, größter, Werte); erweitern Sie es, wenn das beste C an "
    "einem Rand liegt",
    "SVM": "SVM",
    "C grid: highest exponent": "C-Gitter: größter Exponent",
    "Highest exponent of the C grid": "Größter Exponent des C-Gitters",
    "C grid: values": "C-Gitter: Werte",
    "Number of C values in the grid": "Anzahl der C-Werte im Gitter",
    "CV folds": "CV-Folds",
    "Folds of the stratified, unshuffled cross-validation that picks C":
    "Folds der stratifizierten, nicht gemischten Kreuzvalidierung, die C wählt",
    "Balanced class weights": "Ausgeglichene Klassengewichte",
    "Weigh correct and wrong examples inversely to their counts (class_weight = 'balanced')":
    "Richtige und falsche Beispiele umgekehrt zu ihrer Anzahl gewichten (class_weight = "
    "'balanced')",
    "Solver tolerance": "Toleranz des Lösers",
    "libsvm's stopping tolerance (scikit-learn's tol)":
    "Abbruchtoleranz von libsvm (tol in scikit-learn)",
    "The classes with the strongest directions that become slices (their predicted-error sets)":
    "Die Klassen mit den stärksten Richtungen, die zu Slices werden (ihre Mengen vorhergesagter "
    "Fehler)",
    "Results": "Ergebnisse",
    "Hardest examples listed": "Aufgeführte schwerste Beispiele",
    "Per class, the hardest examples of the ranked split listed by id":
    "Je Klasse die schwersten Beispiele des gereihten Splits, nach ID aufgeführt",
    "Captions shown": "Gezeigte Beschriftungen",
    "Per class, the hard and easy captions kept":
    "Je Klasse die behaltenen schweren und leichten Beschriftungen",
    "Captions": "Beschriftungen",
    "Concept quantile": "Konzept-Quantil",
    "A \"high X\" concept is the class's examples in the top quantile of X, \"low X\" the bottom "
    "one":
    "Ein Konzept „high X“ sind die Beispiele der Klasse im obersten Quantil von X, „low X“ die im "
    "untersten",
    "Smallest concept group": "Kleinste Konzeptgruppe",
    "Concepts shown by fewer of the class's examples are left out":
    "Konzepte, die weniger Beispiele der Klasse zeigen, werden weggelassen",
    "Image attributes": "Bildattribute",
    "Measure brightness, contrast, ink area, stroke width, slant, size, position, edges (and hue "
    "for colour) as concepts, beside the dataset's own columns":
    "Helligkeit, Kontrast, Tintenfläche, Strichbreite, Neigung, Größe, Lage und Kanten (bei Farbe "
    "auch den Farbton) als Konzepte messen, neben den eigenen Spalten des Datensatzes",
    # The dock.
    "Directions": "Richtungen",
    "h %1": "h %1",
    "&Run %1…": "%1 &starten…",
    "The class whose failure direction is shown": "Die Klasse, deren Fehlerrichtung gezeigt wird",
    "The examples ranked along the direction: the held-out split, scored by the SVM refitted on "
    "the whole fitted split, or the fitted split itself, each example scored by the "
    "cross-validation fold that did not see it":
    "Die entlang der Richtung gereihten Beispiele: der zurückgehaltene Split, bewertet von der "
    "auf dem ganzen Anpassungs-Split neu angepassten SVM, oder der Anpassungs-Split selbst, jedes "
    "Beispiel bewertet vom Kreuzvalidierungs-Fold, der es nicht gesehen hat",
    "&Ranked on:": "&Rangfolge auf:",
    "&Interventions…": "&Interventionen…",
    "Retrain the model with the hardest pool examples added (against random and low-confidence "
    "picks) or with the predicted errors upweighted, over several seeds":
    "Das Modell neu trainieren, mit den schwersten Pool-Beispielen hinzugefügt (gegen zufällige "
    "und wenig konfidente Auswahl) oder mit hochgewichteten vorhergesagten Fehlern, über mehrere "
    "Seeds",
    "Captions: the concepts (and, with a text encoder, the quoted text captions) most aligned "
    "with the direction, on the fitted split (click a concept to select its examples)":
    "Beschriftungen: die Konzepte (und, mit einem Textencoder, die zitierten Textbeschriftungen), "
    "die am stärksten mit der Richtung übereinstimmen, auf dem Anpassungs-Split (klicken Sie ein "
    "Konzept an, um seine Beispiele auszuwählen)",
    "“%1”: a text caption, its embedding's offset from the class's reference caption scored "
    "against the direction. It names no examples.":
    "„%1“: eine Textbeschriftung; der Abstand ihrer Einbettung von der Referenzbeschriftung der "
    "Klasse, an der Richtung bewertet. Sie benennt keine Beispiele.",
    "“%1”": "„%1“",
    "text": "Text",
    "Hard (the errors' side)": "Schwer (die Seite der Fehler)",
    "Easy (the successes' side)": "Leicht (die Seite der Treffer)",
    "wᵀd": "wᵀd",
    "The project's model is not loaded: the method needs it.":
    "Das Modell des Projekts ist nicht geladen: die Methode braucht es.",
    "Open a project (File ▸ Open), then run %1 from the Analysis menu (%2) to find, per class, "
    "the direction along which the model fails.":
    "Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann %1 im Menü Analyse (%2), um je "
    "Klasse die Richtung zu finden, entlang der das Modell versagt.",
    "Run %1 from the Analysis menu (%2) to find, per class, the direction in an embedding along "
    "which the model fails, its hardest examples and the concepts that caption it.":
    "Starten Sie %1 im Menü Analyse (%2), um je Klasse die Richtung in einer Einbettung zu finden, "
    "entlang der das Modell versagt, ihre schwersten Beispiele und die Konzepte, die sie "
    "beschriften.",
    "The %1 run cannot be shown: %2. Run it again from the Analysis menu (%3).":
    "Der Lauf von %1 kann nicht gezeigt werden: %2. Starten Sie ihn erneut im Menü Analyse (%3).",
    "%1 (skipped)": "%1 (übersprungen)",
    "the robust extractor's features": "den Merkmalen des robusten Extraktors",
    "the model's own features": "den eigenen Merkmalen des Modells",
    "the encoder %1": "dem Encoder %1",
    "Run #%1: SVMs fitted on the %2 split, in %3 (%4 dimensions).":
    "Lauf #%1: SVMs auf dem Split %2 angepasst, in %3 (%4 Dimensionen).",
    "%1 split, out-of-fold h (%2 examples)": "Split %1, h außerhalb des Folds (%2 Beispiele)",
    "%1 split, refit h (%2 examples)": "Split %1, h neu angepasst (%2 Beispiele)",
    "skipped": "übersprungen",
    "%1 has no direction: %2": "%1 hat keine Richtung: %2",
    "%1: CV balanced accuracy %2 (0.5 = chance), C = %3.\n%4 of its %5 examples of the %6 split "
    "are wrong.\nClick to pick it and select its predicted errors.":
    "%1: balancierte CV-Genauigkeit %2 (0,5 = Zufall), C = %3.\n%4 ihrer %5 Beispiele des Splits "
    "%6 sind falsch.\nKlicken Sie, um sie zu wählen und ihre vorhergesagten Fehler auszuwählen.",
    " · C at edge": " · C am Rand",
    "The best C is the grid's lowest: widen the grid downwards (parameter c-min-exponent, now %1) "
    "and run again.":
    "Das beste C ist das kleinste des Gitters: erweitern Sie das Gitter nach unten (Parameter "
    "c-min-exponent, jetzt %1) und starten Sie erneut.",
    "The best C is the grid's highest: widen the grid upwards (parameter c-max-exponent, now %1) "
    "and run again.":
    "Das beste C ist das größte des Gitters: erweitern Sie das Gitter nach oben (Parameter "
    "c-max-exponent, jetzt %1) und starten Sie erneut.",
    "Directions: %1, predicted errors h < 0 (%2 split)":
    "Richtungen: %1, vorhergesagte Fehler h < 0 (Split %2)",
    "<b>%1</b> has no failure direction: %2.": "<b>%1</b> hat keine Fehlerrichtung: %2.",
    "<b>%1</b>: strength %2 (CV balanced accuracy on the %3 split; 0.5 = chance), C = %4.<br>On "
    "the %5 split: %6 examples, %7 wrong; %8 predicted errors (h &lt; 0), %9 of them wrong.":
    "<b>%1</b>: Stärke %2 (balancierte CV-Genauigkeit auf dem Split %3; 0,5 = Zufall), C = %4."
    "<br>Auf dem Split %5: %6 Beispiele, %7 falsch; %8 vorhergesagte Fehler (h &lt; 0), davon %9 "
    "falsch.",
    "Decision values of %1 on the %2 split (%3)": "Entscheidungswerte von %1 auf dem Split %2 (%3)",
    "out-of-fold": "außerhalb des Folds",
    "refit": "neu angepasst",
    "Example %1 · h = %2 · click to select it":
    "Beispiel %1 · h = %2 · klicken Sie, um es auszuwählen",
    "No %1 example of the %2 split has a decision value.":
    "Kein Beispiel von %1 im Split %2 hat einen Entscheidungswert.",
    "Hardest %1 of %2 (%3 split): most negative h first":
    "Die schwersten %1 von %2 (Split %3): das negativste h zuerst",
    "Easiest %1 of %2 (%3 split): most positive h first":
    "Die leichtesten %1 von %2 (Split %3): das positivste h zuerst",
    "This run does not list the group's examples: run %1 again to select them.":
    "Dieser Lauf führt die Beispiele der Gruppe nicht auf: starten Sie %1 erneut, um sie "
    "auszuwählen.",
    "Click to select the %1 examples of %2 in the %3 split showing “%4”.":
    "Klicken Sie, um die %1 Beispiele von %2 im Split %3 auszuwählen, die „%4“ zeigen.",
    "No concept on this side.": "Kein Konzept auf dieser Seite.",
    "No direction, no captions.": "Keine Richtung, keine Beschriftungen.",
    "Directions: %1 example %2, %3": "Richtungen: %1, Beispiel %2, %3",
    "Directions: %1 “%2” (%3 side, %4 split)": "Richtungen: %1 „%2“ (Seite %3, Split %4)",
    "hard": "schwer",
    "easy": "leicht",
    "Directions: %1, h in [%2, %3%4 (%5 split)": "Richtungen: %1, h in [%2, %3%4 (Split %5)",
    # The strength chart and the histogram.
    "Failure strength per class (CV balanced accuracy)":
    "Fehlerstärke je Klasse (balancierte CV-Genauigkeit)",
    "%1 chance": "%1 Zufall",
    "correct": "richtig",
    "wrong": "falsch",
    "No decision values to show.": "Keine Entscheidungswerte zu zeigen.",
    "h = wᵀx + b  (← predicted errors · predicted correct →)":
    "h = wᵀx + b  (← vorhergesagte Fehler · vorhergesagt richtig →)",
    "h in [%1, %2%3: %4 correct, %5 wrong. Click to select them.":
    "h in [%1, %2%3: %4 richtig, %5 falsch. Klicken Sie, um sie auszuwählen.",
    # The interventions form and panel.
    "Failure Directions: Interventions": "Fehlerrichtungen: Interventionen",
    "Per seed, a base model is trained on the training split without a held-out pool; its "
    "failure directions on the validation split then pick which pool examples to add "
    "(filtering) or which training examples to weigh up (upweighting). Every arm is retrained "
    "from scratch and evaluated on the test split.":
    "Je Seed wird ein Basismodell auf dem Trainings-Split ohne einen zurückgehaltenen Pool "
    "trainiert; seine Fehlerrichtungen auf dem Validierungs-Split wählen dann, welche "
    "Pool-Beispiele hinzukommen (Filtern) oder welche Trainingsbeispiele stärker gewichtet werden "
    "(Hochgewichten). Jeder Arm wird von Grund auf neu trainiert und auf dem Test-Split bewertet.",
    "The run's encoder (%1)": "Der Encoder des Laufs (%1)",
    "Each base model's own features": "Die eigenen Merkmale jedes Basismodells",
    "The space the directions are fitted in. The paper finds the model's own features weaker: "
    "they mirror its confidences.":
    "Der Raum, in dem die Richtungen angepasst werden. Das Paper findet die eigenen Merkmale des "
    "Modells schwächer: sie spiegeln seine Konfidenzen.",
    "&Directions in:": "&Richtungen in:",
    "Filtering": "Filtern",
    "Add pool e&xamples (hardest, random, lowest confidence)":
    "Pool-Beispiele &hinzufügen (schwerste, zufällige, geringste Konfidenz)",
    "Pool examples added per class (fewer when a class's pool is smaller)":
    "Je Klasse hinzugefügte Pool-Beispiele (weniger, wenn der Pool einer Klasse kleiner ist)",
    "&K per class:": "&K je Klasse:",
    "Share of each class's training examples held out as the pool; no model but the filtering "
    "arms ever trains on it":
    "Anteil der Trainingsbeispiele jeder Klasse, der als Pool zurückgehalten wird; nur die Arme "
    "des Filterns trainieren je darauf",
    "&Pool fraction:": "&Pool-Anteil:",
    "Seed of the held-out pool's draw": "Seed der Ziehung des zurückgehaltenen Pools",
    "Pool s&eed:": "Pool-S&eed:",
    "Upweighting": "Hochgewichten",
    "&Weigh up the training examples with h < 0":
    "Trainingsbeispiele mit h < 0 stärker &gewichten",
    "Loss factor of the predicted errors (the paper: 2)":
    "Verlustfaktor der vorhergesagten Fehler (im Paper: 2)",
    "&Factor:": "&Faktor:",
    "Base model (every arm retrains it from scratch)":
    "Basismodell (jeder Arm trainiert es von Grund auf neu)",
    "Epoc&hs:": "Epo&chen:",
    "Seeds 0..N−1: every arm is trained once per seed; the tables show mean ± SD":
    "Seeds 0..N−1: jeder Arm wird einmal je Seed trainiert; die Tabellen zeigen Mittelwert ± SD",
    "&Seeds:": "&Seeds:",
    "Models trained: %1 (%2 per seed), epochs per model: %3. They train in the background; the "
    "Jobs panel shows the progress and can cancel it.":
    "Trainierte Modelle: %1 (%2 je Seed), Epochen je Modell: %3. Sie trainieren im Hintergrund; "
    "die Auftragsliste zeigt den Fortschritt und kann sie abbrechen.",
    "Neither filtering nor upweighting is on: there is no intervention to run.":
    "Weder Filtern noch Hochgewichten ist eingeschaltet: es gibt keine Intervention.",
    "Interventions": "Interventionen",
    "Test accuracy (mean over seeds)": "Test-Genauigkeit (Mittel über die Seeds)",
    "Accuracy on the hard test examples (h < 0)":
    "Genauigkeit auf den schweren Testbeispielen (h < 0)",
    "The interventions' tables": "Die Tabellen der Interventionen",
    "The interventions were cancelled.": "Die Interventionen wurden abgebrochen.",
    "The stored interventions could not be read: %1":
    "Die gespeicherten Interventionen konnten nicht gelesen werden: %1",
    "Run #%1 · seeds: %2 · %3 s. Δ is the mean of the per-seed differences to the original "
    "model.":
    "Lauf #%1 · Seeds: %2 · %3 s. Δ ist das Mittel der Differenzen je Seed zum ursprünglichen "
    "Modell.",
    "Interventions… retrains the model with the hardest pool examples added or the predicted "
    "errors weighed up, and compares it with random and low-confidence picks.":
    "Interventionen… trainiert das Modell neu, mit den schwersten Pool-Beispielen hinzugefügt "
    "oder den vorhergesagten Fehlern stärker gewichtet, und vergleicht es mit zufälliger und "
    "wenig konfidenter Auswahl.",
    "Failure directions' interventions (seeds: %1)":
    "Interventionen der Fehlerrichtungen (Seeds: %1)",
    "The interventions failed: %1": "Die Interventionen sind gescheitert: %1",
    "Running the interventions…": "Die Interventionen laufen…",
    "Running the interventions: %1": "Die Interventionen laufen: %1",
    "original": "ursprünglich",
    "random K": "zufällige K",
    "lowest confidence": "geringste Konfidenz",
    "hardest by h": "schwerste nach h",
    "upweight h < 0": "h < 0 hochgewichten",
    "Text encoder": "Textencoder",
    "The path of a TorchScript text encoder with encode_text(texts) into the image encoder's "
    "space (often the embedding file itself, as CLIP holds both; the paper's is CLIP ViT-B/32): "
    "captions \"a photo of a {adjective} {noun} {context}\" are scored as the paper's; empty = "
    "concepts only":
    "Der Pfad eines TorchScript-Textencoders mit encode_text(texts) in den Raum des Bildencoders "
    "(oft die Einbettungsdatei selbst, da CLIP beides enthält; im Paper CLIP ViT-B/32): "
    "Beschriftungen „a photo of a {adjective} {noun} {context}“ werden wie im Paper bewertet; "
    "leer = nur Konzepte",
    "Text captions": "Textbeschriftungen",
    "Vocabulary": "Vokabular",
    "A file of [adjectives], [contexts] and [nouns CLASS] sections; empty = the reference code's "
    "colours, descriptors and backgrounds":
    "Eine Datei mit den Abschnitten [adjectives], [contexts] und [nouns KLASSE]; leer = die "
    "Farben, Beschreibungen und Hintergründe des Referenzcodes",
    "Caption template": "Beschriftungsvorlage",
    "Each candidate caption; {noun} is the class name unless the vocabulary lists nouns for the "
    "class":
    "Jede Kandidatenbeschriftung; {noun} ist der Klassenname, sofern das Vokabular keine "
    "Substantive für die Klasse nennt",
    "Reference caption": "Referenzbeschriftung",
    "The caption a class's candidates are measured from":
    "Die Beschriftung, von der aus die Kandidaten einer Klasse gemessen werden",
}

# Defuse's method strings (context fl::methods::ParameterSpec) and its annotation dock
# (fl::ui::DefuseView, fl::ui::DefuseAnnotator): region "Region", misclassification region
# "Fehlklassifikationsregion", mixture "Mischung", draw "Ziehung", vote "Stimme"; a sample (a
# generated image) is "Bild" throughout. β-VAE, KL and the option values (non-centred, centred)
# stay. Keys in prose: Shift "Umschalt", PgUp/PgDn "Bild↑"/"Bild↓", Space "Leertaste".
DEFUSE = {
    "Defuse": "Defuse",
    "Regions of a β-VAE's latent space where generated images fool the model, found by "
    "perturbing training codes and distilled by a Dirichlet-process mixture":
    "Regionen im latenten Raum eines β-VAE, in denen generierte Bilder das Modell täuschen, "
    "gefunden durch Stören von Trainingscodes und destilliert durch eine "
    "Dirichlet-Prozess-Mischung",
    "β-VAE file": "β-VAE-Datei",
    "A β-VAE saved by Faultline to use instead of the cached or newly trained one":
    "Ein von Faultline gespeicherter β-VAE, der statt des zwischengespeicherten oder neu "
    "trainierten genutzt wird",
    "β-VAE": "β-VAE",
    "Latent size z": "Latente Größe z",
    "Dimensions of the β-VAE's latent code": "Dimensionen des latenten Codes des β-VAE",
    "β": "β",
    "Weight of the KL term once annealed": "Gewicht des KL-Terms nach dem Annealing",
    "KL anneal (epochs)": "KL-Annealing (Epochen)",
    "Epochs over which the KL weight rises linearly from 0 to β (the paper: 500 steps at batch "
    "2048, about 17 MNIST epochs)":
    "Epochen, über die das KL-Gewicht linear von 0 auf β steigt (das Paper: 500 Schritte bei "
    "Batch 2048, etwa 17 MNIST-Epochen)",
    "β-VAE epochs": "β-VAE-Epochen",
    "Training epochs (the paper's 800 are a GPU setting)":
    "Trainingsepochen (die 800 des Papers sind eine GPU-Einstellung)",
    "β-VAE batch": "β-VAE-Batch",
    "Training batch size": "Batchgröße des Trainings",
    "β-VAE learning rate": "β-VAE-Lernrate",
    "Adam's learning rate": "Lernrate von Adam",
    "Reuse the cached β-VAE": "β-VAE aus dem Cache wiederverwenden",
    "Load the β-VAE trained on this dataset with these settings from the model cache, and cache "
    "a newly trained one":
    "Den auf diesem Datensatz mit diesen Einstellungen trainierten β-VAE aus dem Modell-Cache "
    "laden und einen neu trainierten im Cache ablegen",
    "Training images": "Trainingsbilder",
    "Training images perturbed: a seeded subset of this many (0 = all, the paper)":
    "Gestörte Trainingsbilder: eine per Seed gezogene Teilmenge dieser Größe (0 = alle, wie im "
    "Paper)",
    "Identification": "Identifikation",
    "Draws per image Q": "Ziehungen je Bild Q",
    "Beta-noise draws decoded and classified per image":
    "Je Bild dekodierte und klassifizierte Ziehungen des Beta-Rauschens",
    "Mistakes kept per image": "Behaltene Fehler je Bild",
    "At most this many mistakes kept per image, smallest noise first":
    "Höchstens so viele Fehler je Bild behalten, kleinstes Rauschen zuerst",
    "Noise Beta a": "Rauschen Beta a",
    "Every latent dimension's noise is Beta(a, b)":
    "Das Rauschen jeder latenten Dimension ist Beta(a, b)",
    "Noise Beta b": "Rauschen Beta b",
    "Noise": "Rauschen",
    "non-centred adds the Beta draw as it is (mean a/(a+b), the paper); centred subtracts its "
    "mean":
    "non-centred: addiert die Beta-Ziehung unverändert (Mittelwert a/(a+b), wie im Paper); "
    "centred: zieht ihren Mittelwert ab",
    "Decode batch": "Dekodier-Batch",
    "Codes decoded and classified per batch": "Je Batch dekodierte und klassifizierte Codes",
    "Codes fitted at most": "Höchstzahl angepasster Codes",
    "A seeded subset of the found codes fits the mixture when there are more":
    "Gibt es mehr gefundene Codes, passt eine per Seed gezogene Teilmenge von ihnen die Mischung "
    "an",
    "Distillation": "Destillation",
    "Mixture components K": "Mischkomponenten K",
    "Truncation of the Dirichlet-process mixture (an upper bound)":
    "Trunkierung der Dirichlet-Prozess-Mischung (eine obere Schranke)",
    "Weight concentration prior": "Prior der Gewichtskonzentration",
    "The Dirichlet process's concentration (0 = 1/K, scikit-learn's default)":
    "Die Konzentration des Dirichlet-Prozesses (0 = 1/K, der Standard von scikit-learn)",
    "Stop when the lower bound changes by less than this":
    "Anhalten, wenn sich die untere Schranke um weniger als diesen Wert ändert",
    "Covariance regularisation": "Kovarianz-Regularisierung",
    "Added to every covariance's diagonal": "Wird zur Diagonale jeder Kovarianz addiert",
    "Max iterations": "Höchstzahl der Iterationen",
    "Variational iterations at most": "Höchstzahl der variationellen Iterationen",
    "Region weight ε": "Regionsgewicht ε",
    "Components heavier than this become candidate regions":
    "Komponenten mit größerem Gewicht werden zu Kandidatenregionen",
    "Sample spread τ": "Streuung der Bilder τ",
    "Annotation samples are drawn from N(μ, τΣ) of their region":
    "Die Bilder zur Annotation werden aus N(μ, τΣ) ihrer Region gezogen",
    "Annotation": "Annotation",
    "Samples per region": "Bilder pro Region",
    "Decoded samples drawn per region for annotation":
    "Je Region für die Annotation gezogene und dekodierte Bilder",
    "Seed of the β-VAE, the image subset, the noise, the mixture's k-means start and the "
    "annotation samples":
    "Seed des β-VAE, der Bildteilmenge, des Rauschens, des K-Means-Starts der Mischung und der "
    "Bilder zur Annotation",
    # The document and the annotator (its undo commands).
    "Could not save the label: %1": "Das Label konnte nicht gespeichert werden: %1",
    "none of the above": "keine der genannten",
    "Label region %1 sample %2 as %3": "Region %1, Bild %2 als %3 labeln",
    "Label region %1: all are %2": "Region %1 labeln: alle sind %2",
    "Could not read the Defuse labels: %1":
    "Die Defuse-Labels konnten nicht gelesen werden: %1",
    # The dock.
    "&Run Defuse…": "Defuse &starten…",
    "ρ:": "ρ:",
    "A region is a misclassification region when more than this share of its labels disagree "
    "with the model (the paper's ρ = 0.5)":
    "Eine Region ist eine Fehlklassifikationsregion, wenn mehr als dieser Anteil ihrer Labels "
    "dem Modell widerspricht (im Paper ρ = 0,5)",
    "The candidate regions, heaviest first; ✓ when you labelled every sample, ⚠ when the labels "
    "make it a misclassification region":
    "Die Kandidatenregionen, schwerste zuerst; ✓, wenn Sie jedes Bild gelabelt haben, ⚠, wenn "
    "die Labels sie zu einer Fehlklassifikationsregion machen",
    "None of the above (−)": "Keine der genannten (−)",
    "The image shows no class: the vote is discarded (as in the paper)":
    "Das Bild zeigt keine Klasse: Die Stimme wird verworfen (wie im Paper)",
    "Skip (Space)": "Überspringen (Leertaste)",
    "◀ Region (PgUp)": "◀ Region (Bild↑)",
    "Region ▶ (PgDn)": "Region ▶ (Bild↓)",
    "Undo (%1)": "Rückgängig (%1)",
    "Open a project (File ▸ Open), then run Defuse from the Analysis menu (%1) to find regions "
    "of generated images the model gets wrong and label them here.":
    "Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann Defuse im Menü Analyse (%1), "
    "um Regionen generierter Bilder zu finden, die das Modell falsch einordnet, und sie hier zu "
    "labeln.",
    "Run Defuse from the Analysis menu (%1): it trains a β-VAE of the training images, finds "
    "generated images near them that the model gets wrong and groups them into regions for you "
    "to label here, one key per class.":
    "Starten Sie Defuse im Menü Analyse (%1): Es trainiert einen β-VAE auf den Trainingsbildern, "
    "findet generierte Bilder in ihrer Nähe, die das Modell falsch einordnet, und gruppiert sie "
    "zu Regionen, die Sie hier labeln, eine Taste je Klasse.",
    "The Defuse run cannot be shown: %1. Run it again from the Analysis menu (%2).":
    "Der Defuse-Lauf kann nicht gezeigt werden: %1. Starten Sie ihn erneut im Menü Analyse (%2).",
    "The last Defuse run found no candidate region (no mixture component above its weight ε). "
    "Run it again with more images or draws (%1).":
    "Der letzte Defuse-Lauf hat keine Kandidatenregion gefunden (keine Mischkomponente über "
    "seinem Gewicht ε). Starten Sie ihn erneut mit mehr Bildern oder Ziehungen (%1).",
    "Label the sample as %1": "Das Bild als %1 labeln",
    "Label the sample as %1 (%2); Shift+%2 labels the whole region":
    "Das Bild als %1 labeln (%2); Umschalt+%2 labelt die ganze Region",
    "Region %1 of %2 · you labelled %3 of %4 samples · %5 misclassification regions of %6 "
    "labelled":
    "Region %1 von %2 · Sie haben %3 von %4 Bildern gelabelt · %5 Fehlklassifikationsregionen "
    "unter %6 gelabelten",
    "Region %1: weight %2, %3 mistakes found in it; the model mostly says %4 (their source "
    "images are mostly %5). Label each sample with its key, or Shift+key for all of them.":
    "Region %1: Gewicht %2, %3 Fehler darin gefunden; das Modell sagt meist %4 (ihre "
    "Ausgangsbilder sind meist %5). Labeln Sie jedes Bild mit seiner Taste oder alle mit "
    "Umschalt+Taste.",
    "This region: label %1 by %2 votes, %3 disagree with the model — %4; agreement %5.":
    "Diese Region: Label %1 nach %2 Stimmen, %3 widersprechen dem Modell — %4; "
    "Übereinstimmung %5.",
    "a misclassification region": "eine Fehlklassifikationsregion",
    "not a misclassification region": "keine Fehlklassifikationsregion",
    "This region has no labels yet.": "Diese Region hat noch keine Labels.",
    "Overall agreement %1 over %2 votes.": "Gesamtübereinstimmung %1 über %2 Stimmen.",
    "%1 · w %2 · model: %3": "%1 · Gew. %2 · Modell: %3",
    " · label %1": " · Label %1",
    "model: %1": "Modell: %1",
    "you: %1": "Sie: %1",
    "you: —": "Sie: —",
    " (+%1)": " (+%1)",
}

# Defuse's latent space tab, label exchange and correction (fl::ui::DefuseLatentView,
# fl::ui::DefuseView, fl::ui::AnnotationImportDialog, fl::ui::DefuseCorrectionDialog).
DEFUSE_MORE = {
    "Export labels…": "Labels exportieren…",
    "Write this run's labels (every annotator's) to an annotation file for another annotator "
    "or a copy of the project":
    "Die Labels dieses Laufs (aller Annotierenden) in eine Annotationsdatei schreiben, für andere "
    "Annotierende oder eine Kopie des Projekts",
    "Import labels…": "Labels importieren…",
    "Merge another annotator's file: new labels are added, a different label of the same "
    "annotator is shown as a conflict and not imported":
    "Die Datei anderer Annotierender zusammenführen: Neue Labels werden hinzugefügt, ein "
    "abweichendes Label derselben Person wird als Konflikt gezeigt und nicht importiert",
    "Export Labels": "Labels exportieren",
    "Annotation files (*.json)": "Annotationsdateien (*.json)",
    "Import Labels": "Labels importieren",
    "Correct the Model…": "Modell korrigieren…",
    "Fine-tune the model on samples of the confirmed misclassification regions over a λ sweep "
    "(a background job)":
    "Das Modell auf Bildern der bestätigten Fehlklassifikationsregionen über eine λ-Reihe "
    "nachtrainieren (ein Hintergrundauftrag)",
    "Annotate": "Annotieren",
    "Latent space": "Latenter Raum",
    "The codes, the found mistakes and the regions in two dimensions; per region its "
    "predictions and how new its errors are":
    "Die Codes, die gefundenen Fehler und die Regionen in zwei Dimensionen; je Region ihre "
    "Vorhersagen und wie neu ihre Fehler sind",
    "Defuse correction (baseline)": "Defuse-Korrektur (Baseline)",
    "Defuse correction": "Defuse-Korrektur",
    "Defuse correction stored as run #%1": "Defuse-Korrektur als Lauf #%1 gespeichert",
    "Defuse correction failed: %1": "Defuse-Korrektur fehlgeschlagen: %1",
    "Exporting Defuse labels": "Defuse-Labels werden exportiert",
    "The labels could not be exported: %1": "Die Labels konnten nicht exportiert werden: %1",
    "Importing labels": "Labels werden importiert",
    "The labels could not be imported: %1": "Die Labels konnten nicht importiert werden: %1",
    "no conflict.": "kein Konflikt.",
    "Imported %1": "%1 importiert",
    "Target": "Ziel",
    "Author": "Autor",
    "This project (kept)": "Dieses Projekt (behalten)",
    "The file (not imported)": "Die Datei (nicht importiert)",
    "Correct the Model": "Modell korrigieren",
    "The paper's 17 values; comma-separated": "Die 17 Werte des Papers; durch Kommas getrennt",
    "&λ values:": "&λ-Werte:",
    "&Epochs per λ:": "&Epochen je λ:",
    "&Batch:": "&Batch:",
    "&Learning rate (Adam):": "&Lernrate (Adam):",
    "Accuracy on D ∪ D_f (paper, MNIST)": "Genauigkeit auf D ∪ D_f (Paper, MNIST)",
    "Validation accuracy (paper, SVHN and signs)":
    "Validierungsgenauigkeit (Paper, SVHN und Verkehrszeichen)",
    "&Selection:": "Aus&wahl:",
    "&Fine-tune samples per region:": "&Nachtrainingsbilder je Region:",
    "&Held-out samples per region:": "&Zurückgehaltene Bilder je Region:",
    "&Baseline: fine-tune on the identified mistakes instead":
    "&Baseline: stattdessen auf den identifizierten Fehlern nachtrainieren",
    "The paper's comparison: the codes identification found inside the confirmed regions, "
    "labelled with their source images' labels":
    "Der Vergleich des Papers: die Codes, die die Identifikation in den bestätigten Regionen "
    "fand, mit den Labels ihrer Ausgangsbilder",
    "&Correct": "&Korrigieren",
    "No region is a misclassification region yet: label the samples first.":
    "Noch ist keine Region eine Fehlklassifikationsregion: Labeln Sie zuerst die Bilder.",
    "Defuse Correction — Run #%1": "Defuse-Korrektur — Lauf #%1",
    "Before: test %1, region held-out %2. Chosen λ %3: test %4, region held-out %5.":
    "Vorher: Test %1, zurückgehaltene Regionsbilder %2. Gewähltes λ %3: Test %4, "
    "zurückgehaltene Regionsbilder %5.",
    "The model is saved as %1 (a new model version of the project).":
    "Das Modell ist als %1 gespeichert (eine neue Modellversion des Projekts).",
    "Grey: the training codes; coloured: the found mistakes by region; ellipses: the regions at "
    "two standard deviations. Click a region to make it current; wheel to zoom, middle button "
    "to pan.":
    "Grau: die Trainingscodes; farbig: die gefundenen Fehler nach Region; Ellipsen: die Regionen "
    "bei zwei Standardabweichungen. Klicken Sie eine Region an, um sie zur aktuellen zu machen; "
    "das Mausrad zoomt, die mittlere Taste verschiebt.",
    "The model's predictions on the region's found mistakes":
    "Die Vorhersagen des Modells auf den gefundenen Fehlern der Region",
    "The labels of the training images they came from":
    "Die Labels der Trainingsbilder, aus denen sie stammen",
    "No Defuse run to draw.": "Kein Defuse-Lauf zum Zeichnen.",
    "Projecting the latent codes…": "Die latenten Codes werden projiziert…",
    "Defuse: projecting the latent space": "Defuse: Der latente Raum wird projiziert",
    "The latent space cannot be drawn: %1": "Der latente Raum kann nicht gezeichnet werden: %1",
    "PCA of the β-VAE codes of %1 training images (the axes hold %2% and %3% of their "
    "variance); %4 of the %5 found mistakes coloured by region, dark grey outside every region.":
    "PCA der β-VAE-Codes von %1 Trainingsbildern (die Achsen tragen %2 % und %3 % ihrer "
    "Varianz); %4 der %5 gefundenen Fehler nach Region gefärbt, dunkelgrau außerhalb jeder "
    "Region.",
    "PCA of the %1 found mistakes (this run stored no training codes: run Defuse again to see "
    "them).":
    "PCA der %1 gefundenen Fehler (dieser Lauf hat keine Trainingscodes gespeichert: Starten "
    "Sie Defuse erneut, um sie zu sehen).",
    "<b>Region %1</b> · weight %2 · %3 found mistakes":
    "<b>Region %1</b> · Gewicht %2 · %3 gefundene Fehler",
    "No evaluation outputs: the nearest misclassified training images cannot be found.":
    "Keine Auswertungsausgaben: Die nächsten falsch klassifizierten Trainingsbilder können "
    "nicht gefunden werden.",
    "Is the error new? Each sample (top) beside the misclassified training image nearest to it "
    "in pixels (ℓ2, below; %1 misclassified training images searched) — the paper's Figure 6.":
    "Ist der Fehler neu? Jedes Bild (oben) neben dem falsch klassifizierten Trainingsbild, das "
    "ihm in Pixeln am nächsten ist (ℓ2, unten; %1 falsch klassifizierte Trainingsbilder "
    "durchsucht) — Abbildung 6 des Papers.",
    "Sample %1: the model says %2": "Bild %1: Das Modell sagt %2",
    "Training example %1: label %2, ℓ2 distance %3":
    "Trainingsbeispiel %1: Label %2, ℓ2-Abstand %3",
    "Show and raise the view <id> (slices, defuse, …; the View menu's docks) once the window "
    "is up.":
    "Die Ansicht <id> zeigen und nach vorn holen (slices, defuse, …; die Docks des Menüs "
    "Ansicht), sobald das Fenster steht.",
    "faultline: no view '%1'": "faultline: keine Ansicht '%1'",
}

PLURALS = {
    "%n label(s) exported.": ("%n Label exportiert.", "%n Labels exportiert."),
    "%n label(s) added": ("%n Label hinzugefügt", "%n Labels hinzugefügt"),
    "%n identical one(s) skipped": ("%n identisches übersprungen", "%n identische übersprungen"),
    "%n conflict(s): this project's label was kept; the file's is listed below and was not "
    "imported.": (
        "%n Konflikt: Das Label dieses Projekts wurde behalten; das der Datei steht unten und "
        "wurde nicht importiert.",
        "%n Konflikte: Die Labels dieses Projekts wurden behalten; die der Datei stehen unten "
        "und wurden nicht importiert."),
    "Fine-tunes the model on L(D) + λ·L(D_f), D_f drawn from the %n misclassification "
    "region(s) your labels confirm, for every λ; keeps each λ's best epoch and the best λ by "
    "the selection accuracy, and saves that model as a new model version.": (
        "Trainiert das Modell für jedes λ auf L(D) + λ·L(D_f) nach, D_f aus der %n "
        "Fehlklassifikationsregion, die Ihre Labels bestätigen; behält je λ die beste Epoche und "
        "das beste λ nach der Auswahlgenauigkeit und speichert dieses Modell als neue "
        "Modellversion.",
        "Trainiert das Modell für jedes λ auf L(D) + λ·L(D_f) nach, D_f aus den %n "
        "Fehlklassifikationsregionen, die Ihre Labels bestätigen; behält je λ die beste Epoche "
        "und das beste λ nach der Auswahlgenauigkeit und speichert dieses Modell als neue "
        "Modellversion."),
    "%n job(s) running": ("%n Auftrag läuft", "%n Aufträge laufen"),
    "%n example(s) selected": ("%n Beispiel ausgewählt", "%n Beispiele ausgewählt"),
    "%n example(s) selected · %1": ("%n Beispiel ausgewählt · %1", "%n Beispiele ausgewählt · %1"),
    "%n examples": ("%n Beispiel", "%n Beispiele"),
    "%n classes": ("%n Klasse", "%n Klassen"),
    "%1×%2, %n channel(s)": ("%1×%2, %n Kanal", "%1×%2, %n Kanäle"),
    "%1 found %n slice(s) in %2 s (run #%3)": (
        "%1 hat %n Slice in %2 s gefunden (Lauf #%3)",
        "%1 hat %n Slices in %2 s gefunden (Lauf #%3)"),
    "InfEmbed found %n slice(s) in %1 s (run #%2)": (
        "InfEmbed hat %n Slice in %1 s gefunden (Lauf #%2)",
        "InfEmbed hat %n Slices in %1 s gefunden (Lauf #%2)"),
    "picked in the grid (%n examples)": (
        "im Raster gewählt (%n Beispiel)", "im Raster gewählt (%n Beispiele)"),
    "Select These (%n examples)": (
        "Dieses auswählen (%n Beispiel)", "Diese auswählen (%n Beispiele)"),
    "Who Are Their Opponents? (%n picked)": (
        "Wer sind seine Opponenten? (%n gewählt)", "Wer sind ihre Opponenten? (%n gewählt)"),
    "Who Are Its &Opponents? (%n examples)": (
        "Wer sind ihre &Opponenten? (%n Beispiel)", "Wer sind ihre &Opponenten? (%n Beispiele)"),
    "%n slice(s) found by runs hidden.": (
        "%n von Läufen gefundener Slice ausgeblendet.",
        "%n von Läufen gefundene Slices ausgeblendet."),
    "%n slice(s) of older runs hidden.": (
        "%n Slice älterer Läufe ausgeblendet.", "%n Slices älterer Läufe ausgeblendet."),
    "Name of the slice (%n examples):": (
        "Name des Slice (%n Beispiel):", "Name des Slice (%n Beispiele):"),
}


def merge(*tables):
    merged = {}
    for table in tables:
        for source, text in table.items():
            if merged.get(source, text) != text:
                raise SystemExit(f"two translations for {source!r}")
            merged[source] = text
    return merged


DE = merge(COMMON, MAIN_WINDOW, DOCUMENT, VIEWS, PROJECT, INFEMBED, SLICE_BENCHMARK, REPORT,
           COMMAND_LINE, METHODS, METHOD_STRINGS, BARLOW, DIRECTIONS, DEFUSE, DEFUSE_MORE,
           PLURALS)


def qualify_contexts(text):
    # lupdate (Qt 6.4) does not follow C++17 nested namespaces (`namespace fl::ui {`), so it
    # names contexts "MainWindow" where tr() looks up "fl::ui::MainWindow".
    def fix(m):
        name = m.group(1)
        if "::" in name or name in ("main", "fl::ui"):
            return m.group(0)
        return f"<context>\n    <name>fl::ui::{name}</name>"
    return re.sub(r"<context>\s*<name>([^<]+)</name>", fix, text)


def merge_duplicate_contexts(text):
    """Joins contexts that qualify_contexts gave one name, one message per source: lupdate keeps
    the already-qualified context's messages as vanished beside the new unqualified ones."""
    contexts = list(re.finditer(r"<context>\s*<name>([^<]+)</name>(.*?)</context>\n?", text,
                                flags=re.S))
    if not contexts:
        return text
    order, messages = [], {}
    for c in contexts:
        if c.group(1) not in messages:
            order.append(c.group(1))
            messages[c.group(1)] = {}
        for m in re.finditer(r"<message\b[^>]*>.*?</message>", c.group(2), flags=re.S):
            msg = m.group(0)
            key = (re.search(r"<source>(.*?)</source>", msg, flags=re.S).group(1),
                   (re.search(r"<comment>(.*?)</comment>", msg, flags=re.S) or [None, ""])[1])
            kept = messages[c.group(1)].get(key)
            messages[c.group(1)][key] = msg if kept is None else better(kept, msg)
    body = "".join(f"<context>\n    <name>{name}</name>\n    " +
                   "\n    ".join(messages[name].values()) + "\n</context>\n" for name in order)
    return text[:contexts[0].start()] + body + text[contexts[-1].end():]


def better(a, b):
    """Of two messages with one source: the live one, with the other's translation if it has
    none of its own."""
    def gone(m):
        return re.search(r'<translation type="(?:vanished|obsolete)"', m) is not None
    live, other = (b, a) if gone(a) and not gone(b) else (a, b)
    translation = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", flags=re.S)
    if 'type="unfinished"' in live:
        found = translation.search(other)
        if found and ">" in found.group(0) and not re.search(r'type="unfinished"', found.group(0)):
            done = re.sub(r'\s*type="(?:vanished|obsolete)"', "", found.group(0), count=1)
            if done.rstrip("/>").strip() != "<translation":
                live = translation.sub(lambda _: done, live, count=1)
    return live


def escape(text):
    return html.escape(text, quote=False)


def fill(m):
    """Translates one <message> if it is unfinished and its source is in DE."""
    message = m.group(0)
    unfinished = re.search(r'<translation type="unfinished"(?:/>|>.*?</translation>)', message,
                           flags=re.S)
    source = re.search(r"<source>(.*?)</source>", message, flags=re.S)
    if not unfinished or not source or html.unescape(source.group(1)) not in DE:
        return message
    text = DE[html.unescape(source.group(1))]
    if 'numerus="yes"' in message.split(">", 1)[0]:
        singular, plural = text if isinstance(text, tuple) else (text, text)
        translation = ("<translation>\n"
                       f"            <numerusform>{escape(singular)}</numerusform>\n"
                       f"            <numerusform>{escape(plural)}</numerusform>\n"
                       "        </translation>")
    elif isinstance(text, tuple):
        raise SystemExit(f"{source.group(1)!r} has plural forms but is not a %n message")
    else:
        translation = f"<translation>{escape(text)}</translation>"
    return message[:unfinished.start()] + translation + message[unfinished.end():]


def main(path):
    text = merge_duplicate_contexts(qualify_contexts(open(path, encoding="utf-8").read()))
    text = re.sub(r"<message\b[^>]*>.*?</message>", fill, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)
    left = text.count('type="unfinished"')
    if left:
        print(f"{path}: {left} message(s) still unfinished", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/faultline_de.ts")
