import AnsimGrooming
import Foundation
import Testing

/// The transparent scorer on single messages and short conversations.
@Suite struct ScorerTests {
    let scorer = GroomingScorer()
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)

    func conversation(_ lines: [(GroomingSpeaker, String)], gapMinutes: Double = 5) -> ConversationState {
        var s = ConversationState()
        for (k, (who, text)) in lines.enumerated() {
            s.ingest(
                GroomingMessage(conversationID: "t", at: Self.t0 + Double(k) * gapMinutes * 60, speaker: who, text: text),
                scorer: scorer)
        }
        return s
    }

    @Test func issueExampleIsGiftsAndImageRequest() {
        let text = "여행비 대줄게, 사진 몇 장만 보내줄래?"
        let e = scorer.evidence(in: text, speaker: .counterpart)
        #expect(Set(e.map(\.stage)) == [.gifts, .imageRequest])
        let gift = e.first { $0.stage == .gifts }!
        #expect(gift.excerpt.hasPrefix("여행비"))
        #expect(gift.start == 0)
        let image = e.first { $0.stage == .imageRequest }!
        #expect(image.excerpt.hasPrefix("사진"))
        #expect(Array(text)[image.start..<image.end].starts(with: Array("사진")))
        // An offer and a request in one message is an exchange: enough for an alert.
        let state = conversation([(.counterpart, text)])
        #expect(state.risk.alert)
        #expect(state.risk.explanation.contains { $0.contains("exchange") })
    }

    @Test func englishStages() {
        let stages = { (t: String) in Set(scorer.evidence(in: t, speaker: .counterpart).map(\.stage)) }
        #expect(stages("don't tell your mom about us") == [.secrecy])
        #expect(stages("send me a pic of you") == [.imageRequest])
        #expect(stages("add me on telegram") == [.meetRequest])
        #expect(stages("how old are you?") == [.ageSignal])
    }

    @Test func normalisationReadsObfuscations() {
        let stages = { (t: String) in Set(scorer.evidence(in: t, speaker: .counterpart).map(\.stage)) }
        #expect(stages("사.진 보.내.줘") == [.imageRequest])  // dotted syllables
        #expect(stages("ㅅㅏㅈㅣㄴ 보내줘") == [.imageRequest])  // spelled-out jamo
        #expect(stages("ㅅㅈ 보내줘") == [.imageRequest])  // 초성 abbreviation
        #expect(stages("아무한테도 말하지 마~~~") == [.secrecy])
        #expect(stages("s3nd me a p1c") == [.imageRequest])  // leet
        #expect(stages("s e n d me some p i c s") == [.imageRequest])  // spaced-out letters
        #expect(stages("ｓｅｎｄ ｍｅ ａ ｐｉｃ") == [.imageRequest])  // full-width (NFKC)
        #expect(stages("사\u{200B}진 보내줘") == [.imageRequest])  // zero-width space
        let n = GroomingNormalizer.normalize("보내줘어어어어")
        #expect(n.compact.text == "보내줘어어")
    }

    @Test func speakerRoleWeighsAgeAndRequests() {
        let probe = scorer.evidence(in: "몇 살이야?", speaker: .counterpart).first!
        let sameByChild = scorer.evidence(in: "몇 살이야?", speaker: .child).first!
        #expect(probe.weight > sameByChild.weight)
        let stated = scorer.evidence(in: "나 중2야", speaker: .child)
        #expect(stated.contains { $0.patternID == "ko.age.stated_grade" && $0.weight == 0.7 })
        let requestByChild = scorer.evidence(in: "셀카 보내줘", speaker: .child).first!
        #expect(requestByChild.weight < 0.5)
    }

    @Test func progressionRaisesRisk() {
        let rapportOnly = conversation([(.counterpart, "넌 진짜 특별한 애야"), (.child, "ㅎㅎ")])
        let progressed = conversation([
            (.counterpart, "넌 진짜 특별한 애야"), (.counterpart, "근데 몇 살이야?"), (.child, "중2요"),
            (.counterpart, "우리 얘기는 아무한테도 말하지 마"), (.counterpart, "문상 보내줄게"),
            (.counterpart, "셀카 한 장만 보내줘"), (.counterpart, "주말에 한번 만나자"),
        ])
        #expect(rapportOnly.risk.risk < 0.2)
        #expect(!rapportOnly.risk.alert)
        #expect(progressed.risk.alert)
        #expect(progressed.risk.risk > 0.8)
        #expect(progressed.risk.sequence.first == .rapport)
        #expect(progressed.risk.explanation.contains { $0.contains("progressed") })
        #expect(progressed.risk.explanation.contains { $0.contains("age signal") })
    }

    @Test func riskDecaysOverWeeks() {
        let lines: [(GroomingSpeaker, String)] = [(.counterpart, "아무한테도 말하지 마"), (.counterpart, "셀카 보내줘")]
        let quick = conversation(lines, gapMinutes: 5)
        let slow = conversation(lines, gapMinutes: 60 * 24 * 21)
        #expect(slow.risk.risk < quick.risk.risk)
    }

    @Test func hardNegativesStayBelowThreshold() {
        let chats: [[(GroomingSpeaker, String)]] = [
            [(.counterpart, "여름방학에 제주도 가는 여행비는 아빠가 낼게"), (.child, "사진 많이 찍어 올게"),
             (.counterpart, "바다 사진 꼭 보내줘")],
            [(.child, "오늘 급식 떡볶이였음"), (.counterpart, "음식 사진 보여줘 ㅋㅋ")],
            [(.counterpart, "몇 학년이지? 진도 확인하려고"), (.child, "중3이요"), (.counterpart, "문제집 사진 찍어서 보내줘"),
             (.counterpart, "다음 수업 때 학원에서 보자")],
            [(.counterpart, "엄마가 용돈 10만원 보내줄게"), (.child, "고마워 엄마")],
            [(.counterpart, "우리 애가 중2라 걱정이에요"), (.counterpart, "학교 어디 보내세요?")],
            [(.child, "학원 끝나고 만나자"), (.counterpart, "ㅇㅋ 정문에서 봐")],
            [(.child, "look at my dinner"), (.counterpart, "send a photo of the pizza lol")],
        ]
        for chat in chats {
            let s = conversation(chat)
            #expect(!s.risk.alert, "\(chat.map(\.1)) scored \(s.risk.risk): \(s.risk.explanation)")
        }
    }

    @Test func deterministic() {
        let lines: [(GroomingSpeaker, String)] = [(.counterpart, "너 진짜 성숙하다"), (.counterpart, "사진 보내줘")]
        #expect(conversation(lines) == conversation(lines))
    }
}
