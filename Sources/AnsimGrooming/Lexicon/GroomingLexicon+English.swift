/// English entries, on the spaced view (`\b` word boundaries; leet and spaced-out
/// letters are already read as letters). Phrasing follows the stage descriptions and
/// quoted examples of O'Connell (2003), Black et al. (2015) and Lorenzo-Dus et al.
/// (2016), and the warning signs in public guidance (NSPCC, Thorn).
extension GroomingLexicon {
    static let enFoodOrScenery =
        "\\b(food|dinner|lunch|breakfast|cake|pizza|homework|worksheet|notes|view|sunset|dog|cat|puppy|menu|receipt|ticket|passport|report card)\\b"
    static let enFamilySpeaker = "\\b(mom|dad|mum|grandma|grandpa) (will|can|is going to)\\b"

    /// The English patterns.
    public static let englishPatterns: [GroomingPattern] = [
        // rapport / trust
        .init("en.rapport.mature", .rapport, 0.45, .spaced, "\\b(you'?re|ur|you are|u r) (so |really |very )?(mature|special|different|not like other)"),
        .init("en.rapport.only_me", .rapport, 0.55, .spaced, "\\b(only i|i'?m the only one who|nobody else|no one else) (really )?(understands?|gets?|cares?)"),
        .init("en.rapport.parents_dont", .rapport, 0.45, .spaced, "\\b(your|ur) (parents|mom|dad|family) (don'?t|dont|never|just don'?t) (get|understand|listen)"),
        .init("en.rapport.trust_me", .rapport, 0.45, .spaced, "\\b(you can (tell|trust) me|trust me|i'?ll always be there)"),
        // secrecy / isolation
        .init("en.secrecy.dont_tell", .secrecy, 0.85, .spaced, "\\b(don'?t|dont|do not|never|won'?t) (tell|show|mention (this|it) to) (anyone|anybody|any1|(your|ur) (mom|dad|parents|mum|friends|teacher|family))"),
        .init("en.secrecy.our_secret", .secrecy, 0.75, .spaced, "\\b(our|a|this is our) (little )?secret\\b|\\bbetween (you and me|us)\\b|\\bjust between us\\b"),
        .init("en.secrecy.delete", .secrecy, 0.7, .spaced, "\\b(delete|erase|clear|wipe) (the |this |our |these |those )?(chat|messages?|msgs?|convo|conversation|texts?|pics?)\\b"),
        .init("en.secrecy.alone", .secrecy, 0.45, .spaced, "\\b(are you|r u|you|u) (home )?alone\\b|\\b(parents?|mom|dad) (home|around|awake|asleep)\\b"),
        // gifts / money
        .init("en.gift.offer", .gifts, 0.6, .spaced, "\\b(i'?ll|i will|i can|let me|i could|i'?m gonna) (buy|get|send|pay|give|gift) (you|u|ya)\\b", unless: enFamilySpeaker),
        .init("en.gift.currency", .gifts, 0.5, .spaced, "\\b(gift ?cards?|robux|v-?bucks|vbucks|game credits?|skins?|venmo|paypal|cash ?app|pay for (your|ur))\\b", unless: enFamilySpeaker),
        .init("en.gift.exchange", .gifts, 0.9, .spaced, "\\bif (you|u) (send|show|do|meet|come)\\b.{0,40}\\b(i'?ll|i will|i can)\\b"),
        // sexual content / desensitisation
        .init("en.sexual.explicit", .sexual, 0.75, .spaced, "\\b(sex|sexy|naked|nude|nudes|horny|boobs?|tits|dick|lingerie|virgin|masturbat\\w*|touch (yourself|urself)|turned? on)\\b"),
        .init("en.sexual.underwear", .sexual, 0.6, .spaced, "\\b(bra|panties|underwear|bikini) (on|off|color|colour|are you wearing|do you wear)|\\bwhat are you wearing\\b"),
        .init("en.sexual.experience", .sexual, 0.6, .spaced, "\\b(ever been kissed|have you (ever )?(kissed|done it|had sex)|first kiss)\\b"),
        .init("en.sexual.normalise", .sexual, 0.55, .spaced, "\\b(it'?s|its) (totally |completely )?(normal|natural|okay|ok|fine)\\b.{0,30}\\b(everyone|all|people|couples)\\b|\\b(don'?t|dont) be (shy|embarrassed)\\b"),
        // image requests
        .init("en.image.private", .imageRequest, 0.9, .spaced, "\\b(pics?|pictures?|photos?|selfies?|videos?)\\b.{0,25}\\b(in|without) (your |ur )?(underwear|bra|clothes|bikini|swimsuit|pajamas|towel)\\b"),
        .init("en.image.send", .imageRequest, 0.6, .spaced, "\\b(send|show|share|snap|take)( me)? (a |some |more |few |a few |another |one )?(pics?|pix|pictures?|photos?|selfies?|snaps?|videos?|vids?)\\b", unless: enFoodOrScenery),
        .init("en.image.of_you", .imageRequest, 0.7, .spaced, "\\b(pics?|pictures?|photos?|videos?) of (you|u|yourself|urself)\\b", unless: enFoodOrScenery),
        .init("en.image.camera", .imageRequest, 0.55, .spaced, "\\b(turn on|open|switch on) (your|ur|the) (cam|camera|webcam)\\b|\\b(video ?call|facetime)\\b"),
        // meet requests / moving to another app
        .init("en.meet.offline", .meetRequest, 0.65, .spaced, "\\b(meet (up|me|irl|in person)|come (over|to my)|pick (you|u) up|hang out (irl|alone))\\b"),
        .init("en.meet.place", .meetRequest, 0.6, .spaced, "\\b(hotel|motel|my place|my car|my apartment)\\b"),
        .init("en.meet.move_app", .meetRequest, 0.75, .spaced, "\\b(add|message|text|dm|hmu|msg|chat with) me on (snap(chat)?|insta(gram)?|telegram|whatsapp|kik|discord|wickr|signal|line)\\b|\\b(switch|move|go) to (snap(chat)?|telegram|whatsapp|kik|discord|wickr|signal)\\b"),
        .init("en.meet.contact", .meetRequest, 0.6, .spaced, "\\b(what'?s|whats|give me|send me) (your|ur) (number|snap|address|insta|phone)\\b"),
        .init("en.meet.where", .meetRequest, 0.45, .spaced, "\\bwhere do (you|u) live\\b|\\bwhat school\\b"),
        // age signals
        .init("en.age.probe", .ageSignal, 0.55, .spaced, "\\b(how old (are|r) (you|u)|what grade|which grade|asl|a/s/l|what year (are|r) (you|u) in)\\b", speaker: .counterpart),
        .init("en.age.stated_years", .ageSignal, 0.7, .spaced, "\\b(i'?m|im|i am) (1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b", speaker: .child),
        .init("en.age.stated_grade", .ageSignal, 0.65, .spaced, "\\b(i'?m in|in) ([5-9]th|1[0-2]th|fifth|sixth|seventh|eighth|ninth|tenth) grade\\b|\\b(i'?m|im) (a )?(freshman|sophomore|middle schooler)\\b", speaker: .child),
    ]
}
