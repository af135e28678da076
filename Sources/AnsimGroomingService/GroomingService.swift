/// The database edge, counsellor alert queue and HTTP routes of grooming scoring
/// (issue 11): ``GroomingModule`` for the server, ``GroomingStore`` for the SQL.
public enum GroomingService {}
