/// What the top-up field says about the amount typed so far.
public enum AmountValidation: Sendable, Equatable {
    /// Nothing typed yet.
    case empty
    /// A usable amount.
    case valid(Int64)
    /// Not usable, with the reason shown next to the field.
    case invalid(String)

    /// Checks `text` against the per-charge range and the room left under the ceiling.
    /// The reason is in `language`.
    public static func check(
        _ text: String, balance: Int64?, maxCharge: Int64, ceiling: Int64, language: Language = .english
    ) -> AmountValidation {
        if text.isEmpty { return .empty }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalid(language.text(MessageKey.digitsOnly)) }
        guard let value = Int64(text), value <= maxCharge else {
            return .invalid(language.text(MessageKey.atMostPerTopUp, Formatting.points(maxCharge)))
        }
        if value < 1 { return .invalid(language.text(MessageKey.atLeastOnePoint)) }
        if let balance, balance + value > ceiling {
            let room = max(0, ceiling - balance)
            return .invalid(language.text(MessageKey.maxMoreUnderCeiling, Formatting.points(room), Formatting.points(ceiling)))
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
                               ceiling: configuration.balanceCeiling, language: language)
    }

    /// Edits the top-up field at its cursor: digits, Backspace and Delete, ← → Home End,
    /// Ctrl-U (everything before the cursor) and Ctrl-W (the digit group before the cursor,
    /// as the field shows groups of three). Returns nil for keys the field does not take.
    mutating func editAmount(_ key: Key) -> [Effect]? {
        var digits = Array(amountText)
        var cursor = min(max(0, amountCursor), digits.count)
        switch key {
        case .character(let character) where character.isASCII && character.isNumber:
            guard digits.count < Self.amountFieldDigits else {
                amountKeyError = text(MessageKey.tooManyDigits)
                return []
            }
            digits.insert(character, at: cursor)
            cursor += 1
        case .backspace where cursor > 0:
            digits.remove(at: cursor - 1)
            cursor -= 1
        case .delete where cursor < digits.count:
            digits.remove(at: cursor)
        case .backspace, .delete:
            break
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(digits.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = digits.count
        case .control("u"):
            digits.removeFirst(cursor)
            cursor = 0
        case .control("w") where cursor > 0:
            let start = Self.groupStart(of: cursor - 1, count: digits.count)
            digits.removeSubrange(start..<cursor)
            cursor = start
        case .control("w"):
            break
        default:
            return nil
        }
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            cursor = max(0, cursor - 1)
        }
        amountText = String(digits)
        amountCursor = cursor
        amountKeyError = nil
        return []
    }

    /// Where the group of three (counted from the right, as `1,234,567` shows them) holding
    /// digit `index` of `count` digits starts.
    private static func groupStart(of index: Int, count: Int) -> Int {
        max(0, count - 3 * ((count - 1 - index) / 3 + 1))
    }

    /// Enter on the points screen: charge the typed amount when it is valid.
    mutating func topUp() -> [Effect] {
        switch amountValidation {
        case .empty:
            say(.typeAmountFirst, kind: .warning)
            return []
        case .invalid(let reason):
            say(.amountRefused, reason, kind: .error)
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
        amountCursor = 0
        amountKeyError = nil
        let added = Formatting.points(amount)
        if returnScreen == .checkout, !holds.isEmpty {
            let effects = show(.checkout)
            say(.pointsAddedPressEnter, added, Formatting.points(newBalance), kind: .success)
            return effects
        }
        say(.pointsAdded, added, Formatting.points(newBalance), kind: .success)
        return []
    }
}

/// The top-up field as shown: the digits grouped by three, and the column of its cursor.
struct AmountFieldText {
    let text: String
    /// The column of the cursor in `text`: on the first digit after it, or just past the end.
    let cursorColumn: Int

    init(digits: String, cursor: Int) {
        var text = ""
        var column = 0
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            if index == cursor { column = text.count }
            text.append(digit)
        }
        self.text = text
        cursorColumn = cursor >= digits.count ? text.count : column
    }
}
