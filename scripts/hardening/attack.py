"""The attack pass of docs/RELIABILITY.md against a running `ansim serve`.

Every case is tried from outside, as an attacker would: each role against every route
(the role x endpoint matrix), SQL injection and path traversal in every path and query
parameter and every body field, wrong types, deep nesting and oversized bodies, tampered
and forged tokens, slow clients, secrets in logs and error messages, direct SQL as each
database role, and the TLS settings. Prints one line per category and exits 1 when any
case fails. Usage (scripts/hardening/attack.sh sets it up):

    attack.py --ansim BIN --port PORT --log FILE [--tls-port PORT]
"""

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

INJECTIONS = [
    "1' OR '1'='1", "1; DROP TABLE ansim_audit; --", "1) UNION SELECT usename, passwd FROM pg_shadow --",
    "' || pg_sleep(5) || '", "1 AND (SELECT 1 FROM pg_sleep(5)) = 1", "$$; SELECT 1; $$", "../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd",
    "/etc/shadow", "\u0000", "%00", "😀𝄞", "A" * 10_000, "-1", "0", "99999999999999999999999", "1e308", "NaN",
    "{{7*7}}", "<script>alert(1)</script>",
]
# What an error answer must never contain: database internals, paths, traces.
LEAKS = re.compile(
    r"syntax error|SQLSTATE|ERROR:\s|pg_shadow|relation \"|column \"|libpq|PQ[a-z]+\(|postgresql://|"
    r"/work/|/home/|\.swift:|Fatal error|Stack trace|ansim_api", re.IGNORECASE)


class Tally:
    def __init__(self):
        self.rows = {}
        self.failures = []

    def check(self, category, ok, what):
        tried, passed = self.rows.get(category, (0, 0))
        self.rows[category] = (tried + 1, passed + (1 if ok else 0))
        if not ok:
            self.failures.append(f"{category}: {what}")


SEEN = []  # every answer checked, for the secrets check at the end


def answer_ok(status, text, payload=None):
    """No 5xx and no internals; an answer may quote the caller's own input back."""
    SEEN.append(text)
    if payload:
        for form in (payload, harness.quote(payload), json.dumps(payload)[1:-1]):
            text = text.replace(form, "")
    return status < 500 and not LEAKS.search(text)


def timed(function, *args, **kwargs):
    started = time.time()
    result = function(*args, **kwargs)
    return result, time.time() - started


def fill(path, value):
    return re.sub(r"\{[^}]+\}", harness.quote(value), path)


def schema_properties(doc, operation):
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    ref = body.get("$ref", "")
    if not ref:
        return None
    return doc["components"]["schemas"][ref.rsplit("/", 1)[1]].get("properties", {})


def routes(doc):
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            yield path, method.upper(), operation


def role_matrix(t, port, doc, tokens):
    for path, method, op in routes(doc):
        allowed = set(op.get("x-ansim-roles", []))
        if not allowed or path.startswith("/auth/logout"):
            continue
        uri = fill(path, "1")
        body = {} if "requestBody" in op else None
        status, text = harness.request(port, method, uri, body)
        t.check("role x endpoint matrix", status == 401, f"{method} {uri} without a token: {status}")
        for role, token in tokens.items():
            status, text = harness.request(port, method, uri, body, token=token)
            if role in allowed:
                t.check("role x endpoint matrix", status not in (401, 403) and answer_ok(status, text),
                        f"{role} {method} {uri}: {status} {text[:200]}")
            else:
                t.check("role x endpoint matrix", status == 403, f"{role} {method} {uri}: {status} {text[:200]}")


