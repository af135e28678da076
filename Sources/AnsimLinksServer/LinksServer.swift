/// The HTTP routes of link analysis (issue 10), for investigators only.
public enum LinksServer {}
