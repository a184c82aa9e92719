/// What the top-up field says about the amount typed so far.
public enum AmountValidation: Sendable, Equatable {
    /// Nothing typed yet.
    case empty
    /// A usable amount.
    case valid(Int64)
    /// Not usable, with the reason shown next to the field.
    case invalid(String)

    /// Checks `text` against the per-charge range and the room left under the ceiling.
    public static func check(_ text: String, balance: Int64?, maxCharge: Int64, ceiling: Int64) -> AmountValidation {
        if text.isEmpty { return .empty }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalid("Digits only") }
        guard let value = Int64(text), value <= maxCharge else {
            return .invalid("At most \(Formatting.points(maxCharge)) per top-up")
        }
        if value < 1 { return .invalid("At least 1 point") }
        if let balance, balance + value > ceiling {
            let room = max(0, ceiling - balance)
            return .invalid("Max \(Formatting.points(room)) more (limit \(Formatting.points(ceiling)))")
        }
        return .valid(value)
    }
}

extension AppState {
    /// The top-up field longest input, in digits: enough to type any amount up to the limit.
    static let amountFieldDigits = 9

    /// The current top-up field's verdict.
    public var amountValidation: AmountValidation {
        AmountValidation.check(amountText, balance: balance, maxCharge: configuration.maxCharge,
                               ceiling: configuration.balanceCeiling)
    }

    /// Edits the top-up field; returns nil for keys the field does not take.
    mutating func editAmount(_ key: Key) -> [Effect]? {
        switch key {
        case .backspace, .delete:
            amountText = String(amountText.dropLast())
            amountKeyError = nil
            return []
        case .character(let character) where character.isASCII && character.isNumber:
            guard amountText.count < Self.amountFieldDigits else {
                amountKeyError = "Too many digits"
                return []
            }
            amountText = amountText == "0" ? String(character) : amountText + String(character)
            amountKeyError = nil
            return []
        default:
            return nil
        }
    }

    /// Enter on the points screen: charge the typed amount when it is valid.
    mutating func topUp() -> [Effect] {
        switch amountValidation {
        case .empty:
            say("Type an amount of points first.", .warning)
            return []
        case .invalid(let reason):
            say(reason + ".", .error)
            return []
        case .valid(let amount):
            requestsMade += 1
            return launch(.charge(user: user, amount: amount, attempt: requestsMade))
        }
    }

    /// A top-up went through; a buyer sent here by a short payment goes back to checkout.
    mutating func receiveCharge(amount: Int64, balance newBalance: Int64) -> [Effect] {
        inFlight.remove(.charging)
        balance = newBalance
        amountText = ""
        amountKeyError = nil
        let added = "Added \(Formatting.points(amount)) points. Balance \(Formatting.points(newBalance))."
        if returnScreen == .checkout, !holds.isEmpty {
            let effects = show(.checkout)
            say(added + " Press Enter to pay.", .success)
            return effects
        }
        say(added, .success)
        return []
    }
}
