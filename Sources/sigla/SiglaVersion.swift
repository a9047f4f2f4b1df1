/// The version `sigla --version` prints.
enum SiglaVersion {
    static let current = "0.1.0"
}
