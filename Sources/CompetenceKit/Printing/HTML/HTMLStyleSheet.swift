/// The one style sheet of every HTML printout, inlined in the page so that
/// the file needs nothing else: print rules (paper size, running header and
/// page numbers in the page margins, header row repeated on every page, rows
/// never split), a font stack with Japanese glyphs, and marks that survive
/// black-and-white printing.
enum HTMLStyleSheet {
    /// Japanese-capable fonts first (their Latin letters are fine too), in the
    /// order Linux, macOS and Windows have them, then whatever sans-serif is left.
    static let fontStack = """
        "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Hiragino Sans", \
        "Hiragino Kaku Gothic ProN", "Yu Gothic", "YuGothic", "Meiryo", sans-serif
        """

    /// `running` labels the page margins: title top left, view top right,
    /// file bottom left, dates bottom right; page numbers bottom centre.
    static func css(_ page: PageSetup, running: PrintHeader) -> String {
        let field = { (label: String) in running.fields.first { $0.label == label }?.value ?? "" }
        let dates = "As of \(field("As of")), printed \(field("Printed"))"
        return """
            @page {
              size: \(page.cssSize);
              margin: 14mm \(Int(PageSetup.sideMarginMM))mm 14mm;
              @top-left { content: \(HTMLEscaping.cssString(running.title)); font-size: 7.5pt; }
              @top-right { content: \(HTMLEscaping.cssString(running.subtitle)); font-size: 7.5pt; }
              @bottom-left { content: \(HTMLEscaping.cssString(field("File"))); font-size: 7.5pt; }
              @bottom-center { content: counter(page) " / " counter(pages); font-size: 7.5pt; }
              @bottom-right { content: \(HTMLEscaping.cssString(dates)); font-size: 7.5pt; }
            }
            html { font-family: \(fontStack); font-size: \(Int(PageSetup.fontPoints))pt; color: #000; background: #fff; }
            body { margin: 0; line-height: 1.35; line-break: strict; }
            @media screen { body { margin: 1.5em; } }
            h1 { font-size: 14pt; margin: 0 0 2pt; }
            h2 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; }
            h3 { font-size: 9pt; margin: 6pt 0 2pt; break-after: avoid; }
            p { margin: 3pt 0; }
            header.document p.view { font-size: 11pt; margin: 0 0 4pt; }
            dl.fields { display: grid; grid-template-columns: max-content auto; gap: 0 1em; margin: 0 0 6pt; }
            dl.fields dt { font-weight: bold; }
            dl.fields dd { margin: 0; }
            nav { margin: 0 0 6pt; }
            table { border-collapse: collapse; table-layout: fixed; width: max-content; max-width: 100%; margin: 3pt 0 8pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 0.5pt solid #000; padding: 1pt 0.28em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            thead th { vertical-align: bottom; background: #e8e8e8; font-size: 8pt; }
            tbody th { font-weight: normal; }
            tr.group th { font-weight: bold; background: #f4f4f4; break-after: avoid; }
            .c { text-align: center; }
            .r { text-align: right; }
            td.lv { text-align: center; }
            td.short { font-weight: bold; background: #d9d9d9; }
            td.due { font-style: italic; }
            td.exempt { font-weight: normal; background: none; }
            .mk { font-weight: bold; font-size: 110%; }
            h2.part { font-size: 9pt; }
            dl.list { display: grid; grid-template-columns: max-content auto; gap: 0 1.5em; margin: 0 0 6pt 1em; }
            dl.list dt { font-weight: bold; }
            dl.list dd { margin: 0; }
            footer.legend { margin-top: 6pt; display: flex; flex-wrap: wrap; column-gap: 3em; align-items: flex-start; }
            footer.legend h2 { flex-basis: 100%; }
            section.list { break-inside: avoid; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            """
    }
}
