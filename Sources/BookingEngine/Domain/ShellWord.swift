/// A value written into a command a person may paste into a shell: as it is when every
/// character is one a shell leaves alone, else in single quotes (a quote inside written
/// `'\''`), so that `&`, spaces and the like reach boxoffice unchanged.
public enum ShellWord {
    public static func quoted(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "@%+=:,./_-".unicodeScalars.contains(scalar))
        }
        if plain { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
