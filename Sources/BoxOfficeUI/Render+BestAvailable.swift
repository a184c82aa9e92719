import BookingEngine

/// Best available's question in a box over the screen: how many seats together (up to the
/// buyer's allowance) and where to look, with the keys that change them.
func renderBestAvailableQuestion(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let question = state.bestQuestion else { return }
    let width = min(area.width - 4, 64)
    let box = Area(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - 9) / 2), width: width, height: 9)
    screen.clear(x: box.x, y: box.y, width: box.width, height: box.height)
    screen.box(box, title: state.text(ScreenKey.bestTitle))
    let x = box.x + 3
    let inner = box.width - 6
    screen.put(TerminalColumns.pad(state.text(ScreenKey.bestCount), to: 18), x: x, y: box.y + 2, role: .dim)
    var count = x + 18
    count += screen.put(question.count > 1 ? "◀ " : "  ", x: count, y: box.y + 2, role: .keyHint)
    count += screen.put(" \(question.count) ", x: count, y: box.y + 2, role: .selected)
    count += screen.put(question.count < question.most ? " ▶" : "  ", x: count, y: box.y + 2, role: .keyHint)
    screen.put("  " + state.text(ScreenKey.bestRange, question.most), x: count, y: box.y + 2, role: .dim)
    screen.put(TerminalColumns.pad(state.text(ScreenKey.bestWhere), to: 18), x: x, y: box.y + 4, role: .dim)
    screen.putFitting(VenueText.scope(question.scope, state.language), x: x + 18, y: box.y + 4, columns: inner - 18, role: .emphasis)
    if question.scopes.count > 1 {
        let others = question.scopes.filter { $0 != question.scope }.map { VenueText.scope($0, state.language) }.joined(separator: ", ")
        screen.putFitting(state.text(ScreenKey.bestOthers, others), x: x + 18, y: box.y + 5, columns: inner - 18, role: .dim)
    }
    screen.putFitting(state.text(ScreenKey.bestKeys), x: x, y: box.y + 7, columns: inner, role: .dim)
}
