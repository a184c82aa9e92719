import BookingEngine

extension AppState {
    /// `a` on the overview or a section: ask how many seats (the remaining allowance by
    /// default) and where (the section open, its grade, or anywhere).
    mutating func askBestAvailable() -> [Effect] {
        let most = configuration.holdLimit - holds.count
        guard most > 0 else {
            say(.allowanceUsed, holds.count, kind: .warning)
            return []
        }
        guard activeToken != nil else { return tokenUnusable() }
        var scopes: [BestAvailableQuestion.Scope] = []
        let highlighted: SectionSummary? = switch screen {
        case .seatGrid: section?.section
        case .venue: venue?.sections.indices.contains(sectionCursor) == true ? venue?.sections[sectionCursor] : nil
        default: nil
        }
        if let highlighted {
            scopes = [.section(highlighted.id, name: highlighted.name), .grade(highlighted.grade)]
            if screen == .venue { scopes.insert(.anywhere, at: 0) } else { scopes.append(.anywhere) }
        } else {
            scopes = [.anywhere]
        }
        bestQuestion = BestAvailableQuestion(most: most, scopes: scopes)
        overlay = .bestAvailable
        return []
    }

    /// Keys while best available asks: a digit or ←→ (-+) sets how many, Tab where,
    /// Enter holds, Esc or q asks no more.
    mutating func answerBestAvailable(_ key: Key) -> [Effect] {
        guard var question = bestQuestion else {
            overlay = nil
            return []
        }
        switch key {
        case .character(let character) where character.wholeNumberValue.map({ (1...question.most).contains($0) }) == true:
            question.count = character.wholeNumberValue ?? question.count
        case .left, .character("-"), .character("h"), .down, .character("j"):
            question.count = max(1, question.count - 1)
        case .right, .character("+"), .character("l"), .up, .character("k"):
            question.count = min(question.most, question.count + 1)
        case .tab, .backTab:
            question.nextScope()
        case .enter:
            overlay = nil
            bestQuestion = nil
            guard let token = activeToken, let selectedDate else { return tokenUnusable() }
            switch question.scope {
            case .anywhere: return launch(.holdBest(token, selectedDate, count: question.count, section: nil, grade: nil))
            case .grade(let grade): return launch(.holdBest(token, selectedDate, count: question.count, section: nil, grade: grade))
            case .section(let id, _): return launch(.holdBest(token, selectedDate, count: question.count, section: id, grade: nil))
            }
        case .escape, .character("q"), .control("c"):
            overlay = nil
            bestQuestion = nil
            return []
        default:
            break
        }
        bestQuestion = question
        return []
    }
}
