import ArgumentParser
import Foundation
import Sigla

/// `-C DIR`: where to look for the edition, as git's `-C`.
struct EditionLocationOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if sigla was started in DIR.", valueName: "DIR"))
    var directory: String?

    /// The directory to start from.
    var startDirectory: String {
        directory ?? FileManager.default.currentDirectoryPath
    }

    /// Opens the edition containing the start directory.
    func openEdition() throws -> Edition {
        try Edition.open(containing: startDirectory)
    }
}
