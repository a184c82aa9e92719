/// The help box and how much of the key list fits in it; the reducer scrolls by it too.
struct HelpLayout {
    /// The key table's bindings for the screen, as help lists them.
    let bindings: [KeyBinding]
    /// The box on a terminal of the given size.
    let box: Area
    /// Key lines that fit in the box.
    let visibleRows: Int

    /// Key lines that do not fit and are reached by scrolling.
    var hiddenRows: Int { max(0, bindings.count - visibleRows) }

    init(state: AppState, width: Int? = nil, height: Int? = nil) {
        let width = width ?? state.width
        let height = height ?? state.height
        bindings = KeyBindings.bindings(on: state.screen, inspectorOpen: state.inspector != nil, qaControls: state.qaControls)
        let boxWidth = min(width - 4, 66)
        let boxHeight = min(height - 2, bindings.count + 4)
        box = Area(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        visibleRows = max(1, boxHeight - 4)
    }
}

/// The `?` overlay: the key table's bindings for the current screen, in a centred box that
/// scrolls when they do not all fit.
func renderHelp(_ state: AppState, into screen: inout Screen) {
    let layout = HelpLayout(state: state, width: screen.width, height: screen.height)
    let box = layout.box
    let keyColumns = layout.bindings.map { TerminalColumns.width(of: $0.keyLabel) }.max() ?? 4
    screen.clear(x: box.x, y: box.y, width: box.width, height: box.height)
    screen.box(box, title: state.text(ScreenKey.helpTitle, state.screen.title(in: state.language)))
    let offset = min(state.helpScroll, layout.hiddenRows)
    for (index, binding) in layout.bindings.dropFirst(offset).prefix(layout.visibleRows).enumerated() {
        let y = box.y + 2 + index
        screen.put(TerminalColumns.pad(binding.keyLabel, to: keyColumns), x: box.x + 3, y: y, role: .keyHint)
        screen.putFitting(state.text(binding.help), x: box.x + 5 + keyColumns, y: y, columns: box.width - keyColumns - 8)
    }
    guard layout.hiddenRows > 0 else {
        screen.putRight(state.text(ScreenKey.anyKeyCloses), right: box.right - 1, y: box.bottom - 1, role: .dim)
        return
    }
    if offset > 0 { screen.putRight(state.text(ScreenKey.helpMoreAbove), right: box.right - 2, y: box.y, role: .dim) }
    let below = offset < layout.hiddenRows ? state.text(ScreenKey.helpMoreBelow) : ""
    let closing = state.text(ScreenKey.otherKeysClose)
    let closingX = screen.putRight(closing, right: box.right - 1, y: box.bottom - 1, role: .dim)
    screen.putFitting(" " + below + state.text(ScreenKey.helpScroll), x: box.x + 2, y: box.bottom - 1,
                      columns: closingX - box.x - 2, role: .dim)
}

/// "Quit and keep holds? y/N", asked before leaving with seats held.
func renderQuitQuestion(_ state: AppState, into screen: inout Screen) {
    let width = min(screen.width - 4, 56)
    let box = Area(x: (screen.width - width) / 2, y: screen.height / 2 - 3, width: width, height: 6)
    screen.clear(x: box.x, y: box.y, width: box.width, height: box.height)
    screen.box(box, title: state.text(ScreenKey.quitTitle), role: .warning)
    let count = state.holds.count
    let inner = Area(x: box.x + 1, y: box.y, width: box.width - 2, height: box.height)
    screen.putCentered(state.text(count == 1 ? ScreenKey.quitHoldsKeptOne : ScreenKey.quitHoldsKeptMany, count),
                       in: inner, y: box.y + 2, role: .normal)
    screen.putCentered(state.text(ScreenKey.quitQuestion), in: inner, y: box.y + 3, role: .emphasis)
}
