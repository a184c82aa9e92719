/// Draws the sign-up screen: where the key comes from, the name field, and what to do.
public func renderSignUp(_ state: SignUpState) -> Screen {
    var screen = Screen(width: max(0, state.width), height: max(0, state.height))
    guard state.width >= AppState.minimumWidth, state.height >= AppState.minimumHeight else {
        screen.putFitting("Make the terminal at least \(AppState.minimumWidth)×\(AppState.minimumHeight).", x: 0, y: 0, columns: state.width)
        return screen
    }
    let area = Area(x: 0, y: 0, width: state.width, height: state.height)
    screen.fillRow(0, role: .header)
    screen.putFitting(" boxoffice · " + state.server, x: 0, y: 0, columns: state.width, role: .header)
    screen.rule("Sign up", x: 0, y: 1, width: state.width)
    screen.putCentered("Welcome! Pick the name other buyers will not have.", in: area, y: 4, role: .emphasis)
    screen.putCentered("This server gives you a key; it is kept on this computer for next time.", in: area, y: 5)
    let field = state.name + (state.sending ? "" : "▏")
    screen.put("Your name", x: 12, y: 8, role: .dim)
    screen.putFitting(field, x: 24, y: 8, columns: state.width - 26, role: .selected)
    screen.put("1 to 32 characters; Korean and other scripts are welcome.", x: 12, y: 10, role: .dim)
    let statusY = state.height - 2
    if state.sending {
        screen.putFitting(" Signing up…", x: 0, y: statusY, columns: state.width, role: .progress)
    } else if let problem = state.problem {
        screen.putFitting(" ✗ " + problem, x: 0, y: statusY, columns: state.width, role: .error)
    }
    screen.fillRow(state.height - 1, role: .footer)
    screen.put(" Enter sign up  Backspace erase  Esc quit", x: 0, y: state.height - 1, role: .footer)
    return screen
}
