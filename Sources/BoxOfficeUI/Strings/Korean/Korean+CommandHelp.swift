extension CommandHelpKey {
    /// The Korean template.
    public var korean: String {
        switch self {
        case .aboutBoxOffice: "터미널에서 공연 좌석을 예매합니다: 대기열에서 기다리고, 좌석을 골라 선점하고, 포인트로 결제합니다."
        case .aboutBoxOfficeDetails:
            "하위 명령 없이 실행하면 클라이언트를 엽니다: `boxoffice [--user NAME] [--db PATH] ...`는 `boxoffice open ...`과 "
                + "같습니다. 클라이언트 옵션(--user, --db, --no-color, --catalog, --qa, --demo, 시간 설정)은 "
                + "`boxoffice open --help`를 참고하세요. 여러 클라이언트와 명령이 데이터베이스 파일 하나를 함께 쓸 수 있으며, "
                + "대기열과 좌석 배치도도 함께 씁니다. 모든 명령은 $XDG_STATE_HOME/boxoffice/boxoffice.log "
                + "(없으면 ~/.local/state/boxoffice/boxoffice.log)에 기록합니다. 명령줄 어디에나 쓸 수 있는 `--lang en|ko`로 "
                + "화면, 메시지, 도움말의 언어를 고릅니다. 없으면 LC_ALL, LC_MESSAGES, LANG 중 처음 설정된 값을 따릅니다 "
                + "(ko, ko_KR, ko_KR.UTF-8은 한국어, 그 밖에는 영어)."
        case .aboutOpen: "클라이언트를 엽니다: 대기열에 들어가 좌석을 고르고 선점해 결제합니다 (기본 명령)."
        case .aboutOpenDetails:
            "--db로 지정한 파일이 없으면 있는 폴더 안에 새로 만듭니다 (기본 폴더는 없으면 만듭니다). 기록은 화면이 아니라 "
                + "$XDG_STATE_HOME/boxoffice/boxoffice.log(없으면 ~/.local/state/boxoffice/)에 남습니다. 터미널은 커서를 옮길 수 "
                + "있어야 하며 TERM=dumb는 거부됩니다. `--lang en|ko`로 언어를 고릅니다."
        case .aboutNew: "새 데이터베이스를 만듭니다 (--qa면 QA 모드). 데모 카탈로그나 --catalog FILE을 담습니다."
        case .aboutNewDetails:
            "시간과 정원 옵션이 새 데이터베이스의 정책이 되며, 이 파일을 쓰는 모든 프로세스가 따릅니다 (나중에 "
                + "`boxoffice config set`으로 바꿉니다). 이미 있는 파일과, 없는 폴더(기본 폴더 제외)는 거부합니다."
        case .aboutStatus: "대기열, 정원, 선점, 예정된 모든 회차의 좌석을 보여 줍니다."
        case .aboutStatusDetails:
            "데이터베이스가 QA 모드인지(시계가 얼마나 앞서 있는지)도 알려 주며, 문제가 있는 SQLite에서 여러 프로세스가 파일을 "
                + "함께 쓰면 경고합니다."
        case .aboutTick:
            "스케줄러를 한 번 실행합니다 (--advance로 QA 시계를 옮긴 뒤): 대기 중인 구매자 입장, 만료된 대기 순번 삭제, "
                + "만료된 선점 해제."
        case .aboutTickDetails: "같은 데이터베이스에 클라이언트가 열려 있어도 안전합니다."
        case .aboutConfig: "데이터베이스의 정책(정원, 시간, 한도)을 보거나 모든 프로세스에 대해 바꿉니다."
        case .aboutConfigShow: "데이터베이스의 정책을 보여 줍니다."
        case .aboutConfigSet: "데이터베이스 정책의 설정 하나를 이 파일을 쓰는 모든 프로세스에 대해 바꿉니다."
        case .aboutConfigSetDetails: "설정: {0}. 시간은 90s, 5m, 1h처럼 씁니다."
        case .aboutCatalog: "공연 카탈로그를 관리합니다."
        case .aboutCatalogLoad: "카탈로그 파일의 공연을 추가합니다 (형식: assets/demo-catalog.yaml 참고)."
        case .aboutCatalogLoadDetails:
            "먼저 파일 전체를 검사하며, 잘못된 줄이 하나라도 있으면 아무것도 추가하지 않습니다. --db로 지정한 파일이 아직 "
                + "없으면 (폴더는 있을 때) 데모 카탈로그 대신 이 카탈로그로 새 데이터베이스를 만듭니다."
        case .aboutPoints: "구매자의 선불 포인트를 충전하거나 확인합니다."
        case .aboutPointsCharge: "구매자의 잔액에 포인트를 충전합니다 (1회 1~1,000,000)."
        case .aboutPointsBalance: "구매자의 잔액을 보여 줍니다."
        case .aboutPointsBalanceDetails:
            "이 데이터베이스가 처음 보는 이름(대기열에 들어온 적도, 충전한 적도 없음)은 거부하므로 (UNKNOWN_BUYER), 이름을 "
                + "잘못 써도 잔액 0으로 착각하지 않습니다."
        case .aboutCrowd: "가상의 구매자 무리를 데이터베이스에서 실시간으로 실행한 뒤 한 일을 출력합니다."
        case .aboutCrowdDetails:
            "가상 구매자들은 사람처럼 대기열에 들어가고, 둘러보고, 선점하고, 충전하고, 결제하고, 포기했다가 다시 옵니다. "
                + "모두 엔진의 공개 호출을 쓰며, 이 프로세스가 스케줄러도 실행합니다. 모든 구매자가 끝나거나 --duration이 "
                + "지나면 멈춥니다. 같은 시드면 같은 무리입니다."
        case .aboutChaos:
            "여러 프로세스에서 데이터베이스 하나에 가상 구매자를 실행하고 무작위로 SIGKILL 후 다시 시작한 뒤, 모든 불변 조건을 검사합니다."
        case .aboutChaosDetails: "실행하는 동안 활성 토큰 수를 정원과 비교해 표본 검사합니다. 끝나면 모든 프로세스가 멈춘 뒤 선점 정리를 한 번 실행하고 데이터베이스를 읽기 전용으로 감사합니다: 두 번 선점되거나 팔린 좌석이 없는지, 모든 판매가 정확히 한 번 결제되었는지, 모든 잔액이 원장과 같고 0…한도 안에 있는지, 기한을 넘긴 선점이 없는지, SQLite quick_check가 깨끗한지. 무엇이든 깨졌으면 종료 코드 1."
        case .aboutServe: "예매 API를 HTTP로 제공합니다 (API.md). 다른 컴퓨터의 터미널과 스크립트가 예매할 수 있습니다."
        case .aboutServeDetails:
            "따로 지정하지 않으면 127.0.0.1:8080에서 받습니다 (--host 0.0.0.0이면 다른 컴퓨터도 접속). 데이터베이스의 "
                + "스케줄러를 실행하며, 여러 서버와 클라이언트가 데이터베이스 파일 하나를 함께 쓸 수 있습니다. SIGTERM이나 "
                + "SIGINT를 받으면 새 연결을 받지 않고 처리 중인 요청을 끝냅니다 (최대 10초). 요청마다 한 줄씩 기록 파일에 "
                + "남깁니다 (--log-stderr면 표준 오류에도). --db 파일이 없으면 데모 카탈로그나 --catalog FILE로 만듭니다."
        case .aboutBuyers: "`boxoffice serve`용 구매자 키를 발급하고, 잃어버린 키를 바꾸고, 구매자를 나열합니다."
        case .aboutBuyersAdd: "구매자 키를 발급합니다 (한 번만 보이며, 데이터베이스에는 해시만 남습니다)."
        case .aboutBuyersAddDetails:
            "이미 키가 있는 구매자는 그 키를 유지합니다 (NAME_TAKEN). `boxoffice buyers rotate NAME`으로 바꾸세요."
        case .aboutBuyersRotate: "구매자 키를 바꿉니다 (이전 키는 바로 쓸 수 없게 됩니다)."
        case .aboutBuyersList: "구매자를 나열합니다: 이름, 잔액, 키 발급 시각."
        case .aboutAudit: "데이터베이스의 불변 조건을 검사합니다: 같은 좌석이 두 번 팔리지 않았는지, 잔액이 충전에서 결제를 뺀 값과 같은지 등."
        case .aboutAuditDetails: "읽기만 하므로 클라이언트와 서버가 파일을 쓰는 중에도 안전합니다. 깨진 조건이 있으면 상태 1로 끝납니다."
        }
    }
}
