extension ParserKey {
    /// The Korean template.
    public var korean: String {
        switch self {
        case .overview: "개요:"
        case .usage: "사용법:"
        case .arguments: "인수:"
        case .options: "옵션:"
        case .subcommands: "하위 명령:"
        case .defaultSubcommand: "{0} (기본)"
        case .subcommandValue: "<하위-명령>"
        case .optionsValue: "<옵션>"
        case .seeSubcommandHelp: "  하위 명령별 자세한 도움말: '{0} <하위-명령>'"
        case .helpFlag: "도움말을 보여 줍니다."
        case .versionFlag: "버전을 보여 줍니다."
        case .defaultValue: "(기본값: {0})"
        case .errorPrefix: "오류: "
        case .helpLine: "도움말: {0}"
        case .usageLine: "사용법: {0}"
        case .seeHelp: "  자세한 내용: '{0}'"
        case .unknownOptionDidYouMean: "알 수 없는 옵션입니다: '{0}' (혹시 '{1}'?)"
        case .unknownOption: "알 수 없는 옵션입니다: '{0}'"
        case .orMissingValueIn: "   또는: '{1}' 안의 '{0}'에 값이 없습니다"
        case .missingValue: "값이 빠졌습니다: '{0}'"
        case .unexpectedArgument: "예상하지 못한 인수입니다: '{0}'"
        case .unexpectedArguments: "예상하지 못한 인수 {0}개: '{1}'"
        case .missingArgument: "필요한 인수가 빠졌습니다: '{0}'"
        case .missingOneOf: "다음 중 하나가 필요합니다: '{0}'"
        case .missingSubcommand: "하위 명령이 필요합니다."
        case .invalidOption: "잘못된 옵션입니다: {0}"
        case .optionTakesNoValue: "'{0}' 옵션은 값을 받지 않습니다 (입력: '{1}')."
        case .alreadySet: "같은 값을 두 번 정했습니다: {1}, {0}"
        case .invalidValueChoices: "'{1}'에 쓸 수 없는 값입니다: '{0}'. 다음 중 하나를 쓰십시오: {2}."
        case .invalidValueBecause: "'{1}'에 쓸 수 없는 값입니다: '{0}': {2}"
        case .invalidValue: "'{1}'에 쓸 수 없는 값입니다: '{0}'"
        case .invalidValueNoName: "쓸 수 없는 값입니다: '{0}'.{1}"
        }
    }
}
