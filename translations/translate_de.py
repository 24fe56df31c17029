#!/usr/bin/env python3
"""Qualifies the contexts of translations/faultline_de.ts and fills German translations for the strings this table knows into translations/faultline_de.ts.

Run after `cmake --build build --target update_translations` has refreshed the .ts file; strings
not in the table stay unfinished (the English source is shown for them)."""
import html
import re
import sys

DE = {
    "&File": "&Datei", "&Edit": "&Bearbeiten", "&View": "&Ansicht", "&Analysis": "A&nalyse",
    "A&nnotate": "A&nnotieren", "&Tools": "&Werkzeuge", "&Help": "&Hilfe",
    "&Open Project…": "Projekt ö&ffnen…", "&New Project…": "&Neues Projekt…",
    "&Close Project": "Projekt s&chließen", "Open &Recent": "&Zuletzt geöffnet",
    "Open &Demo Project": "&Demoprojekt öffnen", "&Quit": "&Beenden", "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen", "&Back": "&Zurück", "&Forward": "&Vorwärts",
    "&Preferences…": "&Einstellungen…", "&Reset Layout": "Anordnung &zurücksetzen",
    "&Cancel All Jobs": "Alle Aufträge &abbrechen", "&About Faultline": "&Über Faultline",
    "About Faultline": "Über Faultline", "Export &Report…": "&Bericht exportieren…",
    "Select &Errors": "&Fehler auswählen", "C&lear Selection": "Auswahl &aufheben",
    "&Evaluate Model Again": "Modell erneut &auswerten", "Save Selection as Slice":
    "Auswahl als Slice speichern", "Overview": "Übersicht", "Histograms": "Histogramme",
    "Slices": "Slices", "Examples": "Beispiele", "Inspector": "Inspektor",
    "Embedding": "Einbettung", "Jobs": "Aufträge", "Project": "Projekt", "Dataset": "Datensatz",
    "Model": "Modell", "Runs": "Läufe", "Cancel": "Abbrechen", "Clear finished":
    "Erledigte entfernen", "Accuracy": "Genauigkeit", "Label": "Label",
    "Prediction": "Vorhersage", "Confidence": "Konfidenz", "Loss": "Verlust",
    "Train": "Training", "Validation": "Validierung", "Test": "Test", "All splits":
    "Alle Splits", "All classes": "Alle Klassen", "&Errors only": "Nur &Fehler",
    "Name": "Name", "Size": "Größe", "Origin": "Herkunft", "Error coverage": "Fehlerabdeckung",
    "Error rate [95% CI]": "Fehlerrate [95%-KI]", "Preferences": "Einstellungen",
    "New Project": "Neues Projekt", "Open Project": "Projekt öffnen", "Remove": "Entfernen",
    "Rename…": "Umbenennen…", "Delete Slice": "Slice löschen", "Save Slice": "Slice speichern",
    "Annotations": "Annotationen", "Probabilities": "Wahrscheinlichkeiten",
    "No project open": "Kein Projekt geöffnet", "Predicted class →": "Vorhergesagte Klasse →",
    "True class →": "Wahre Klasse →", "True label": "Wahres Label", "Lasso": "Lasso",
    "Rectangle": "Rechteck", "Fit": "Einpassen", "Add &Tag…": "&Tag hinzufügen…",
    "Add &Note…": "&Notiz hinzufügen…", "&Relabel…": "Neu &labeln…", "done": "fertig",
    "queued": "wartet", "cancelled": "abgebrochen", "cancelling…": "wird abgebrochen…",
    "Browse…": "Durchsuchen…", "Create": "Erstellen", "Seed:": "Seed:", "Epochs:": "Epochen:",
}

def qualify_contexts(text):
    # lupdate (Qt 6.4) does not follow C++17 nested namespaces (`namespace fl::ui {`), so it
    # names contexts "MainWindow" where tr() looks up "fl::ui::MainWindow".
    def fix(m):
        name = m.group(1)
        if "::" in name or name in ("main", "fl::ui"):
            return m.group(0)
        return f"<context>\n    <name>fl::ui::{name}</name>"
    return re.sub(r"<context>\s*<name>([^<]+)</name>", fix, text)


def main(path):
    text = qualify_contexts(open(path, encoding="utf-8").read())
    def fill(m):
        src = html.unescape(m.group(1))
        if src in DE:
            return (f"<source>{m.group(1)}</source>\n        "
                    f"<translation>{html.escape(DE[src], quote=False)}</translation>")
        return m.group(0)
    text = re.sub(r'<source>(.*?)</source>\s*<translation type="unfinished"></translation>',
                  fill, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/faultline_de.ts")
