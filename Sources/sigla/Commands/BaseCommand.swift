import ArgumentParser
import Sigla

/// `sigla base`: the witness state the established text is built from.
struct BaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "base",
        abstract: "Show or set the base text: the witness state the established text is built from.",
        discussion: """
            With no argument, prints the base. With one (TS, TS-ac), makes it the base and \
            writes the established text anew, in one commit. Giving the current base again \
            writes the text anew after correcting the sentence split (sentences: in \
            sigla.yaml). Refused once decisions exist: their places are in the base's terms.
            """
    )

    @Argument(help: ArgumentHelp("The new base.", valueName: "SIGLUM[-STATE]"))
    var name: String?

    @OptionGroup var authorship: AuthorshipOptions
    @OptionGroup var location: EditionLocationOptions

    func run() throws {
        let edition = try location.openEdition()
        guard let name else {
            guard let base = edition.baseStateName else { throw EditionError.noWitnesses }
            print(base.state == .afterRevision ? base.siglum : base.description)
            return
        }
        let base = try edition.setBase(name, editor: try authorship.person())
        print("The established text is now built from \(base)")
    }
}
