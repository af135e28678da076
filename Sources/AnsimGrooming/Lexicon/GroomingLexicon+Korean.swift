/// Korean entries. They run on the compact view (no spaces or light punctuation), so
/// `여행비 대줄게` and `여행비대줄게` match alike. Sources of the phrasing: the seed
/// documents' example (`여행비 대줄게, 사진 몇 장만 보내줄래?`); the stage model of
/// O'Connell (2003) and Lorenzo-Dus et al. (2016); the conduct named by 아동·청소년의
/// 성보호에 관한 법률 제15조의2 (online grooming: offering money or benefits, sexual talk
/// that causes shame, requests for sexual images, luring to meet; in force 2021-09-24);
/// and the warning signs in Korean public guidance on 온라인 그루밍 (여성가족부,
/// 방송통신심의위원회): 선물·게임머니 제공, 비밀 유지 요구, 사진 요구, 만남 요구,
/// 다른 메신저로 이동. docs/GROOMING.md lists them with the weights' rationale.
extension GroomingLexicon {
    static let koFoodOrScenery =
        "(음식|밥|떡볶이|라면|케이크|치킨|피자|마라탕|풍경|하늘|노을|바다사진|강아지|고양이|숙제|문제집|시험지|교과서|필기|메뉴|영수증|여권|티켓|성적표|과제)"
    static let koFamilySpeaker = "(엄마|아빠|할머니|할아버지|부모님)(가|께서|도|는)"

