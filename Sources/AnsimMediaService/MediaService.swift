/// The database edge and HTTP routes of re-upload detection (issue 11).
public enum MediaService {}
