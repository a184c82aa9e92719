import CNcursesw
import Glibc

extension Terminal {
    /// Refuses, before anything is drawn, a terminal type that cannot move the cursor (such as
    /// `TERM=dumb`): every screen is drawn by moving the cursor, so on such a terminal the whole
    /// screen would come out on one line. `terminalType` nil means `$TERM`.
    public static func requireCursorMovement(terminalType: String? = nil) throws(TerminalError) {
        let name = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? ""
        let moves = terminalType.map { boxoffice_type_moves_cursor($0) } ?? boxoffice_type_moves_cursor(nil)
        switch moves {
        case 1: return
        case -1: throw .unknownTerminalType(name)
        default: throw .cannotMoveCursor(name)
        }
    }
}
