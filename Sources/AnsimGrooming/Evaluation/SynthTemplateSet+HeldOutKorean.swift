/// Held-out Korean lines: written apart from the lexicon and never used to tune it.
extension SynthTemplateSet {
    static let heldOutKorean = SynthTemplateSet(
        moves: [
            .rapport: [
                "{name}아 오늘 하루 어땠어? 너랑 얘기하면 시간 가는 줄 모르겠다",
                "너는 또래들보다 생각이 훨씬 깊은 것 같아",
                "학교에서 속상한 일 있었으면 다 털어놔도 돼",
                "니 얘기 진심으로 들어주는 사람은 나뿐인 것 같은데",
                "부모님은 너 마음 하나도 모르시잖아",
                "넌 진짜 특별한 애야 처음 봤을 때부터 느꼈어",
            ],
            .secrecy: [
                "이건 우리 둘만 아는 걸로 하자",
                "엄마한테는 절대 얘기하면 안 돼 알았지?",
                "혹시 지금 집에 혼자 있어?",
                "우리 대화 다 지우고 자 ㅎㅎ",
                "친구들이 알면 이상하게 볼 테니까 비밀로 해줘",
                "선생님한테도 말하지 말고",
            ],
            .gifts: [
                "갖고 싶다던 {gift} 내가 사 줄게",
                "용돈 필요하면 말만 해 {amount} 보내줄께",
                "게임 캐시 충전해 줄까? 얼마나 필요해",
                "다음에 {gift} 선물로 보내줄게 주소만 알려줘",
                "기프티콘 하나 쏠게 ㅋㅋ",
            ],
            .sexual: [
                "혹시 키스 해본 적 있어?",
                "너 몸매 진짜 좋을 것 같은데",
                "그런 거 다들 하는 거야 이상한 거 아니야",
                "오늘 무슨 속옷 입었어?",
                "부끄러워하지 말고 솔직하게 말해봐",
            ],
            .imageRequest: [
                "얼굴 한번 보고 싶다 셀카 하나만 보내줘",
                "교복 입은 사진 보여줄 수 있어?",
                "지금 모습 찍어서 보내봐",
                "잠옷 입은 사진도 궁금한데",
                "영상통화 잠깐 할래?",
            ],
            .meetRequest: [
                "이번 주말에 직접 만나볼래? 맛있는 거 사줄게",
                "여기 말고 텔레그램으로 옮기자",
                "카톡 아이디 뭐야? 거기서 얘기하자",
                "{place} 앞으로 데리러 갈게",
                "우리 집 근처로 놀러 올래?",
            ],
            .ageSignal: [
                "근데 너 몇 살이야?",
                "혹시 중학생이야?",
                "몇 학년이야?",
                "나이가 어떻게 돼?",
            ],
        ],
        childAge: [
            "저 중2예요", "나 열네 살인데", "초6이야", "고1이요", "중학생이에요",
            "15살이요",
        ],
        childReplies: [
            "ㅇㅇ", "ㅋㅋㅋ 그래?", "음 잘 모르겠어요", "네", "헐 진짜요?", "아 그렇구나",
            "지금 숙제하는 중", "ㅎㅎ 고마워요", "왜요?", "싫은데 ㅋㅋ",
        ],
        smallTalk: [
            "오늘 날씨 완전 덥다", "점심 뭐 먹었어?", "요즘 무슨 게임 해?", "그 노래 들어봤어?",
            "시험 언제 끝나?", "주말에 뭐 해?", "ㅋㅋㅋㅋ 웃기다",
        ],
        negativeScenes: [
            [
                .init(nil, .counterpart, "여름방학에 제주도 가는 거 여행비는 아빠가 낼게"),
                .init(nil, .child, "우와 진짜? 사진 많이 찍어 올게"),
                .init(nil, .counterpart, "바다 사진 꼭 찍어서 보내줘"),
            ],
            [
                .init(nil, .child, "오늘 급식 대박이었음"),
                .init(nil, .counterpart, "뭐 나왔는데 음식 사진 보여줘 ㅋㅋ"),
                .init(nil, .child, "떡볶이랑 치킨"),
            ],
            [
                .init(.ageSignal, .counterpart, "몇 학년이지? 진도 확인하려고"),
                .init(.ageSignal, .child, "중3이요"),
                .init(nil, .counterpart, "풀던 문제집 사진 찍어서 보내줘 채점해줄게"),
                .init(nil, .counterpart, "다음 수업 때 학원에서 보자"),
            ],
            [
                .init(nil, .counterpart, "엄마가 용돈 10만원 보냈어"),
                .init(nil, .child, "고마워 엄마!!"),
                .init(nil, .counterpart, "아껴 써 그리고 일찍 들어와"),
            ],
            [
                .init(nil, .counterpart, "우리 애가 이번에 중2 올라가서 걱정이에요"),
                .init(nil, .counterpart, "학교 어디 보내세요? 학원은 어디 다녀요?"),
                .init(nil, .counterpart, "다음 학부모 모임 때 뵈어요"),
            ],
            [
                .init(nil, .child, "학원 끝나고 같이 편의점 갈래?"),
                .init(nil, .counterpart, "ㅇㅋ 끝나고 정문 앞에서 봐"),
                .init(nil, .child, "셀카 보내줘 머리 자른 거 보자 ㅋㅋ"),
            ],
            [
                .init(nil, .counterpart, "대회 잘 끝났다 다들 수고했어"),
                .init(nil, .counterpart, "코치님이 다음 주에 피자 사 주신대"),
                .init(nil, .child, "오예"),
            ],
        ],
        gifts: ["에어팟", "문상", "새 폰", "운동화", "롤 스킨"],
        amounts: ["5만원", "10만원", "3만원", "20만 원"],
        apps: ["텔레그램", "라인", "디스코드", "인스타"],
        names: ["민지", "서연", "하은", "지우", "수빈"],
        places: ["학교", "집", "학원", "역"])
}
