import AnsimServer

/// JSON Schemas of the grooming bodies, for the OpenAPI document.
enum GroomingSchemas {
    static func object(_ required: [String], _ props: [(String, String)]) -> String {
        var s = "type: object\n"
        if !required.isEmpty { s += "required: [\(required.joined(separator: ", "))]\n" }
        s += "properties:\n"
        for (name, type) in props { s += "  \(name): {\(type)}\n" }
        return s
    }

    static func register(on r: RouteRegistry) {
        let str = "type: string", int = "type: integer", num = "type: number", arr = "type: array", obj = "type: object"
        r.schema(
            "GroomingMessages",
            """
            type: array
            description: messages in order; or NDJSON (Content-Type application/x-ndjson), one object a line
            items:
              type: object
              required: [at, text]
              properties:
                at: {type: string, format: date-time}
                speaker: {type: string, enum: [child, counterpart, unknown]}
                text: {type: string}

            """)
        r.schema(
            "GroomingIngest",
            object([], [("conversation_id", int), ("platform", str), ("external_id", str), ("messages", arr),
                        ("conversation", obj), ("alert", obj)]))
        let alert: [(String, String)] = [
            ("id", int), ("conversation_id", int), ("platform", str), ("external_id", str), ("child_ref", str),
            ("risk", num), ("stages", arr), ("status", "type: string, enum: [open, claimed, assessed, escalated, closed]"),
            ("escalation", str), ("assignee", str), ("created_at", str), ("updated_at", str), ("due_at", str),
            ("overdue", "type: boolean"), ("outcome", str),
        ]
        r.schema("GroomingAlertSummary", object([], alert))
        r.schema("GroomingAlerts", object([], [("alerts", arr)]))
        r.schema(
            "GroomingAlert",
            object([], [("alert", obj), ("explanation", arr), ("note", str), ("history", arr), ("messages", arr)]))
        r.schema("GroomingClaim", object([], [("assignee", str)]))
        r.schema("GroomingAssess", object(["note"], [("note", str)]))
        r.schema("GroomingEscalate", object(["kind"], [("kind", "type: string, enum: [police_report, rescue]"), ("note", str)]))
        r.schema("GroomingClose", object(["outcome"], [("outcome", str)]))
    }
}
