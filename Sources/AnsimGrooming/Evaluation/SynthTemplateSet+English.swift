/// English lines of both families (held-out written apart from the lexicon).
extension SynthTemplateSet {
    static let developmentEnglish = SynthTemplateSet(
        moves: [
            .rapport: ["you're so mature for your age", "only i understand you", "you can tell me anything"],
            .secrecy: ["don't tell anyone about us", "this is our secret", "are you alone?"],
            .gifts: ["i'll buy you {gift}", "i can send you robux", "if you send one i'll get you {gift}"],
            .sexual: ["have you ever been kissed", "what are you wearing", "don't be shy"],
            .imageRequest: ["send me a pic", "pics of you?", "turn on your cam"],
            .meetRequest: ["let's meet up", "add me on snap", "where do you live"],
            .ageSignal: ["how old are you", "what grade are you in"],
        ],
        childAge: ["im 13", "i'm in 8th grade"],
        childReplies: ["ok", "lol", "idk", "yeah"],
        smallTalk: ["what's up", "school was boring", "did you eat"],
        negativeScenes: [
            [.init(nil, .counterpart, "send me a pic of the cake"), .init(nil, .child, "lol ok")],
            [.init(nil, .child, "wanna meet up after practice"), .init(nil, .counterpart, "sure at the library")],
        ],
        gifts: ["a gift card", "new shoes"], amounts: ["$50"], apps: ["snap"], names: ["sam"], places: ["school"])

    static let heldOutEnglish = SynthTemplateSet(
        moves: [
            .rapport: [
                "honestly you seem way older than the kids in your class",
                "nobody else gets you like i do",
                "your parents just don't listen to you huh",
            ],
            .secrecy: [
                "keep this between us ok",
                "don't mention this to your mom",
                "is anyone else home right now?",
                "maybe delete our chat later",
            ],
            .gifts: [
                "i could get you those {gift} you wanted",
                "want me to send you some v-bucks?",
                "i'll pay for your bus ticket",
            ],
            .sexual: [
                "do you ever think about sex",
                "it's totally normal, everyone does it at your age",
                "bet you look good in a bikini",
            ],
            .imageRequest: [
                "can you snap me a selfie rn",
                "show me a photo of yourself",
                "wanna video call tonight?",
            ],
            .meetRequest: [
                "we should hang out in person sometime",
                "text me on telegram instead",
                "i can pick you up after school",
            ],
            .ageSignal: ["so how old r u", "are you in middle school?"],
        ],
        childAge: ["i'm fourteen", "i'm in 7th grade", "im 12"],
        childReplies: ["haha", "maybe", "ok sure", "why?", "brb"],
        smallTalk: ["that game update is so bad", "my teacher gave us so much homework", "lol same"],
        negativeScenes: [
            [
                .init(nil, .counterpart, "grandma will pay for your trip this summer"),
                .init(nil, .child, "yay i'll take lots of pictures"),
            ],
            [
                .init(nil, .child, "look at my dinner"),
                .init(nil, .counterpart, "send a photo of the pizza lol"),
            ],
            [
                .init(.ageSignal, .counterpart, "what grade are you in this year? i'll pick the right worksheet"),
                .init(.ageSignal, .child, "i'm in 9th grade"),
                .init(nil, .counterpart, "see you at the tutoring center thursday"),
            ],
        ],
        gifts: ["headphones", "sneakers", "a gift card"], amounts: ["$40"], apps: ["telegram"],
        names: ["alex", "jamie"], places: ["school"])
}
