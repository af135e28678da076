"""Shared pieces of the hardening campaign (docs/RELIABILITY.md): start `ansim serve` on
a cluster, create one account per role, log in (TOTP included), send requests.

Standard library only, except PyYAML for the OpenAPI document (the pinned
.venv-hardening of scripts/hardening-env.sh has it)."""

import base64
import hashlib
import hmac
import http.client
import json
import os
import secrets
import struct
import subprocess
import sys
import time
import urllib.parse

ROLES = [
    "hotline_worker", "police_liaison", "supervisor", "analyst", "admin",
    "dispatcher", "patrol_officer", "investigator", "counsellor",
]
POLICE_ROLES = {"police_liaison", "dispatcher", "patrol_officer", "investigator"}
PASSWORD = "hardening password 1"


def totp(secret_b32, at=None):
    """RFC 6238: SHA-1, 30 s steps, 6 digits."""
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((at or time.time()) // 30)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


class Server:
    """`ansim serve` on a free port, its log kept in `log_path`."""

    def __init__(self, ansim, port, log_path, env=None, extra=()):
        self.ansim, self.port, self.log_path = ansim, port, log_path
        self.env = dict(os.environ, **(env or {}))
        self.extra = list(extra)
        self.process = None

    def start(self, wait_seconds=600, scheme="http", cafile=None):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [self.ansim, "serve", "--port", str(self.port), *self.extra],
            stdout=log, stderr=subprocess.STDOUT, env=self.env)
        deadline = time.time() + wait_seconds
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"ansim serve exited with {self.process.returncode}; see {self.log_path}")
            if scheme == "https":
                probe = subprocess.run(["curl", "-sf", "--cacert", cafile, f"https://127.0.0.1:{self.port}/health"],
                                       capture_output=True)
                if probe.returncode == 0:
                    return self
            else:
                try:
                    if request(self.port, "GET", "/health")[0] == 200:
                        return self
                except OSError:
                    pass
            time.sleep(0.5)
        sys.exit(f"ansim serve did not answer /health within {wait_seconds} s; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def request(port, method, path, body=None, token=None, headers=None, raw=None, timeout=60):
    """One request on a fresh connection: (status, text)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    sent = dict(headers or {})
    data = raw
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
        sent.setdefault("Content-Type", "application/json")
    if token:
        sent["Authorization"] = f"Bearer {token}"
    try:
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def create_accounts(ansim, prefix, env=None):
    """One account per role, each in an organisation of the right kind:
    {role: (username, totp_secret or None)}."""
    accounts = {}
    for role in ROLES:
        username = f"{prefix}.{role.replace('_', '-')}"
        kind = "police" if role in POLICE_ROLES else "city"
        org = f"hardening {kind} {prefix}"
        out = subprocess.run(
            [ansim, "account", "add", "--username", username, "--role", role, "--org", org, "--org-kind", kind],
            input=PASSWORD + "\n", capture_output=True, text=True, env=dict(os.environ, **(env or {})))
        if out.returncode != 0:
            sys.exit(f"ansim account add {username}: {out.stderr.strip()}")
        secret = None
        for line in out.stdout.splitlines():
            if line.startswith("TOTP secret"):
                secret = line.split(":", 1)[1].strip()  # "TOTP secret (shown once): BASE32"
        accounts[role] = (username, secret)
    return accounts


def login(port, username, secret):
    """A session token; waits for the next TOTP step when a code was already used."""
    for _ in range(3):
        body = {"username": username, "password": PASSWORD}
        if secret:
            body["totp"] = totp(secret)
        status, text = request(port, "POST", "/auth/login", body)
        if status == 200:
            return json.loads(text)["token"]
        time.sleep(31 if secret else 1)
    sys.exit(f"cannot log in as {username}: {status} {text}")


def fresh_prefix():
    return "hz" + secrets.token_hex(3)


def openapi(port):
    import yaml  # noqa: PLC0415 (only the venv has it)

    status, text = request(port, "GET", "/openapi.yaml")
    if status != 200:
        sys.exit(f"/openapi.yaml answered {status}")
    return yaml.safe_load(text)


def quote(value):
    return urllib.parse.quote(value, safe="")
