/// The response steps a dispatcher reads out for an incident class and 112 code
/// (code 0 most urgent … code 4). The wording follows the KNPA 112 response grades
/// (code 0/1: 최단 시간 내 출동, code 2: 가능한 신속, code 3: 당일 근무시간 내,
/// code 4: 비출동·타기관 이첩); the class steps are Ansim's checklist, not an official manual.
public enum GuidanceBook {
    /// What the code asks of the responders.
    public static func codeStep(_ code: Int) -> String {
        switch code {
        case 0: return "code 0: dispatch the nearest units at once with lights and siren; request backup and notify the station situation room"
        case 1: return "code 1: dispatch the nearest unit at once (최단 시간 내)"
        case 2: return "code 2: dispatch as soon as possible after code 0/1 calls (가능한 신속)"
        case 3: return "code 3: attend within the shift (당일 근무시간 내); contact the caller first"
        default: return "code 4: no dispatch; advise the caller or transfer to the competent agency"
        }
    }

    /// Steps for the incident class (a general list for classes without their own).
    public static func classSteps(_ incidentClass: String) -> [String] {
        switch incidentClass {
        case "성폭력":
            return [
                "secure the victim's safety first; keep the caller on the line",
                "check monitored wearers and registered offenders listed near the scene",
                "preserve the scene and evidence; request the sexual-violence response team (해바라기센터)",
                "pull footage from the cameras covering the scene and the escape-route exits",
            ]
        case "실종":
            return [
                "obtain a photo and clothing description; broadcast to units",
                "search the 1-minute and 3-minute walking areas first, then the car exits",
                "check wearers and offenders with child-related offences near the scene",
                "pull footage from cameras along the escape routes in order of time to reach",
            ]
        case "살인", "강도":
            return [
                "approach with at least two units; request backup and weapons guidance",
                "block the car exits of the 3- and 5-minute areas; post units at the exits",
                "check monitored wearers with fixes near the scene in the time window",
                "request emergency medical services",
            ]
        case "스토킹", "가정폭력":
            return [
                "separate the parties; check the victim's protective orders and hotline case",
                "check whether a monitored wearer approached the scene",
                "assess risk and offer emergency measures (긴급응급조치)",
            ]
        default:
            return [
                "confirm the location and nature of the call with the caller",
                "dispatch the nearest available unit; report on arrival",
            ]
        }
    }

    /// The code step followed by the class steps.
    public static func steps(incidentClass: String, code: Int) -> [String] {
        [codeStep(code)] + classSteps(incidentClass)
    }
}
