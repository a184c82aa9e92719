/// Draws the sign-up screen: where the key comes from, the name field, and what to do.
public func renderSignUp(_ state: SignUpState) -> Screen {
    var screen = Screen(width: max(0, state.width), height: max(0, state.height))
    let language = state.language
    guard state.width >= AppState.minimumWidth, state.height >= AppState.minimumHeight else {
        let text = language.text(ScreenKey.terminalTooSmall, AppState.minimumWidth, AppState.minimumHeight)
        screen.putFitting(text, x: 0, y: 0, columns: state.width)
        return screen
    }
    let area = Area(x: 0, y: 0, width: state.width, height: state.height)
    screen.fillRow(0, role: .header)
    screen.putFitting(" boxoffice · " + state.server, x: 0, y: 0, columns: state.width, role: .header)
    screen.rule(language.text(ScreenKey.signUpTitle), x: 0, y: 1, width: state.width)
    screen.putCentered(language.text(ScreenKey.signUpWelcome), in: area, y: 4, role: .emphasis)
    screen.putCentered(language.text(ScreenKey.signUpKeyKept), in: area, y: 5)
    let field = state.name + (state.sending ? "" : "▏")
    screen.put(language.text(ScreenKey.signUpName), x: 12, y: 8, role: .dim)
    screen.putFitting(field, x: 24, y: 8, columns: state.width - 26, role: .selected)
    screen.putFitting(language.text(ScreenKey.signUpNameRule), x: 12, y: 10, columns: state.width - 14, role: .dim)
    let statusY = state.height - 2
    if state.sending {
        screen.putFitting(language.text(ScreenKey.signingUp), x: 0, y: statusY, columns: state.width, role: .progress)
    } else if let problem = state.problem {
        screen.putFitting(" ✗ " + problem, x: 0, y: statusY, columns: state.width, role: .error)
    }
    screen.fillRow(state.height - 1, role: .footer)
    screen.putFitting(language.text(ScreenKey.signUpFooter), x: 0, y: state.height - 1, columns: state.width, role: .footer)
    return screen
}
