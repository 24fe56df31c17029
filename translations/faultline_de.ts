<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fl::ui::MethodCommand</name>
    <message>
        <location filename="../ui/methods/method_command.cpp" line="44"/>
        <source>There is no analysis method “%1”.</source>
        <translation>Es gibt keine Analysemethode „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_command.cpp" line="50"/>
        <source>%1 needs an open project with its dataset and model.</source>
        <translation>%1 braucht ein geöffnetes Projekt mit seinem Datensatz und Modell.</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_command.cpp" line="60"/>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_command.cpp" line="74"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/method_command.cpp" line="108"/>
        <source>%1 found %n slice(s) in %2 s (run #%3)</source>
        <translation>
            <numerusform>%1 hat %n Slice in %2 s gefunden (Lauf #%3)</numerusform>
            <numerusform>%1 hat %n Slices in %2 s gefunden (Lauf #%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/method_command.cpp" line="116"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::PdfReportWriter</name>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="58"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="59"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="61"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="63"/>
        <source>Evaluation run</source>
        <translation>Auswertungslauf</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="64"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="65"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="66"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="68"/>
        <source>Accuracy (%1)</source>
        <translation>Genauigkeit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="70"/>
        <source> of %1 examples</source>
        <translation> von %1 Beispielen</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="71"/>
        <source>Saved slices</source>
        <translation>Gespeicherte Slices</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="80"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="80"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="80"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="196"/>
        <source>Faultline report — %1</source>
        <translation>Faultline-Bericht — %1</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="215"/>
        <location filename="../ui/report/pdf_report_writer.cpp" line="231"/>
        <source>cannot write the PDF report %1</source>
        <translation>PDF-Bericht %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/report/pdf_report_writer.cpp" line="226"/>
        <source>cannot finish the PDF report %1</source>
        <translation>PDF-Bericht %1 kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>fl::ui::QObject</name>
    <message numerus="yes">
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="12"/>
        <source>%n label(s) added</source>
        <translation>
            <numerusform>%n Label hinzugefügt</numerusform>
            <numerusform>%n Labels hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="13"/>
        <source>%n identical one(s) skipped</source>
        <translation>
            <numerusform>%n identisches übersprungen</numerusform>
            <numerusform>%n identische übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="15"/>
        <source>no conflict.</source>
        <translation>kein Konflikt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="17"/>
        <source>%n conflict(s): this project&apos;s label was kept; the file&apos;s is listed below and was not imported.</source>
        <translation>
            <numerusform>%n Konflikt: Das Label dieses Projekts wurde behalten; das der Datei steht unten und wurde nicht importiert.</numerusform>
            <numerusform>%n Konflikte: Die Labels dieses Projekts wurden behalten; die der Datei stehen unten und wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">keiner</translation>
    </message>
</context>
<context>
    <name>fl::ui::ReportExportCommand</name>
    <message>
        <location filename="../ui/report/report_export_command.cpp" line="19"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_export_command.cpp" line="20"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/report_export_command.cpp" line="47"/>
        <source>Exporting report %1</source>
        <translation>Bericht %1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/report/report_export_command.cpp" line="58"/>
        <source>Report written to %1 (%2 s)</source>
        <translation>Bericht nach %1 geschrieben (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_export_command.cpp" line="63"/>
        <source>Could not export the report %1: %2</source>
        <translation>Der Bericht %1 konnte nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::ReportExporter</name>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="61"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="61"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="62"/>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="63"/>
        <source>CSV table of slices (*.csv)</source>
        <translation>CSV-Tabelle der Slices (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="79"/>
        <source>reading the project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="84"/>
        <source>reading the analysis runs</source>
        <translation>Analyseläufe werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="100"/>
        <source>Example images are not shown: the project names no dataset.</source>
        <translation>Beispielbilder werden nicht gezeigt: Das Projekt nennt keinen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="104"/>
        <source>loading dataset %1 for the example images</source>
        <translation>Datensatz %1 wird für die Beispielbilder geladen</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="111"/>
        <source>Example images are not shown: the dataset %1 could not be loaded (%2).</source>
        <translation>Beispielbilder werden nicht gezeigt: Der Datensatz %1 konnte nicht geladen werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="120"/>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/report/report_exporter.cpp" line="122"/>
        <source>report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>The InfEmbed run could not be read: %1</source>
        <translation type="vanished">Der InfEmbed-Lauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::ReportFigures</name>
    <message>
        <location filename="../ui/report/report_figures.cpp" line="111"/>
        <source>no examples</source>
        <translation>keine Beispiele</translation>
    </message>
</context>
<context>
    <name>fl::ui::ReportPageFlow</name>
    <message>
        <location filename="../ui/report/report_page_flow.cpp" line="41"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/report/report_page_flow.cpp" line="42"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/report/report_page_flow.cpp" line="144"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceBenchmark</name>
    <message>
        <location filename="../ui/analysis/slice_benchmark_request.cpp" line="95"/>
        <source>planted task</source>
        <translation>eingepflanzte Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_request.cpp" line="100"/>
        <source>Slice benchmark: %1 on %2 (seed %3)</source>
        <translation>Slice-Benchmark: %1 auf %2 (Seed %3)</translation>
    </message>
</context>
<context>
    <name>fl::methods::ParameterSpec</name>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="9"/>
        <source>InfEmbed</source>
        <translation>InfEmbed</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="10"/>
        <source>Slices of examples the model fails on for the same reason, from influence embeddings, with the training examples that oppose each slice</source>
        <translation>Slices von Beispielen, an denen das Modell aus demselben Grund scheitert, aus Einflusseinbettungen, mit den Trainingsbeispielen, die jedem Slice entgegenwirken</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="11"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="12"/>
        <source>last: the final linear layer (closed form); block: the last conv block + head (built-in models)</source>
        <translation>last: die letzte lineare Schicht (geschlossene Form); block: der letzte Faltungsblock + Kopf (eingebaute Modelle)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="13"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="14"/>
        <source>Arnoldi iterations P</source>
        <translation>Arnoldi-Iterationen P</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="15"/>
        <source>Embedding dimension D</source>
        <translation>Einbettungsdimension D</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="16"/>
        <source>Influence embedding dimension D</source>
        <translation>Dimension D der Einflusseinbettung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="17"/>
        <source>Hessian subset</source>
        <translation>Hesse-Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="18"/>
        <source>Training examples the Hessian is summed over (0 = all)</source>
        <translation>Trainingsbeispiele, über die die Hesse-Matrix summiert wird (0 = alle)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="19"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="20"/>
        <source>Seed of the Hessian subset and Arnoldi&apos;s start vector</source>
        <translation>Seed der Hesse-Teilmenge und des Arnoldi-Startvektors</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="21"/>
        <source>Slices K</source>
        <translation>Slices K</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="22"/>
        <source>Plain InfEmbed: number of slices</source>
        <translation>Einfaches InfEmbed: Anzahl der Slices</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="23"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="24"/>
        <source>InfEmbed-Rule</source>
        <translation>InfEmbed-Rule</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="25"/>
        <source>InfEmbed-Rule: split recursively until slices have accuracy &lt; --accuracy and at least --min-size examples</source>
        <translation>InfEmbed-Rule: rekursiv teilen, bis Slices eine Genauigkeit &lt; --accuracy und mindestens --min-size Beispiele haben</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="26"/>
        <source>Rule: accuracy below A</source>
        <translation>Regel: Genauigkeit unter A</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="27"/>
        <source>Rule: A, slice accuracy below this</source>
        <translation>Regel: A, Slice-Genauigkeit unter diesem Wert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="28"/>
        <source>Rule: smallest slice S</source>
        <translation>Regel: kleinster Slice S</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="29"/>
        <source>Rule: S, the smallest slice</source>
        <translation>Regel: S, der kleinste Slice</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="30"/>
        <source>Rule: clusters per split B</source>
        <translation>Regel: Cluster je Teilung B</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="31"/>
        <source>Rule: B, clusters per split</source>
        <translation>Regel: B, Cluster je Teilung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="32"/>
        <source>Rule: deepest split</source>
        <translation>Regel: tiefste Teilung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="33"/>
        <source>Rule: deepest split level</source>
        <translation>Regel: tiefste Teilungsebene</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="34"/>
        <source>K-means iterations</source>
        <translation>K-Means-Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="35"/>
        <source>Spherical K-means iterations of both slicers</source>
        <translation>Iterationen des sphärischen K-Means beider Slicer</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="36"/>
        <source>K-means seed</source>
        <translation>K-Means-Seed</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="37"/>
        <source>Seed of the K-means initialisation, the same at every split</source>
        <translation>Seed der K-Means-Initialisierung, bei jeder Teilung derselbe</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="38"/>
        <source>Slice order</source>
        <translation>Slice-Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="39"/>
        <source>Failure order of the slices: accuracy (lowest first) or errors (most first)</source>
        <translation>Fehlerreihenfolge der Slices: accuracy (niedrigste zuerst) oder errors (meiste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="40"/>
        <source>Member order</source>
        <translation>Reihenfolge der Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="41"/>
        <source>How a slice ranks its members: cosine to the slice&apos;s unit centre (every method&apos;s rule) or the raw inner product (earlier versions; larger embeddings first)</source>
        <translation>Wie ein Slice seine Mitglieder ordnet: Kosinus zum normierten Slice-Zentrum (die Regel jeder Methode) oder das rohe Skalarprodukt (frühere Versionen; größere Einbettungen zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="42"/>
        <source>Opponents per slice</source>
        <translation>Opponenten je Slice</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="43"/>
        <source>Training opponents and proponents listed per slice (0 = none; needs the training set&apos;s embeddings)</source>
        <translation>Je Slice aufgeführte Opponenten und Proponenten aus dem Training (0 = keine; braucht die Einbettungen der Trainingsmenge)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="44"/>
        <source>Opponents</source>
        <translation>Opponenten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="45"/>
        <source>Barlow</source>
        <translation>Barlow</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="46"/>
        <source>Per class, a shallow decision tree on robust features that isolates where the model errs</source>
        <translation>Je Klasse ein flacher Entscheidungsbaum auf robusten Merkmalen, der eingrenzt, wo das Modell irrt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="47"/>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="48"/>
        <source>label: each class&apos;s examples, failures are false negatives; prediction: examples predicted as the class, failures are false positives</source>
        <translation>label: die Beispiele jeder Klasse, Fehler sind falsch Negative; prediction: als die Klasse vorhergesagte Beispiele, Fehler sind falsch Positive</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="49"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="50"/>
        <source>Tree depth</source>
        <translation>Baumtiefe</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="51"/>
        <source>Maximum depth of each class&apos;s tree (the paper&apos;s Table 1 uses 1 and 3)</source>
        <translation>Höchste Tiefe des Baums jeder Klasse (Tabelle 1 des Papers nutzt 1 und 3)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="52"/>
        <source>Top-k features</source>
        <translation>Top-k-Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="53"/>
        <source>Features kept per class by mutual information with the failure label</source>
        <translation>Je Klasse behaltene Merkmale nach gegenseitiger Information mit dem Fehlerlabel</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="54"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="55"/>
        <source>robust: the robust extractor&apos;s (the paper); model: the inspected model&apos;s own penultimate features, nearly tautological, for comparison only</source>
        <translation>robust: die des robusten Extraktors (das Paper); model: die eigenen vorletzten Merkmale des untersuchten Modells, nahezu tautologisch, nur zum Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="56"/>
        <source>Valid leaf: ER above BER by δ</source>
        <translation>Gültiges Blatt: ER um δ über BER</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="57"/>
        <source>A valid leaf&apos;s error rate exceeds the class&apos;s base error rate by more than δ</source>
        <translation>Die Fehlerrate eines gültigen Blatts übersteigt die Basisfehlerrate der Klasse um mehr als δ</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="58"/>
        <source>Leaves</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="59"/>
        <source>Valid leaf: EC above τ</source>
        <translation>Gültiges Blatt: EC über τ</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="60"/>
        <source>A valid leaf covers more than τ of the class&apos;s errors</source>
        <translation>Ein gültiges Blatt deckt mehr als τ der Fehler der Klasse ab</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="61"/>
        <source>MI neighbours</source>
        <translation>MI-Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="62"/>
        <source>k of the k-NN mutual information estimator</source>
        <translation>k des k-NN-Schätzers der gegenseitigen Information</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="63"/>
        <source>Min samples to split</source>
        <translation>Mindestbeispiele zum Teilen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="64"/>
        <source>A node splits only with at least this many examples</source>
        <translation>Ein Knoten teilt sich nur mit mindestens so vielen Beispielen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="65"/>
        <source>Min samples per leaf</source>
        <translation>Mindestbeispiele je Blatt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="66"/>
        <source>Each leaf keeps at least this many examples</source>
        <translation>Jedes Blatt behält mindestens so viele Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="67"/>
        <source>Seed of the mutual information estimator&apos;s tie-breaking noise and of the failures drawn for the figures</source>
        <translation>Seed des Rauschens, mit dem der Schätzer der gegenseitigen Information Gleichstände auflöst, und der für die Abbildungen gezogenen Fehler</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="68"/>
        <source>Leaves with figures</source>
        <translation>Blätter mit Abbildungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="69"/>
        <source>The first slices&apos; leaves drawn as the paper&apos;s figure rows (most activating, heatmaps, feature attack, failures) for the report</source>
        <translation>Die Blätter der ersten Slices, für den Bericht als Abbildungszeilen des Papers gezeichnet (am stärksten aktivierend, Heatmaps, Merkmalsangriff, Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="70"/>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="71"/>
        <source>Feature attack iterations</source>
        <translation>Iterationen des Merkmalsangriffs</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="72"/>
        <source>Gradient ascent steps of the feature attack</source>
        <translation>Gradientenanstiegsschritte des Merkmalsangriffs</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="73"/>
        <source>Feature attack ε (L2)</source>
        <translation>ε des Merkmalsangriffs (L2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="74"/>
        <source>L2 budget of the feature attack around each image (0 = none; the paper&apos;s 500 at 3×224×224 never binds)</source>
        <translation>L2-Budget des Merkmalsangriffs um jedes Bild (0 = keines; die 500 des Papers bei 3×224×224 greifen nie)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="75"/>
        <source>Extractor file</source>
        <translation>Extraktordatei</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="76"/>
        <source>A robust model to use instead of training one: a Faultline model or TorchScript with features() = the average pool of feature_maps() (docs/model-contract.md); empty = train or reuse the cached one</source>
        <translation>Ein robustes Modell, das statt eines trainierten genutzt wird: ein Faultline-Modell oder TorchScript mit features() = Durchschnittspooling von feature_maps() (docs/model-contract.md); leer = trainieren oder das zwischengespeicherte wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="77"/>
        <source>Robust extractor</source>
        <translation>Robuster Extraktor</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="78"/>
        <source>Extractor architecture</source>
        <translation>Extraktorarchitektur</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="79"/>
        <source>Built-in extractor whose features are the average pool of its last maps (the paper&apos;s: a ResNet-50 on ImageNet)</source>
        <translation>Eingebauter Extraktor, dessen Merkmale das Durchschnittspooling seiner letzten Karten sind (im Paper: ein ResNet-50 auf ImageNet)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="80"/>
        <source>Extractor epochs</source>
        <translation>Extraktor-Epochen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="81"/>
        <source>Epochs of L2-PGD adversarial training (about 80 s each for pooled-cnn on 28×28 data on 2 cores)</source>
        <translation>Epochen des adversarialen L2-PGD-Trainings (je etwa 80 s für pooled-cnn auf 28×28-Daten mit 2 Kernen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="82"/>
        <source>Extractor ε (L2)</source>
        <translation>Extraktor-ε (L2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="83"/>
        <source>Radius of the L2 ball of adversarial training and of the robustness check (the paper&apos;s 3 is for 3×224×224 ImageNet images)</source>
        <translation>Radius der L2-Kugel des adversarialen Trainings und der Robustheitsprüfung (die 3 des Papers gilt für ImageNet-Bilder mit 3×224×224)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="84"/>
        <source>Extractor PGD steps</source>
        <translation>PGD-Schritte des Extraktors</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="85"/>
        <source>PGD steps per batch</source>
        <translation>PGD-Schritte je Batch</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="86"/>
        <source>Extractor seed</source>
        <translation>Extraktor-Seed</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="87"/>
        <source>Seed of the extractor&apos;s weights, shuffles and attack starts</source>
        <translation>Seed der Gewichte, Mischungen und Angriffsstarts des Extraktors</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="88"/>
        <source>Robustness check examples</source>
        <translation>Beispiele der Robustheitsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="89"/>
        <source>Examples of the split on which the extractor&apos;s clean and PGD accuracy are measured and recorded (0 = skip)</source>
        <translation>Beispiele des Splits, auf denen die saubere und die PGD-Genauigkeit des Extraktors gemessen und festgehalten werden (0 = überspringen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="90"/>
        <source>Failure directions</source>
        <translation>Fehlerrichtungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="91"/>
        <source>Per class, a linear SVM in an embedding space that separates the model&apos;s errors from its successes; its direction ranks and captions the hard examples</source>
        <translation>Je Klasse eine lineare SVM in einem Einbettungsraum, die die Fehler des Modells von seinen Treffern trennt; ihre Richtung ordnet die schweren Beispiele und beschriftet sie</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="92"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="93"/>
        <source>robust: the robust extractor&apos;s features (shared with Barlow); model: the inspected model&apos;s own penultimate features (the paper&apos;s &quot;original latent space&quot;); or the path of a TorchScript image encoder with features(x) (the paper&apos;s: CLIP ViT-B/32, exported)</source>
        <translation>robust: die Merkmale des robusten Extraktors (mit Barlow geteilt); model: die eigenen vorletzten Merkmale des untersuchten Modells (der „ursprüngliche latente Raum“ des Papers); oder der Pfad eines TorchScript-Bildencoders mit features(x) (im Paper: CLIP ViT-B/32, exportiert)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="94"/>
        <source>C grid: lowest exponent</source>
        <translation>C-Gitter: kleinster Exponent</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="95"/>
        <source>The C grid is logspace(lowest, highest, steps); widen it when the best C sits at an edge</source>
        <translation>Das C-Gitter ist logspace(kleinster, größter, Werte); erweitern Sie es, wenn das beste C an einem Rand liegt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="96"/>
        <source>SVM</source>
        <translation>SVM</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="97"/>
        <source>C grid: highest exponent</source>
        <translation>C-Gitter: größter Exponent</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="98"/>
        <source>Highest exponent of the C grid</source>
        <translation>Größter Exponent des C-Gitters</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="99"/>
        <source>C grid: values</source>
        <translation>C-Gitter: Werte</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="100"/>
        <source>Number of C values in the grid</source>
        <translation>Anzahl der C-Werte im Gitter</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="101"/>
        <source>CV folds</source>
        <translation>CV-Folds</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="102"/>
        <source>Folds of the stratified, unshuffled cross-validation that picks C</source>
        <translation>Folds der stratifizierten, nicht gemischten Kreuzvalidierung, die C wählt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="103"/>
        <source>Balanced class weights</source>
        <translation>Ausgeglichene Klassengewichte</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="104"/>
        <source>Weigh correct and wrong examples inversely to their counts (class_weight = &apos;balanced&apos;)</source>
        <translation>Richtige und falsche Beispiele umgekehrt zu ihrer Anzahl gewichten (class_weight = &apos;balanced&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="105"/>
        <source>Solver tolerance</source>
        <translation>Toleranz des Lösers</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="106"/>
        <source>libsvm&apos;s stopping tolerance (scikit-learn&apos;s tol)</source>
        <translation>Abbruchtoleranz von libsvm (tol in scikit-learn)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="107"/>
        <source>The classes with the strongest directions that become slices (their predicted-error sets)</source>
        <translation>Die Klassen mit den stärksten Richtungen, die zu Slices werden (ihre Mengen vorhergesagter Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="108"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="109"/>
        <source>Hardest examples listed</source>
        <translation>Aufgeführte schwerste Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="110"/>
        <source>Per class, the hardest examples of the ranked split listed by id</source>
        <translation>Je Klasse die schwersten Beispiele des gereihten Splits, nach ID aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="111"/>
        <source>Captions shown</source>
        <translation>Gezeigte Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="112"/>
        <source>Per class, the hard and easy captions kept</source>
        <translation>Je Klasse die behaltenen schweren und leichten Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="113"/>
        <source>Captions</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="114"/>
        <source>Concept quantile</source>
        <translation>Konzept-Quantil</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="115"/>
        <source>A &quot;high X&quot; concept is the class&apos;s examples in the top quantile of X, &quot;low X&quot; the bottom one</source>
        <translation>Ein Konzept „high X“ sind die Beispiele der Klasse im obersten Quantil von X, „low X“ die im untersten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="116"/>
        <source>Smallest concept group</source>
        <translation>Kleinste Konzeptgruppe</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="117"/>
        <source>Concepts shown by fewer of the class&apos;s examples are left out</source>
        <translation>Konzepte, die weniger Beispiele der Klasse zeigen, werden weggelassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="118"/>
        <source>Image attributes</source>
        <translation>Bildattribute</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="119"/>
        <source>Measure brightness, contrast, ink area, stroke width, slant, size, position, edges (and hue for colour) as concepts, beside the dataset&apos;s own columns</source>
        <translation>Helligkeit, Kontrast, Tintenfläche, Strichbreite, Neigung, Größe, Lage und Kanten (bei Farbe auch den Farbton) als Konzepte messen, neben den eigenen Spalten des Datensatzes</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="120"/>
        <source>Text encoder</source>
        <translation>Textencoder</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="121"/>
        <source>The path of a TorchScript text encoder with encode_text(texts) into the image encoder&apos;s space (often the embedding file itself, as CLIP holds both; the paper&apos;s is CLIP ViT-B/32): captions &quot;a photo of a {adjective} {noun} {context}&quot; are scored as the paper&apos;s; empty = concepts only</source>
        <translation>Der Pfad eines TorchScript-Textencoders mit encode_text(texts) in den Raum des Bildencoders (oft die Einbettungsdatei selbst, da CLIP beides enthält; im Paper CLIP ViT-B/32): Beschriftungen „a photo of a {adjective} {noun} {context}“ werden wie im Paper bewertet; leer = nur Konzepte</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="122"/>
        <source>Text captions</source>
        <translation>Textbeschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="123"/>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="124"/>
        <source>A file of [adjectives], [contexts] and [nouns CLASS] sections; empty = the reference code&apos;s colours, descriptors and backgrounds</source>
        <translation>Eine Datei mit den Abschnitten [adjectives], [contexts] und [nouns KLASSE]; leer = die Farben, Beschreibungen und Hintergründe des Referenzcodes</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="125"/>
        <source>Caption template</source>
        <translation>Beschriftungsvorlage</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="126"/>
        <source>Each candidate caption; {noun} is the class name unless the vocabulary lists nouns for the class</source>
        <translation>Jede Kandidatenbeschriftung; {noun} ist der Klassenname, sofern das Vokabular keine Substantive für die Klasse nennt</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="127"/>
        <source>Reference caption</source>
        <translation>Referenzbeschriftung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="128"/>
        <source>The caption a class&apos;s candidates are measured from</source>
        <translation>Die Beschriftung, von der aus die Kandidaten einer Klasse gemessen werden</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="129"/>
        <source>Defuse</source>
        <translation>Defuse</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="130"/>
        <source>Regions of a β-VAE&apos;s latent space where generated images fool the model, found by perturbing training codes and distilled by a Dirichlet-process mixture</source>
        <translation>Regionen im latenten Raum eines β-VAE, in denen generierte Bilder das Modell täuschen, gefunden durch Stören von Trainingscodes und destilliert durch eine Dirichlet-Prozess-Mischung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="131"/>
        <source>β-VAE file</source>
        <translation>β-VAE-Datei</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="132"/>
        <source>A β-VAE saved by Faultline to use instead of the cached or newly trained one</source>
        <translation>Ein von Faultline gespeicherter β-VAE, der statt des zwischengespeicherten oder neu trainierten genutzt wird</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="133"/>
        <source>β-VAE</source>
        <translation>β-VAE</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="134"/>
        <source>Latent size z</source>
        <translation>Latente Größe z</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="135"/>
        <source>Dimensions of the β-VAE&apos;s latent code</source>
        <translation>Dimensionen des latenten Codes des β-VAE</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="136"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="137"/>
        <source>Weight of the KL term once annealed</source>
        <translation>Gewicht des KL-Terms nach dem Annealing</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="138"/>
        <source>KL anneal (epochs)</source>
        <translation>KL-Annealing (Epochen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="139"/>
        <source>Epochs over which the KL weight rises linearly from 0 to β (the paper: 500 steps at batch 2048, about 17 MNIST epochs)</source>
        <translation>Epochen, über die das KL-Gewicht linear von 0 auf β steigt (das Paper: 500 Schritte bei Batch 2048, etwa 17 MNIST-Epochen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="140"/>
        <source>β-VAE epochs</source>
        <translation>β-VAE-Epochen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="141"/>
        <source>Training epochs (the paper&apos;s 800 are a GPU setting)</source>
        <translation>Trainingsepochen (die 800 des Papers sind eine GPU-Einstellung)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="142"/>
        <source>β-VAE batch</source>
        <translation>β-VAE-Batch</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="143"/>
        <source>Training batch size</source>
        <translation>Batchgröße des Trainings</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="144"/>
        <source>β-VAE learning rate</source>
        <translation>β-VAE-Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="145"/>
        <source>Adam&apos;s learning rate</source>
        <translation>Lernrate von Adam</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="146"/>
        <source>Reuse the cached β-VAE</source>
        <translation>β-VAE aus dem Cache wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="147"/>
        <source>Load the β-VAE trained on this dataset with these settings from the model cache, and cache a newly trained one</source>
        <translation>Den auf diesem Datensatz mit diesen Einstellungen trainierten β-VAE aus dem Modell-Cache laden und einen neu trainierten im Cache ablegen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="148"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="149"/>
        <source>Training images perturbed: a seeded subset of this many (0 = all, the paper)</source>
        <translation>Gestörte Trainingsbilder: eine per Seed gezogene Teilmenge dieser Größe (0 = alle, wie im Paper)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="150"/>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="151"/>
        <source>Draws per image Q</source>
        <translation>Ziehungen je Bild Q</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="152"/>
        <source>Beta-noise draws decoded and classified per image</source>
        <translation>Je Bild dekodierte und klassifizierte Ziehungen des Beta-Rauschens</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="153"/>
        <source>Mistakes kept per image</source>
        <translation>Behaltene Fehler je Bild</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="154"/>
        <source>At most this many mistakes kept per image, smallest noise first</source>
        <translation>Höchstens so viele Fehler je Bild behalten, kleinstes Rauschen zuerst</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="155"/>
        <source>Noise Beta a</source>
        <translation>Rauschen Beta a</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="156"/>
        <source>Every latent dimension&apos;s noise is Beta(a, b)</source>
        <translation>Das Rauschen jeder latenten Dimension ist Beta(a, b)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="157"/>
        <source>Noise Beta b</source>
        <translation>Rauschen Beta b</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="158"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="159"/>
        <source>non-centred adds the Beta draw as it is (mean a/(a+b), the paper); centred subtracts its mean</source>
        <translation>non-centred: addiert die Beta-Ziehung unverändert (Mittelwert a/(a+b), wie im Paper); centred: zieht ihren Mittelwert ab</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="160"/>
        <source>Decode batch</source>
        <translation>Dekodier-Batch</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="161"/>
        <source>Codes decoded and classified per batch</source>
        <translation>Je Batch dekodierte und klassifizierte Codes</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="162"/>
        <source>Codes fitted at most</source>
        <translation>Höchstzahl angepasster Codes</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="163"/>
        <source>A seeded subset of the found codes fits the mixture when there are more</source>
        <translation>Gibt es mehr gefundene Codes, passt eine per Seed gezogene Teilmenge von ihnen die Mischung an</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="164"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="165"/>
        <source>Mixture components K</source>
        <translation>Mischkomponenten K</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="166"/>
        <source>Truncation of the Dirichlet-process mixture (an upper bound)</source>
        <translation>Trunkierung der Dirichlet-Prozess-Mischung (eine obere Schranke)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="167"/>
        <source>Weight concentration prior</source>
        <translation>Prior der Gewichtskonzentration</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="168"/>
        <source>The Dirichlet process&apos;s concentration (0 = 1/K, scikit-learn&apos;s default)</source>
        <translation>Die Konzentration des Dirichlet-Prozesses (0 = 1/K, der Standard von scikit-learn)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="170"/>
        <source>Stop when the lower bound changes by less than this</source>
        <translation>Anhalten, wenn sich die untere Schranke um weniger als diesen Wert ändert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="171"/>
        <source>Covariance regularisation</source>
        <translation>Kovarianz-Regularisierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="172"/>
        <source>Added to every covariance&apos;s diagonal</source>
        <translation>Wird zur Diagonale jeder Kovarianz addiert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="173"/>
        <source>Max iterations</source>
        <translation>Höchstzahl der Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="174"/>
        <source>Variational iterations at most</source>
        <translation>Höchstzahl der variationellen Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="175"/>
        <source>Region weight ε</source>
        <translation>Regionsgewicht ε</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="176"/>
        <source>Components heavier than this become candidate regions</source>
        <translation>Komponenten mit größerem Gewicht werden zu Kandidatenregionen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="177"/>
        <source>Sample spread τ</source>
        <translation>Streuung der Bilder τ</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="178"/>
        <source>Annotation samples are drawn from N(μ, τΣ) of their region</source>
        <translation>Die Bilder zur Annotation werden aus N(μ, τΣ) ihrer Region gezogen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="179"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="180"/>
        <source>Samples per region</source>
        <translation>Bilder pro Region</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="181"/>
        <source>Decoded samples drawn per region for annotation</source>
        <translation>Je Region für die Annotation gezogene und dekodierte Bilder</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="182"/>
        <source>Seed of the β-VAE, the image subset, the noise, the mixture&apos;s k-means start and the annotation samples</source>
        <translation>Seed des β-VAE, der Bildteilmenge, des Rauschens, des K-Means-Starts der Mischung und der Bilder zur Annotation</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="183"/>
        <source>Errors by loss</source>
        <translation>Fehler nach Verlust</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="184"/>
        <source>The misclassified examples, highest loss first: one slice per worst class (or all of them as one slice)</source>
        <translation>Die falsch klassifizierten Beispiele, höchster Verlust zuerst: ein Slice je schlechtester Klasse (oder alle als ein Slice)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="185"/>
        <source>One slice per class</source>
        <translation>Ein Slice je Klasse</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="186"/>
        <source>A slice of each worst class&apos;s errors (as many tries as the cluster methods get); off = every error as one slice</source>
        <translation>Ein Slice aus den Fehlern jeder schlechtesten Klasse (so viele Versuche, wie die Cluster-Methoden bekommen); aus = alle Fehler als ein Slice</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="187"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="188"/>
        <source>How many of the worst classes become slices</source>
        <translation>Wie viele der schlechtesten Klassen zu Slices werden</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="189"/>
        <source>Worst classes</source>
        <translation>Schlechteste Klassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="190"/>
        <source>Which classes are worst: accuracy (lowest first) or errors (most first)</source>
        <translation>Welche Klassen am schlechtesten sind: accuracy (niedrigste zuerst) oder errors (meiste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="191"/>
        <source>Confusion cells</source>
        <translation>Konfusionszellen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="192"/>
        <source>The largest off-diagonal cells of the confusion matrix (label a predicted as b), one slice each, highest loss first</source>
        <translation>Die größten Zellen der Konfusionsmatrix außerhalb der Diagonale (Label a als b vorhergesagt), je ein Slice, höchster Verlust zuerst</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="193"/>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="194"/>
        <source>How many of the largest off-diagonal cells become slices</source>
        <translation>Wie viele der größten Zellen außerhalb der Diagonale zu Slices werden</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="202"/>
        <source>Domino</source>
        <translation>Domino</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="203"/>
        <source>An error-aware mixture model over the penultimate features, labels and predictions; the components whose predictions depart most from their labels</source>
        <translation>Ein fehlerbewusstes Mischmodell über die vorletzten Merkmale, Labels und Vorhersagen; die Komponenten, deren Vorhersagen am stärksten von ihren Labels abweichen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="204"/>
        <source>How many components become slices: those whose predictions depart most from their labels</source>
        <translation>Wie viele Komponenten zu Slices werden: die, deren Vorhersagen am stärksten von ihren Labels abweichen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="205"/>
        <source>Mixture</source>
        <translation>Mischmodell</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="206"/>
        <source>Mixture components</source>
        <translation>Mischkomponenten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="207"/>
        <source>Components of the mixture model; the confusion initialisation raises it to one per confusion cell (C²) when it is fewer</source>
        <translation>Komponenten des Mischmodells; die Konfusionsinitialisierung erhöht sie auf eine je Konfusionszelle (C²), wenn es weniger sind</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="208"/>
        <source>PCA dimensions</source>
        <translation>PCA-Dimensionen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="209"/>
        <source>The embedding is reduced to min(this, its width) dimensions by PCA first; 0 = no PCA</source>
        <translation>Die Einbettung wird zuerst per PCA auf min(diesen Wert, ihre Breite) Dimensionen reduziert; 0 = keine PCA</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="210"/>
        <source>Label weight</source>
        <translation>Label-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="212"/>
        <source>Prediction weight</source>
        <translation>Vorhersagegewicht</translation>
    </message>
    <message>
        <source>Label weight γ</source>
        <translation type="vanished">Label-Gewicht γ</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="211"/>
        <source>Weight of the label term log P(Y = y | S) in the E-step</source>
        <translation>Gewicht des Label-Terms log P(Y = y | S) im E-Schritt</translation>
    </message>
    <message>
        <source>Prediction weight γ̂</source>
        <translation type="vanished">Vorhersagegewicht γ̂</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="213"/>
        <source>Weight of the prediction term in the E-step; the paper also reports larger values (they favour error-homogeneous slices)</source>
        <translation>Gewicht des Vorhersageterms im E-Schritt; das Paper berichtet auch größere Werte (sie bevorzugen fehlerhomogene Slices)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="214"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="215"/>
        <source>soft: the model&apos;s probabilities as ŷ (the reference&apos;s pred_probs); hard: the one-hot predicted class</source>
        <translation>soft: die Wahrscheinlichkeiten des Modells als ŷ (pred_probs der Referenz); hard: die vorhergesagte Klasse als One-hot-Vektor</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="216"/>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="217"/>
        <source>confusion: each component starts on one confusion-matrix cell (with noise); random: uniform random responsibilities</source>
        <translation>confusion: jede Komponente beginnt auf einer Zelle der Konfusionsmatrix (mit Rauschen); random: gleichverteilte zufällige Zuständigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="218"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="219"/>
        <source>Confusion noise</source>
        <translation>Konfusionsrauschen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="220"/>
        <source>Scale of the uniform noise added to the confusion initialisation, so components of one cell start apart</source>
        <translation>Größe des gleichverteilten Rauschens auf der Konfusionsinitialisierung, damit Komponenten einer Zelle verschieden beginnen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="221"/>
        <source>EM iterations</source>
        <translation>EM-Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="222"/>
        <source>Most EM iterations</source>
        <translation>Höchstzahl der EM-Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="169"/>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="223"/>
        <source>EM stops when the mean log-likelihood changes by less</source>
        <translation>EM endet, wenn sich die mittlere Log-Likelihood um weniger ändert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="224"/>
        <source>Variance floor</source>
        <translation>Varianzuntergrenze</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="225"/>
        <source>Added to every variance of the diagonal covariances</source>
        <translation>Wird zu jeder Varianz der diagonalen Kovarianzen addiert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="226"/>
        <source>Seed of the initialisation&apos;s noise</source>
        <translation>Seed des Rauschens der Initialisierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="227"/>
        <source>Smallest slice</source>
        <translation>Kleinster Slice</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="228"/>
        <source>Examples a component must hold to become a slice; the reference has no floor (1), so a component on a rare confusion cell (one example) can be a slice — 10 or more skips those</source>
        <translation>Beispiele, die eine Komponente enthalten muss, um ein Slice zu werden; die Referenz hat keine Untergrenze (1), sodass eine Komponente auf einer seltenen Konfusionszelle (ein Beispiel) ein Slice werden kann — ab 10 werden diese übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="229"/>
        <source>Slice score</source>
        <translation>Slice-Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="230"/>
        <source>reference: |max_j (ŷ_j − y_j)| as the reference code ranks components; absolute: max_j |ŷ_j − y_j|</source>
        <translation>reference: |max_j (ŷ_j − y_j)|, wie der Referenzcode Komponenten ordnet; absolute: max_j |ŷ_j − y_j|</translation>
    </message>
    <message>
        <source>The misclassified examples, highest loss first, as one slice</source>
        <translation type="vanished">Die falsch klassifizierten Beispiele, höchster Verlust zuerst, als ein Slice</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="195"/>
        <source>Embedding K-means</source>
        <translation>Einbettungs-K-Means</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="196"/>
        <source>Spherical K-means on the model&apos;s penultimate features, worst clusters first</source>
        <translation>Sphärisches K-Means auf den vorletzten Merkmalen des Modells, schlechteste Cluster zuerst</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="197"/>
        <source>Clusters K</source>
        <translation>Cluster K</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="198"/>
        <source>Number of clusters (METHODS.md: 10–25)</source>
        <translation>Anzahl der Cluster (METHODS.md: 10–25)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="199"/>
        <source>Spherical K-means iterations (faiss default 25)</source>
        <translation>Iterationen des sphärischen K-Means (faiss-Standard 25)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="200"/>
        <source>Seed of the K-means initialisation (faiss default 42)</source>
        <translation>Seed der K-Means-Initialisierung (faiss-Standard 42)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_strings.cpp" line="201"/>
        <source>Failure order of the clusters: accuracy (lowest first) or errors (most first)</source>
        <translation>Fehlerreihenfolge der Cluster: accuracy (niedrigste zuerst) oder errors (meiste zuerst)</translation>
    </message>
</context>
<context>
    <name>fl::ui</name>
    <message>
        <source>Overview</source>
        <translation type="vanished">Übersicht</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation type="vanished">Histogramme</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="vanished">Slices</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="vanished">Beispiele</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="vanished">Inspektor</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="vanished">Einbettung</translation>
    </message>
</context>
<context>
    <name>fl::ui::AnalysisDocument</name>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="91"/>
        <source>The InfEmbed run could not be read: %1</source>
        <translation>Der InfEmbed-Lauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="149"/>
        <source>The InfEmbed run %1 could not be shown: %2</source>
        <translation>Der InfEmbed-Lauf %1 konnte nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="330"/>
        <source>Tag “%1”</source>
        <translation>Tag „%1“</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="338"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="348"/>
        <source>Relabel as %1</source>
        <translation>Neu labeln als %1</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="360"/>
        <source>Could not save the label: %1</source>
        <translation>Das Label konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="376"/>
        <source>Remove annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="378"/>
        <source>Could not remove the annotation: %1</source>
        <translation>Die Annotation konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="414"/>
        <source>Untitled slice</source>
        <translation>Unbenannter Slice</translation>
    </message>
    <message>
        <location filename="../ui/document/analysis_document.cpp" line="479"/>
        <source>slice “%1”</source>
        <translation>Slice „%1“</translation>
    </message>
    <message>
        <location filename="../ui/document/annotation_commands.cpp" line="10"/>
        <source>Could not save the annotation: %1</source>
        <translation>Die Annotation konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="12"/>
        <source>Could not save the slice change: %1</source>
        <translation>Die Änderung am Slice konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="22"/>
        <source>Save slice “%1”</source>
        <translation>Slice „%1“ speichern</translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="45"/>
        <source>Rename slice to “%1”</source>
        <translation>Slice in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/document/slice_commands.cpp" line="67"/>
        <source>Remove slice “%1”</source>
        <translation>Slice „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>fl::ui::AnnotationImportDialog</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="25"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="32"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="32"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="32"/>
        <source>This project (kept)</source>
        <translation>Dieses Projekt (behalten)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_exchange.cpp" line="32"/>
        <source>The file (not imported)</source>
        <translation>Die Datei (nicht importiert)</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowClassModel</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="96"/>
        <source>No errors in this group: no tree.</source>
        <translation>Keine Fehler in dieser Gruppe: kein Baum.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="97"/>
        <source>%1: base error rate %2; the best leaf (by IV) has error rate %3 and covers %4 of the errors; %5 valid leaves. Click to show its tree.</source>
        <translation>%1: Basisfehlerrate %2; das beste Blatt (nach IV) hat die Fehlerrate %3 und deckt %4 der Fehler ab; %5 gültige Blätter. Klicken Sie, um den Baum zu zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="113"/>
        <source>Base error rate: the group&apos;s errors / its size</source>
        <translation>Basisfehlerrate: die Fehler der Gruppe / ihre Größe</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="115"/>
        <source>Error rate of the leaf with the highest importance IV = ER · EC</source>
        <translation>Fehlerrate des Blatts mit der höchsten Wichtigkeit IV = ER · EC</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="117"/>
        <source>Error coverage of that leaf: its share of the group&apos;s errors</source>
        <translation>Fehlerabdeckung dieses Blatts: sein Anteil an den Fehlern der Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="119"/>
        <source>The tree&apos;s score: ALER (Σ over leaves of ER · EC) minus the base error rate</source>
        <translation>Der Wert des Baums: ALER (Σ über die Blätter von ER · EC) minus die Basisfehlerrate</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="122"/>
        <source>Leaves with ER &gt; BER + δ and EC &gt; τ</source>
        <translation>Blätter mit ER &gt; BER + δ und EC &gt; τ</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="131"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="133"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="135"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="137"/>
        <source>BER</source>
        <translation>BER</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="139"/>
        <source>Best leaf ER</source>
        <translation>ER bestes Blatt</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="141"/>
        <source>Best leaf EC</source>
        <translation>EC bestes Blatt</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="143"/>
        <source>ALER − BER</source>
        <translation>ALER − BER</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_class_model.cpp" line="145"/>
        <source>Valid leaves</source>
        <translation>Gültige Blätter</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowFeaturePanel</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="43"/>
        <source>The class&apos;s top features by mutual information with failure; a click on a split in the tree shows its feature here</source>
        <translation>Die Top-Merkmale der Klasse nach gegenseitiger Information mit dem Fehlschlag; ein Klick auf eine Teilung im Baum zeigt ihr Merkmal hier</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="45"/>
        <source>&amp;Feature:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="48"/>
        <source>Name this feature, e.g. collar</source>
        <translation>Benennen Sie dieses Merkmal, z. B. Kragen</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="50"/>
        <source>A name for the feature, shown wherever it appears (tree, rules, heatmap); saved in the project when you press Enter or leave the field</source>
        <translation>Ein Name für das Merkmal, überall gezeigt, wo es vorkommt (Baum, Regeln, Heatmap); im Projekt gespeichert, sobald Sie Enter drücken oder das Feld verlassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="59"/>
        <source>Heatmap opacity over the images</source>
        <translation>Deckkraft der Heatmap über den Bildern</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="60"/>
        <source>Heatmap &amp;opacity:</source>
        <translation>&amp;Deckkraft der Heatmap:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="95"/>
        <source>&amp;Attack Again</source>
        <translation>&amp;Erneut angreifen</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="96"/>
        <source>Run the feature attack for this feature (cached results show at once)</source>
        <translation>Den Merkmalsangriff für dieses Merkmal ausführen (zwischengespeicherte Ergebnisse erscheinen sofort)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="195"/>
        <source>%1 (not among the class&apos;s top features)</source>
        <translation>%1 (nicht unter den Top-Merkmalen der Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="214"/>
        <source>Pick a feature above, or click a split in the tree.</source>
        <translation>Wählen Sie oben ein Merkmal oder klicken Sie auf eine Teilung im Baum.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="228"/>
        <source>%1 of the inspected model&apos;s own penultimate features, in %2.</source>
        <translation>%1 der eigenen vorletzten Merkmale des untersuchten Modells, in %2.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="229"/>
        <source>%1 of the robust extractor&apos;s features, in %2.</source>
        <translation>%1 der Merkmale des robusten Extraktors, in %2.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="231"/>
        <source>Heatmaps: the feature&apos;s channel of the last feature maps, overlaid in JET colours</source>
        <translation>Heatmaps: der Kanal des Merkmals in den letzten Merkmalskarten, in JET-Farben überlagert</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="233"/>
        <source>Feature attack: %1 steps of gradient ascent on the feature from each image above (value before → after)</source>
        <translation>Merkmalsangriff: %1 Schritte Gradientenanstieg auf dem Merkmal, ausgehend von jedem Bild oben (Wert vorher → nachher)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="236"/>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="237"/>
        <source>Computed when shown.</source>
        <translation>Wird berechnet, sobald es sichtbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="247"/>
        <source>No heatmaps: the run&apos;s examples are not in the dataset.</source>
        <translation>Keine Heatmaps: die Beispiele des Laufs sind nicht im Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="248"/>
        <source>No feature attack: the run&apos;s examples are not in the dataset.</source>
        <translation>Kein Merkmalsangriff: die Beispiele des Laufs sind nicht im Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="272"/>
        <source>Most activating in %1 (%2 of %3 examples), feature value under each</source>
        <translation>Am stärksten aktivierend in %1 (%2 von %3 Beispielen), Merkmalswert darunter</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="283"/>
        <source>Example %1
True label: %2
Prediction: %3
Feature value %4</source>
        <translation>Beispiel %1
Wahres Label: %2
Vorhersage: %3
Merkmalswert %4</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="290"/>
        <source>The group has no examples.</source>
        <translation>Die Gruppe hat keine Beispiele.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="321"/>
        <source>No images: the dataset is not loaded.</source>
        <translation>Keine Bilder: der Datensatz ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="325"/>
        <source>No heatmaps: the model whose features the run used is not loaded.</source>
        <translation>Keine Heatmaps: das Modell, dessen Merkmale der Lauf nutzte, ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="327"/>
        <source>No feature attack: the model whose features the run used is not loaded.</source>
        <translation>Kein Merkmalsangriff: das Modell, dessen Merkmale der Lauf nutzte, ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="338"/>
        <source>Computing the heatmaps…</source>
        <translation>Heatmaps werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="342"/>
        <source>Barlow heatmaps of %1</source>
        <translation>Barlow-Heatmaps von %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="362"/>
        <source>No heatmaps: %1</source>
        <translation>Keine Heatmaps: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="382"/>
        <source>Example %1: where feature %2 fires (red: strongest)</source>
        <translation>Beispiel %1: wo Merkmal %2 anspricht (rot: am stärksten)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="410"/>
        <source>Attacking the feature…</source>
        <translation>Das Merkmal wird angegriffen…</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="418"/>
        <source>Barlow feature attack on %1</source>
        <translation>Barlow-Merkmalsangriff auf %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="438"/>
        <source>No feature attack: %1</source>
        <translation>Kein Merkmalsangriff: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="466"/>
        <source>The feature attack was cancelled.</source>
        <translation>Der Merkmalsangriff wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="489"/>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="533"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="490"/>
        <source>Example %1 changed to maximise %2: %3 → %4</source>
        <translation>Beispiel %1 verändert, um %2 zu maximieren: %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="524"/>
        <source>Random failures in %1 (%2 of %3)</source>
        <translation>Zufällige Fehler in %1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="536"/>
        <source>Example %1
True label: %2
Prediction: %3</source>
        <translation>Beispiel %1
Wahres Label: %2
Vorhersage: %3</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="543"/>
        <source>Click a leaf of the tree to see its failures.</source>
        <translation>Klicken Sie auf ein Blatt des Baums, um seine Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="545"/>
        <source>The model makes no errors here.</source>
        <translation>Das Modell macht hier keine Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_feature_panel.cpp" line="564"/>
        <source>The feature&apos;s name could not be saved: %1</source>
        <translation>Der Name des Merkmals konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowHeatmapPanel</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="21"/>
        <source>Two features</source>
        <translation>Zwei Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="22"/>
        <source>Feature × class</source>
        <translation>Merkmal × Klasse</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="23"/>
        <source>Two features: the class&apos;s examples binned by two of its top features. Feature × class: every class against one feature.</source>
        <translation>Zwei Merkmale: die Beispiele der Klasse nach zwei ihrer Top-Merkmale eingeteilt. Merkmal × Klasse: jede Klasse gegen ein Merkmal.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="26"/>
        <source>The feature across (its quantile bins), among the class&apos;s top features by mutual information with failure</source>
        <translation>Das Merkmal in der Breite (seine Quantilklassen), unter den Top-Merkmalen der Klasse nach gegenseitiger Information mit dem Fehlschlag</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="29"/>
        <source>The feature up (its quantile bins)</source>
        <translation>Das Merkmal in der Höhe (seine Quantilklassen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="33"/>
        <source>Quantile bins per feature</source>
        <translation>Quantilklassen je Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="34"/>
        <source>&amp;Across:</source>
        <translation>&amp;Quer:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="36"/>
        <source>&amp;Up:</source>
        <translation>&amp;Hoch:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="38"/>
        <source>&amp;Bins:</source>
        <translation>&amp;Klassen:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="138"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="140"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="142"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="143"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="151"/>
        <source>The model makes no errors in this group: there is nothing to bin.</source>
        <translation>Das Modell macht in dieser Gruppe keine Fehler: es gibt nichts einzuteilen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="167"/>
        <source>%1: %2 examples, %3 errors, binned by the quantiles of two of its top features. Colour: error rate; each cell: examples, error rate (ER), share of the group&apos;s errors (EC).</source>
        <translation>%1: %2 Beispiele, %3 Fehler, nach den Quantilen zweier ihrer Top-Merkmale eingeteilt. Farbe: Fehlerrate; jede Zelle: Beispiele, Fehlerrate (ER), Anteil an den Fehlern der Gruppe (EC).</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="180"/>
        <source>Every prediction against the quantiles of %1 over the split. Colour: error rate; each cell: examples, error rate (ER), share of the predicted class&apos;s errors (EC).</source>
        <translation>Jede Vorhersage gegen die Quantile von %1 über den Split. Farbe: Fehlerrate; jede Zelle: Beispiele, Fehlerrate (ER), Anteil an den Fehlern der vorhergesagten Klasse (EC).</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="183"/>
        <source>Every true label against the quantiles of %1 over the split. Colour: error rate; each cell: examples, error rate (ER), share of the class&apos;s errors (EC).</source>
        <translation>Jedes wahre Label gegen die Quantile von %1 über den Split. Farbe: Fehlerrate; jede Zelle: Beispiele, Fehlerrate (ER), Anteil an den Fehlern der Klasse (EC).</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="201"/>
        <source>Barlow heatmap: %1 ∧ %2 ∧ %3</source>
        <translation>Barlow-Heatmap: %1 ∧ %2 ∧ %3</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_heatmap_panel.cpp" line="207"/>
        <source>Barlow heatmap: %1 ∧ %2</source>
        <translation>Barlow-Heatmap: %1 ∧ %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowRun</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_run.cpp" line="28"/>
        <source>predicted %1</source>
        <translation>vorhergesagt %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_run.cpp" line="30"/>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowText</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_text.cpp" line="10"/>
        <location filename="../ui/methods/barlow/barlow_text.cpp" line="19"/>
        <source>feature[%1]</source>
        <translation>Merkmal[%1]</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_text.cpp" line="16"/>
        <source>%1 (feature[%2])</source>
        <translation>%1 (Merkmal[%2])</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_text.cpp" line="31"/>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_text.cpp" line="32"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowTreeMap</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="23"/>
        <source>Failure tree</source>
        <translation>Fehlerbaum</translation>
    </message>
    <message numerus="yes">
        <source>%1 examples · %n error(s)</source>
        <translation type="vanished">
            <numerusform>%1 Beispiele · %n Fehler</numerusform>
            <numerusform>%1 Beispiele · %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="137"/>
        <source>%1 examples · 1 error</source>
        <translation>%1 Beispiele · 1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="138"/>
        <source>%1 examples · %2 errors</source>
        <translation>%1 Beispiele · %2 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="140"/>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="220"/>
        <source>ER %1 · EC %2</source>
        <translation>ER %1 · EC %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="149"/>
        <source>%1 examples, %2 errors: error rate %3 (the class&apos;s base rate %4), error coverage %5 of the class&apos;s %6 errors.</source>
        <translation>%1 Beispiele, %2 Fehler: Fehlerrate %3 (Basisrate der Klasse %4), Fehlerabdeckung %5 der %6 Fehler der Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="155"/>
        <source>★ Valid leaf #%1 by importance (IV = ER · EC = %2): ER &gt; BER + δ and EC &gt; τ.</source>
        <translation>★ Gültiges Blatt #%1 nach Wichtigkeit (IV = ER · EC = %2): ER &gt; BER + δ und EC &gt; τ.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="157"/>
        <source>Leaf #%1 by importance (IV = ER · EC = %2); not valid (needs ER &gt; BER + δ and EC &gt; τ).</source>
        <translation>Blatt #%1 nach Wichtigkeit (IV = ER · EC = %2); nicht gültig (braucht ER &gt; BER + δ und EC &gt; τ).</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="162"/>
        <source>Splits on %1 at %2.</source>
        <translation>Teilt bei %1 an %2.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="166"/>
        <source>Click: select these examples. Double-click: show the feature&apos;s images.</source>
        <translation>Klick: diese Beispiele auswählen. Doppelklick: die Bilder des Merkmals zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_tree_map.cpp" line="222"/>
        <source>n %1 · %2 wrong</source>
        <translation>n %1 · %2 falsch</translation>
    </message>
</context>
<context>
    <name>fl::ui::BarlowTreesView</name>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="51"/>
        <source>The class whose failure tree is shown</source>
        <translation>Die Klasse, deren Fehlerbaum gezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="53"/>
        <source>label (false negatives)</source>
        <translation>Label (falsch Negative)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="54"/>
        <source>prediction (false positives)</source>
        <translation>Vorhersage (falsch Positive)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="55"/>
        <source>Label grouping: a class&apos;s examples, failures are missed ones. Prediction grouping: examples predicted as the class, failures are wrong ones.</source>
        <translation>Gruppierung nach Label: die Beispiele einer Klasse, Fehler sind verfehlte. Gruppierung nach Vorhersage: als die Klasse vorhergesagte Beispiele, Fehler sind falsche.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="60"/>
        <source>Maximum depth of the tree (the paper&apos;s Table 1 uses 1 and 3)</source>
        <translation>Höchste Tiefe des Baums (Tabelle 1 des Papers nutzt 1 und 3)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="67"/>
        <source>&amp;Class:</source>
        <translation>Kl&amp;asse:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="68"/>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="69"/>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="117"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="122"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="129"/>
        <source>Leaves</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="131"/>
        <source>Error heatmap</source>
        <translation>Fehler-Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="137"/>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="237"/>
        <source>Open a project (File ▸ Open), then run Barlow from the Analysis menu (%1) to grow failure trees.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann Barlow im Menü Analyse (%1), um Fehlerbäume wachsen zu lassen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="244"/>
        <source>Run Barlow from the Analysis menu (%1) to grow failure trees.</source>
        <translation>Starten Sie Barlow im Menü Analyse (%1), um Fehlerbäume wachsen zu lassen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="253"/>
        <source>The Barlow run cannot be shown: %1. Run Barlow again from the Analysis menu (%2).</source>
        <translation>Der Barlow-Lauf kann nicht gezeigt werden: %1. Starten Sie Barlow erneut im Menü Analyse (%2).</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="293"/>
        <source>The feature names could not be read: %1</source>
        <translation>Die Merkmalsnamen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="304"/>
        <source>on the model&apos;s own features (side note, nearly tautological: those features produce the logits)</source>
        <translation>auf den eigenen Merkmalen des Modells (Randnotiz, nahezu tautologisch: diese Merkmale erzeugen die Logits)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="306"/>
        <source>on the robust extractor&apos;s features</source>
        <translation>auf den Merkmalen des robusten Extraktors</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="308"/>
        <source>Table 1 is not in this run.</source>
        <translation>Tabelle 1 ist nicht in diesem Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="317"/>
        <source>&lt;b&gt;Table 1&lt;/b&gt;: share of the classes whose top-IV leaf is valid, %1.&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;depth 1&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;depth 3&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;label grouping&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;prediction grouping&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Tabelle 1&lt;/b&gt;: Anteil der Klassen, deren Blatt mit dem höchsten IV gültig ist, %1.&lt;table cellpadding=&apos;2&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Tiefe 1&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Tiefe 3&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gruppierung nach Label&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gruppierung nach Vorhersage&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="344"/>
        <source>Growing the trees…</source>
        <translation>Die Bäume wachsen…</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="350"/>
        <source>Barlow trees (depth %1)</source>
        <translation>Barlow-Bäume (Tiefe %1)</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="365"/>
        <source>The trees could not be grown: %1</source>
        <translation>Die Bäume konnten nicht wachsen: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="372"/>
        <source>%1 split, %2 examples · top-%3 features · valid leaf: ER &gt; BER + %4, EC &gt; %5</source>
        <translation>Split %1, %2 Beispiele · Top-%3-Merkmale · gültiges Blatt: ER &gt; BER + %4, EC &gt; %5</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="410"/>
        <source>No example is in %1.</source>
        <translation>Kein Beispiel ist in %1.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="412"/>
        <source>The model makes no errors in %1 (%2 examples): there is no tree.</source>
        <translation>Das Modell macht in %1 (%2 Beispiele) keine Fehler: es gibt keinen Baum.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 examples, base error rate %3. Boxes: white → red by error rate; bar: share of the class&apos;s errors (EC); ★ valid leaf, #n rank by IV. Click a box to select its examples, double-click for its feature.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Beispiele, Basisfehlerrate %3. Kästen: weiß → rot nach Fehlerrate; Balken: Anteil an den Fehlern der Klasse (EC); ★ gültiges Blatt, #n Rang nach IV. Klicken Sie auf einen Kasten, um seine Beispiele auszuwählen, doppelklicken Sie für sein Merkmal.</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="441"/>
        <source>the top leaf: %1</source>
        <translation>dem obersten Blatt: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="475"/>
        <source>★ yes</source>
        <translation>★ ja</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="475"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/barlow_trees_view.cpp" line="509"/>
        <source>Barlow: %1</source>
        <translation>Barlow: %1</translation>
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
        <translation>%1 richtig vorhergesagt: %2 von %3 (%4%)</translation>
    </message>
    <message>
        <location filename="../ui/views/confusion_matrix_widget.cpp" line="184"/>
        <source>True %1, predicted %2: %3 examples (%4% of %1)
Click to select them.</source>
        <translation>Wahr %1, vorhergesagt %2: %3 Beispiele (%4% von %1)
Klicken, um sie auszuwählen.</translation>
    </message>
</context>
<context>
    <name>fl::ui::DecisionHistogramWidget</name>
    <message>
        <location filename="../ui/methods/directions/decision_histogram_widget.cpp" line="92"/>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/decision_histogram_widget.cpp" line="93"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/decision_histogram_widget.cpp" line="103"/>
        <source>No decision values to show.</source>
        <translation>Keine Entscheidungswerte zu zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/decision_histogram_widget.cpp" line="158"/>
        <source>h = wᵀx + b  (← predicted errors · predicted correct →)</source>
        <translation>h = wᵀx + b  (← vorhergesagte Fehler · vorhergesagt richtig →)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/decision_histogram_widget.cpp" line="164"/>
        <source>h in [%1, %2%3: %4 correct, %5 wrong. Click to select them.</source>
        <translation>h in [%1, %2%3: %4 richtig, %5 falsch. Klicken Sie, um sie auszuwählen.</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseAnnotator</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_annotator.cpp" line="64"/>
        <location filename="../ui/methods/defuse/defuse_annotator.cpp" line="79"/>
        <source>none of the above</source>
        <translation>keine der genannten</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_annotator.cpp" line="68"/>
        <source>Label region %1 sample %2 as %3</source>
        <translation>Region %1, Bild %2 als %3 labeln</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_annotator.cpp" line="81"/>
        <source>Label region %1: all are %2</source>
        <translation>Region %1 labeln: alle sind %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_annotator.cpp" line="197"/>
        <source>Could not read the Defuse labels: %1</source>
        <translation>Die Defuse-Labels konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseCorrectionDialog</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="41"/>
        <source>Correct the Model</source>
        <translation>Modell korrigieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="45"/>
        <source>Fine-tunes the model on L(D) + λ·L(D_f), D_f drawn from the %n misclassification region(s) your labels confirm, for every λ; keeps each λ&apos;s best epoch and the best λ by the selection accuracy, and saves that model as a new model version.</source>
        <translation>
            <numerusform>Trainiert das Modell für jedes λ auf L(D) + λ·L(D_f) nach, D_f aus der %n Fehlklassifikationsregion, die Ihre Labels bestätigen; behält je λ die beste Epoche und das beste λ nach der Auswahlgenauigkeit und speichert dieses Modell als neue Modellversion.</numerusform>
            <numerusform>Trainiert das Modell für jedes λ auf L(D) + λ·L(D_f) nach, D_f aus den %n Fehlklassifikationsregionen, die Ihre Labels bestätigen; behält je λ die beste Epoche und das beste λ nach der Auswahlgenauigkeit und speichert dieses Modell als neue Modellversion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="54"/>
        <source>The paper&apos;s 17 values; comma-separated</source>
        <translation>Die 17 Werte des Papers; durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="55"/>
        <source>&amp;λ values:</source>
        <translation>&amp;λ-Werte:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="59"/>
        <source>&amp;Epochs per λ:</source>
        <translation>&amp;Epochen je λ:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="63"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="69"/>
        <source>&amp;Learning rate (Adam):</source>
        <translation>&amp;Lernrate (Adam):</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="71"/>
        <source>Accuracy on D ∪ D_f (paper, MNIST)</source>
        <translation>Genauigkeit auf D ∪ D_f (Paper, MNIST)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="72"/>
        <source>Validation accuracy (paper, SVHN and signs)</source>
        <translation>Validierungsgenauigkeit (Paper, SVHN und Verkehrszeichen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="74"/>
        <source>&amp;Selection:</source>
        <translation>Aus&amp;wahl:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="78"/>
        <source>&amp;Fine-tune samples per region:</source>
        <translation>&amp;Nachtrainingsbilder je Region:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="82"/>
        <source>&amp;Held-out samples per region:</source>
        <translation>&amp;Zurückgehaltene Bilder je Region:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="83"/>
        <source>&amp;Baseline: fine-tune on the identified mistakes instead</source>
        <translation>&amp;Baseline: stattdessen auf den identifizierten Fehlern nachtrainieren</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="84"/>
        <source>The paper&apos;s comparison: the codes identification found inside the confirmed regions, labelled with their source images&apos; labels</source>
        <translation>Der Vergleich des Papers: die Codes, die die Identifikation in den bestätigten Regionen fand, mit den Labels ihrer Ausgangsbilder</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="93"/>
        <source>&amp;Correct</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="107"/>
        <source>No region is a misclassification region yet: label the samples first.</source>
        <translation>Noch ist keine Region eine Fehlklassifikationsregion: Labeln Sie zuerst die Bilder.</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseCorrectionResultDialog</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="144"/>
        <source>Defuse Correction — Run #%1</source>
        <translation>Defuse-Korrektur — Lauf #%1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="152"/>
        <source>Before: test %1, region held-out %2. Chosen λ %3: test %4, region held-out %5.</source>
        <translation>Vorher: Test %1, zurückgehaltene Regionsbilder %2. Gewähltes λ %3: Test %4, zurückgehaltene Regionsbilder %5.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_correction_dialog.cpp" line="160"/>
        <source>The model is saved as %1 (a new model version of the project).</source>
        <translation>Das Modell ist als %1 gespeichert (eine neue Modellversion des Projekts).</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseLatentView</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="56"/>
        <source>Grey: the training codes; coloured: the found mistakes by region; ellipses: the regions at two standard deviations. Click a region to make it current; wheel to zoom, middle button to pan.</source>
        <translation>Grau: die Trainingscodes; farbig: die gefundenen Fehler nach Region; Ellipsen: die Regionen bei zwei Standardabweichungen. Klicken Sie eine Region an, um sie zur aktuellen zu machen; das Mausrad zoomt, die mittlere Taste verschiebt.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="68"/>
        <source>The model&apos;s predictions on the region&apos;s found mistakes</source>
        <translation>Die Vorhersagen des Modells auf den gefundenen Fehlern der Region</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="72"/>
        <source>The labels of the training images they came from</source>
        <translation>Die Labels der Trainingsbilder, aus denen sie stammen</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="138"/>
        <source>No Defuse run to draw.</source>
        <translation>Kein Defuse-Lauf zum Zeichnen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="143"/>
        <source>Projecting the latent codes…</source>
        <translation>Die latenten Codes werden projiziert…</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="146"/>
        <source>Defuse: projecting the latent space</source>
        <translation>Defuse: Der latente Raum wird projiziert</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="161"/>
        <source>The latent space cannot be drawn: %1</source>
        <translation>Der latente Raum kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="185"/>
        <source>PCA of the β-VAE codes of %1 training images (the axes hold %2% and %3% of their variance); %4 of the %5 found mistakes coloured by region, dark grey outside every region.</source>
        <translation>PCA der β-VAE-Codes von %1 Trainingsbildern (die Achsen tragen %2 % und %3 % ihrer Varianz); %4 der %5 gefundenen Fehler nach Region gefärbt, dunkelgrau außerhalb jeder Region.</translation>
    </message>
    <message>
        <source>PCA of the β-VAE codes of %1 training images (the axes hold %2% and %3% of their variance); %4 found mistakes coloured by region, grey outside every region.</source>
        <translation type="vanished">PCA der β-VAE-Codes von %1 Trainingsbildern (die Achsen tragen %2 % und %3 % ihrer Varianz); %4 gefundene Fehler nach Region gefärbt, grau außerhalb jeder Region.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="193"/>
        <source>PCA of the %1 found mistakes (this run stored no training codes: run Defuse again to see them).</source>
        <translation>PCA der %1 gefundenen Fehler (dieser Lauf hat keine Trainingscodes gespeichert: Starten Sie Defuse erneut, um sie zu sehen).</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="221"/>
        <source>&lt;b&gt;Region %1&lt;/b&gt; · weight %2 · %3 found mistakes</source>
        <translation>&lt;b&gt;Region %1&lt;/b&gt; · Gewicht %2 · %3 gefundene Fehler</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="251"/>
        <source>No evaluation outputs: the nearest misclassified training images cannot be found.</source>
        <translation>Keine Auswertungsausgaben: Die nächsten falsch klassifizierten Trainingsbilder können nicht gefunden werden.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="257"/>
        <source>Is the error new? Each sample (top) beside the misclassified training image nearest to it in pixels (ℓ2, below; %1 misclassified training images searched) — the paper&apos;s Figure 6.</source>
        <translation>Ist der Fehler neu? Jedes Bild (oben) neben dem falsch klassifizierten Trainingsbild, das ihm in Pixeln am nächsten ist (ℓ2, unten; %1 falsch klassifizierte Trainingsbilder durchsucht) — Abbildung 6 des Papers.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="274"/>
        <source>Sample %1: the model says %2</source>
        <translation>Bild %1: Das Modell sagt %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_latent_view.cpp" line="282"/>
        <source>Training example %1: label %2, ℓ2 distance %3</source>
        <translation>Trainingsbeispiel %1: Label %2, ℓ2-Abstand %3</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseRun</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_run.cpp" line="12"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>fl::ui::DefuseView</name>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="83"/>
        <source>&amp;Run Defuse…</source>
        <translation>Defuse &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="91"/>
        <source>ρ:</source>
        <translation>ρ:</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="96"/>
        <source>A region is a misclassification region when more than this share of its labels disagree with the model (the paper&apos;s ρ = 0.5)</source>
        <translation>Eine Region ist eine Fehlklassifikationsregion, wenn mehr als dieser Anteil ihrer Labels dem Modell widerspricht (im Paper ρ = 0,5)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="103"/>
        <source>Export labels…</source>
        <translation>Labels exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="104"/>
        <source>Write this run&apos;s labels (every annotator&apos;s) to an annotation file for another annotator or a copy of the project</source>
        <translation>Die Labels dieses Laufs (aller Annotierenden) in eine Annotationsdatei schreiben, für andere Annotierende oder eine Kopie des Projekts</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="107"/>
        <source>Import labels…</source>
        <translation>Labels importieren…</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="108"/>
        <source>Merge another annotator&apos;s file: new labels are added, a different label of the same annotator is shown as a conflict and not imported</source>
        <translation>Die Datei anderer Annotierender zusammenführen: Neue Labels werden hinzugefügt, ein abweichendes Label derselben Person wird als Konflikt gezeigt und nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="116"/>
        <source>Export Labels</source>
        <translation>Labels exportieren</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="118"/>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="124"/>
        <source>Annotation files (*.json)</source>
        <translation>Annotationsdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="123"/>
        <source>Import Labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="135"/>
        <source>The candidate regions, heaviest first; ✓ when you labelled every sample, ⚠ when the labels make it a misclassification region</source>
        <translation>Die Kandidatenregionen, schwerste zuerst; ✓, wenn Sie jedes Bild gelabelt haben, ⚠, wenn die Labels sie zu einer Fehlklassifikationsregion machen</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="158"/>
        <source>None of the above (−)</source>
        <translation>Keine der genannten (−)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="159"/>
        <source>The image shows no class: the vote is discarded (as in the paper)</source>
        <translation>Das Bild zeigt keine Klasse: Die Stimme wird verworfen (wie im Paper)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="160"/>
        <source>Skip (Space)</source>
        <translation>Überspringen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="161"/>
        <source>◀ Region (PgUp)</source>
        <translation>◀ Region (Bild↑)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="162"/>
        <source>Region ▶ (PgDn)</source>
        <translation>Region ▶ (Bild↓)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="164"/>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="166"/>
        <source>Correct the Model…</source>
        <translation>Modell korrigieren…</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="167"/>
        <source>Fine-tune the model on samples of the confirmed misclassification regions over a λ sweep (a background job)</source>
        <translation>Das Modell auf Bildern der bestätigten Fehlklassifikationsregionen über eine λ-Reihe nachtrainieren (ein Hintergrundauftrag)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="183"/>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="185"/>
        <source>Latent space</source>
        <translation>Latenter Raum</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="186"/>
        <source>The codes, the found mistakes and the regions in two dimensions; per region its predictions and how new its errors are</source>
        <translation>Die Codes, die gefundenen Fehler und die Regionen in zwei Dimensionen; je Region ihre Vorhersagen und wie neu ihre Fehler sind</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="254"/>
        <source>Defuse correction (baseline)</source>
        <translation>Defuse-Korrektur (Baseline)</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="254"/>
        <source>Defuse correction</source>
        <translation>Defuse-Korrektur</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="281"/>
        <source>Defuse correction stored as run #%1</source>
        <translation>Defuse-Korrektur als Lauf #%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="285"/>
        <source>Defuse correction failed: %1</source>
        <translation>Defuse-Korrektur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="296"/>
        <source>Exporting Defuse labels</source>
        <translation>Defuse-Labels werden exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="306"/>
        <source>%n label(s) exported.</source>
        <translation>
            <numerusform>%n Label exportiert.</numerusform>
            <numerusform>%n Labels exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="310"/>
        <source>The labels could not be exported: %1</source>
        <translation>Die Labels konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="319"/>
        <source>Importing labels</source>
        <translation>Labels werden importiert</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="335"/>
        <source>The labels could not be imported: %1</source>
        <translation>Die Labels konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="358"/>
        <source>Open a project (File ▸ Open), then run Defuse from the Analysis menu (%1) to find regions of generated images the model gets wrong and label them here.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann Defuse im Menü Analyse (%1), um Regionen generierter Bilder zu finden, die das Modell falsch einordnet, und sie hier zu labeln.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="366"/>
        <source>Run Defuse from the Analysis menu (%1): it trains a β-VAE of the training images, finds generated images near them that the model gets wrong and groups them into regions for you to label here, one key per class.</source>
        <translation>Starten Sie Defuse im Menü Analyse (%1): Es trainiert einen β-VAE auf den Trainingsbildern, findet generierte Bilder in ihrer Nähe, die das Modell falsch einordnet, und gruppiert sie zu Regionen, die Sie hier labeln, eine Taste je Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="382"/>
        <source>The Defuse run cannot be shown: %1. Run it again from the Analysis menu (%2).</source>
        <translation>Der Defuse-Lauf kann nicht gezeigt werden: %1. Starten Sie ihn erneut im Menü Analyse (%2).</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="388"/>
        <source>The last Defuse run found no candidate region (no mixture component above its weight ε). Run it again with more images or draws (%1).</source>
        <translation>Der letzte Defuse-Lauf hat keine Kandidatenregion gefunden (keine Mischkomponente über seinem Gewicht ε). Starten Sie ihn erneut mit mehr Bildern oder Ziehungen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="419"/>
        <source>Label the sample as %1</source>
        <translation>Das Bild als %1 labeln</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="420"/>
        <source>Label the sample as %1 (%2); Shift+%2 labels the whole region</source>
        <translation>Das Bild als %1 labeln (%2); Umschalt+%2 labelt die ganze Region</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="438"/>
        <source>Region %1 of %2 · you labelled %3 of %4 samples · %5 misclassification regions of %6 labelled</source>
        <translation>Region %1 von %2 · Sie haben %3 von %4 Bildern gelabelt · %5 Fehlklassifikationsregionen unter %6 gelabelten</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="453"/>
        <source>Region %1: weight %2, %3 mistakes found in it; the model mostly says %4 (their source images are mostly %5). Label each sample with its key, or Shift+key for all of them.</source>
        <translation>Region %1: Gewicht %2, %3 Fehler darin gefunden; das Modell sagt meist %4 (ihre Ausgangsbilder sind meist %5). Labeln Sie jedes Bild mit seiner Taste oder alle mit Umschalt+Taste.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="471"/>
        <source>This region: label %1 by %2 votes, %3 disagree with the model — %4; agreement %5.</source>
        <translation>Diese Region: Label %1 nach %2 Stimmen, %3 widersprechen dem Modell — %4; Übereinstimmung %5.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="476"/>
        <source>a misclassification region</source>
        <translation>eine Fehlklassifikationsregion</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="477"/>
        <source>not a misclassification region</source>
        <translation>keine Fehlklassifikationsregion</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="480"/>
        <source>This region has no labels yet.</source>
        <translation>Diese Region hat noch keine Labels.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="484"/>
        <source>Overall agreement %1 over %2 votes.</source>
        <translation>Gesamtübereinstimmung %1 über %2 Stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="502"/>
        <source>%1 · w %2 · model: %3</source>
        <translation>%1 · Gew. %2 · Modell: %3</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="507"/>
        <source> · label %1</source>
        <translation> · Label %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="543"/>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="546"/>
        <source>you: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="546"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="546"/>
        <source>you: —</source>
        <translation>Sie: —</translation>
    </message>
    <message>
        <location filename="../ui/methods/defuse/defuse_view.cpp" line="548"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
</context>
<context>
    <name>fl::ui::DirectionsInterventionsDialog</name>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="26"/>
        <source>Failure Directions: Interventions</source>
        <translation>Fehlerrichtungen: Interventionen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="29"/>
        <source>Per seed, a base model is trained on the training split without a held-out pool; its failure directions on the validation split then pick which pool examples to add (filtering) or which training examples to weigh up (upweighting). Every arm is retrained from scratch and evaluated on the test split.</source>
        <translation>Je Seed wird ein Basismodell auf dem Trainings-Split ohne einen zurückgehaltenen Pool trainiert; seine Fehlerrichtungen auf dem Validierungs-Split wählen dann, welche Pool-Beispiele hinzukommen (Filtern) oder welche Trainingsbeispiele stärker gewichtet werden (Hochgewichten). Jeder Arm wird von Grund auf neu trainiert und auf dem Test-Split bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="37"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="41"/>
        <source>The run&apos;s encoder (%1)</source>
        <translation>Der Encoder des Laufs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="43"/>
        <source>Each base model&apos;s own features</source>
        <translation>Die eigenen Merkmale jedes Basismodells</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="45"/>
        <source>The space the directions are fitted in. The paper finds the model&apos;s own features weaker: they mirror its confidences.</source>
        <translation>Der Raum, in dem die Richtungen angepasst werden. Das Paper findet die eigenen Merkmale des Modells schwächer: sie spiegeln seine Konfidenzen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="47"/>
        <source>&amp;Directions in:</source>
        <translation>&amp;Richtungen in:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="50"/>
        <source>Filtering</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="53"/>
        <source>Add pool e&amp;xamples (hardest, random, lowest confidence)</source>
        <translation>Pool-Beispiele &amp;hinzufügen (schwerste, zufällige, geringste Konfidenz)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="59"/>
        <source>Pool examples added per class (fewer when a class&apos;s pool is smaller)</source>
        <translation>Je Klasse hinzugefügte Pool-Beispiele (weniger, wenn der Pool einer Klasse kleiner ist)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="60"/>
        <source>&amp;K per class:</source>
        <translation>&amp;K je Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="66"/>
        <source>Share of each class&apos;s training examples held out as the pool; no model but the filtering arms ever trains on it</source>
        <translation>Anteil der Trainingsbeispiele jeder Klasse, der als Pool zurückgehalten wird; nur die Arme des Filterns trainieren je darauf</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="68"/>
        <source>&amp;Pool fraction:</source>
        <translation>&amp;Pool-Anteil:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="71"/>
        <source>Seed of the held-out pool&apos;s draw</source>
        <translation>Seed der Ziehung des zurückgehaltenen Pools</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="72"/>
        <source>Pool s&amp;eed:</source>
        <translation>Pool-S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="75"/>
        <source>Upweighting</source>
        <translation>Hochgewichten</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="77"/>
        <source>&amp;Weigh up the training examples with h &lt; 0</source>
        <translation>Trainingsbeispiele mit h &lt; 0 stärker &amp;gewichten</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="85"/>
        <source>Loss factor of the predicted errors (the paper: 2)</source>
        <translation>Verlustfaktor der vorhergesagten Fehler (im Paper: 2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="86"/>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="89"/>
        <source>Base model (every arm retrains it from scratch)</source>
        <translation>Basismodell (jeder Arm trainiert es von Grund auf neu)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="96"/>
        <source>&amp;Architecture:</source>
        <translation>Arc&amp;hitektur:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="100"/>
        <source>Epoc&amp;hs:</source>
        <translation>Epo&amp;chen:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="104"/>
        <source>Seeds 0..N−1: every arm is trained once per seed; the tables show mean ± SD</source>
        <translation>Seeds 0..N−1: jeder Arm wird einmal je Seed trainiert; die Tabellen zeigen Mittelwert ± SD</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="106"/>
        <source>&amp;Seeds:</source>
        <translation>&amp;Seeds:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="119"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="140"/>
        <source>Models trained: %1 (%2 per seed), epochs per model: %3. They train in the background; the Jobs panel shows the progress and can cancel it.</source>
        <translation>Trainierte Modelle: %1 (%2 je Seed), Epochen je Modell: %3. Sie trainieren im Hintergrund; die Auftragsliste zeigt den Fortschritt und kann sie abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_dialog.cpp" line="169"/>
        <source>Neither filtering nor upweighting is on: there is no intervention to run.</source>
        <translation>Weder Filtern noch Hochgewichten ist eingeschaltet: es gibt keine Intervention.</translation>
    </message>
</context>
<context>
    <name>fl::ui::DirectionsInterventionsPanel</name>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="54"/>
        <source>Interventions</source>
        <translation>Interventionen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="72"/>
        <source>Test accuracy (mean over seeds)</source>
        <translation>Test-Genauigkeit (Mittel über die Seeds)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="75"/>
        <source>Accuracy on the hard test examples (h &lt; 0)</source>
        <translation>Genauigkeit auf den schweren Testbeispielen (h &lt; 0)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="82"/>
        <source>The interventions&apos; tables</source>
        <translation>Die Tabellen der Interventionen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="104"/>
        <source>The interventions were cancelled.</source>
        <translation>Die Interventionen wurden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="142"/>
        <source>The stored interventions could not be read: %1</source>
        <translation>Die gespeicherten Interventionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="158"/>
        <source>Run #%1 · seeds: %2 · %3 s. Δ is the mean of the per-seed differences to the original model.</source>
        <translation>Lauf #%1 · Seeds: %2 · %3 s. Δ ist das Mittel der Differenzen je Seed zum ursprünglichen Modell.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="270"/>
        <source>Failure directions&apos; interventions (seeds: %1)</source>
        <translation>Interventionen der Fehlerrichtungen (Seeds: %1)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="163"/>
        <source>Interventions… retrains the model with the hardest pool examples added or the predicted errors weighed up, and compares it with random and low-confidence picks.</source>
        <translation>Interventionen… trainiert das Modell neu, mit den schwersten Pool-Beispielen hinzugefügt oder den vorhergesagten Fehlern stärker gewichtet, und vergleicht es mit zufälliger und wenig konfidenter Auswahl.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="290"/>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="291"/>
        <source>The interventions failed: %1</source>
        <translation>Die Interventionen sind gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="299"/>
        <source>Running the interventions…</source>
        <translation>Die Interventionen laufen…</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_interventions_panel.cpp" line="315"/>
        <source>Running the interventions: %1</source>
        <translation>Die Interventionen laufen: %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::DirectionsStrengthChart</name>
    <message>
        <location filename="../ui/methods/directions/directions_strength_chart.cpp" line="106"/>
        <source>Failure strength per class (CV balanced accuracy)</source>
        <translation>Fehlerstärke je Klasse (balancierte CV-Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_strength_chart.cpp" line="159"/>
        <source>%1 chance</source>
        <translation>%1 Zufall</translation>
    </message>
</context>
<context>
    <name>fl::ui::DirectionsView</name>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="48"/>
        <source>h %1</source>
        <translation>h %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="62"/>
        <source>&amp;Run %1…</source>
        <translation>%1 &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="69"/>
        <source>The class whose failure direction is shown</source>
        <translation>Die Klasse, deren Fehlerrichtung gezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="72"/>
        <source>The examples ranked along the direction: the held-out split, scored by the SVM refitted on the whole fitted split, or the fitted split itself, each example scored by the cross-validation fold that did not see it</source>
        <translation>Die entlang der Richtung gereihten Beispiele: der zurückgehaltene Split, bewertet von der auf dem ganzen Anpassungs-Split neu angepassten SVM, oder der Anpassungs-Split selbst, jedes Beispiel bewertet vom Kreuzvalidierungs-Fold, der es nicht gesehen hat</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="81"/>
        <source>&amp;Class:</source>
        <translation>Kl&amp;asse:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="82"/>
        <source>&amp;Ranked on:</source>
        <translation>&amp;Rangfolge auf:</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="86"/>
        <source>&amp;Interventions…</source>
        <translation>&amp;Interventionen…</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="88"/>
        <source>Retrain the model with the hardest pool examples added (against random and low-confidence picks) or with the predicted errors upweighted, over several seeds</source>
        <translation>Das Modell neu trainieren, mit den schwersten Pool-Beispielen hinzugefügt (gegen zufällige und wenig konfidente Auswahl) oder mit hochgewichteten vorhergesagten Fehlern, über mehrere Seeds</translation>
    </message>
    <message>
        <source>Captions: the concepts most aligned with the direction, on the fitted split (click one to select its examples)</source>
        <translation type="vanished">Beschriftungen: die Konzepte, die am stärksten mit der Richtung übereinstimmen, auf dem Anpassungs-Split (klicken Sie eines an, um seine Beispiele auszuwählen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="114"/>
        <source>Captions: the concepts (and, with a text encoder, the quoted text captions) most aligned with the direction, on the fitted split (click a concept to select its examples)</source>
        <translation>Beschriftungen: die Konzepte (und, mit einem Textencoder, die zitierten Textbeschriftungen), die am stärksten mit der Richtung übereinstimmen, auf dem Anpassungs-Split (klicken Sie ein Konzept an, um seine Beispiele auszuwählen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="123"/>
        <source>Hard (the errors&apos; side)</source>
        <translation>Schwer (die Seite der Fehler)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="124"/>
        <source>Easy (the successes&apos; side)</source>
        <translation>Leicht (die Seite der Treffer)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="125"/>
        <source>wᵀd</source>
        <translation>wᵀd</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="125"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="227"/>
        <source>The project&apos;s model is not loaded: the method needs it.</source>
        <translation>Das Modell des Projekts ist nicht geladen: die Methode braucht es.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="248"/>
        <source>Open a project (File ▸ Open), then run %1 from the Analysis menu (%2) to find, per class, the direction along which the model fails.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Öffnen) und starten Sie dann %1 im Menü Analyse (%2), um je Klasse die Richtung zu finden, entlang der das Modell versagt.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="255"/>
        <source>Run %1 from the Analysis menu (%2) to find, per class, the direction in an embedding along which the model fails, its hardest examples and the concepts that caption it.</source>
        <translation>Starten Sie %1 im Menü Analyse (%2), um je Klasse die Richtung in einer Einbettung zu finden, entlang der das Modell versagt, ihre schwersten Beispiele und die Konzepte, die sie beschriften.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="264"/>
        <source>The %1 run cannot be shown: %2. Run it again from the Analysis menu (%3).</source>
        <translation>Der Lauf von %1 kann nicht gezeigt werden: %2. Starten Sie ihn erneut im Menü Analyse (%3).</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="272"/>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="281"/>
        <source>the robust extractor&apos;s features</source>
        <translation>den Merkmalen des robusten Extraktors</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="283"/>
        <source>the model&apos;s own features</source>
        <translation>den eigenen Merkmalen des Modells</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="284"/>
        <source>the encoder %1</source>
        <translation>dem Encoder %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="285"/>
        <source>Run #%1: SVMs fitted on the %2 split, in %3 (%4 dimensions).</source>
        <translation>Lauf #%1: SVMs auf dem Split %2 angepasst, in %3 (%4 Dimensionen).</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="298"/>
        <source>%1 split, out-of-fold h (%2 examples)</source>
        <translation>Split %1, h außerhalb des Folds (%2 Beispiele)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="299"/>
        <source>%1 split, refit h (%2 examples)</source>
        <translation>Split %1, h neu angepasst (%2 Beispiele)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="313"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="314"/>
        <source>%1 has no direction: %2</source>
        <translation>%1 hat keine Richtung: %2</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="317"/>
        <source>%1: CV balanced accuracy %2 (0.5 = chance), C = %3.
%4 of its %5 examples of the %6 split are wrong.
Click to pick it and select its predicted errors.</source>
        <translation>%1: balancierte CV-Genauigkeit %2 (0,5 = Zufall), C = %3.
%4 ihrer %5 Beispiele des Splits %6 sind falsch.
Klicken Sie, um sie zu wählen und ihre vorhergesagten Fehler auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="324"/>
        <source> · C at edge</source>
        <translation> · C am Rand</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="327"/>
        <source>The best C is the grid&apos;s lowest: widen the grid downwards (parameter c-min-exponent, now %1) and run again.</source>
        <translation>Das beste C ist das kleinste des Gitters: erweitern Sie das Gitter nach unten (Parameter c-min-exponent, jetzt %1) und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="330"/>
        <source>The best C is the grid&apos;s highest: widen the grid upwards (parameter c-max-exponent, now %1) and run again.</source>
        <translation>Das beste C ist das größte des Gitters: erweitern Sie das Gitter nach oben (Parameter c-max-exponent, jetzt %1) und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="363"/>
        <source>Directions: %1, predicted errors h &lt; 0 (%2 split)</source>
        <translation>Richtungen: %1, vorhergesagte Fehler h &lt; 0 (Split %2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="396"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has no failure direction: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat keine Fehlerrichtung: %2.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="400"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: strength %2 (CV balanced accuracy on the %3 split; 0.5 = chance), C = %4.&lt;br&gt;On the %5 split: %6 examples, %7 wrong; %8 predicted errors (h &amp;lt; 0), %9 of them wrong.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Stärke %2 (balancierte CV-Genauigkeit auf dem Split %3; 0,5 = Zufall), C = %4.&lt;br&gt;Auf dem Split %5: %6 Beispiele, %7 falsch; %8 vorhergesagte Fehler (h &amp;lt; 0), davon %9 falsch.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="409"/>
        <source>Decision values of %1 on the %2 split (%3)</source>
        <translation>Entscheidungswerte von %1 auf dem Split %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="410"/>
        <source>out-of-fold</source>
        <translation>außerhalb des Folds</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="410"/>
        <source>refit</source>
        <translation>neu angepasst</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="428"/>
        <source>Example %1 · h = %2 · click to select it</source>
        <translation>Beispiel %1 · h = %2 · klicken Sie, um es auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="445"/>
        <source>No %1 example of the %2 split has a decision value.</source>
        <translation>Kein Beispiel von %1 im Split %2 hat einen Entscheidungswert.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="450"/>
        <source>Hardest %1 of %2 (%3 split): most negative h first</source>
        <translation>Die schwersten %1 von %2 (Split %3): das negativste h zuerst</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="452"/>
        <source>Easiest %1 of %2 (%3 split): most positive h first</source>
        <translation>Die leichtesten %1 von %2 (Split %3): das positivste h zuerst</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="470"/>
        <source>“%1”: a text caption, its embedding&apos;s offset from the class&apos;s reference caption scored against the direction. It names no examples.</source>
        <translation>„%1“: eine Textbeschriftung; der Abstand ihrer Einbettung von der Referenzbeschriftung der Klasse, an der Richtung bewertet. Sie benennt keine Beispiele.</translation>
    </message>
    <message>
        <source>A text caption: its embedding&apos;s offset from the class&apos;s reference caption, scored against the direction. It names no examples.</source>
        <translation type="vanished">Eine Textbeschriftung: der Abstand ihrer Einbettung von der Referenzbeschriftung der Klasse, an der Richtung bewertet. Sie benennt keine Beispiele.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="474"/>
        <source>This run does not list the group&apos;s examples: run %1 again to select them.</source>
        <translation>Dieser Lauf führt die Beispiele der Gruppe nicht auf: starten Sie %1 erneut, um sie auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="476"/>
        <source>Click to select the %1 examples of %2 in the %3 split showing “%4”.</source>
        <translation>Klicken Sie, um die %1 Beispiele von %2 im Split %3 auszuwählen, die „%4“ zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="484"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="486"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="490"/>
        <source>No concept on this side.</source>
        <translation>Kein Konzept auf dieser Seite.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="491"/>
        <source>No direction, no captions.</source>
        <translation>Keine Richtung, keine Beschriftungen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="519"/>
        <source>Directions: %1 example %2, %3</source>
        <translation>Richtungen: %1, Beispiel %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="540"/>
        <source>Directions: %1 “%2” (%3 side, %4 split)</source>
        <translation>Richtungen: %1 „%2“ (Seite %3, Split %4)</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="541"/>
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="541"/>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../ui/methods/directions/directions_view.cpp" line="555"/>
        <source>Directions: %1, h in [%2, %3%4 (%5 split)</source>
        <translation>Richtungen: %1, h in [%2, %3%4 (Split %5)</translation>
    </message>
</context>
<context>
    <name>fl::ui::EmbeddingScatterView</name>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="23"/>
        <source>&amp;Colour by:</source>
        <translation>Einfä&amp;rben nach:</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="25"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="26"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="27"/>
        <source>Correct / wrong</source>
        <translation>Richtig / falsch</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="30"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="31"/>
        <source>Draw a free-form region to select its points</source>
        <translation>Einen freien Bereich zeichnen, um seine Punkte auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="33"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="34"/>
        <source>Drag a rectangle to select its points</source>
        <translation>Ein Rechteck aufziehen, um seine Punkte auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="42"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="43"/>
        <source>Show every point (wheel zooms; drag with the middle button or with Space held pans)</source>
        <translation>Alle Punkte zeigen (Mausrad zoomt; Ziehen mit der mittleren Taste oder mit gedrückter Leertaste verschiebt)</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="71"/>
        <source>PCA of %1 embeddings (%2% + %3% of the variance) · drawn in %4 ms</source>
        <translation>PCA von %1 Einbettungen (%2% + %3% der Varianz) · gezeichnet in %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="103"/>
        <source>This evaluation has no embeddings. Evaluate the model again (Analysis ▸ Evaluate) to see its embedding space here.</source>
        <translation>Diese Auswertung hat keine Einbettungen. Werten Sie das Modell erneut aus (Analyse ▸ Modell erneut auswerten), um hier seinen Einbettungsraum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="105"/>
        <source>Open a project (File ▸ Open) to see its embedding space here.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seinen Einbettungsraum zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="111"/>
        <source>Projecting %1 embeddings to two dimensions…</source>
        <translation>%1 Einbettungen werden auf zwei Dimensionen projiziert…</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="119"/>
        <source>Projecting the embeddings</source>
        <translation>Einbettungen werden projiziert</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="132"/>
        <source>The embeddings could not be projected: %1</source>
        <translation>Die Einbettungen konnten nicht projiziert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="195"/>
        <source>lasso in the embedding</source>
        <translation>Lasso in der Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/views/embedding_scatter_view.cpp" line="195"/>
        <source>rectangle in the embedding</source>
        <translation>Rechteck in der Einbettung</translation>
    </message>
</context>
<context>
    <name>fl::ui::ErrorHeatmapWidget</name>
    <message>
        <location filename="../ui/methods/barlow/error_heatmap_widget.cpp" line="21"/>
        <source>Error heatmap</source>
        <translation>Fehler-Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/error_heatmap_widget.cpp" line="92"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/error_heatmap_widget.cpp" line="93"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/error_heatmap_widget.cpp" line="94"/>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/barlow/error_heatmap_widget.cpp" line="224"/>
        <source>%1
%2 examples, %3 errors: error rate %4, error coverage %5.
Click to select them.</source>
        <translation>%1
%2 Beispiele, %3 Fehler: Fehlerrate %4, Fehlerabdeckung %5.
Klicken Sie, um sie auszuwählen.</translation>
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
        <translation>Beispiel %1
Wahres Label: %2
Vorhersage: %3 (p = %4)
Verlust: %5</translation>
    </message>
</context>
<context>
    <name>fl::ui::HistogramsView</name>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="15"/>
        <source>Open a project (File ▸ Open) to see the label and prediction histograms of the selection.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um die Label- und Vorhersage-Histogramme der Auswahl zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="25"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="27"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="90"/>
        <source>True label %1: %2 examples, %3 predicted wrongly.</source>
        <translation>Wahres Label %1: %2 Beispiele, %3 falsch vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="91"/>
        <source>Predicted %1: %2 examples, %3 of them wrongly.</source>
        <translation>Vorhergesagt %1: %2 Beispiele, davon %3 falsch.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="93"/>
        <source>Click to narrow the selection to them.</source>
        <translation>Klicken, um die Auswahl auf sie einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="102"/>
        <source>All %1 examples (nothing selected). Red: predicted wrongly.</source>
        <translation>Alle %1 Beispiele (nichts ausgewählt). Rot: falsch vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="104"/>
        <source>Selection: %1 examples — %2. Red: predicted wrongly.</source>
        <translation>Auswahl: %1 Beispiele — %2. Rot: falsch vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="114"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="115"/>
        <source>%1 · label %2</source>
        <translation>%1 · Label %2</translation>
    </message>
    <message>
        <location filename="../ui/views/histograms_view.cpp" line="116"/>
        <source>%1 · predicted %2</source>
        <translation>%1 · vorhergesagt %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::ImageGridView</name>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="25"/>
        <source>Open a project (File ▸ Open) to browse its examples here. Click a confusion-matrix cell, a bar or a slice to see its examples.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Beispiele zu durchsuchen. Klicken Sie auf eine Zelle der Konfusionsmatrix, einen Balken oder einen Slice, um dessen Beispiele zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="34"/>
        <source>Selection order</source>
        <translation>Reihenfolge der Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="35"/>
        <source>Highest loss first</source>
        <translation>Höchster Verlust zuerst</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="36"/>
        <source>Least confident first</source>
        <translation>Geringste Konfidenz zuerst</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="37"/>
        <source>Most confident first</source>
        <translation>Höchste Konfidenz zuerst</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="38"/>
        <source>By id</source>
        <translation>Nach ID</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="39"/>
        <source>Sort the examples</source>
        <translation>Beispiele sortieren</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="41"/>
        <source>Show only one true class</source>
        <translation>Nur eine wahre Klasse zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="42"/>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="44"/>
        <source>Filter: class name or id (Ctrl+F)</source>
        <translation>Filter: Klassenname oder ID (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="75"/>
        <source>Filter examples</source>
        <translation>Beispiele filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="119"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="140"/>
        <source>all examples</source>
        <translation>alle Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="144"/>
        <source>%1 examples · %2</source>
        <translation>%1 Beispiele · %2</translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="145"/>
        <source>%1 of %2 examples · %3</source>
        <translation>%1 von %2 Beispielen · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/image_grid_view.cpp" line="187"/>
        <source>picked in the grid (%n examples)</source>
        <translation>
            <numerusform>im Raster gewählt (%n Beispiel)</numerusform>
            <numerusform>im Raster gewählt (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/image_grid_view.cpp" line="194"/>
        <source>Select These (%n examples)</source>
        <translation>
            <numerusform>Dieses auswählen (%n Beispiel)</numerusform>
            <numerusform>Diese auswählen (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/image_grid_view.cpp" line="200"/>
        <source>Who Are Their Opponents? (%n picked)</source>
        <translation>
            <numerusform>Wer sind seine Opponenten? (%n gewählt)</numerusform>
            <numerusform>Wer sind ihre Opponenten? (%n gewählt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/image_grid_view.cpp" line="210"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
</context>
<context>
    <name>fl::ui::InfEmbedCommand</name>
    <message>
        <source>InfEmbed-Rule on %1</source>
        <translation type="vanished">InfEmbed-Rule auf %1</translation>
    </message>
    <message>
        <source>InfEmbed on %1</source>
        <translation type="vanished">InfEmbed auf %1</translation>
    </message>
    <message numerus="yes">
        <source>InfEmbed found %n slice(s) in %1 s (run #%2)</source>
        <translation type="vanished">
            <numerusform>InfEmbed hat %n Slice in %1 s gefunden (Lauf #%2)</numerusform>
            <numerusform>InfEmbed hat %n Slices in %1 s gefunden (Lauf #%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>InfEmbed failed: %1</source>
        <translation type="vanished">InfEmbed fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::InfEmbedDialog</name>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="41"/>
        <source>InfEmbed</source>
        <translation>InfEmbed</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="45"/>
        <source>Finds coherent groups of examples the model gets wrong for the same reason: each example&apos;s influence embedding (how training examples move its loss) is clustered, and the clusters are ranked by accuracy.</source>
        <translation>Findet zusammenhängende Gruppen von Beispielen, die das Modell aus demselben Grund falsch vorhersagt: Die Einflusseinbettung jedes Beispiels (wie Trainingsbeispiele seinen Verlust verschieben) wird geclustert, und die Cluster werden nach Genauigkeit geordnet.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="53"/>
        <source>Paper (P 500, D 100)</source>
        <translation>Paper (P 500, D 100)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="54"/>
        <source>Fast — reference code (P 200, D 50)</source>
        <translation>Schnell — Referenzcode (P 200, D 50)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="55"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="56"/>
        <source>Paper: the settings of the InfEmbed paper, most faithful, slowest. Fast: the reference code&apos;s smaller Arnoldi run, usually the same slices in about half the time. Custom: your own P and D.</source>
        <translation>Paper: die Einstellungen des InfEmbed-Papers, am getreuesten, am langsamsten. Schnell: der kleinere Arnoldi-Lauf des Referenzcodes, meist dieselben Slices in etwa der halben Zeit. Benutzerdefiniert: eigene Werte für P und D.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="62"/>
        <source>Last linear layer (closed form)</source>
        <translation>Letzte lineare Schicht (geschlossene Form)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="63"/>
        <source>Last conv block + head (autograd; built-in models)</source>
        <translation>Letzter Conv-Block + Head (Autograd; eingebaute Modelle)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="66"/>
        <source>Which parameters the influence is measured through. The last layer is exact and fast (its Hessian has a closed form) and needs the model&apos;s features. The last conv block + head sees more of the network but needs autograd Hessian-vector products: several times slower, built-in models only.</source>
        <translation>Über welche Parameter der Einfluss gemessen wird. Die letzte Schicht ist exakt und schnell (ihre Hesse-Matrix hat eine geschlossene Form) und braucht die Features des Modells. Letzter Conv-Block + Head sieht mehr vom Netz, braucht aber Hesse-Vektor-Produkte über Autograd: um ein Mehrfaches langsamer, nur für eingebaute Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="73"/>
        <source>The model has no features() method to read the penultimate layer from.</source>
        <translation>Das Modell hat keine Methode features(), aus der sich die vorletzte Schicht lesen lässt.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="79"/>
        <source>TorchScript models cannot be differentiated block by block; use the last layer.</source>
        <translation>TorchScript-Modelle lassen sich nicht blockweise differenzieren; verwenden Sie die letzte Schicht.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="83"/>
        <source>P: Arnoldi iterations. More iterations find the Hessian&apos;s top eigenvectors more accurately; time grows linearly with P.</source>
        <translation>P: Arnoldi-Iterationen. Mehr Iterationen finden die obersten Eigenvektoren der Hesse-Matrix genauer; die Zeit wächst linear mit P.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="87"/>
        <source>D: the dimension of the influence embedding, the top D of the P eigenvectors (at most P). Larger D keeps more detail, slower clustering.</source>
        <translation>D: die Dimension der Einflusseinbettung, die obersten D der P Eigenvektoren (höchstens P). Größeres D behält mehr Details, das Clustern wird langsamer.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="91"/>
        <source>Training examples the Hessian is summed over, drawn at random with the seed. 5000 is plenty for a stable estimate; 0 uses all of them.</source>
        <translation>Trainingsbeispiele, über die die Hesse-Matrix summiert wird, zufällig mit dem Seed gezogen. 5000 reichen für eine stabile Schätzung; 0 verwendet alle.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="93"/>
        <source>All training examples</source>
        <translation>Alle Trainingsbeispiele</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="96"/>
        <source>Seed of the Hessian subset and Arnoldi&apos;s start vector: the same seed and settings give the same slices.</source>
        <translation>Seed der Hesse-Teilmenge und des Arnoldi-Startvektors: Gleicher Seed und gleiche Einstellungen ergeben dieselben Slices.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="104"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="105"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="106"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="109"/>
        <source>%1 (%2 examples)</source>
        <translation>%1 (%2 Beispiele)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="111"/>
        <source>The examples that are sliced. Validation is the usual choice: the test split then stays untouched to confirm what the slices show.</source>
        <translation>Die Beispiele, die in Slices zerlegt werden. Üblich ist Validierung: Der Test-Split bleibt dann unberührt, um zu bestätigen, was die Slices zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="114"/>
        <source>Plai&amp;n: K slices</source>
        <translation>Ei&amp;nfach: K Slices</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="116"/>
        <source>Spherical K-means into exactly K slices covering the whole split; they are then ranked by accuracy.</source>
        <translation>Sphärisches K-means in genau K Slices, die den ganzen Split abdecken; sie werden dann nach Genauigkeit geordnet.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="118"/>
        <source>R&amp;ule: split until slices are bad and big enough</source>
        <translation>Re&amp;gel: teilen, bis Slices schlecht und groß genug sind</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="120"/>
        <source>InfEmbed-Rule: clusters recursively into B parts and keeps a cluster as a slice once its accuracy is below A and it has at least S examples. The number of slices is found, not chosen.</source>
        <translation>InfEmbed-Rule: clustert rekursiv in B Teile und behält einen Cluster als Slice, sobald seine Genauigkeit unter A liegt und er mindestens S Beispiele hat. Die Anzahl der Slices wird gefunden, nicht gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="128"/>
        <source>K: how many slices. 10–25 suits a few thousand examples; more gives smaller, purer slices.</source>
        <translation>K: wie viele Slices. 10–25 passt für einige tausend Beispiele; mehr ergibt kleinere, reinere Slices.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="133"/>
        <source>&amp;K:</source>
        <translation>&amp;K:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="140"/>
        <source>A: a slice&apos;s accuracy must be below this (the paper: 0.40).</source>
        <translation>A: Die Genauigkeit eines Slice muss darunter liegen (das Paper: 0,40).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="142"/>
        <source>S: a slice has at least this many examples (paper: 25).</source>
        <translation>S: Ein Slice hat mindestens so viele Beispiele (Paper: 25).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="144"/>
        <source>B: clusters each split makes (paper: 3).</source>
        <translation>B: Cluster, die jede Teilung bildet (Paper: 3).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="147"/>
        <source>The deepest split level; a branch that has not met the rule by then is dropped (paper: 7).</source>
        <translation>Die tiefste Teilungsebene; ein Zweig, der die Regel bis dahin nicht erfüllt, wird verworfen (Paper: 7).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="152"/>
        <source>Accuracy below &amp;A:</source>
        <translation>Genauigkeit unter &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="153"/>
        <source>At least S e&amp;xamples:</source>
        <translation>Mindestens S Beispie&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="154"/>
        <source>&amp;B clusters per split:</source>
        <translation>&amp;B Cluster je Teilung:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="155"/>
        <source>Max dep&amp;th:</source>
        <translation>Maximale Tie&amp;fe:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="158"/>
        <source>Iterations of each spherical K-means run; 25 converges on typical splits.</source>
        <translation>Iterationen jedes sphärischen K-means-Laufs; 25 konvergieren bei typischen Splits.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="163"/>
        <source>E&amp;mbed the training set (for opponents and proponents)</source>
        <translation>Trainingsmenge einbe&amp;tten (für Opponenten und Proponenten)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="166"/>
        <source>Also computes the training examples&apos; influence embeddings, so each slice lists the training examples that hurt it most (opponents: often mislabelled or misleading) and help it most (proponents). Costs one more pass over the training set.</source>
        <translation>Berechnet auch die Einflusseinbettungen der Trainingsbeispiele, sodass jeder Slice die Trainingsbeispiele auflistet, die ihm am meisten schaden (Opponenten: oft falsch gelabelt oder irreführend) und am meisten helfen (Proponenten). Kostet einen weiteren Durchlauf über die Trainingsmenge.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="169"/>
        <source>Opponents and proponents listed per slice (0 = none).</source>
        <translation>Aufgelistete Opponenten und Proponenten je Slice (0 = keine).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="172"/>
        <source>Influence embeddings</source>
        <translation>Einflusseinbettungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="174"/>
        <source>Pre&amp;set:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="175"/>
        <source>&amp;Layers:</source>
        <translation>Sch&amp;ichten:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="176"/>
        <source>Arnoldi iterations &amp;P:</source>
        <translation>Arnoldi-Iterationen &amp;P:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="177"/>
        <source>Embedding dimension &amp;D:</source>
        <translation>Einbettungsdimension &amp;D:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="178"/>
        <source>&amp;Hessian subset:</source>
        <translation>&amp;Hesse-Teilmenge:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="179"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="181"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="184"/>
        <source>Split to sli&amp;ce:</source>
        <translation>Slices su&amp;chen in:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="191"/>
        <source>K-means &amp;iterations:</source>
        <translation>K-means-Ite&amp;rationen:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="194"/>
        <source>Opponents</source>
        <translation>Opponenten</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="197"/>
        <source>&amp;Opponents per slice:</source>
        <translation>&amp;Opponenten je Slice:</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="206"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="349"/>
        <source>The model does not support the chosen layers.</source>
        <translation>Das Modell unterstützt die gewählten Schichten nicht.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="352"/>
        <source>The chosen split has no examples.</source>
        <translation>Der gewählte Split hat keine Beispiele.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="354"/>
        <source>K (%1) is more than the %2 examples of the chosen split.</source>
        <translation>K (%1) ist größer als die %2 Beispiele des gewählten Splits.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_dialog.cpp" line="356"/>
        <source>InfEmbed needs training examples; the dataset has none.</source>
        <translation>InfEmbed braucht Trainingsbeispiele; der Datensatz hat keine.</translation>
    </message>
</context>
<context>
    <name>fl::ui::InfEmbedReportSection</name>
    <message>
        <source>InfEmbed slices</source>
        <translation type="vanished">InfEmbed-Slices</translation>
    </message>
    <message>
        <source>InfEmbed groups the %1 examples of the %2 split by their influence embeddings (how each training example&apos;s gradient would change their loss) and finds %3 slices covering %4 examples; the split&apos;s accuracy is %5. Opponents are the training examples whose influence on a slice is most negative (training on them raises its loss); proponents the most positive.</source>
        <translation type="vanished">InfEmbed gruppiert die %1 Beispiele des Splits %2 nach ihren Einflusseinbettungen (wie der Gradient jedes Trainingsbeispiels ihren Verlust verändern würde) und findet %3 Slices mit zusammen %4 Beispielen; die Genauigkeit des Splits beträgt %5. Opponenten sind die Trainingsbeispiele, deren Einfluss auf einen Slice am stärksten negativ ist (Training mit ihnen erhöht seinen Verlust); Proponenten die am stärksten positiven.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Einstellungen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="vanished">Methode</translation>
    </message>
    <message>
        <source>InfEmbed-Rule (recursive)</source>
        <translation type="vanished">InfEmbed-Rule (rekursiv)</translation>
    </message>
    <message>
        <source>InfEmbed (K-means)</source>
        <translation type="vanished">InfEmbed (K-means)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="vanished">Schichten</translation>
    </message>
    <message>
        <source>last conv block + head</source>
        <translation type="vanished">letzter Conv-Block + Head</translation>
    </message>
    <message>
        <source>last linear layer</source>
        <translation type="vanished">letzte lineare Schicht</translation>
    </message>
    <message>
        <source>Arnoldi dimension P</source>
        <translation type="vanished">Arnoldi-Dimension P</translation>
    </message>
    <message>
        <source>Embedding dimension D (asked / kept)</source>
        <translation type="vanished">Einbettungsdimension D (verlangt / behalten)</translation>
    </message>
    <message>
        <source>Hessian subset</source>
        <translation type="vanished">Hesse-Teilmenge</translation>
    </message>
    <message>
        <source> training examples</source>
        <translation type="vanished"> Trainingsbeispiele</translation>
    </message>
    <message>
        <source>all training examples</source>
        <translation type="vanished">alle Trainingsbeispiele</translation>
    </message>
    <message>
        <source>Rule (A, S, B, depth)</source>
        <translation type="vanished">Regel (A, S, B, Tiefe)</translation>
    </message>
    <message>
        <source>accuracy &lt; %1, at least %2 examples, %3 clusters per split, depth ≤ %4</source>
        <translation type="vanished">Genauigkeit &lt; %1, mindestens %2 Beispiele, %3 Cluster je Teilung, Tiefe ≤ %4</translation>
    </message>
    <message>
        <source>Clusters K</source>
        <translation type="vanished">Cluster K</translation>
    </message>
    <message>
        <source>Seeds (Hessian and Arnoldi / K-means)</source>
        <translation type="vanished">Seeds (Hesse-Matrix und Arnoldi / K-means)</translation>
    </message>
    <message>
        <source>Training examples embedded (for opponents)</source>
        <translation type="vanished">Eingebettete Trainingsbeispiele (für Opponenten)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="vanished">Lauf</translation>
    </message>
    <message>
        <source>The %1 slices with the lowest accuracy (of %2)</source>
        <translation type="vanished">Die %1 Slices mit der niedrigsten Genauigkeit (von %2)</translation>
    </message>
    <message>
        <source>Slices, lowest accuracy first</source>
        <translation type="vanished">Slices, niedrigste Genauigkeit zuerst</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="vanished">Cluster</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Größe</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="vanished">Genauigkeit</translation>
    </message>
    <message>
        <source>Error rate [95% interval]</source>
        <translation type="vanished">Fehlerrate [95%-Intervall]</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation type="vanished">Kohärenz</translation>
    </message>
    <message>
        <source>Mostly label → prediction</source>
        <translation type="vanished">Meist Label → Vorhersage</translation>
    </message>
    <message>
        <source>The run found no slices.</source>
        <translation type="vanished">Der Lauf hat keine Slices gefunden.</translation>
    </message>
    <message>
        <source>InfEmbed slice %1: %2 → %3</source>
        <translation type="vanished">InfEmbed-Slice %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 examples · accuracy %2 · error rate %3 [%4, %5] (95% Wilson) · coherence %6 (lower = tighter).</source>
        <translation type="vanished">%1 Beispiele · Genauigkeit %2 · Fehlerrate %3 [%4, %5] (95% Wilson) · Kohärenz %6 (niedriger = enger).</translation>
    </message>
    <message>
        <source>Labels and predictions in the slice</source>
        <translation type="vanished">Labels und Vorhersagen im Slice</translation>
    </message>
    <message>
        <source>True labels</source>
        <translation type="vanished">Wahre Labels</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="vanished">Vorhersagen</translation>
    </message>
    <message>
        <source>Nearest the slice centre</source>
        <translation type="vanished">Am nächsten am Slice-Zentrum</translation>
    </message>
    <message>
        <source>infl. %1</source>
        <translation type="vanished">Einfl. %1</translation>
    </message>
    <message>
        <source>No opponents: the run did not embed the training examples.</source>
        <translation type="vanished">Keine Opponenten: Der Lauf hat die Trainingsbeispiele nicht eingebettet.</translation>
    </message>
    <message>
        <source>Strongest opponents (training examples; influence &lt; 0 hurts the slice)</source>
        <translation type="vanished">Stärkste Opponenten (Trainingsbeispiele; Einfluss &lt; 0 schadet dem Slice)</translation>
    </message>
    <message>
        <source>Strongest proponents (training examples; influence &gt; 0 helps the slice)</source>
        <translation type="vanished">Stärkste Proponenten (Trainingsbeispiele; Einfluss &gt; 0 hilft dem Slice)</translation>
    </message>
</context>
<context>
    <name>fl::ui::InfEmbedSliceView</name>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="51"/>
        <source>Show one of the InfEmbed run&apos;s slices (it becomes the selection)</source>
        <translation>Einen der Slices des InfEmbed-Laufs zeigen (er wird zur Auswahl)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="85"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="88"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="301"/>
        <source>Largest inner product with the slice centre (%1 of %2)</source>
        <translation>Größtes Skalarprodukt mit dem Slice-Zentrum (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="302"/>
        <source>Highest cosine to the slice centre (%1 of %2)</source>
        <translation>Höchster Kosinus zum Slice-Zentrum (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="416"/>
        <source>The opponents could not be ranked: %1</source>
        <translation>Die Rangfolge der Opponenten konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="144"/>
        <source>InfEmbed slice %1</source>
        <translation>InfEmbed-Slice %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="175"/>
        <source>Pick an InfEmbed slice (%1)…</source>
        <translation>InfEmbed-Slice wählen (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="178"/>
        <source>%1 · %2 examples · accuracy %3 · %4 → %5</source>
        <translation>%1 · %2 Beispiele · Genauigkeit %3 · %4 → %5</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="189"/>
        <source>Open a project (File ▸ Open), run Analysis ▸ InfEmbed… to find slices, then select a slice or any examples and ask for their opponents.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), starten Sie Analyse ▸ InfEmbed…, um Slices zu finden, wählen Sie dann einen Slice oder beliebige Beispiele aus und fragen Sie nach deren Opponenten.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="196"/>
        <source>Run Analysis ▸ InfEmbed… to find slices; select a slice or any examples and ask for their opponents (Analysis ▸ Who Are Its Opponents?, Ctrl+Shift+O).</source>
        <translation>Starten Sie Analyse ▸ InfEmbed…, um Slices zu finden; wählen Sie einen Slice oder beliebige Beispiele aus und fragen Sie nach deren Opponenten (Analyse ▸ Wer sind ihre Opponenten?, Strg+Umschalt+O).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="214"/>
        <source>Slices InfEmbed found on the %1 split: %2. Pick one above, or select any examples (a confusion-matrix cell, a lasso, the grid) and ask who their opponents are: Analysis ▸ Who Are Its Opponents? (Ctrl+Shift+O).</source>
        <translation>Slices, die InfEmbed im Split %1 gefunden hat: %2. Wählen Sie oben einen aus, oder wählen Sie beliebige Beispiele (eine Zelle der Konfusionsmatrix, ein Lasso, das Raster) und fragen Sie, wer ihre Opponenten sind: Analyse ▸ Wer sind ihre Opponenten? (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="221"/>
        <source>The selection (%1 examples, %2) is not one of the InfEmbed slices. Ask which training examples hurt or help it most.</source>
        <translation>Die Auswahl (%1 Beispiele, %2) ist keiner der InfEmbed-Slices. Fragen Sie, welche Trainingsbeispiele ihr am meisten schaden oder helfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="225"/>
        <source>Who Are Its &amp;Opponents? (%n examples)</source>
        <translation>
            <numerusform>Wer sind ihre &amp;Opponenten? (%n Beispiel)</numerusform>
            <numerusform>Wer sind ihre &amp;Opponenten? (%n Beispiele)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="259"/>
        <source>slice “%1”</source>
        <translation>Slice „%1“</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="281"/>
        <source>mostly &lt;b&gt;%1&lt;/b&gt; (%2) → predicted &lt;b&gt;%3&lt;/b&gt; (%4)</source>
        <translation>meist &lt;b&gt;%1&lt;/b&gt; (%2) → vorhergesagt &lt;b&gt;%3&lt;/b&gt; (%4)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="287"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — slice %2 of %3, cluster %4 (%5, %6 split)&lt;br&gt;%7 examples · accuracy &lt;b&gt;%8&lt;/b&gt; · error rate %9 [%10, %11] (95%) · coherence %12 (lower = tighter)&lt;br&gt;%13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Slice %2 von %3, Cluster %4 (%5, Split %6)&lt;br&gt;%7 Beispiele · Genauigkeit &lt;b&gt;%8&lt;/b&gt; · Fehlerrate %9 [%10, %11] (95%) · Kohärenz %12 (niedriger = enger)&lt;br&gt;%13</translation>
    </message>
    <message>
        <source>Nearest the slice centre (%1 of %2)</source>
        <translation type="vanished">Am nächsten am Slice-Zentrum (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="308"/>
        <source>No opponents: this run did not embed the training examples.</source>
        <translation>Keine Opponenten: Dieser Lauf hat die Trainingsbeispiele nicht eingebettet.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="330"/>
        <source>Nothing is selected. Select examples (a confusion-matrix cell, a lasso in the embedding, the grid) and ask again.</source>
        <translation>Nichts ist ausgewählt. Wählen Sie Beispiele aus (eine Zelle der Konfusionsmatrix, ein Lasso in der Einbettung, das Raster) und fragen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="351"/>
        <source>None of the %1 selected examples is in the InfEmbed run&apos;s split (%2), so none has an influence embedding. Select examples of the %2 split, or run InfEmbed on the split you are looking at.</source>
        <translation>Keines der %1 ausgewählten Beispiele liegt im Split des InfEmbed-Laufs (%2), daher hat keines eine Einflusseinbettung. Wählen Sie Beispiele aus dem Split %2, oder starten Sie InfEmbed auf dem Split, den Sie gerade betrachten.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="370"/>
        <source>; %1 outside the %2 split have no embedding and were left out</source>
        <translation>; %1 außerhalb des Splits %2 haben keine Einbettung und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="373"/>
        <source>&lt;b&gt;Opponents of the selection&lt;/b&gt; — %1&lt;br&gt;%2 of %3 selected examples have influence embeddings (%4 split)%5 · accuracy &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opponenten der Auswahl&lt;/b&gt; — %1&lt;br&gt;%2 von %3 ausgewählten Beispielen haben Einflusseinbettungen (Split %4)%5 · Genauigkeit &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="379"/>
        <source>Examples of the selection (%1 of %2)</source>
        <translation>Beispiele der Auswahl (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="387"/>
        <source>No opponents: this InfEmbed run did not embed the training examples (run it again with opponents on).</source>
        <translation>Keine Opponenten: Dieser InfEmbed-Lauf hat die Trainingsbeispiele nicht eingebettet (starten Sie ihn erneut mit eingeschalteten Opponenten).</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="393"/>
        <source>Ranking the training examples…</source>
        <translation>Rangfolge der Trainingsbeispiele wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="404"/>
        <source>Ranking the opponents of the selection</source>
        <translation>Opponenten der Auswahl werden eingestuft</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="452"/>
        <source>True label %1: %2 examples, %3 predicted wrongly.</source>
        <translation>Wahres Label %1: %2 Beispiele, %3 falsch vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="453"/>
        <source>Predicted %1: %2 examples, %3 of them wrongly.</source>
        <translation>Vorhergesagt %1: %2 Beispiele, davon %3 falsch.</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="482"/>
        <source>Example %1
True label: %2
Prediction: %3</source>
        <translation>Beispiel %1
Wahres Label: %2
Vorhersage: %3</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="503"/>
        <source>Opponent %1: training example %2
True label: %3
Prediction: %4
Influence %5 (negative: training on it raises the loss here)</source>
        <translation>Opponent %1: Trainingsbeispiel %2
Wahres Label: %3
Vorhersage: %4
Einfluss %5 (negativ: Training damit erhöht hier den Verlust)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="505"/>
        <source>Proponent %1: training example %2
True label: %3
Prediction: %4
Influence %5 (positive: training on it lowers the loss here)</source>
        <translation>Proponent %1: Trainingsbeispiel %2
Wahres Label: %3
Vorhersage: %4
Einfluss %5 (positiv: Training damit senkt hier den Verlust)</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="510"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="518"/>
        <source>Opponents: the %1 training examples that hurt it most</source>
        <translation>Opponenten: die %1 Trainingsbeispiele, die ihm am meisten schaden</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="520"/>
        <source>Proponents: the %1 training examples that help it most</source>
        <translation>Proponenten: die %1 Trainingsbeispiele, die ihm am meisten helfen</translation>
    </message>
    <message>
        <location filename="../ui/methods/infembed/infembed_slice_view.cpp" line="545"/>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>fl::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="31"/>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="41"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="46"/>
        <source>tag, e.g. collar</source>
        <translation>Tag, z. B. Kragen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="47"/>
        <source>Add &amp;Tag</source>
        <translation>&amp;Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="49"/>
        <location filename="../ui/views/inspector_view.cpp" line="181"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="50"/>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="52"/>
        <source>Record that the true label is another class</source>
        <translation>Festhalten, dass das wahre Label eine andere Klasse ist</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="92"/>
        <source>Click an example in the grid or a point in the embedding to inspect it here.</source>
        <translation>Klicken Sie auf ein Beispiel im Raster oder einen Punkt in der Einbettung, um es hier zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="94"/>
        <source>Open a project (File ▸ Open) to inspect its examples here.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Beispiele zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="104"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;label &lt;b&gt;%1&lt;/b&gt; → predicted &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;Label &lt;b&gt;%1&lt;/b&gt; → vorhergesagt &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="107"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;label &lt;b&gt;%1&lt;/b&gt;, predicted &lt;b&gt;%2&lt;/b&gt; (correct)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;Label &lt;b&gt;%1&lt;/b&gt;, vorhergesagt &lt;b&gt;%2&lt;/b&gt; (richtig)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="132"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="134"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="134"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="134"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="134"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="135"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="138"/>
        <source>Relabelled as</source>
        <translation>Neu gelabelt als</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="139"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="140"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="141"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="146"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="159"/>
        <source>True label is …</source>
        <translation>Wahres Label ist …</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="175"/>
        <source>true label is</source>
        <translation>wahres Label ist</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="178"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="185"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/views/inspector_view.cpp" line="191"/>
        <source>No annotations yet: add a tag or a note below.</source>
        <translation>Noch keine Annotationen: Fügen Sie unten einen Tag oder eine Notiz hinzu.</translation>
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
        <translation>Keine Aufträge. Training, Auswertung und Analysen laufen hier im Hintergrund, während Sie weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="40"/>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="41"/>
        <source>Remove finished, failed and cancelled jobs from the list</source>
        <translation>Erledigte, fehlgeschlagene und abgebrochene Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="87"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/jobs_panel.cpp" line="88"/>
        <source>Stop this job; it ends at its next step</source>
        <translation>Diesen Auftrag anhalten; er endet bei seinem nächsten Schritt</translation>
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
        <translation>fehlgeschlagen: %1</translation>
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
        <location filename="../ui/mainwindow/main_window.cpp" line="92"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="126"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="169"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="178"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="205"/>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="179"/>
        <source>%1 — Faultline</source>
        <translation>%1 — Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="186"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="188"/>
        <source>Nothing selected — click a confusion cell, a bar, a slice or an example</source>
        <translation>Nichts ausgewählt — klicken Sie auf eine Konfusionszelle, einen Balken, einen Slice oder ein Beispiel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="190"/>
        <source>%n example(s) selected</source>
        <translation>
            <numerusform>%n Beispiel ausgewählt</numerusform>
            <numerusform>%n Beispiele ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="192"/>
        <source>%n example(s) selected · %1</source>
        <translation>
            <numerusform>%n Beispiel ausgewählt · %1</numerusform>
            <numerusform>%n Beispiele ausgewählt · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="195"/>
        <source>selection: %1 </source>
        <translation>Auswahl: %1 </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="216"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="218"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="229"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="240"/>
        <source>Preparing the demo project</source>
        <translation>Demoprojekt wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="240"/>
        <source>Training the demo CNN (first run only)</source>
        <translation>Demo-CNN wird trainiert (nur beim ersten Mal)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="249"/>
        <source>The demo project could not be prepared: %1</source>
        <translation>Das Demoprojekt konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="56"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="57"/>
        <source>Analyse a dataset and a model in a new project</source>
        <translation>Einen Datensatz und ein Modell in einem neuen Projekt analysieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="59"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="61"/>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="62"/>
        <source>Fashion-MNIST with the demo CNN (trained on first use)</source>
        <translation>Fashion-MNIST mit dem Demo-CNN (beim ersten Gebrauch trainiert)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="64"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="66"/>
        <source>Export &amp;Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="67"/>
        <source>Write the project&apos;s report as PDF, HTML, JSON or CSV</source>
        <translation>Den Bericht des Projekts als PDF, HTML, JSON oder CSV schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="76"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="79"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="80"/>
        <source>The previous selection</source>
        <translation>Die vorherige Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="82"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="83"/>
        <source>The next selection</source>
        <translation>Die nächste Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="85"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="87"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="90"/>
        <source>Select &amp;Errors</source>
        <translation>&amp;Fehler auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="90"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="91"/>
        <source>Select every misclassified test example</source>
        <translation>Alle falsch klassifizierten Testbeispiele auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="93"/>
        <source>Who Are Its &amp;Opponents?</source>
        <translation>Wer sind ihre &amp;Opponenten?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="94"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="95"/>
        <source>The training examples that hurt (opponents) or help (proponents) the selection most, from the InfEmbed run</source>
        <translation>Die Trainingsbeispiele, die der Auswahl am meisten schaden (Opponenten) oder helfen (Proponenten), aus dem InfEmbed-Lauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="106"/>
        <source>&amp;Evaluate Model Again</source>
        <translation>Modell erneut &amp;auswerten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="107"/>
        <source>Run the model over the dataset into a new evaluation run</source>
        <translation>Das Modell über den Datensatz laufen lassen, in einen neuen Auswertungslauf</translation>
    </message>
    <message>
        <source>&amp;InfEmbed…</source>
        <translation type="vanished">&amp;InfEmbed…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="vanished">Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Find slices the model fails on for one reason, from influence embeddings</source>
        <translation type="vanished">Slices finden, an denen das Modell aus einem Grund scheitert, anhand von Einflusseinbettungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="116"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="124"/>
        <source>&amp;Save Selection as Slice…</source>
        <translation>Auswahl als Slice &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="126"/>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="126"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="127"/>
        <source>Tag the current example</source>
        <translation>Das aktuelle Beispiel mit einem Tag versehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="130"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="130"/>
        <source>Write a note on the current example</source>
        <translation>Eine Notiz zum aktuellen Beispiel schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="132"/>
        <source>&amp;Relabel…</source>
        <translation>Neu &amp;labeln…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="133"/>
        <source>Record the true label of the current example</source>
        <translation>Das wahre Label des aktuellen Beispiels festhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="136"/>
        <source>&amp;Cancel All Jobs</source>
        <translation>Alle Aufträge &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="138"/>
        <source>Slice &amp;Benchmark…</source>
        <translation>Slice-&amp;Benchmark…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="139"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="140"/>
        <source>Score the slice-finding methods on a planted failure (no project needed)</source>
        <translation>Die Methoden zur Slice-Suche an einem eingepflanzten Fehler bewerten (kein Projekt nötig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="150"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="152"/>
        <source>&amp;About Faultline</source>
        <translation>&amp;Über Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="161"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="187"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="199"/>
        <source>A&amp;nnotate</source>
        <translation>Annot&amp;ieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="206"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="217"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="275"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="285"/>
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="288"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="292"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="293"/>
        <source>Faultline projects (*.faultline)</source>
        <translation>Faultline-Projekte (*.faultline)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="310"/>
        <source>Save Slice</source>
        <translation>Slice speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="310"/>
        <source>Slice name:</source>
        <translation>Name des Slice:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="319"/>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="319"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="326"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="326"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="335"/>
        <source>Relabel</source>
        <translation>Neu labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="335"/>
        <source>True label:</source>
        <translation>Wahres Label:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="347"/>
        <source>errors on the test split</source>
        <translation>Fehler im Test-Split</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="362"/>
        <source>Evaluating %1</source>
        <translation>%1 wird ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="374"/>
        <source>Evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="378"/>
        <source>About Faultline</source>
        <translation>Über Faultline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="379"/>
        <source>&lt;b&gt;Faultline %1&lt;/b&gt;&lt;p&gt;Find, understand, annotate and fix the systematic failures of image classifiers.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Faultline %1&lt;/b&gt;&lt;p&gt;Systematische Fehler von Bildklassifikatoren finden, verstehen, annotieren und beheben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fl::ui::MethodRunDialog</name>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="96"/>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="107"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="109"/>
        <source>Quick</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="111"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="112"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="113"/>
        <source>Default: the method&apos;s usual settings. Quick: smaller settings for a first look. Paper: the published settings. Editing a field makes the settings Custom.</source>
        <translation>Standard: die üblichen Einstellungen der Methode. Schnell: kleinere Einstellungen für einen ersten Blick. Paper: die veröffentlichten Einstellungen. Wer ein Feld ändert, macht die Einstellungen benutzerdefiniert.</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="116"/>
        <source>Pre&amp;set:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="122"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="123"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="124"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="128"/>
        <source>%1 (%2 examples)</source>
        <translation>%1 (%2 Beispiele)</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="132"/>
        <source>The examples that are sliced. Validation is the usual choice: the test split then stays untouched to confirm what the slices show.</source>
        <translation>Die Beispiele, die in Slices zerlegt werden. Üblich ist Validierung: Der Test-Split bleibt dann unberührt, um zu bestätigen, was die Slices zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="134"/>
        <source>Split to sli&amp;ce:</source>
        <translation>Slices su&amp;chen in:</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="160"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="172"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="182"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="205"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="296"/>
        <source>Paper: %1</source>
        <translation>Paper: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="298"/>
        <source>Reference code: %1</source>
        <translation>Referenzcode: %1</translation>
    </message>
    <message>
        <location filename="../ui/methods/method_run_dialog.cpp" line="485"/>
        <source>The %1 split has no examples.</source>
        <translation>Der Split %1 hat keine Beispiele.</translation>
    </message>
</context>
<context>
    <name>fl::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="37"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="39"/>
        <source>Fashion-MNIST (installed)</source>
        <translation>Fashion-MNIST (installiert)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="40"/>
        <source>MNIST (installed)</source>
        <translation>MNIST (installiert)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="41"/>
        <source>IDX files in a folder</source>
        <translation>IDX-Dateien in einem Ordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="42"/>
        <source>Image folder (one sub-folder per class)</source>
        <translation>Bildordner (ein Unterordner je Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="43"/>
        <source>CSV manifest (path, label, attributes)</source>
        <translation>CSV-Manifest (Pfad, Label, Attribute)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="45"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="64"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="76"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="46"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="48"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="49"/>
        <source>&amp;Location:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="51"/>
        <source>&amp;Train a built-in network</source>
        <translation>Eingebautes Netz &amp;trainieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="52"/>
        <source>&amp;Open a model file (TorchScript or Faultline)</source>
        <translation>Modell&amp;datei öffnen (TorchScript oder Faultline)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="65"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="68"/>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="69"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="70"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="72"/>
        <source>Model file:</source>
        <translation>Modelldatei:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="78"/>
        <source>Save project &amp;as:</source>
        <translation>Projekt speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="84"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="108"/>
        <source>CSV Manifest</source>
        <translation>CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="110"/>
        <source>Dataset Folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="117"/>
        <source>Model File</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="118"/>
        <source>Models (*.pt *.pth *.torchscript *.flmodel);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.torchscript *.flmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="124"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="125"/>
        <source>Faultline projects (*.faultline)</source>
        <translation>Faultline-Projekte (*.faultline)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="146"/>
        <source>Choose the dataset&apos;s location.</source>
        <translation>Wählen Sie den Pfad des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="148"/>
        <source>Choose a model file.</source>
        <translation>Wählen Sie eine Modelldatei.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="150"/>
        <source>Choose where to save the project.</source>
        <translation>Wählen Sie, wo das Projekt gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="152"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
</context>
<context>
    <name>fl::ui::OverviewView</name>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="18"/>
        <source>Open a project (File ▸ Open) to see its confusion matrix and per-class accuracy here.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Konfusionsmatrix und die Genauigkeit je Klasse zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="24"/>
        <source>&amp;Split:</source>
        <translation>S&amp;plit:</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="26"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="27"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="28"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="29"/>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="39"/>
        <source>Click a cell to select its examples</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Beispiele auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="41"/>
        <source>Accuracy per class (click a bar)</source>
        <translation>Genauigkeit je Klasse (Balken anklicken)</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="111"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="112"/>
        <source>%1: %2 of %3 correct. Click to select the class.</source>
        <translation>%1: %2 von %3 richtig. Klicken, um die Klasse auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="117"/>
        <source>Accuracy %1% on %2 examples (%3)</source>
        <translation>Genauigkeit %1% auf %2 Beispielen (%3)</translation>
    </message>
    <message>
        <source>Accuracy %1% on %2 %3 examples</source>
        <translation type="vanished">Genauigkeit %1% auf %2 Beispielen (%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="120"/>
        <source>No examples in this split.</source>
        <translation>Keine Beispiele in diesem Split.</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="135"/>
        <source>confusion: %1 → %2</source>
        <translation>Verwechslung: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/views/overview_view.cpp" line="149"/>
        <source>class: %1 (%2)</source>
        <translation>Klasse: %1 (%2)</translation>
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
        <translation>Automatisch (GPU, wenn verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="19"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="20"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="25"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="27"/>
        <source>Threads each computation may use; applies to jobs started later</source>
        <translation>Threads, die jede Berechnung nutzen darf; gilt für später gestartete Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="31"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="35"/>
        <source>The name stored with every tag, note and label you add</source>
        <translation>Der Name, der mit jedem hinzugefügten Tag, jeder Notiz und jedem Label gespeichert wird</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="38"/>
        <source>Compute &amp;device:</source>
        <translation>Rechen&amp;gerät:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="39"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="40"/>
        <source>T&amp;humbnail size:</source>
        <translation>&amp;Vorschaubildgröße:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_dialog.cpp" line="41"/>
        <source>Annotation &amp;author:</source>
        <translation>&amp;Autor der Annotationen:</translation>
    </message>
</context>
<context>
    <name>fl::ui::ProjectLoader</name>
    <message>
        <source>opening the project</source>
        <translation type="vanished">Projekt wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="25"/>
        <source>The project has no dataset yet.</source>
        <translation>Das Projekt hat noch keinen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="104"/>
        <source>reading the %1 run</source>
        <translation>Lauf %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="117"/>
        <source>The %1 run could not be read: %2</source>
        <translation>Der Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>loading dataset %1</source>
        <translation type="vanished">Datensatz %1 wird geladen</translation>
    </message>
    <message>
        <source>loading model</source>
        <translation type="vanished">Modell wird geladen</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1); results are shown, analyses that need the model are unavailable.</source>
        <translation type="vanished">Das Modell konnte nicht geladen werden (%1); Ergebnisse werden gezeigt, Analysen, die das Modell brauchen, sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="26"/>
        <source>The project has no finished evaluation run yet.</source>
        <translation>Das Projekt hat noch keinen abgeschlossenen Auswertungslauf.</translation>
    </message>
    <message>
        <source>reading evaluation results</source>
        <translation type="vanished">Auswertungsergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>reading embeddings</source>
        <translation type="vanished">Einbettungen werden gelesen</translation>
    </message>
    <message>
        <source>The embeddings could not be read: %1</source>
        <translation type="vanished">Die Einbettungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reading the InfEmbed run</source>
        <translation type="vanished">InfEmbed-Lauf wird gelesen</translation>
    </message>
    <message>
        <source>The InfEmbed run could not be read: %1</source>
        <translation type="vanished">Der InfEmbed-Lauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_loader.cpp" line="121"/>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
</context>
<context>
    <name>fl::ui::ProjectPanel</name>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="38"/>
        <source>No project open.
File ▸ Open a project, or File ▸ New to analyse your own dataset and model.</source>
        <translation>Kein Projekt geöffnet.
Öffnen Sie ein Projekt über Datei ▸ Projekt öffnen, oder analysieren Sie über Datei ▸ Neues Projekt Ihren eigenen Datensatz und Ihr Modell.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="77"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="81"/>
        <location filename="../ui/mainwindow/project_panel.cpp" line="139"/>
        <source>%n examples</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="82"/>
        <source>%1×%2, %n channel(s)</source>
        <translation>
            <numerusform>%1×%2, %n Kanal</numerusform>
            <numerusform>%1×%2, %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/project_panel.cpp" line="83"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="90"/>
        <location filename="../ui/mainwindow/project_panel.cpp" line="100"/>
        <source>(not loaded)</source>
        <translation>(nicht geladen)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="93"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="98"/>
        <source>device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="103"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="124"/>
        <source>%1 (shown)</source>
        <translation>%1 (angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="127"/>
        <source>(cannot read runs: %1)</source>
        <translation>(Läufe können nicht gelesen werden: %1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="106"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="142"/>
        <source>%1 slice; click to select its examples</source>
        <translation>Slice (%1); klicken, um seine Beispiele auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="145"/>
        <source>Select examples, then Annotate ▸ Save Slice (Ctrl+S)</source>
        <translation>Beispiele auswählen, dann Annotieren ▸ Auswahl als Slice speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="164"/>
        <source>Select Examples</source>
        <translation>Beispiele auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="165"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="167"/>
        <source>Rename Slice</source>
        <translation>Slice umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="167"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/project_panel.cpp" line="172"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceBenchmarkDialog</name>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="40"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="63"/>
        <source>Slice Benchmark</source>
        <translation>Slice-Benchmark</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="88"/>
        <source>Plants a failure in a dataset, trains the model recipe and scores how well each method finds it. Runs accumulate in the table.</source>
        <translation>Pflanzt einen Fehler in einen Datensatz ein, trainiert das Modellrezept und bewertet, wie gut jede Methode ihn findet. Die Läufe sammeln sich in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="98"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="106"/>
        <source>Restore &amp;Defaults</source>
        <translation>Standard&amp;werte</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="108"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="112"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="152"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="152"/>
        <source>One row per run and method, full-precision numbers</source>
        <translation>Eine Zeile je Lauf und Methode, Zahlen in voller Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="154"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="155"/>
        <source>An array of runs, each as faultline-cli slicebench --json prints it</source>
        <translation>Ein Array von Läufen, jeder so, wie faultline-cli slicebench --json ihn ausgibt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="157"/>
        <source>&amp;Load JSON…</source>
        <translation>JSON lade&amp;n…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="157"/>
        <source>Add runs saved by Export JSON or faultline-cli --json</source>
        <translation>Läufe hinzufügen, die mit JSON exportieren oder faultline-cli --json gespeichert wurden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="160"/>
        <source>Re&amp;move Runs</source>
        <translation>Läufe ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="160"/>
        <source>Remove the runs of the selected rows</source>
        <translation>Die Läufe der ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="163"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="163"/>
        <source>Remove every run</source>
        <translation>Alle Läufe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="166"/>
        <source>No runs yet. Choose a dataset and a planted task, then Run: each run adds one row per method.</source>
        <translation>Noch keine Läufe. Wählen Sie einen Datensatz und eine eingepflanzte Aufgabe, dann Starten: Jeder Lauf fügt eine Zeile je Methode hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="181"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="191"/>
        <source>Mean per method (by dataset and task)</source>
        <translation>Mittelwert je Methode (nach Datensatz und Aufgabe)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="222"/>
        <source>Choose a dataset: fashion-mnist, mnist or a folder.</source>
        <translation>Wählen Sie einen Datensatz: fashion-mnist, mnist oder einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="226"/>
        <source>Choose at least one method.</source>
        <translation>Wählen Sie mindestens eine Methode.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="238"/>
        <source>Queued: %1</source>
        <translation>In Warteschlange: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="255"/>
        <source>%1% · %2 · %3</source>
        <translation>%1% · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="266"/>
        <source> The plant does not bite (error inside %1 vs %2 outside; it bites at twice the outside error and 10 points above it): its scores say little.</source>
        <translation> Die Einpflanzung greift nicht (Fehler innen %1 gegenüber %2 außen; sie greift ab dem Doppelten des Fehlers außen und 10 Punkten darüber), daher sagen ihre Werte wenig aus.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="274"/>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="275"/>
        <source>whole class</source>
        <translation>ganze Klasse</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="276"/>
        <source>largest confusion cell</source>
        <translation>größte Konfusionszelle</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="280"/>
        <source> Label-only slices by loss, p@%1: %2.</source>
        <translation> Nur-Label-Slices nach Verlust, p@%1: %2.</translation>
    </message>
    <message>
        <source> The plant does not bite (error inside %1 &lt; 2× outside %2): its scores say little.</source>
        <translation type="vanished"> Die Einpflanzung greift nicht (Fehler innen %1 &lt; 2× außen %2), daher sagen ihre Werte wenig aus.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="283"/>
        <source>Done in %1 s: %2 method(s) on %3, model accuracy %4.</source>
        <translation>Fertig in %1 s: %2 Methode(n) auf %3, Modellgenauigkeit %4.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="294"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="294"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="353"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="369"/>
        <source>%1 is not a slice benchmark result: %2</source>
        <translation>%1 ist kein Slice-Benchmark-Ergebnis: %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="376"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="376"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="379"/>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="387"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="384"/>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="384"/>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="392"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="392"/>
        <source>Load JSON</source>
        <translation>JSON laden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_dialog.cpp" line="395"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceBenchmarkForm</name>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="41"/>
        <source>fashion-mnist, mnist, a folder (a plant, IDX files, an image folder with one sub-folder per class) or a CSV manifest</source>
        <translation>fashion-mnist, mnist, ein Ordner (eine Einpflanzung, IDX-Dateien, ein Bildordner mit einem Unterordner je Klasse) oder ein CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="43"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="45"/>
        <source>Dataset Folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="52"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="58"/>
        <source>Spurious correlation</source>
        <translation>Scheinkorrelation</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="59"/>
        <source>Rare subclass</source>
        <translation>Seltene Unterklasse</translation>
    </message>
    <message>
        <source>Noisy labels</source>
        <translation type="vanished">Verrauschte Labels</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="62"/>
        <source>As planted (plant folder)</source>
        <translation>Wie eingepflanzt (Einpflanzungsordner)</translation>
    </message>
    <message>
        <source>correlation: a signal on FRACTION of CLASS&apos;s training images; rare: CLASS kept at FRACTION of its training examples inside its superclass; noisy: FRACTION of CLASS&apos;s training labels flipped to TARGET</source>
        <translation type="vanished">Scheinkorrelation: ein Signal auf ANTEIL der Trainingsbilder von KLASSE; Seltene Unterklasse: KLASSE behält ANTEIL ihrer Trainingsbeispiele innerhalb ihrer Oberklasse; Verrauschte Labels: ANTEIL der Trainingslabels von KLASSE wird auf ZIELKLASSE umgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="69"/>
        <source>&amp;Task:</source>
        <translation>A&amp;ufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="85"/>
        <source>The class the task acts on</source>
        <translation>Die Klasse, auf die die Aufgabe wirkt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="86"/>
        <source>&amp;Class:</source>
        <translation>Kl&amp;asse:</translation>
    </message>
    <message>
        <source>noisy: the class flipped labels become</source>
        <translation type="vanished">Verrauschte Labels: die Klasse, zu der umgeschriebene Labels werden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="60"/>
        <source>Noisy labels (subclass)</source>
        <translation>Verrauschte Labels (Unterklasse)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="61"/>
        <source>Noisy labels (whole class)</source>
        <translation>Verrauschte Labels (ganze Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="63"/>
        <source>correlation: a signal on FRACTION of CLASS&apos;s training images; rare: CLASS kept at FRACTION of its training examples inside its superclass; noisy: FRACTION of subclass CLASS&apos;s training labels flipped to superclass TARGET; noisy-class: FRACTION of CLASS&apos;s training labels flipped to class TARGET</source>
        <translation>Scheinkorrelation: ein Signal auf ANTEIL der Trainingsbilder von KLASSE; Seltene Unterklasse: KLASSE behält ANTEIL ihrer Trainingsbeispiele innerhalb ihrer Oberklasse; Verrauschte Labels (Unterklasse): ANTEIL der Trainingslabels der Unterklasse KLASSE wird auf die Oberklasse ZIEL umgeschrieben; Verrauschte Labels (ganze Klasse): ANTEIL der Trainingslabels von KLASSE wird auf die Klasse ZIEL umgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="88"/>
        <source>noisy: the superclass flipped labels become; noisy-class: the class</source>
        <translation>Unterklasse: die Oberklasse, zu der umgeschriebene Labels werden; ganze Klasse: die Klasse</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="89"/>
        <source>the next one</source>
        <translation>die nächste</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="90"/>
        <source>Tar&amp;get class:</source>
        <translation>&amp;Zielklasse:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="91"/>
        <source>Share of the class&apos;s training examples kept (rare), signed (correlation) or flipped (noisy); set to the task&apos;s default when the task changes</source>
        <translation>Anteil der Trainingsbeispiele der Klasse, der behalten (Seltene Unterklasse), mit dem Signal versehen (Scheinkorrelation) oder umgeschrieben (Verrauschte Labels) wird; beim Wechsel der Aufgabe auf deren Vorgabe gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="94"/>
        <source>&amp;Fraction:</source>
        <translation>An&amp;teil:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="95"/>
        <source>correlation: share of the other classes&apos; training images signed</source>
        <translation>Scheinkorrelation: Anteil der Trainingsbilder der übrigen Klassen, die das Signal tragen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="97"/>
        <source>&amp;Other fraction:</source>
        <translation>&amp;Übriger Anteil:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="101"/>
        <source>Si&amp;gnal:</source>
        <translation>Si&amp;gnal:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="103"/>
        <source>Seed of the plant, the model and the methods</source>
        <translation>Seed der Einpflanzung, des Modells und der Methoden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="106"/>
        <source>&amp;Seed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="111"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="130"/>
        <source>Influence through the last conv block: minutes on a CPU</source>
        <translation>Einfluss über den letzten Conv-Block: Minuten auf einer CPU</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="135"/>
        <source>Methods:</source>
        <translation>Methoden:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="140"/>
        <source>&amp;Architecture:</source>
        <translation>Arc&amp;hitektur:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="141"/>
        <source>Model recipe: training epochs</source>
        <translation>Modellrezept: Trainingsepochen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="143"/>
        <source>&amp;Epochs:</source>
        <translation>E&amp;pochen:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="147"/>
        <source>De&amp;vice:</source>
        <translation>Ge&amp;rät:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="148"/>
        <source>Reuse the trained model from the cache</source>
        <translation>Trainiertes Modell aus dem Cache wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="150"/>
        <source>Train the recipe once per planted data and seed; later runs with other method settings load it instead of training again</source>
        <translation>Das Rezept einmal je eingepflanzten Daten und Seed trainieren; spätere Läufe mit anderen Methodeneinstellungen laden es, statt neu zu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="153"/>
        <source>K of infembed, infembed-block and embedding-kmeans</source>
        <translation>K von infembed, infembed-block und embedding-kmeans</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="155"/>
        <source>Cl&amp;usters K:</source>
        <translation>Cluster-An&amp;zahl K:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="156"/>
        <source>Arnoldi iterations P of the InfEmbed variants</source>
        <translation>Arnoldi-Iterationen P der InfEmbed-Varianten</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="157"/>
        <source>Arnoldi &amp;P:</source>
        <translation>Arn&amp;oldi P:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="158"/>
        <source>Embedding dimension D of the InfEmbed variants</source>
        <translation>Einbettungsdimension D der InfEmbed-Varianten</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="159"/>
        <source>E&amp;mbedding D:</source>
        <translation>Ein&amp;bettung D:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="162"/>
        <source>Lowest accuracy first</source>
        <translation>Niedrigste Genauigkeit zuerst</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="163"/>
        <source>Most errors first</source>
        <translation>Meiste Fehler zuerst</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="164"/>
        <source>Failure order of the cluster methods&apos; slices, which decides their top slices</source>
        <translation>Fehlerreihenfolge der Slices der Cluster-Methoden; sie bestimmt deren oberste Slices</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="166"/>
        <source>&amp;Ranking:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="167"/>
        <source>Precision@k: the slice&apos;s first k members are checked</source>
        <translation>Precision@k: Die ersten k Mitglieder des Slice werden geprüft</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="168"/>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="169"/>
        <source>Precision@k is the best over the method&apos;s first slices</source>
        <translation>Precision@k ist der beste Wert über die ersten Slices der Methode</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_form.cpp" line="170"/>
        <source>Top s&amp;lices:</source>
        <translation>Top-Sl&amp;ices:</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceBenchmarkSummaryModel</name>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="125"/>
        <source>The highest mean precision for %1 on %2</source>
        <translation>Die höchste mittlere Precision für %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="135"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="137"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="139"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="141"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="143"/>
        <source>Mean P@%1 (top %2)</source>
        <translation>Mittl. P@%1 (Top %2)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="145"/>
        <source>Mean P@%1 (all)</source>
        <translation>Mittl. P@%1 (alle)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="147"/>
        <source>Mean test P@%1</source>
        <translation>Mittl. Test-P@%1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_summary_model.cpp" line="149"/>
        <source>Mean F1</source>
        <translation>Mittl. F1</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceBenchmarkTableModel</name>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="78"/>
        <source>%1, %2 ep.</source>
        <translation>%1, %2 Ep.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="86"/>
        <source>bites</source>
        <translation>greift</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="86"/>
        <source>does not bite</source>
        <translation>greift nicht</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="164"/>
        <source>Validation error %1 inside the ground truth vs %2 outside: the planted failure shows in the model.</source>
        <translation>Validierungsfehler %1 innerhalb der Ground Truth gegenüber %2 außerhalb: Der eingepflanzte Fehler zeigt sich im Modell.</translation>
    </message>
    <message>
        <source>Validation error %1 inside the ground truth vs %2 outside (less than twice): the plant does not bite, so precision says little.</source>
        <translation type="vanished">Validierungsfehler %1 innerhalb der Ground Truth gegenüber %2 außerhalb (weniger als doppelt): Die Einpflanzung greift nicht, daher sagt die Precision wenig aus.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="167"/>
        <source>Validation error %1 inside the ground truth vs %2 outside (a plant bites at twice the outside error and 10 points above it): the plant does not bite, so precision says little.</source>
        <translation>Validierungsfehler %1 innerhalb der Ground Truth gegenüber %2 außerhalb (eine Einpflanzung greift ab dem Doppelten des Fehlers außen und 10 Punkten darüber): Die Einpflanzung greift nicht, daher sagt die Precision wenig aus.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="174"/>
        <source>Loaded from the model cache; ground truth %1 of %2 validation examples (%3 in test)</source>
        <translation>Aus dem Modell-Cache geladen; Ground Truth %1 von %2 Validierungsbeispielen (%3 im Test)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="180"/>
        <source>Trained in %1 s; ground truth %2 of %3 validation examples (%4 in test)</source>
        <translation>Trainiert in %1 s; Ground Truth %2 von %3 Validierungsbeispielen (%4 im Test)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="190"/>
        <source>K %1, P %2, D %3; slices ranked by %4</source>
        <translation>K %1, P %2, D %3; Slices sortiert nach %4</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="207"/>
        <source>Share of the top %1 members that lie in the ground truth, best over the method&apos;s first %2 slices (lowest accuracy first), on validation</source>
        <translation>Anteil der obersten %1 Mitglieder, die in der Ground Truth liegen, bester Wert über die ersten %2 Slices der Methode (niedrigste Genauigkeit zuerst), auf Validierung</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="211"/>
        <source>Precision@%1, best over all the method&apos;s slices</source>
        <translation>Precision@%1, bester Wert über alle Slices der Methode</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="213"/>
        <source>The top slices applied to the test split by nearest centre: precision@%1</source>
        <translation>Die obersten Slices, per nächstem Zentrum auf den Test-Split angewandt: Precision@%1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="216"/>
        <source>Share of the ground truth in the slice behind the precision</source>
        <translation>Anteil der Ground Truth im Slice, auf dem die Precision beruht</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="218"/>
        <source>Does the model err more inside the planted slice (≥ 2×)?</source>
        <translation>Irrt das Modell innerhalb des eingepflanzten Slice öfter (≥ 2×)?</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="220"/>
        <source>Validation error rate inside the ground truth</source>
        <translation>Validierungsfehlerrate innerhalb der Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="222"/>
        <source>Validation error rate outside the ground truth</source>
        <translation>Validierungsfehlerrate außerhalb der Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="231"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="233"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="235"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="237"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="239"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="241"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="243"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="245"/>
        <source>Error in</source>
        <translation>Fehler innen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="247"/>
        <source>Error out</source>
        <translation>Fehler außen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="249"/>
        <source>Plant</source>
        <translation>Einpflanzung</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="251"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="253"/>
        <source>P@%1 (top %2)</source>
        <translation>P@%1 (Top %2)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="255"/>
        <source>P@%1 (all)</source>
        <translation>P@%1 (alle)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="257"/>
        <source>Test P@%1</source>
        <translation>Test-P@%1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="259"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="261"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="263"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/slice_benchmark_table_model.cpp" line="265"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceListView</name>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="22"/>
        <source>Open a project (File ▸ Open) to see and save its slices here.</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Projekt öffnen), um hier seine Slices zu sehen und zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="27"/>
        <source>&amp;Save Selection as Slice…</source>
        <translation>Auswahl als Slice &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="28"/>
        <source>Save the current selection as a named slice (Ctrl+S)</source>
        <translation>Die aktuelle Auswahl als benannten Slice speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="35"/>
        <source>Latest runs</source>
        <translation>Neueste Läufe</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="36"/>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="37"/>
        <source>Saved by hand</source>
        <translation>Von Hand gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="38"/>
        <source>Latest runs: each method&apos;s newest run and the slices saved by hand; All runs: every run&apos;s slices too</source>
        <translation>Neueste Läufe: der neueste Lauf jeder Methode und die von Hand gespeicherten Slices; Alle Läufe: auch die Slices jedes älteren Laufs</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="40"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="47"/>
        <source>No slices yet. Select examples anywhere (a confusion cell, a lasso) and press “Save Selection as Slice…”, or run InfEmbed from the Analysis menu.</source>
        <translation>Noch keine Slices. Wählen Sie irgendwo Beispiele aus (eine Konfusionszelle, ein Lasso) und drücken Sie „Auswahl als Slice speichern…“, oder starten Sie InfEmbed aus dem Menü Analyse.</translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="75"/>
        <source>Delete Slice</source>
        <translation>Slice löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/slice_list_view.cpp" line="122"/>
        <source>%n slice(s) found by runs hidden.</source>
        <translation>
            <numerusform>%n von Läufen gefundener Slice ausgeblendet.</numerusform>
            <numerusform>%n von Läufen gefundene Slices ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/slice_list_view.cpp" line="123"/>
        <source>%n slice(s) of older runs hidden.</source>
        <translation>
            <numerusform>%n Slice älterer Läufe ausgeblendet.</numerusform>
            <numerusform>%n Slices älterer Läufe ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/slice_list_view.cpp" line="139"/>
        <source>Save Selection as Slice</source>
        <translation>Auswahl als Slice speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/slice_list_view.cpp" line="140"/>
        <source>Name of the slice (%n examples):</source>
        <translation>
            <numerusform>Name des Slice (%n Beispiel):</numerusform>
            <numerusform>Name des Slice (%n Beispiele):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::ui::SliceTableModel</name>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="100"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="113"/>
        <location filename="../ui/models/slice_table_model.cpp" line="117"/>
        <location filename="../ui/models/slice_table_model.cpp" line="124"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="115"/>
        <source>%1 [%2–%3]</source>
        <translation>%1 [%2–%3]</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="122"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="156"/>
        <source>%1 of %2 examples predicted wrongly; the 95% Wilson interval is %3–%4.</source>
        <translation>%1 von %2 Beispielen falsch vorhergesagt; das 95%-Wilson-Intervall ist %3–%4.</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="161"/>
        <source>Share of all the evaluation&apos;s errors that fall in this slice.</source>
        <translation>Anteil aller Fehler der Auswertung, die in diesen Slice fallen.</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="164"/>
        <source>Mostly true label %1 (%2 of the slice), mostly predicted %3 (%4).</source>
        <translation>Meist wahres Label %1 (%2 des Slice), meist vorhergesagt %3 (%4).</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="170"/>
        <source>InfEmbed&apos;s coherence: the mean squared distance of the members&apos; influence embeddings from their mean. Lower means the model errs on them for a more similar reason.</source>
        <translation>Kohärenz nach InfEmbed: der mittlere quadratische Abstand der Einflusseinbettungen der Mitglieder von ihrem Mittelwert. Niedriger heißt, das Modell irrt bei ihnen aus ähnlicherem Grund.</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="174"/>
        <source>Double-click to rename. Select to make its examples the selection.</source>
        <translation>Doppelklicken zum Umbenennen. Auswählen, um seine Beispiele zur Auswahl zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="190"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="192"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="194"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="196"/>
        <source>Error rate [95% CI]</source>
        <translation>Fehlerrate [95%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="198"/>
        <source>Error coverage</source>
        <translation>Fehlerabdeckung</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="200"/>
        <source>Mostly label → prediction</source>
        <translation>Meist Label → Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="202"/>
        <source>Coherence</source>
        <translation>Kohärenz</translation>
    </message>
    <message>
        <location filename="../ui/models/slice_table_model.cpp" line="204"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>fl::ui::ViewRegistry</name>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="38"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="39"/>
        <source>Histograms</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="40"/>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="41"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="42"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="44"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="46"/>
        <source>InfEmbed slice</source>
        <translation>InfEmbed-Slice</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="47"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="48"/>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/view_registry.cpp" line="49"/>
        <source>Defuse</source>
        <translation>Defuse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Find, understand and annotate the failures of image classifiers.</source>
        <translation>Fehler von Bildklassifikatoren finden, verstehen und annotieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>A .faultline project to open (default: the demo).</source>
        <translation>Ein zu öffnendes .faultline-Projekt (Standard: die Demo).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Print the time to first paint and to the project being shown.</source>
        <translation>Die Zeit bis zum ersten Zeichnen und bis zur Anzeige des Projekts ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Write the project&apos;s report to &lt;file&gt; (.pdf, .html, .json or .csv) and exit.</source>
        <translation>Den Bericht des Projekts nach &lt;file&gt; (.pdf, .html, .json oder .csv) schreiben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Show and raise the view &lt;id&gt; (slices, defuse, …; the View menu&apos;s docks) once the window is up.</source>
        <translation>Die Ansicht &lt;id&gt; zeigen und nach vorn holen (slices, defuse, …; die Docks des Menüs Ansicht), sobald das Fenster steht.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>--report needs exactly one project: faultline --report OUT.pdf PROJECT.faultline</source>
        <translation>--report braucht genau ein Projekt: faultline --report OUT.pdf PROJECT.faultline</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>wrote %1 (%2 s)</source>
        <translation>%1 geschrieben (%2 s)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>faultline: no view &apos;%1&apos;</source>
        <translation>faultline: keine Ansicht &apos;%1&apos;</translation>
    </message>
</context>
</TS>
