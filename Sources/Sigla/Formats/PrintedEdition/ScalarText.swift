extension String {
    /// A string from Unicode scalars, encoded in one pass (appending to a
    /// `String.UnicodeScalarView` copies the string each time).
    ///
    /// - Complexity: O(*n*), *n* the number of scalars.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 2)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
