/// Development Korean lines: the lexicon's weights and the threshold were checked
/// against these (docs/GROOMING.md).
extension SynthTemplateSet {
    static let developmentKorean = SynthTemplateSet(
        moves: [
            .rapport: [
                "너 진짜 성숙하다 다른 애들이랑 달라",
                "나만큼 너를 이해해 주는 사람 없을걸",
                "오빠가 다 들어줄게 힘들면 언제든 말해",
                "사진 보니까 진짜 예쁘다",
            ],
            .secrecy: [
                "우리 얘기는 아무한테도 말하지 마",
                "부모님한테는 비밀이야",
                "지금 혼자야?",
                "채팅 내용 지워 줘",
            ],
            .gifts: [
                "여행비 대줄게",
                "기프티콘 보내줄게",
                "{gift} 사줄게",
                "{amount} 줄게",
            ],
            .sexual: [
                "야한 얘기 해도 돼?",
                "가슴 사이즈 뭐야",
                "원래 다들 하는 거니까 괜찮아",
                "첫경험 해봤어?",
            ],
            .imageRequest: [
                "사진 몇 장만 보내줄래?",
                "셀카 보내줘",
                "전신 사진 보여줘",
                "캠 켜줄래?",
            ],
            .meetRequest: [
                "한번 만나자",
                "{app}으로 옮기자",
                "번호 알려줘",
                "어디 살아?",
            ],
            .ageSignal: ["몇 살이야?", "중학생이지?", "몇 학년?"],
        ],
        childAge: ["중2야", "14살이에요", "나 중학생", "초5"],
        childReplies: ["응", "ㅋㅋ", "몰라요", "네네", "진짜?", "아하"],
        smallTalk: ["뭐해?", "밥 먹었어?", "배고프다", "오늘 피곤해", "ㅎㅎ"],
        negativeScenes: [
            [
                .init(nil, .counterpart, "엄마가 여행비 보내줄게"),
                .init(nil, .child, "네 사진 찍어 올게요"),
            ],
            [
                .init(nil, .child, "마라탕 사진 보내줄게"),
                .init(nil, .counterpart, "맛있겠다"),
            ],
            [
                .init(.ageSignal, .counterpart, "몇 학년이니?"),
                .init(.ageSignal, .child, "고2요"),
                .init(nil, .counterpart, "숙제 사진 보내줘"),
            ],
            [
                .init(nil, .child, "학원 끝나고 만나자"),
                .init(nil, .counterpart, "그래 스터디 카페 가자"),
            ],
        ],
        gifts: ["문화상품권", "게임 아이템", "옷"],
        amounts: ["5만원", "10만원"],
        apps: ["라인", "디코"],
        names: ["지민", "유나"],
        places: ["학교"])
}
