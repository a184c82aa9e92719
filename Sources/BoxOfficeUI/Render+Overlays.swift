/// The `?` overlay: the key table's bindings for the current screen, in a centred box.
func renderHelp(_ state: AppState, into screen: inout Screen) {
    let bindings = KeyBindings.bindings(on: state.screen, inspectorOpen: state.inspector != nil)
    let keyColumns = bindings.map { TerminalColumns.width(of: $0.keyLabel) }.max() ?? 4
    let width = min(screen.width - 4, 66)
    let height = min(screen.height - 2, bindings.count + 4)
    let box = Area(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
    screen.clear(x: box.x, y: box.y, width: box.width, height: box.height)
    screen.box(box, title: "Keys · \(state.screen.title)")
    for (index, binding) in bindings.prefix(box.height - 4).enumerated() {
        let y = box.y + 2 + index
        screen.put(TerminalColumns.pad(binding.keyLabel, to: keyColumns), x: box.x + 3, y: y, role: .keyHint)
        screen.putFitting(binding.help, x: box.x + 5 + keyColumns, y: y, columns: box.width - keyColumns - 8)
    }
    screen.putRight("any key closes ", right: box.right - 1, y: box.bottom - 1, role: .dim)
}

/// "Quit and keep holds? y/N", asked before leaving with seats held.
func renderQuitQuestion(_ state: AppState, into screen: inout Screen) {
    let width = min(screen.width - 4, 56)
    let box = Area(x: (screen.width - width) / 2, y: screen.height / 2 - 3, width: width, height: 6)
    screen.clear(x: box.x, y: box.y, width: box.width, height: box.height)
    screen.box(box, title: "Quit?", role: .warning)
    let count = state.holds.count
    let inner = Area(x: box.x + 1, y: box.y, width: box.width - 2, height: box.height)
    screen.putCentered("You hold \(count) seat\(count == 1 ? "" : "s"); they stay held until they run out.",
                       in: inner, y: box.y + 2, role: .normal)
    screen.putCentered("Quit and keep holds? y/N", in: inner, y: box.y + 3, role: .emphasis)
}
