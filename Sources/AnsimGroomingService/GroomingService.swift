/// The database edge, counsellor alert queue and HTTP routes of grooming scoring (issue 11).
public enum GroomingService {}
