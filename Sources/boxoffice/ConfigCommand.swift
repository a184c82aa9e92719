import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation
import Logging

/// `boxoffice config show|set`: the database's policy, which every process on it applies.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: about(.aboutConfig),
        subcommands: [Show.self, Set.self])

    /// The policy's settings as a JSON object: durations in milliseconds, as stored.
    struct Settings: Encodable {
        let settings: [String: Int64]
    }

    /// Shows every setting with its value and what it means.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.aboutConfigShow))

        @Option(name: .long, help: ArgumentHelp(option(.configDatabase), valueName: "path")) var db: String?
        @Flag(help: ArgumentHelp(option(.printSettingsJSON))) var json = false

        func run() async throws {
            let engine = try await ConfigCommand.open(db)
            let policy: EngineConfiguration
            do { policy = try await engine.policy() } catch { throw CommandFailure(error) }
            if json {
                try CommandSupport.printJSON(Settings(settings: Dictionary(uniqueKeysWithValues: PolicySetting.allCases.map {
                    ($0.rawValue, $0.value(in: policy))
                })))
            } else {
                print(ConfigCommand.table(policy))
            }
        }
    }

    /// Changes one setting for everyone; the change is logged and recorded as an event.
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.aboutConfigSet),
            discussion: about(.aboutConfigSetDetails, PolicySetting.allCases.map(\.rawValue).joined(separator: ", ")))

        @Option(name: .long, help: ArgumentHelp(option(.configDatabase), valueName: "path")) var db: String?
        @Argument(help: ArgumentHelp(option(.setting), valueName: "setting")) var setting: String
        @Argument(help: ArgumentHelp(option(.settingValue), valueName: "value")) var value: String
        @Flag(help: ArgumentHelp(option(.printPolicyJSON))) var json = false

        func validate() throws {
            _ = try parsed()
        }

        /// The setting and its value in the stored unit, or a usage error saying what to write.
        private func parsed() throws -> (PolicySetting, Int64) {
            guard let setting = PolicySetting(rawValue: setting) else {
                throw ValidationError(say(.unknownSetting, setting, PolicySetting.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            if setting.isDuration {
                guard let duration = DurationArgument(argument: value) else {
                    throw ValidationError(say(.settingTakesDuration, setting.rawValue, value))
                }
                return (setting, duration.duration.wholeMilliseconds)
            }
            guard let number = Int64(value), number > 0 else {
                throw ValidationError(say(.settingTakesNumber, setting.rawValue, value))
            }
            return (setting, number)
        }

        func run() async throws {
            let (setting, value) = try parsed()
            let engine = try await ConfigCommand.open(db)
            let before: EngineConfiguration
            let after: EngineConfiguration
            do {
                before = try await engine.policy()
                after = try await engine.setPolicy(setting, to: value)
            } catch { throw CommandFailure(error) }
            Logger(label: "boxoffice.config").notice(
                "policy of \(DatabaseTarget.shown(db ?? DatabaseOption.environmentDatabase ?? DatabaseLocation.defaultPath())): \(setting.rawValue) \(setting.text(setting.value(in: before))) -> \(setting.text(value))")
            if json {
                try CommandSupport.printJSON(Settings(settings: Dictionary(uniqueKeysWithValues: PolicySetting.allCases.map {
                    ($0.rawValue, $0.value(in: after))
                })))
            } else {
                print(say(.settingChanged, setting.rawValue, setting.text(setting.value(in: before)), setting.text(value),
                          CommandLanguage.current.meaning(of: setting)))
            }
        }
    }

    /// Opens an existing database without asking for any policy.
    static func open(_ db: String?) async throws -> BookingEngine {
        do {
            return try await DatabaseTarget.open(db ?? DatabaseOption.environmentDatabase ?? DatabaseLocation.defaultPath(), creation: .existingOnly)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The policy as aligned lines: setting, value, meaning.
    static func table(_ policy: EngineConfiguration) -> String {
        let width = PolicySetting.allCases.map(\.rawValue.count).max() ?? 0
        let values = PolicySetting.allCases.map { $0.text($0.value(in: policy)) }
        let valueWidth = values.map(\.count).max() ?? 0
        return zip(PolicySetting.allCases, values).map { setting, value in
            setting.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: valueWidth - value.count) + value + "  " + CommandLanguage.current.meaning(of: setting)
        }.joined(separator: "\n")
    }
}
