import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small XML tree read with Foundation's `XMLParser`, safely: any DOCTYPE or ENTITY
/// declaration is refused before parsing, and external entities are never resolved.
struct XMLTree {
    indirect enum Node {
        case element(Element)
        case text(String, SourcePosition)
    }

    struct Element {
        var name: String
        var namespace: String?
        var attributes: [String: String]
        var children: [Node]
        var position: SourcePosition

        var elementChildren: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        /// All the text inside, descendants included.
        var textContent: String {
            children.map {
                switch $0 {
                case .text(let text, _): text
                case .element(let element): element.textContent
                }
            }.joined()
        }
    }

    var root: Element

    /// Reads `xml`.
    ///
    /// - Throws: ``TEIImportError`` for a declaration (refused) or malformed XML.
    static func parse(_ xml: String, file: String) throws(TEIImportError) -> XMLTree {
        try refuseDeclarations(in: xml, file: file)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = Builder(file: file)
        parser.delegate = builder
        let succeeded = parser.parse()
        if let failure = builder.failure { throw failure }
        guard succeeded, let root = builder.root else {
            let detail =
                parser.parserError.map { ($0 as NSError).localizedDescription } ?? "the document is not well-formed"
            throw TEIImportError(
                file: file,
                position: SourcePosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)),
                reason: .malformedXML(detail))
        }
        return XMLTree(root: root)
    }

    /// Finds `<!DOCTYPE` or `<!ENTITY` anywhere in the text and refuses it, so that nothing of a
    /// DTD ever reaches the XML parser; refuses references to entities other than the five
    /// predefined ones (which, with no DTD, cannot be defined).
    private static func refuseDeclarations(in xml: String, file: String) throws(TEIImportError) {
        let bytes = Array(xml.utf8)
        let patterns: [(String, [UInt8])] = [("DOCTYPE", Array("<!DOCTYPE".utf8)), ("ENTITY", Array("<!ENTITY".utf8))]
        var line = 1
        var lineStart = 0
        var offset = 0
        while offset < bytes.count {
            if bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            } else if bytes[offset] == 0x26 {
                // Only the five predefined entities and character references exist without a DTD;
                // the XML parser would otherwise skip an unknown one silently.
                var end = offset + 1
                while end < bytes.count, end - offset < 64, bytes[end] != 0x3B, bytes[end] != 0x3C, bytes[end] != 0x20 {
                    end += 1
                }
                let name = String(decoding: bytes[(offset + 1)..<min(end, bytes.count)], as: UTF8.self)
                if !["amp", "lt", "gt", "quot", "apos"].contains(name), !name.hasPrefix("#") {
                    let column = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
                    throw TEIImportError(
                        file: file, position: SourcePosition(utf8Offset: offset, line: line, column: column),
                        reason: .malformedXML(
                            "undefined entity '&\(name);' (Sigla knows only &amp; &lt; &gt; &quot; &apos; and character references)"
                        ))
                }
            } else if bytes[offset] == 0x3C {
                for (name, pattern) in patterns
                where offset + pattern.count <= bytes.count
                    && Array(bytes[offset..<offset + pattern.count]) == pattern
                {
                    let column = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
                    throw TEIImportError(
                        file: file, position: SourcePosition(utf8Offset: offset, line: line, column: column),
                        reason: .declarationRefused(name))
                }
            }
            offset += 1
        }
    }

    /// Builds the tree from the parser's events.
    private final class Builder: NSObject, XMLParserDelegate {
        let file: String
        var stack: [Element] = []
        var root: Element?
        var failure: TEIImportError?
        var pendingText = ""
        var pendingPosition: SourcePosition?

        init(file: String) {
            self.file = file
        }

        func position(_ parser: XMLParser) -> SourcePosition {
            SourcePosition(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }

        func flushText() {
            guard !pendingText.isEmpty, !stack.isEmpty else {
                pendingText = ""
                return
            }
            stack[stack.count - 1].children.append(
                .text(pendingText, pendingPosition ?? SourcePosition(line: 1, column: 1)))
            pendingText = ""
            pendingPosition = nil
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            flushText()
            // TEI wraps the text in TEI/text/body/div/p: a few levels more than the marks.
            guard stack.count < Transcription.maximumNesting + 8 else {
                if failure == nil {
                    failure = TEIImportError(
                        file: file, position: position(parser),
                        reason: .nestingTooDeep(limit: Transcription.maximumNesting + 8))
                }
                parser.abortParsing()
                return
            }
            stack.append(
                Element(
                    name: elementName, namespace: namespaceURI?.isEmpty == true ? nil : namespaceURI,
                    attributes: attributes, children: [], position: position(parser)))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            flushText()
            guard let element = stack.popLast() else { return }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(.element(element))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if pendingText.isEmpty { pendingPosition = position(parser) }
            pendingText += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if pendingText.isEmpty { pendingPosition = position(parser) }
            pendingText += String(decoding: block, as: UTF8.self)
        }

        func refuse(_ parser: XMLParser, _ what: String) {
            if failure == nil {
                failure = TEIImportError(file: file, position: position(parser), reason: .declarationRefused(what))
            }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refuse(parser, "ENTITY")
        }

        func parser(
            _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
            systemID: String?
        ) {
            refuse(parser, "ENTITY")
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            refuse(parser, "external entity")
            return nil
        }
    }
}
