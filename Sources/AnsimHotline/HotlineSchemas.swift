import AnsimServer

/// JSON Schemas of the hotline's bodies, for the OpenAPI document.
enum HotlineSchemas {
    static func object(_ required: [String], _ props: [(String, String)]) -> String {
        var s = "type: object\n"
        if !required.isEmpty { s += "required: [\(required.joined(separator: ", "))]\n" }
        s += "properties:\n"
        for (name, type) in props { s += "  \(name): {\(type)}\n" }
        return s
    }

    static func register(on r: RouteRegistry) {
        let str = "type: string", int = "type: integer", num = "type: number", bool = "type: boolean"
        r.schema(
            "OpenCase",
            object(
                ["city_org_id", "victim_name"],
                [
                    ("city_org_id", int), ("police_org_id", int), ("police_case_no", str),
                    ("risk_level", str),
                    ("reason", str), ("victim_ref", str), ("victim_name", str), ("victim_contact", str),
                    ("victim_address", str), ("offender_name", str), ("offender_tag", str),
                    ("synthetic", bool),
                ]))
        r.schema(
            "Case",
            object(
                [],
                [
                    ("id", int), ("case_no", str), ("police_case_no", str), ("status", str),
                    ("risk_level", str),
                    ("city_org_id", int), ("police_org_id", int), ("assigned_worker", str),
                    ("assigned_liaison", str),
                    ("victim_ref", str), ("victim_name", str), ("victim_contact", str),
                    ("victim_address", str),
                    ("offender_ref", str), ("offender_name", str), ("offender_tag", str), ("closed_at", str),
                    ("monitor_until", str), ("synthetic", bool), ("orders", "type: array"),
                    ("places", "type: array"),
                    ("risk_history", "type: array"), ("relocation_krw", int),
                ]))
        r.schema(
            "Assign",
            object([], [("city_org_id", int), ("police_org_id", int), ("worker", str), ("liaison", str)]))
        r.schema("Close", object([], [("monitor_months", int)]))
        r.schema("Risk", object(["level", "reason"], [("level", str), ("reason", str)]))
        r.schema(
            "Order",
            object(
                ["kind", "starts_on", "ends_on"],
                [
                    ("kind", "type: string, enum: [no_approach, no_telecom, electronic_monitoring]"),
                    ("starts_on", str), ("ends_on", str), ("radius_m", num),
                ]))
        r.schema(
            "Place",
            object(
                ["kind"],
                [
                    ("kind", "type: string, enum: [home, work, school, shelter, victim_location]"),
                    ("x", num), ("y", num),
                    ("lon", num), ("lat", num), ("extent_m", num), ("address", str),
                ]))
        r.schema(
            "Support",
            object(
                ["programme", "provided_on"],
                [
                    (
                        "programme",
                        "type: string, enum: [relocation, bodyguard, shelter, legal, psychological, medical]"
                    ),
                    ("amount_krw", int), ("quantity", int), ("provided_on", str),
                ]))
        r.schema("Location", object([], [("x", num), ("y", num), ("lon", num), ("lat", num)]))
        r.schema("Created", object([], [("id", int)]))
        r.schema("Alerts", object([], [("alerts", "type: array")]))
        r.schema(
            "Fixes",
            object(
                ["fixes"],
                [
                    (
                        "fixes",
                        "type: array, items: {type: object, properties: {tag: {type: string}, time: {type: string}, x: {type: number}, y: {type: number}}}"
                    )
                ]))
        r.schema("FixResult", object([], [("processed", int), ("alerts", "type: array")]))
        r.schema("Counts", "type: array\nitems: {type: object}")
        r.schema("RecurrenceReport", "type: array\nitems: {type: object}")
    }
}
