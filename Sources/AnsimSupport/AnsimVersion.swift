/// The version printed by `ansim --version` and recorded with ETL and analytics runs.
public enum AnsimVersion {
    public static let current = "0.1.0"
}
