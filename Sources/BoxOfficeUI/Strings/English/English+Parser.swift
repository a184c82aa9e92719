extension ParserKey {
    /// The English template: swift-argument-parser's own text.
    public var english: String {
        switch self {
        case .overview: "OVERVIEW:"
        case .usage: "USAGE:"
        case .arguments: "ARGUMENTS:"
        case .options: "OPTIONS:"
        case .subcommands: "SUBCOMMANDS:"
        case .defaultSubcommand: "{0} (default)"
        case .subcommandValue: "<subcommand>"
        case .optionsValue: "<options>"
        case .seeSubcommandHelp: "  See '{0} <subcommand>' for detailed help."
        case .helpFlag: "Show help information."
        case .versionFlag: "Show the version."
        case .defaultValue: "(default: {0})"
        case .errorPrefix: "Error: "
        case .helpLine: "Help:  {0}"
        case .usageLine: "Usage: {0}"
        case .seeHelp: "  See '{0}' for more information."
        case .unknownOptionDidYouMean: "Unknown option '{0}'. Did you mean '{1}'?"
        case .unknownOption: "Unknown option '{0}'"
        case .orMissingValueIn: "   or: Missing value for '{0}' in '{1}'"
        case .missingValue: "Missing value for '{0}'"
        case .unexpectedArgument: "Unexpected argument '{0}'"
        case .unexpectedArguments: "{0} unexpected arguments: '{1}'"
        case .missingArgument: "Missing expected argument '{0}'"
        case .missingOneOf: "Missing one of: '{0}'"
        case .missingSubcommand: "Missing required subcommand."
        case .invalidOption: "Invalid option: {0}"
        case .optionTakesNoValue: "The option '{0}' does not take any value, but '{1}' was specified."
        case .alreadySet: "Value to be set with {0} had already been set with {1}"
        case .invalidValueChoices: "The value '{0}' is invalid for '{1}'. Please provide one of {2}."
        case .invalidValueBecause: "The value '{0}' is invalid for '{1}': {2}"
        case .invalidValue: "The value '{0}' is invalid for '{1}'"
        case .invalidValueNoName: "The value '{0}' is invalid.{1}"
        }
    }
}