def injection(t, port, doc, tokens):
    for path, method, op in routes(doc):
        allowed = op.get("x-ansim-roles", [])
        token = tokens[allowed[0]] if allowed else None
        props = schema_properties(doc, op)
        params = [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
        for value in INJECTIONS:
            if "{" in path:
                (status, text), took = timed(harness.request, port, method, fill(path, value),
                                             {} if props is not None else None, token=token)
                t.check("injection: path parameters", answer_ok(status, text, value) and took < 4.5,
                        f"{method} {path} = {value[:40]!r}: {status} {text[:200]}")
            for name in params:
                uri = fill(path, "1") + f"?{name}={harness.quote(value)}"
                (status, text), took = timed(harness.request, port, method, uri, {} if props is not None else None,
                                             token=token)
                t.check("injection: query parameters", answer_ok(status, text, value) and took < 4.5,
                        f"{method} {path}?{name}={value[:40]!r}: {status} {text[:200]}")
            if props:
                body = {name: value for name in props}
                (status, text), took = timed(harness.request, port, method, fill(path, "1"), body, token=token)
                t.check("injection: body fields", answer_ok(status, text, value) and took < 4.5,
                        f"{method} {path} body {value[:40]!r}: {status} {text[:200]}")
        if props is None:
            continue
        uri = fill(path, "1")
        shapes = [[], None, 1.5, "x", {"a": {"b": []}}, -1, 2**70]
        for name in props:
            for shape in shapes:
                status, text = harness.request(port, method, uri, {name: shape}, token=token)
                t.check("wrong types and shapes", answer_ok(status, text),
                        f"{method} {path} {name}={shape!r}: {status} {text[:200]}")
        for raw, what in [
            (b"[" * 100_000 + b"]" * 100_000, "100,000 nested arrays"),
            (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "50,000 nested objects"),
            (bytes(range(256)) * 8, "binary garbage"),
            (b"{" + b'"k":1,' * 200_000 + b'"k":1}', "200,000 duplicate keys"),
            (b"x" * (2 << 20), "a 2 MiB body"),
        ]:
            status, text = harness.request(port, method, uri, token=token, raw=raw,
                                           headers={"Content-Type": "application/json"})
            expected = status in (400, 403, 404, 409, 413, 415)
            t.check("oversized and malformed bodies", expected and answer_ok(status, text),
                    f"{method} {path} {what}: {status} {text[:200]}")


def tokens_tampered(t, port, token):
    prefix, uuid, mac = token.split(".")
    flip = lambda s, i: s[:i] + ("A" if s[i] != "A" else "B") + s[i + 1:]  # noqa: E731
    variants = {
        "flipped MAC": f"{prefix}.{uuid}.{flip(mac, 5)}",
        "flipped session id": f"{prefix}.{flip(uuid, 3)}.{mac}",
        "no MAC": f"{prefix}.{uuid}.",
        "empty MAC part": f"{prefix}.{uuid}",
        "other version": f"ans2.{uuid}.{mac}",
        "MAC of another secret": f"{prefix}.{uuid}.{'x' * len(mac)}",
        "truncated": token[:-4],
        "padding added": token + "==",
        "SQL in token": "ans1.' OR 1=1 --.abc",
        "huge token": "ans1." + "a" * 100_000 + ".b",
        "empty bearer": "",
    }
    for what, forged in variants.items():
        status, _ = harness.request(port, "GET", "/auth/me", headers={"Authorization": f"Bearer {forged}"})
        t.check("token tampering", status in (400, 401, 431), f"{what}: {status}")
    for header in ["Basic YWRtaW46YWRtaW4=", "Bearer", token, f"Bearer {token}x", f"Bearer {token} {token}"]:
        status, _ = harness.request(port, "GET", "/auth/me", headers={"Authorization": header})
        t.check("token tampering", status in (400, 401), f"Authorization: {header[:24]}…: {status}")
    status, _ = harness.request(port, "POST", "/auth/logout", token=token)
    t.check("token tampering", status in (200, 204), f"log-out: {status}")
    status, _ = harness.request(port, "GET", "/auth/me", token=token)
    t.check("token tampering", status == 401, f"a token after log-out: {status}")


def slow_clients(t, port, idle_seconds):
    sockets = []
    for _ in range(200):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        sockets.append(s)
    status, _ = harness.request(port, "GET", "/health", timeout=10)
    t.check("slow clients", status == 200, f"/health with 200 stalled connections: {status}")
    half = socket.create_connection(("127.0.0.1", port))
    half.sendall(b"GET /health HTTP/1.1\r\nHo")
    half.settimeout(idle_seconds + 20)
    started = time.time()
    try:
        closed = half.recv(1024) == b""
    except (socket.timeout, ConnectionResetError):
        closed = False
    t.check("slow clients", closed, f"a half-sent request was still open after {time.time() - started:.0f} s")
    for s in sockets:
        s.settimeout(idle_seconds + 20)
        try:
            data = s.recv(1024)
            ok = data == b"" or data.startswith(b"HTTP/1.1 4")
        except ConnectionResetError:
            ok = True
        except socket.timeout:
            ok = False
        t.check("slow clients", ok, "a stalled body was not cut off")
        s.close()


def secrets_in_logs(t, log_path, secrets, texts):
    log = open(log_path, encoding="utf-8", errors="replace").read()
    for what, value in secrets.items():
        t.check("secrets in logs and errors", value not in log, f"{what} appears in the server log")
        t.check("secrets in logs and errors", not any(value in x for x in texts), f"{what} appears in an answer")
    for line in log.splitlines():
        if "route=" in line:
            # Request lines name the route template only: no query string, no concrete id.
            t.check("secrets in logs and errors", "?" not in line and "' OR" not in line, f"log line {line[:160]}")


def direct_sql(t, ansim, expected_path):
    """Each database role's SELECT privileges, table by table and column by column, against
    the need-to-know rules of sql-roles.json."""
    query = """
    SELECT r.rolname, c.relname, a.attname
    FROM pg_roles r CROSS JOIN pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE r.rolname LIKE 'ansim\\_%' AND n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'f')
      AND c.relname NOT IN ('spatial_ref_sys', 'geometry_columns', 'geography_columns')
      AND has_column_privilege(r.rolname, c.oid, a.attnum, 'SELECT')
    ORDER BY 1, 2, 3"""
    out = subprocess.run([ansim, "db", "psql", "-qAt", "-F", "\t", "-c", query], capture_output=True, text=True)
    if out.returncode != 0:
        t.check("direct SQL as each database role", False, out.stderr.strip())
        return {}
    readable = {}
    for line in out.stdout.splitlines():
        role, table, column = line.split("\t")
        readable.setdefault(role, set()).update({table, f"{table}.{column}"})
    roles = subprocess.run([ansim, "db", "psql", "-qAt", "-c", "SELECT rolname FROM pg_roles WHERE rolname LIKE 'ansim\\_%'"],
                           capture_output=True, text=True).stdout.split()
    spec = json.load(open(expected_path))
    for rule in spec["rules"]:
        for role in roles:
            if role in rule["only"]:
                continue
            for item in rule["columns"]:
                t.check("direct SQL as each database role", item not in readable.get(role, set()),
                        f"{role} can SELECT {item} ({rule['why']})")
    for role in spec["roles_without_tables"]:
        t.check("direct SQL as each database role", not readable.get(role), f"{role} can read {sorted(readable.get(role, []))[:5]}")
    return {role: sorted(x for x in items if "." not in x) for role, items in readable.items()}


def tls(t, port_tls, cert):
    def s_client(*args):
        r = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{port_tls}", "-CAfile", cert, *args],
                           input="", capture_output=True, text=True, timeout=30)
        return r.returncode == 0 and "Verify return code: 0" in r.stdout
    t.check("TLS settings", s_client("-tls1_3"), "TLS 1.3 refused")
    t.check("TLS settings", s_client("-tls1_2"), "TLS 1.2 refused")
    t.check("TLS settings", not s_client("-tls1_1"), "TLS 1.1 accepted")
    t.check("TLS settings", not s_client("-tls1"), "TLS 1.0 accepted")
    weak = "NULL:eNULL:aNULL:RC4:DES:3DES:EXPORT:MD5:PSK:SRP:CAMELLIA:SEED:IDEA"
    t.check("TLS settings", not s_client("-tls1_2", "-cipher", weak), "a weak TLS 1.2 suite accepted")
    plain = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", f"http://127.0.0.1:{port_tls}/health"],
                           capture_output=True, text=True)
    t.check("TLS settings", plain.stdout != "200", "plain HTTP answered on the TLS port")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ansim", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True, help="the server's log file (kept)")
    parser.add_argument("--idle-timeout", type=int, default=5)
    parser.add_argument("--expected-sql", default=os.path.join(os.path.dirname(__file__), "sql-roles.json"))
    parser.add_argument("--print-sql-matrix", action="store_true")
    args = parser.parse_args()
    t = Tally()
    accounts = harness.create_accounts(args.ansim, harness.fresh_prefix())
    server = harness.Server(args.ansim, args.port, args.log, extra=["--idle-timeout", str(args.idle_timeout)])
    server.start()
    started = time.time()
    try:
        tokens = {role: harness.login(args.port, name, secret) for role, (name, secret) in accounts.items()}
        doc = harness.openapi(args.port)
        role_matrix(t, args.port, doc, tokens)
        injection(t, args.port, doc, tokens)
        spare = harness.login(args.port, *accounts["analyst"])
        tokens_tampered(t, args.port, spare)
        slow_clients(t, args.port, args.idle_timeout)
        time.sleep(1)
        keys = {"the account password": harness.PASSWORD}
        keys.update({f"the {role} token": tok for role, tok in tokens.items()})
        keys.update({f"the {role} TOTP secret": s for role, (_, s) in accounts.items() if s})
        key_file = os.environ.get("ANSIM_FIELD_KEY_FILE")
        if key_file:
            for line in open(key_file):
                if line.strip():
                    keys[f"field key {line.split()[0]}"] = line.split()[-1]
        secrets_in_logs(t, args.log, keys, SEEN)
    finally:
        server.stop()
    readable = direct_sql(t, args.ansim, args.expected_sql)
    if args.print_sql_matrix:
        print(json.dumps(readable, indent=1, sort_keys=True))
    cert_dir = tempfile.mkdtemp(prefix="ansim-attack-tls-")
    cert, key = f"{cert_dir}/cert.pem", f"{cert_dir}/key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], capture_output=True, check=True)
    tls_server = harness.Server(args.ansim, args.port + 1, args.log, extra=["--tls-cert", cert, "--tls-key", key])
    try:
        tls_server.start(wait_seconds=600, scheme="https", cafile=cert)
        tls(t, args.port + 1, cert)
    finally:
        tls_server.stop()
    verify = subprocess.run([args.ansim, "audit", "verify"], capture_output=True, text=True)
    t.check("audit chain after the attacks", verify.returncode == 0, verify.stdout + verify.stderr)
    width = max(len(c) for c in t.rows)
    print(f"{'attack case':<{width}}  tried  passed")
    for category, (tried, passed) in t.rows.items():
        print(f"{category:<{width}}  {tried:>5}  {passed:>6}")
    total = sum(x for x, _ in t.rows.values()), sum(y for _, y in t.rows.values())
    print(f"{'all':<{width}}  {total[0]:>5}  {total[1]:>6}   ({time.time() - started:.0f} s; {verify.stdout.strip()})")
    for failure in t.failures[:40]:
        print("FAILED", failure)
    if len(t.failures) > 40:
        print(f"… and {len(t.failures) - 40} more failures")
    sys.exit(1 if t.failures else 0)


if __name__ == "__main__":
    main()
