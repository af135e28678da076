extension Target {
    static let cctv = Target(
        table: "cctv",
        columns: [
            .init("managing_org"), .init("purpose"),
            .init(
                "camera_count", .integer, expression: "coalesce(s.f_camera_count::integer, 1)",
                allowed: 1...100_000), .init("pixels", .integer),
            .init("direction_text"), .init("retention_days", .integer), .init("installed_month", .date),
            .init("address"), .init("gu"), .init("dong"), .init("data_date", .date),
            .init("geocode_precision", expression: "s.geocoded", staged: false),
        ],
        geometry: .point(srid: 5179),
        upsert: .snapshot(conflict: ["agency", "source", "source_key"], agencyColumn: true),
        keyColumn: "source_key", geocodeFrom: ["address"])

    static let riskSite = Target(
        table: "risk_site",
        columns: [
            .init("category", required: true), .init("name"), .init("status"), .init("business_type"),
            .init("opened_on", .date), .init("closed_on", .date), .init("address"), .init("road_address"),
            .init("gu"), .init("dong"),
            .init(
                "unit_count", .integer, expression: "coalesce(s.f_unit_count::integer, 1)",
                allowed: 1...100_000),
            .init("attributes", .json, expression: "coalesce(s.f_attributes::jsonb, '{}'::jsonb)"),
            .init("geocode_precision", expression: "s.geocoded", staged: false),
        ],
        geometry: .point(srid: 5179),
        upsert: .snapshot(conflict: ["agency", "source", "source_file", "source_key"], agencyColumn: true),
        keyColumn: "source_key", geocodeFrom: ["road_address", "address"])

    static let roadSection = Target(
        table: "road_section",
        columns: [
            .init("layer", required: true), .init("road_name"), .init("road_code"), .init("section_no"),
            .init("road_class"), .init("width_m", .number), .init("length_m", .number),
            .init("attributes", .json, expression: "coalesce(s.f_attributes::jsonb, '{}'::jsonb)"),
        ],
        geometry: .shape(srid: 5179, dimension: 1, multi: true),
        upsert: .snapshot(conflict: ["source", "source_file", "source_key"], agencyColumn: false),
        keyColumn: "source_key")

    static let osmLine = Target(
        table: "osm_line",
        columns: [
            .init("highway"), .init("name"),
            .init("tags", expression: "coalesce(hstore_to_jsonb(NULLIF(s.f_tags, '')::hstore), '{}'::jsonb)"),
            .init("oneway", expression: "NULLIF(s.f_tags, '')::hstore -> 'oneway'", staged: false),
            .init("maxspeed", expression: "NULLIF(s.f_tags, '')::hstore -> 'maxspeed'", staged: false),
        ],
        geometry: .shape(srid: 4326, dimension: 1, multi: false),
        upsert: .snapshot(conflict: ["source", "source_file", "source_key"], agencyColumn: false),
        keyColumn: "source_key")

    static let callForService = Target(
        table: "call_for_service",
        columns: [
            .init("category"), .init("call_group"), .init("final_case_type"), .init("case_description"),
            .init("occurred_on", .date, required: true), .init("census_tract"), .init("synthetic", .boolean),
        ],
        geometry: .point(srid: 4326),
        upsert: .snapshot(conflict: ["agency", "source", "source_file", "source_key"], agencyColumn: true),
        keyColumn: "source_key")

    static let incident = Target(
        table: "incident",
        columns: [
            .init("occurred_at", .timestamp, required: true), .init("crime_class", required: true),
            .init("crime_subclass"), .init("gu"), .init("dong"), .init("adm_code"), .init("station"),
            .init("box"),
            .init("arrested", .boolean), .init("synthetic", .boolean, required: true),
        ],
        geometry: .point(srid: 5179),
        upsert: .snapshot(conflict: ["agency", "source", "source_file", "source_key"], agencyColumn: true),
        keyColumn: "source_key")

    static let call112 = Target(
        table: "call_112",
        columns: [
            .init("received_at", .timestamp, required: true), .init("dispatched_at", .timestamp),
            .init("arrived_at", .timestamp), .init("closed_at", .timestamp),
            .init("code", .integer, required: true, allowed: 0...4),
            .init("call_type", required: true), .init("gu"), .init("dong"), .init("station"), .init("box"),
            .init("incident_key"), .init("synthetic", .boolean, required: true),
        ],
        geometry: .point(srid: 5179),
        upsert: .snapshot(conflict: ["agency", "source", "source_file", "source_key"], agencyColumn: true),
        keyColumn: "source_key")
}