    /// The Korean patterns.
    public static let koreanPatterns: [GroomingPattern] = [
        // rapport / trust (O'Connell: friendship and relationship forming)
        .init("ko.rapport.only_me", .rapport, 0.55, .compact, "(나만|나밖에|나처럼).{0,6}(이해|알아주|믿어|챙겨)"),
        .init("ko.rapport.mature", .rapport, 0.45, .compact, "(너|넌|니가|네가).{0,6}(성숙|어른스럽|특별|다른애들이랑달라|남달라)"),
        .init("ko.rapport.parents_dont", .rapport, 0.45, .compact, "(부모님|엄마|아빠|어른들)(은|는|이|가|도)?.{0,8}(몰라|이해못|모르잖|안알아)"),
        .init("ko.rapport.protector", .rapport, 0.4, .compact, "(오빠|삼촌|형|언니|누나|아저씨)(가|는|만)?.{0,6}(지켜줄|들어줄|해줄게|편이|있잖아)"),
        .init("ko.rapport.confide", .rapport, 0.35, .compact, "(힘들|외롭|속상)(면|할때|하면|하지).{0,8}(말해|얘기해|연락해|털어놔)"),
        .init("ko.rapport.pretty", .rapport, 0.2, .compact, "(진짜|너무|완전|되게)(예쁘|이쁘|귀엽|귀여)"),
        // secrecy / isolation (risk assessment, exclusivity)
        .init("ko.secrecy.tell_no_one", .secrecy, 0.85, .compact, "(아무|누구|아무한테|아무에게)(한테|에게|도)*.{0,4}(말하지|말하면안|얘기하지|얘기하면안|말하지마|비밀)"),
        .init("ko.secrecy.not_parents", .secrecy, 0.8, .compact, "(엄마|아빠|부모님|선생님|담임|친구들?)(한테|에게|께|들한테)?(는|도)?.{0,4}(말하지마|말하면안|얘기하지마|얘기하면안|비밀|모르게)"),
        .init("ko.secrecy.our_secret", .secrecy, 0.85, .compact, "(우리|둘)(둘)?만(의|알|아는)(비밀|자|는거|거야)?"),
        .init("ko.secrecy.delete", .secrecy, 0.7, .compact, "(대화|채팅|메시지|메세지|톡|카톡|디엠|기록|사진)(내용|방)?(은|는|도|다)?.{0,4}(지워|삭제|없애)"),
        .init("ko.secrecy.alone", .secrecy, 0.45, .compact, "(지금|혹시|오늘)?(혼자(야|있어|있니|니|있을때)|집에아무도|부모님(안계|없|늦게)|엄마(없|안계))"),
        // gifts / money (offers, often in exchange)
        .init("ko.gift.pay_for", .gifts, 0.75, .compact,
              "(여행비|용돈|차비|택시비|교통비|돈|기프티콘|기프트카드|문상|문화상품권|게임머니|캐시|현질|아이템|스킨|선물|폰|옷)(을|를|도|은|좀)?.{0,6}(대줄|줄게|줄께|보내줄|사줄|쏠게|쏴줄|해줄|충전해|내줄)",
              unless: koFamilySpeaker),
        .init("ko.gift.buy", .gifts, 0.6, .compact, "(사줄게|사줄께|사줄까|사다줄게|선물해줄게|쏴줄게|충전해줄게|결제해줄게|입금해줄게)", unless: koFamilySpeaker),
        .init("ko.gift.amount", .gifts, 0.6, .compact, "([0-9]+|[일이삼오십백])(만원|만|천원)(줄게|보내줄|입금|용돈|줄께|준다)", unless: koFamilySpeaker),
        .init("ko.gift.exchange", .gifts, 0.9, .compact, "(해주면|보내주면|찍어주면|보여주면|만나주면|와주면).{0,10}(줄게|사줄|보내줄|줄께|쏠게|충전)"),
        // sexual content / desensitisation
        .init("ko.sexual.explicit", .sexual, 0.8, .compact, "(섹스|섹쓰|성관계|자위|야한(거|사진|얘기|영상)|19금|야동|벗은|알몸|나체)"),
        .init("ko.sexual.undress", .sexual, 0.8, .compact, "(옷|속옷|상의|하의|바지|치마)(을|를|좀|다)?.{0,3}(벗|내려|올려봐)"),
        .init("ko.sexual.body", .sexual, 0.7, .compact, "(가슴|몸매|엉덩이|허벅지|젖|거기)(가|는|이|좀)?.{0,6}(크|보고싶|어때|만지|보여|예쁘|사이즈)"),
        .init("ko.sexual.underwear", .sexual, 0.6, .compact, "(속옷|팬티|브라|잠옷|비키니)(입|색|사진|뭐|어떤)"),
        .init("ko.sexual.experience", .sexual, 0.7, .compact, "(키스|첫경험|스킨십|그거|뽀뽀)(해봤|해본|있어|경험|하고싶)"),
        .init("ko.sexual.desensitise", .sexual, 0.55, .compact, "(다들|남들도|원래|누구나|다른애들도).{0,8}(하는거|해|그래).{0,6}(괜찮|자연스|이상한거아|정상)"),
        .init("ko.sexual.dont_be_shy", .sexual, 0.5, .compact, "(부끄러워|창피해|쑥스러워)하지(마|말)"),
        // image requests
        .init("ko.image.private", .imageRequest, 0.9, .compact, "(몸|가슴|속옷|벗은|샤워|잠옷|전신|다리|교복입은|씻는|자는)(사진|셀카|영상|모습|인증)"),
        .init("ko.image.send", .imageRequest, 0.65, .compact,
              "(사진|셀카|셀피|얼굴|몸|전신|인증샷|영상|동영상|사진들)(을|를|좀|도|만|몇장|한장|하나|몇개)*.{0,4}(보내|보여|찍어|올려|줘봐)(줘|줄래|줄수|봐|달라|주라|줄|주면|줄께|볼래)?",
              unless: koFoodOrScenery),
        .init("ko.image.camera", .imageRequest, 0.6, .compact, "(영상통화|캠|화상통화|페이스톡|카메라)(하자|할래|해줘|켜|킬래|해볼래|가능)"),
        // meet requests / moving to another app
        .init("ko.meet.offline", .meetRequest, 0.6, .compact,
              "(한번|직접|실제로|오프로|따로|둘이|우리)(만나|보자|볼래|볼까|만날)",
              unless: "(학원|수업|스터디|조별|모둠)"),
        .init("ko.meet.pickup", .meetRequest, 0.8, .compact, "(데리러갈게|데리러갈께|픽업|차로.{0,4}(갈게|데리러)|모텔|숙소잡|호텔|우리집(에|으로)?(와|올래|놀러)|집앞(으로|에서)기다)"),
        .init("ko.meet.move_app", .meetRequest, 0.75, .compact,
              "(라인|텔레그램|텔레|디코|디스코드|인스타|디엠|dm|위챗|카톡|오픈채팅|오픈톡|스냅챗|스냅|개인톡|갠톡)(으로|로|에서)?.{0,6}(옮기|넘어가|하자|얘기하자|대화하자|추가해|아이디|id|와|오면)"),
        .init("ko.meet.contact", .meetRequest, 0.55, .compact, "(아이디|번호|전화번호|연락처|카톡아이디|id)(좀|알려|줘|뭐야|불러|줄래|가르쳐)"),
        .init("ko.meet.where", .meetRequest, 0.45, .compact, "(어디살|사는곳|집이어디|동네어디|무슨학교|어느학교|학교어디|어디학교)"),
        // age signals: the child's own words, and the adult's probing
        .init("ko.age.stated_grade", .ageSignal, 0.7, .compact, "(^|나|저|난|전)(초|중|고)(딩|[1-6])(이야|야|이에요|에요|임|인데|이라|이거든)?", speaker: .child),
        .init("ko.age.stated_years", .ageSignal, 0.7, .compact, "(1[0-7]|열|열한|열두|열세|열네|열다섯|열여섯|열일곱)살(이야|이에요|인데|임|이라|이거든)?", speaker: .child),
        .init("ko.age.stated_school", .ageSignal, 0.55, .compact, "(나|저|난|전)(초등학생|중학생|고등학생|초딩|중딩|고딩)", speaker: .child),
        .init("ko.age.probe", .ageSignal, 0.55, .compact, "(몇살|나이가몇|나이몇|나이가어떻게|몇학년|학년이어떻게|몇년생|생일이언제)", speaker: .counterpart),
        .init("ko.age.probe_school", .ageSignal, 0.55, .compact, "(초딩|중딩|고딩|초등학생|중학생|고등학생|학생)(이야|이지|맞지|이니|이에요|\\?|임\\?)", speaker: .counterpart),
    ]
}
