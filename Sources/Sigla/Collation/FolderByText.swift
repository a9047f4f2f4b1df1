/// The fully folded form of each distinct token text of a collation, as an integer:
/// equal ids for equal forms (`String ==`), so that telling formal from substantive
/// variants compares integers, and each text is folded at most once.
final class FolderByText {
    private let texts: [(text: String, kind: TokenKind)]
    private let forms: FormCache
    private var ids: [Int32]
    private var interner = CanonicalInterner(capacity: 1 << 10)
    /// Per folded id: whether the form is empty, whether it has a space.
    private var isEmptyForm: [Bool] = []
    private var hasSpace: [Bool] = []

    /// - Parameter texts: the distinct texts by text id, with their kinds.
    init(texts: [(text: String, kind: TokenKind)], forms: FormCache) {
        self.texts = texts
        self.forms = forms
        ids = [Int32](repeating: -1, count: texts.count)
    }

    /// The id of the fully folded form (`FormCache.folded`) of text `id`.
    func foldedID(ofText id: Int32) -> Int32 {
        let cached = ids[Int(id)]
        if cached >= 0 { return cached }
        let text = texts[Int(id)]
        let form = forms.folded(text.text, text.kind)
        let (folded, isNew) = interner.intern(form)
        if isNew {
            isEmptyForm.append(form.isEmpty)
            hasSpace.append(form.utf8.contains(0x20))
        }
        ids[Int(id)] = folded
        return folded
    }

    /// Whether the folded form `foldedID` is empty (punctuation, say).
    func isEmpty(_ foldedID: Int32) -> Bool { isEmptyForm[Int(foldedID)] }

    /// Whether the folded form `foldedID` has a space (a spelling rule may put one in).
    func containsSpace(_ foldedID: Int32) -> Bool { hasSpace[Int(foldedID)] }
}
