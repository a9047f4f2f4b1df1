extension Substring {
    /// The text without white space (newlines included) at either end.
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}

extension String {
    /// The text without white space (newlines included) at either end.
    func trimmingWhitespace() -> String {
        String(self[...].trimmingWhitespace())
    }
}
