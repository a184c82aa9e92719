extension StorageProblemKey {
    /// The Korean template. What a library, the system or a server said stays as it said it, quoted.
    public var korean: String {
        switch self {
        case .busy: "다른 boxoffice가 {0} 파일을 {1}초 넘게 쓰고 있었습니다. 다시 시도하십시오"
        case .readOnly: "{0} 파일이 읽기 전용입니다. 권한을 확인하거나 --db로 다른 파일을 고르십시오"
        case .readOnlyFolder: "{0} 파일이나 그 폴더가 읽기 전용입니다. 권한과 파일 시스템을 확인하거나 --db로 다른 파일을 고르십시오"
        case .diskFull: "{0} 파일이 있는 디스크가 가득 찼습니다. 공간을 비우고 다시 시도하십시오"
        case .cannotOpen: "{0} 파일을 열 수 없습니다. 폴더가 있고 쓸 수 있는지 확인하십시오"
        case .cannotOpenBecause: "{0} 파일을 열 수 없습니다(시스템 메시지: \"{1}\"). 경로와 권한을 확인하십시오"
        case .cannotLock: "{0} 파일을 열려고 잠그지 못했습니다(시스템 메시지: \"{1}\"). 경로와 권한을 확인하십시오"
        case .cannotCreate: "{0} 파일을 만들 수 없습니다(시스템 메시지: \"{1}\"). 경로와 권한을 확인하십시오"
        case .cannotCreateFolder: "{0} 폴더를 만들 수 없습니다(시스템 메시지: \"{1}\"). 경로와 권한을 확인하십시오"
        case .unreadable: "{0} 파일을 읽을 수 없습니다. 권한을 확인하십시오"
        case .ioFailed: "{0} 파일을 읽거나 쓰지 못했습니다(데이터베이스 메시지: \"{1}\"). 디스크를 확인하십시오"
        case .refusedBySafetyRule: "데이터베이스의 안전 규칙이 변경을 거부해서 아무것도 바꾸지 않았습니다(데이터베이스 메시지: \"{0}\")"
        case .oldDevelopmentDatabase:
            "{0} 파일은 스키마가 고정되기 전의 boxoffice 개발 버전이 만든 것이라 쓸 수 없습니다. "
                + "파일을 옮겨 두고 그 자리에 새 데이터베이스를 만들거나, --db로 다른 파일을 고르십시오"
        case .notBoxOfficeOrDamaged: "{0} 파일은 boxoffice 데이터베이스가 아니거나 손상되었습니다. --db로 다른 파일을 고르십시오"
        case .otherProgram: "{0} 파일은 다른 프로그램의 SQLite 데이터베이스입니다. --db로 다른 파일을 고르십시오"
        case .otherProgramUntouched: "{0} 파일은 다른 프로그램의 SQLite 데이터베이스라서 건드리지 않았습니다. --db로 다른 파일을 고르십시오"
        case .notSQLite: "{0} 파일은 boxoffice 데이터베이스가 아니라서(SQLite 파일도 아닙니다) 건드리지 않았습니다. --db로 다른 파일을 고르십시오"
        case .newerVersion: "{0} 파일은 더 새로운 버전의 boxoffice가 쓴 것입니다. boxoffice를 업그레이드하거나 --db로 다른 파일을 고르십시오"
        case .emptyPath: "데이터베이스 경로가 비어 있습니다. --db로 파일 경로를 지정하십시오"
        case .isFolder: "{0} 경로는 폴더입니다. --db로 파일 경로를 지정하십시오"
        case .noDatabase: "{0} 경로에 데이터베이스가 없습니다. 경로를 확인하거나 `boxoffice new --db {1}`로 새로 만드십시오"
        case .noFolder: "{0} 폴더가 없어서 {1} 경로에 데이터베이스를 만들지 않았습니다. 경로를 확인하거나 폴더를 먼저 만드십시오"
        case .folderIsFile: "{0} 경로는 폴더가 아니라 파일입니다. --db로 다른 경로를 고르십시오"
        case .serverUnreachable:
            "{0}의 데이터베이스 서버에 연결할 수 없거나 서버가 다시 시작하는 중입니다. 응답에서 바뀌었다고 하지 않았다면 "
                + "아무것도 바뀌지 않았으니 잠시 후 다시 시도하십시오"
        case .tooBusy: "데이터베이스가 너무 바빠서 변경을 끝내지 못했고 아무것도 바뀌지 않았습니다(서버 메시지: \"{0}\"). 다시 시도하십시오"
        case .noSuchDatabase: "서버에 {0} 데이터베이스가 없습니다. `createdb {0}`로 만드십시오"
        case .userRefused: "서버가 {0} 사용자를 거부했습니다(서버 메시지: \"{1}\"). --db의 사용자와 비밀번호를 확인하십시오"
        case .permissionDenied: "{0} 사용자에게는 {1} 데이터베이스에서 그 작업을 할 권한이 없습니다(서버 메시지: \"{2}\")"
        case .serverDiskFull: "데이터베이스 서버의 디스크가 가득 찼습니다. 공간을 비우고 다시 시도하십시오"
        case .noConnectionLeft: "데이터베이스 서버에 남은 연결이 없습니다(서버 메시지: \"{0}\"). 잠시 후 다시 시도하십시오"
        case .serverError: "PostgreSQL 서버가 오류를 보냈습니다(서버 메시지: \"{0}\", 오류 코드 {1})"
        case .notSetUp: "{0}에는 아직 boxoffice 데이터베이스가 없습니다. `boxoffice new --db {1}`로 만드십시오"
        case .otherProgramsTables:
            "{0}에는 다른 프로그램의 테이블이 있어서 boxoffice 데이터베이스로 쓸 수 없습니다. --db로 다른 데이터베이스를 고르십시오"
        case .otherProgramsDatabase: "{0}은(는) 다른 프로그램의 데이터베이스입니다. --db로 다른 데이터베이스를 고르십시오"
        case .newerSchema:
            "{0}은(는) 더 새로운 버전의 boxoffice가 쓴 데이터베이스입니다(스키마 {1}, 이 빌드가 아는 스키마 {2}). "
                + "boxoffice를 업그레이드하거나 --db로 다른 데이터베이스를 고르십시오"
        case .answerUnreadable: "서버의 응답을 읽을 수 없습니다"
        case .lineExhausted: "대기열이 줄 수 있는 마지막 번호까지 주었습니다. 새 데이터베이스를 만드십시오"
        case .waitingPlaceNotKept: "대기 순서를 이어 가지 못했습니다. 다시 시도하십시오"
        case .holdNotConfirmed: "선점 #{0}의 결제를 확정하지 못했습니다. 아무것도 결제되지 않았습니다"
        case .answerWithoutReason: "서버가 이유를 밝히지 않고 {0} 상태로 응답했습니다"
        case .said: "예매 데이터베이스를 쓸 수 없습니다(원인: \"{0}\"). 다시 시도하고, 계속되면 이 메시지를 운영자에게 알리십시오."
        }
    }
}
